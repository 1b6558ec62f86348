/**
 * Draws the facts' Ranges in the live page. With the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
 * the page's DOM is not touched at all: one Highlight per kind of fact in CSS.highlights, styled by one
 * <style> element of constant CSS. Only where the API is missing are the Ranges' text nodes wrapped in
 * <incident-lens-mark> elements (lib/anchor/wrap.ts), and unwrapped on teardown.
 */
import { wrapRanges } from '../../lib/anchor';
import type { EvidenceField } from '../../lib/schema';

import { HIGHLIGHT_KINDS, KIND_STYLES, underlineOf, type HighlightKind } from '../../lib/page/highlight-kinds';


/** Evidence field → highlight kind; `damage` is drawn with the casualties (what the attack did). */
export const KIND_OF_FIELD: Record<EvidenceField, HighlightKind> = {
  date: 'date',
  weapon: 'weapon',
  projectiles: 'count',
  location: 'place',
  killed: 'casualties',
  injured: 'casualties',
  damage: 'casualties',
  perpetrator: 'actor',
  target: 'actor',
};

export const highlightName = (kind: HighlightKind) => `incident-lens-${kind}`;
const FLASH_NAME = 'incident-lens-flash';
export const MARK_TAG = 'incident-lens-mark';
export const STYLE_ID = 'incident-lens-highlight-style';

const FOCUS_NAME = 'incident-lens-focus';

/**
 * Constant stylesheet: no page data is ever interpolated into it. Translucent backgrounds (the page's own
 * text colour shows through, so it stays readable on light and dark pages) and an underline whose style
 * differs per kind (lib/page/highlight-kinds.ts).
 */
export const HIGHLIGHT_CSS = [
  ...HIGHLIGHT_KINDS.map(
    (k) =>
      `::highlight(${highlightName(k)}) { background-color: rgba(${KIND_STYLES[k].rgb}, 0.22); ` +
      `text-decoration: ${underlineOf(k)}; text-underline-offset: 3px; }\n` +
      `${MARK_TAG}[data-kind="${k}"] { all: unset; display: inline; background-color: rgba(${KIND_STYLES[k].rgb}, 0.22); ` +
      `text-decoration: ${underlineOf(k)}; text-underline-offset: 3px; }`,
  ),
  // The incident in focus in the panel: its facts stand out from the others' (stronger, with an outline-like
  // background); drawn above the kinds' highlights.
  `::highlight(${FOCUS_NAME}) { background-color: rgba(250, 204, 21, 0.38); }`,
  `${MARK_TAG}.incident-lens-focus { background-color: rgba(250, 204, 21, 0.38) !important; }`,
  `::highlight(${FLASH_NAME}) { background-color: rgba(250, 204, 21, 0.85); color: #111; }`,
  `${MARK_TAG}.incident-lens-flash { background-color: rgba(250, 204, 21, 0.85) !important; color: #111 !important; }`,
].join('\n');

export interface HighlightItem {
  kind: HighlightKind;
  range: Range;
}

export interface Highlighter {
  /** Scroll a Range into view and flash it briefly. */
  flash(range: Range): void;
  /** Make these Ranges (the facts of the incident in focus in the panel) stand out; null: none. */
  focus(ranges: Range[] | null): void;
  /** Remove every highlight, wrapper and the style element. */
  remove(): void;
  readonly mode: 'css-highlights' | 'wrappers';
}

function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
}

export function drawHighlights(doc: Document, items: HighlightItem[], signal: AbortSignal): Highlighter {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);

  let undoWrap: (() => void) | null = null;
  const mode = hasHighlightApi() ? 'css-highlights' : 'wrappers';
  if (mode === 'css-highlights') {
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = items.filter((i) => i.kind === kind).map((i) => i.range);
      if (!ranges.length) continue;
      CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
    }
  } else {
    undoWrap = wrapRanges(items, MARK_TAG);
  }

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const clearFlash = () => {
    clearTimeout(flashTimer);
    if (mode === 'css-highlights') CSS.highlights.delete(FLASH_NAME);
    else for (const el of Array.from(doc.querySelectorAll(`${MARK_TAG}.incident-lens-flash`))) el.classList.remove('incident-lens-flash');
  };

  const clearFocus = () => {
    if (mode === 'css-highlights') CSS.highlights.delete(FOCUS_NAME);
    else for (const el of Array.from(doc.querySelectorAll(`${MARK_TAG}.incident-lens-focus`))) el.classList.remove('incident-lens-focus');
  };
  const remove = () => {
    clearFlash();
    clearFocus();
    if (mode === 'css-highlights') for (const kind of HIGHLIGHT_KINDS) CSS.highlights.delete(highlightName(kind));
    undoWrap?.();
    undoWrap = null;
    style.remove();
  };
  signal.addEventListener('abort', remove, { once: true });

  return {
    mode,
    remove,
    focus(ranges: Range[] | null) {
      clearFocus();
      if (!ranges?.length) return;
      if (mode === 'css-highlights') {
        const h = new Highlight(...ranges);
        h.priority = 5; // above the kinds', below the flash
        CSS.highlights.set(FOCUS_NAME, h);
      } else {
        for (const m of Array.from(doc.querySelectorAll(MARK_TAG))) if (ranges.some((r) => r.intersectsNode(m))) m.classList.add('incident-lens-focus');
      }
    },
    flash(range: Range) {
      clearFlash();
      // Scroll the Range's start container (a text node's parent element) to the middle of the viewport.
      const node = range.startContainer;
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (mode === 'css-highlights') {
        const h = new Highlight(range);
        h.priority = 10; // above the kind's own highlight
        CSS.highlights.set(FLASH_NAME, h);
      } else {
        for (const m of Array.from(doc.querySelectorAll(MARK_TAG))) if (range.intersectsNode(m)) m.classList.add('incident-lens-flash');
      }
      flashTimer = setTimeout(clearFlash, 1600);
    },
  };
}
