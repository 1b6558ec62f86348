/**
 * Article-text offsets → W3C selectors.
 * The extractor reports evidence as offsets into the article text (Readability's output), which is not the
 * live page's text; a quote with some context survives that difference, offsets do not.
 */
import type { PassageSelector, TextQuoteSelector } from './types';

/** How much context to keep either side of a quote; Hypothesis uses 32 characters. */
export const CONTEXT_CHARS = 32;

export function quoteSelectorFromOffsets(
  text: string,
  start: number,
  end: number,
  context = CONTEXT_CHARS,
): TextQuoteSelector {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - context), s),
    suffix: text.slice(e, Math.min(text.length, e + context)),
  };
}

export function selectorFromOffsets(text: string, start: number, end: number, context = CONTEXT_CHARS): PassageSelector {
  const s = clamp(Math.min(start, end), 0, text.length);
  const e = clamp(Math.max(start, end), 0, text.length);
  return {
    quote: quoteSelectorFromOffsets(text, s, e, context),
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.trunc(n))) : lo;
}
