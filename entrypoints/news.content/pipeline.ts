/**
 * gate → Readability (clone) → background analysis → anchoring + highlights → panel.
 * Every step after the gate is bounded, and every failure ends the run quietly (a news page must never see
 * an error from us). Everything that outlives the run is tied to `signal`: aborting it is the teardown.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { anchorSelector, buildTextIndex, selectorFromOffsets, type PassageSelector } from '../../lib/anchor';
import { readArticleResult } from '../../lib/article';
import { samePassage } from '../../lib/store/passage';
import type { Analysis, EvidenceField, Incident } from '../../lib/schema';
import { sendMessage } from '../../utils/messaging';
import { gate } from './gate';
import { drawHighlights, KIND_OF_FIELD, type HighlightItem } from './highlight';
import { mountPanel, PANEL_TAG } from './panel';
import { measure, timed } from './timing';

/** Give up on the background after this long (it may be restarting). */
const MESSAGE_TIMEOUT_MS = 20_000;
/** Anchoring stops trying fuzzy matches once it has spent this long (hostile or huge pages). */
const ANCHOR_BUDGET_MS = 250;
/** Width the docked card takes from the right edge of the viewport (card + margins). */
const PANEL_FOOTPRINT_PX = 352;

export function pageUrl(): string {
  return location.href.split('#')[0];
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

export async function run(ctx: ContentScriptContext, signal: AbortSignal, onDismiss: () => void): Promise<void> {
  // 1. Gate.
  const g = timed('gate', () => gate(document));
  if (!g.pass || signal.aborted) return;

  // 2. Readability on a clone (lib/article clones; the live page is never handed to Readability).
  const tRead = performance.now();
  const read = readArticleResult(document, location.href);
  measure('readability', tRead, read.ok ? { ok: true, chars: read.article.text.length } : { ok: false, reason: read.reason });
  if (!read.ok || signal.aborted) return;
  const article = read.article;
  const url = pageUrl();

  // 3. Analysis in the background (extractor + gazetteer), and what was saved from this URL before.
  const t0 = performance.now();
  let analysis: Analysis;
  let saved: Incident[] = [];
  try {
    const [a, s] = await Promise.all([
      withTimeout(
        sendMessage('analyse', { text: article.text, published: article.published, title: article.title, url, outlet: article.outlet ?? undefined }),
        MESSAGE_TIMEOUT_MS,
        'analyse',
      ),
      withTimeout(sendMessage('savedForUrl', { url }), MESSAGE_TIMEOUT_MS, 'savedForUrl').catch(() => [] as Incident[]),
    ]);
    analysis = a;
    saved = s;
  } finally {
    measure('extract', t0);
  }
  if (signal.aborted) return;
  if (!analysis.isAttackReport && !saved.length) return;

  // The extractor fills each incident's source (this URL, title, outlet, date, lead passage) from the request.
  const detected = analysis.isAttackReport ? analysis.incidents : [];
  // Saved records replace the detections they match (so the reader sees what they saved, and saving again
  // updates that record); saved records with no matching detection are still listed.
  const items: Array<{ incident: Incident; saved: boolean }> = detected.map((d) => {
    const match = saved.find((s) => s.id === d.id || samePassage(s, d));
    return match ? { incident: match, saved: true } : { incident: d, saved: false };
  });
  for (const s of saved) if (!items.some((i) => i.incident.id === s.id)) items.push({ incident: s, saved: true });
  if (!items.length) return;

  // 4. Anchor every evidence span in the live page and draw the highlights.
  const tHighlight = performance.now();
  const index = buildTextIndex(document.body, { skip: (el) => el.localName === PANEL_TAG });
  const rangesByItem = new Map<string, Map<EvidenceField, Range[]>>();
  const highlightItems: HighlightItem[] = [];
  let missing = 0;
  items.forEach((item, n) => {
    const key = `${n}:${item.incident.id}`;
    const byField = new Map<EvidenceField, Range[]>();
    rangesByItem.set(key, byField);
    for (const ev of item.incident.evidence) {
      // Offsets are only trusted if they still point at the quote (a saved record may come from older text).
      const selector: PassageSelector =
        article.text.slice(ev.start, ev.end) === ev.quote
          ? selectorFromOffsets(article.text, ev.start, ev.end)
          : { quote: { type: 'TextQuoteSelector', exact: ev.quote, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: ev.start, end: ev.end } };
      const overBudget = performance.now() - tHighlight > ANCHOR_BUDGET_MS;
      const anchor = anchorSelector(index, selector, document, {
        sourceLength: article.text.length,
        fuzzyBudget: overBudget ? 0 : 5_000_000,
      });
      if (!anchor) {
        missing++;
        continue;
      }
      byField.set(ev.field, [...(byField.get(ev.field) ?? []), anchor.range]);
      highlightItems.push({ kind: KIND_OF_FIELD[ev.field], range: anchor.range });
    }
  });
  const highlighter = drawHighlights(document, highlightItems, signal);
  measure('highlight', tHighlight, { ranges: highlightItems.length, missing, mode: highlighter.mode });

  // 5. The panel: a 320 px card docked bottom-right, or only the pill when the card would cover the
  // article's text (narrow windows, full-width layouts).
  const initiallyCollapsed = highlightItems.some((i) => {
    const r = i.range.getBoundingClientRect();
    return r.width > 0 && r.right > window.innerWidth - PANEL_FOOTPRINT_PX;
  });
  await mountPanel(ctx, signal, {
    initiallyCollapsed,
    items: items.map((item, n) => {
      const key = `${n}:${item.incident.id}`;
      return { key, incident: item.incident, saved: item.saved, anchored: new Set(rangesByItem.get(key)!.keys()) };
    }),
    note: missing ? `${missing} quoted passage${missing === 1 ? '' : 's'} could not be found in the page.` : undefined,
    onShow: (key, fields) => {
      const range = fields.map((f) => rangesByItem.get(key)?.get(f)?.[0]).find(Boolean);
      if (range) highlighter.flash(range);
    },
    onSave: async (incident) => {
      try {
        return await withTimeout(sendMessage('saveIncident', { incident }), MESSAGE_TIMEOUT_MS, 'saving');
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
    onDismiss,
  });
}
