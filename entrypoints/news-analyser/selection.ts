/**
 * "New incident from selection": the passage the reader selected becomes a card, pre-filled with what the
 * extractor finds in it and anchored to it. For an attack the detector missed, or a second attack in a
 * paragraph it read as one.
 */
import { anchorSelector, buildTextIndex, selectorFromOffsets, type TextIndex } from '../../lib/anchor';
import { readPublicationDate } from '../../lib/article';
import { notMentioned, type EvidenceField, type Incident } from '../../lib/schema';
import { sendMessage } from '../../utils/messaging';
import { KIND_OF_FIELD, type HighlightItem } from './highlight';
import { PANEL_TAG } from './panel';
import type { PanelItem } from '../../components/panel/Panel';

/** More than this is not "a passage". */
const MAX_SELECTION_CHARS = 20_000;
const CONTEXT = 32;

export interface Capture {
  items: PanelItem[];
  highlightItems: HighlightItem[];
  ranges: Map<string, Map<EvidenceField, Range[]>>;
  notes: string[];
}

/** Where the selection starts in the page's text index, for the passage's prefix and suffix. */
function offsetIn(index: TextIndex, range: Range): number | null {
  const node = range.startContainer;
  const chunk = index.chunks.find((c) => c.node === node);
  return chunk ? chunk.start + range.startOffset : null;
}

/** A card with nothing filled in but its source: the reader codes it by hand. */
function blankIncident(url: string, title: string, published: string | null, selector: Incident['source']['selector']): Incident {
  return {
    id: crypto.randomUUID(),
    date: { value: published, precision: published ? 'day' : 'unknown', basis: 'publication' },
    weapon: { category: null },
    projectiles: notMentioned(),
    location: null,
    killed: notMentioned(),
    injured: notMentioned(),
    target: null,
    perpetrator: { name: null, status: 'unknown' },
    damage: null,
    evidence: [],
    source: { url, title, published, selector },
    status: 'detected',
    sources: [],
  };
}

export async function captureSelection(signal: AbortSignal, url: string): Promise<Capture> {
  const capture: Capture = { items: [], highlightItems: [], ranges: new Map(), notes: [] };
  const selection = document.getSelection();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null;
  const text = range ? range.toString().trim() : '';
  const inPanel = range && (range.commonAncestorContainer as Element).closest?.(PANEL_TAG);
  if (!range || !text || inPanel) {
    capture.notes.push('Select the passage that reports the attack, then ask again.');
    return capture;
  }
  if (text.length > MAX_SELECTION_CHARS) {
    capture.notes.push(`The selection is too long to be one passage (${text.length.toLocaleString()} characters; at most ${MAX_SELECTION_CHARS.toLocaleString()}).`);
    return capture;
  }
  const published = readPublicationDate(document);
  const title = document.title.slice(0, 500);
  const analysis = await sendMessage('analyse', { text, published, title, url, force: true });
  if (signal.aborted) return capture;

  const index = buildTextIndex(document.body, { skip: (el) => el.localName === PANEL_TAG });
  const at = offsetIn(index, range);
  const selector = {
    type: 'TextQuoteSelector' as const,
    exact: text.slice(0, 5_000),
    ...(at !== null ? { prefix: index.text.slice(Math.max(0, at - CONTEXT), at), suffix: index.text.slice(at + text.length, at + text.length + CONTEXT) } : {}),
  };
  // The first incident found in the passage, with the passage as its source; or a blank card.
  const found = analysis.incidents[0];
  const incident: Incident = found ? { ...found, source: { ...found.source, url, title, selector } } : blankIncident(url, title, published, selector);
  const key = `selection:${incident.id}`;
  const byField = new Map<EvidenceField, Range[]>();
  for (const ev of incident.evidence) {
    const anchor = anchorSelector(index, selectorFromOffsets(text, ev.start, ev.end), document, {
      sourceLength: text.length,
      ...(at !== null ? { hint: at + ev.start } : {}),
    });
    if (!anchor) continue;
    byField.set(ev.field, [...(byField.get(ev.field) ?? []), anchor.range]);
    capture.highlightItems.push({ kind: KIND_OF_FIELD[ev.field], range: anchor.range });
  }
  capture.ranges.set(key, byField);
  capture.items.push({ key, incident, saved: false, anchored: new Set(byField.keys()) });
  if (!found) capture.notes.push('Nothing was recognised in the selection: fill the card in by hand.');
  return capture;
}
