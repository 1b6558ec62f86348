/**
 * Read → background analysis → anchoring + highlights → panel, for a page the gate let through; then, while
 * the panel is up, the same again whenever the article grows (live pages). Every step is bounded, and every
 * failure ends the run quietly (a news page must never see an error from us). Everything that outlives the
 * run is tied to `signal`: aborting it is the teardown.
 */
import { anchorSelector, buildTextIndex, selectorFromOffsets, type PassageSelector } from '../../lib/anchor';
import { LEAD_CHARS, readArticleResult, readLeadResult, type ArticleData } from '../../lib/article';
import { rejectionKey, samePassage } from '../../lib/store/passage';
import type { Analysis, EvidenceField, Incident } from '../../lib/schema';
import { measure } from '../../lib/page/timing';
import { watchGrowth } from '../../lib/page/growth-watch';
import { withoutFragment } from '../../lib/page/location-watch';
import { sendMessage } from '../../utils/messaging';
import { browser } from 'wxt/browser';
import { FOCUS_PANEL } from '../../lib/page/handoff';
import { captureSelection } from './selection';
import { drawHighlights, KIND_OF_FIELD, type Highlighter, type HighlightItem } from './highlight';
import { mountPanel, PANEL_TAG } from './panel';
import type { PanelItem, PanelUpdates } from '../../components/panel/Panel';

/** Give up on the background after this long (it may be restarting). */
const MESSAGE_TIMEOUT_MS = 20_000;
/** Anchoring stops trying fuzzy matches once it has spent this long (hostile or huge pages). */
const ANCHOR_BUDGET_MS = 250;
/** Width the docked card takes from the right edge of the viewport (card + margins). */
const PANEL_FOOTPRINT_PX = 352;
/** Anchoring hands the main thread back to the page after this long (ms): no long task however many facts. */
const ANCHOR_SLICE_MS = 40;
/** The page text indexed for anchoring, as a multiple of the analysed text (a lead read of a huge page). */
const INDEX_CHARS_PER_ANALYSED_CHAR = 4;

export function pageUrl(): string {
  return withoutFragment(location.href);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} timed out`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** A request the panel shows the answer of: its failure (timeout, a restarting worker) becomes an answer too. */
async function ask<T>(request: Promise<T>, what: string): Promise<T | { ok: false; error: string }> {
  try {
    return await withTimeout(request, MESSAGE_TIMEOUT_MS, what);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Readability, or for a page too large for it, a bounded read of its first paragraphs. When the reader
 * asked for the analysis, a page Readability finds no article in is read by its paragraphs too.
 */
function readPage(force = false): { article: ArticleData; partial: boolean } | null {
  const t = performance.now();
  let read = readArticleResult(document, location.href);
  const tooLarge = !read.ok && read.reason === 'too-large';
  measure('readability', t, read.ok ? { ok: true, chars: read.article.text.length } : { ok: false, reason: read.reason });
  if (read.ok) return { article: read.article, partial: read.article.truncated };
  if (!tooLarge && !force) return null;
  const t2 = performance.now();
  const lead = readLeadResult(document, location.href);
  measure('lead', t2, lead.ok ? { ok: true, chars: lead.article.text.length } : { ok: false, reason: lead.reason });
  if (!lead.ok) return null;
  // A lead read is the whole page unless the page was too large or the read stopped at its cap.
  return { article: lead.article, partial: tooLarge || lead.article.text.length >= LEAD_CHARS };
}

/** What one analysis of the page produced: the panel's items and where their facts are in the page. */
interface Snapshot {
  items: PanelItem[];
  highlightItems: HighlightItem[];
  ranges: Map<string, Map<EvidenceField, Range[]>>;
  notes: string[];
}

async function analyseOnce(signal: AbortSignal, force = false): Promise<Snapshot | null> {
  const read = readPage(force);
  if (!read || signal.aborted) {
    return force && !signal.aborted ? { items: [], highlightItems: [], ranges: new Map(), notes: ['Incident Lens found no article text on this page.'] } : null;
  }
  const { article, partial } = read;
  const url = pageUrl();

  // Analysis in the background (extractor + gazetteer), and what was saved from this URL before.
  const t0 = performance.now();
  let analysis: Analysis;
  let saved: Incident[] = [];
  let rejected = new Set<string>();
  try {
    const [a, s, r] = await Promise.all([
      withTimeout(
        sendMessage('analyse', { text: article.text, published: article.published, title: article.title, url, outlet: article.outlet ?? undefined, ...(force ? { force } : {}) }),
        MESSAGE_TIMEOUT_MS,
        'analyse',
      ),
      withTimeout(sendMessage('savedForUrl', { url }), MESSAGE_TIMEOUT_MS, 'savedForUrl').catch(() => [] as Incident[]),
      withTimeout(sendMessage('rejectedForUrl', { url }), MESSAGE_TIMEOUT_MS, 'rejectedForUrl').catch(() => [] as string[]),
    ]);
    analysis = a;
    saved = s;
    rejected = new Set(r);
  } finally {
    measure('extract', t0);
  }
  if (signal.aborted) return null;
  const empty = (note: string): Snapshot | null => (force ? { items: [], highlightItems: [], ranges: new Map(), notes: [note] } : null);
  if (!analysis.isAttackReport && !saved.length && !analysis.incidents.length) return empty('Incident Lens found no attack in this page’s text.');

  // Saved records replace the detections they match (so the reader sees what they saved, and saving again
  // updates that record); saved records with no matching detection are still listed.
  // Detections the reader rejected on this page before stay out.
  const detected = (analysis.isAttackReport || force ? analysis.incidents : []).filter((d) => !rejected.has(rejectionKey(d) ?? ''));
  const found: Array<{ incident: Incident; saved: boolean }> = detected.map((d) => {
    const match = saved.find((s) => s.id === d.id || samePassage(s, d));
    return match ? { incident: match, saved: true } : { incident: d, saved: false };
  });
  for (const s of saved) if (!found.some((i) => i.incident.id === s.id)) found.push({ incident: s, saved: true });
  if (!found.length) return empty('Incident Lens found no attack in this page’s text, or only ones you rejected.');

  // Anchor every evidence span in the live page. A key per incident that a later analysis of the same page
  // gives again (ids are stable per passage), so the panel can keep its cards.
  const tHighlight = performance.now();
  const index = buildTextIndex(document.body, {
    skip: (el) => el.localName === PANEL_TAG,
    maxChars: partial ? Math.max(200_000, article.text.length * INDEX_CHARS_PER_ANALYSED_CHAR) : undefined,
  });
  const seen = new Map<string, number>();
  const snapshot: Snapshot = { items: [], highlightItems: [], ranges: new Map(), notes: [] };
  let missing = 0;
  let sliceStart = performance.now();
  let anchoringMs = 0;
  for (const item of found) {
    const n = seen.get(item.incident.id) ?? 0;
    seen.set(item.incident.id, n + 1);
    const key = n ? `${item.incident.id}#${n}` : item.incident.id;
    const byField = new Map<EvidenceField, Range[]>();
    snapshot.ranges.set(key, byField);
    for (const ev of item.incident.evidence) {
      if (performance.now() - sliceStart > ANCHOR_SLICE_MS) {
        anchoringMs += performance.now() - sliceStart;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (signal.aborted) return null;
        sliceStart = performance.now();
      }
      // Offsets are only trusted if they still point at the quote (a saved record may come from older text).
      const selector: PassageSelector =
        article.text.slice(ev.start, ev.end) === ev.quote
          ? selectorFromOffsets(article.text, ev.start, ev.end)
          : { quote: { type: 'TextQuoteSelector', exact: ev.quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: ev.start, end: ev.end } };
      const overBudget = anchoringMs + performance.now() - sliceStart > ANCHOR_BUDGET_MS;
      const anchor = anchorSelector(index, selector, document, {
        sourceLength: article.text.length,
        fuzzyBudget: overBudget ? 0 : 5_000_000,
      });
      if (!anchor) {
        missing++;
        continue;
      }
      byField.set(ev.field, [...(byField.get(ev.field) ?? []), anchor.range]);
      snapshot.highlightItems.push({ kind: KIND_OF_FIELD[ev.field], range: anchor.range });
    }
    snapshot.items.push({ key, incident: item.incident, saved: item.saved, anchored: new Set(byField.keys()), ...(item.saved ? {} : { confidence: analysis.confidence }) });
  }
  measure('highlight', tHighlight, { ranges: snapshot.highlightItems.length, missing, busyMs: Math.round(anchoringMs + performance.now() - sliceStart) });
  if (partial) snapshot.notes.push('Too long to analyse fully: only the start of this page was read.');
  if (force && !analysis.isAttackReport) snapshot.notes.push('This page does not read as an attack report: check each card.');
  if (analysis.coverage && analysis.coverage.analysedChars < analysis.coverage.totalChars) {
    const pct = Math.max(1, Math.floor((100 * analysis.coverage.analysedChars) / analysis.coverage.totalChars));
    snapshot.notes.push(`Too long to analyse fully: the first ${pct}% of the text was analysed.`);
  }
  if (missing) snapshot.notes.push(`${missing} quoted passage${missing === 1 ? '' : 's'} could not be found in the page.`);
  return snapshot;
}

/**
 * Cards already shown stay as they are (with what the reader typed); the new analysis adds the rest. A new
 * detection is a shown card when it has its key or quotes the same passage (the same rule as saving).
 */
function mergeItems(shown: PanelItem[], next: PanelItem[]): PanelItem[] {
  const isShown = (n: PanelItem) => shown.some((s) => s.key === n.key || samePassage(s.incident, n.incident));
  return [...shown, ...next.filter((n) => !isShown(n))];
}

/** The panel now shown in this frame, if any: a selection captured later joins it. */
let liveView: { add(next: Snapshot): void; signal: AbortSignal } | null = null;

/** True when a panel is up and can take a captured selection. */
export function hasLiveView(): boolean {
  return !!liveView && !liveView.signal.aborted;
}

/** "New incident from selection" on a page whose panel is up: the card joins it. */
export async function captureIntoLiveView(): Promise<void> {
  const view = liveView;
  if (!view || view.signal.aborted) return;
  view.add(await captureSelection(view.signal, pageUrl()));
}

export async function analysePage(
  signal: AbortSignal,
  dismiss: () => void,
  options: { force?: boolean; selection?: boolean } = {},
): Promise<void> {
  const force = !!options.force || !!options.selection;
  // From a selection on a page without a panel: the panel opens with that one card.
  const tStart = performance.now();
  const first = options.selection ? await captureSelection(signal, pageUrl()) : await analyseOnce(signal, force);
  if (!first || signal.aborted) {
    measure('done', tStart, { panel: false });
    return;
  }

  let items = first.items;
  let ranges = first.ranges;
  let drawing = new AbortController();
  signal.addEventListener('abort', () => drawing.abort(), { once: true });
  // Measured before anything of ours changes the page's styles, when layout is still clean and cheap.
  // The panel: a 320 px card docked bottom-right, or only the pill when the card would cover the article's
  // text (narrow windows, full-width layouts). The first facts decide (each rectangle can cost a layout).
  const initiallyCollapsed = first.highlightItems.slice(0, 12).some((i) => {
    const r = i.range.getBoundingClientRect();
    return r.width > 0 && r.right > window.innerWidth - PANEL_FOOTPRINT_PX;
  });
  let highlighter: Highlighter = drawHighlights(document, first.highlightItems, drawing.signal);
  // Cards the reader rejected lose their highlights (until Undo).
  const hidden = new Set<string>();
  const redraw = () => {
    drawing.abort();
    drawing = new AbortController();
    const shownItems = items.filter((item) => !hidden.has(item.key));
    const all = shownItems.flatMap((item) => [...(ranges.get(item.key) ?? new Map<EvidenceField, Range[]>())].flatMap(([field, rs]) => rs.map((range) => ({ kind: KIND_OF_FIELD[field], range }))));
    highlighter = drawHighlights(document, all, drawing.signal);
  };
  const listeners = new Set<(u: { items: PanelItem[]; note?: string }) => void>();
  const updates: PanelUpdates = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  // The focus shortcut (background → this frame); only the extension can send runtime messages.
  const focusListeners = new Set<() => void>();
  const onFocusRequest = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== FOCUS_PANEL) return undefined;
    for (const l of focusListeners) l();
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onFocusRequest);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onFocusRequest), { once: true });
  await mountPanel(signal, {
    initiallyCollapsed,
    focusRequests: {
      subscribe(listener) {
        focusListeners.add(listener);
        return () => focusListeners.delete(listener);
      },
    },
    items,
    updates,
    note: first.notes.join(' ') || undefined,
    suggestPlaces: (query, near) =>
      withTimeout(sendMessage('suggestPlaces', { query: query.slice(0, 200), ...(near ? { near } : {}) }), MESSAGE_TIMEOUT_MS, 'place suggestions'),
    onCapture: () => void captureIntoLiveView().catch((err) => console.debug('[incident-lens]', err)),
    onFocusCard: (key) => {
      if (key === null || hidden.has(key)) return highlighter.focus(null);
      highlighter.focus([...(ranges.get(key)?.values() ?? [])].flat());
    },
    onShow: (key, fields) => {
      const range = fields.map((f) => ranges.get(key)?.get(f)?.[0]).find(Boolean);
      if (range) highlighter.flash(range);
    },
    onReject: async (incident, itemKey) => {
      const outcome = await ask(sendMessage('rejectDetection', { incident }), 'rejecting');
      if (outcome.ok) {
        hidden.add(itemKey);
        redraw();
      }
      return outcome;
    },
    onUndoReject: async (key, itemKey) => {
      const outcome = await ask(sendMessage('undoRejection', { key }), 'undoing');
      if (outcome.ok) {
        hidden.delete(itemKey);
        redraw();
      }
      return outcome;
    },
    onAddAsSource: (incident, targetId) => ask(sendMessage('addAsSource', { incident, targetId }), 'adding the source'),
    onSave: (incident, expectedUpdatedAt, checkDuplicates) => ask(sendMessage('saveIncident', { incident, expectedUpdatedAt, checkDuplicates }), 'saving'),
    onDismiss: dismiss,
  });
  measure('done', tStart, { panel: !signal.aborted, incidents: items.length });
  if (signal.aborted) return;

  // Later additions (a live page's new text, a captured selection) join the cards already shown.
  const add = (next: Snapshot) => {
    const merged = mergeItems(items, next.items);
    // Ranges of the cards kept come from the new analysis when it found them again (the DOM changed).
    const nextRanges = new Map(ranges);
    for (const [key, byField] of next.ranges) if (byField.size || !nextRanges.has(key)) nextRanges.set(key, byField);
    items = merged.map((i) => ({ ...i, anchored: new Set((nextRanges.get(i.key) ?? new Map()).keys()) }));
    ranges = nextRanges;
    redraw();
    for (const l of listeners) l({ items, note: next.notes.join(' ') || undefined });
  };
  liveView = { add, signal };
  signal.addEventListener('abort', () => {
    if (liveView?.signal === signal) liveView = null;
  }, { once: true });

  // Live pages: text added later is analysed again; new incidents join the panel, shown ones stay as typed.
  let busy = false;
  watchGrowth(
    document.body,
    signal,
    () => {
      if (busy) return;
      busy = true;
      analyseOnce(signal, force)
        .then((next) => {
          if (next && !signal.aborted) add(next);
        })
        .catch((err) => console.debug('[incident-lens]', err))
        .finally(() => {
          busy = false;
        });
    },
    { ignore: (node) => node.nodeType === 1 && (node as Element).localName === PANEL_TAG },
  );
}
