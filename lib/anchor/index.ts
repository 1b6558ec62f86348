/**
 * Anchoring: evidence offsets in the article text → W3C selectors → Ranges in the live page.
 * Pure DOM code (no extension API), in the manner of the Hypothesis client's src/annotator/anchoring.
 */
import { matchQuote, type MatchOptions } from './match-quote';
import { buildTextIndex, rangeFromOffsets, type TextIndex, type TextIndexOptions } from './text-index';
import type { PassageSelector, TextMatch } from './types';

export * from './types';
export { quoteSelectorFromOffsets, selectorFromOffsets, CONTEXT_CHARS } from './selector';
export { matchQuote, standaloneErrors, contextErrors } from './match-quote';
export { normalise, normaliseWithMap } from './normalise';
export { fuzzySearch, contextEdits, type FuzzyHit } from './approx-search';
export { buildTextIndex, rangeFromOffsets } from './text-index';
export type { TextIndex, TextIndexOptions, TextChunk } from './text-index';
export type { MatchOptions } from './match-quote';

export interface Anchor {
  range: Range;
  match: TextMatch;
}

/**
 * Find one passage in the page. `sourceLength` is the length of the text the selector was built from: the
 * TextPositionSelector, scaled by it, becomes a position hint that only breaks ties between equal matches.
 */
export function anchorSelector(
  index: TextIndex,
  selector: PassageSelector,
  doc: Document,
  opts: MatchOptions & { sourceLength?: number } = {},
): Anchor | null {
  const hint =
    opts.sourceLength && opts.sourceLength > 0
      ? Math.round((selector.position.start / opts.sourceLength) * index.text.length)
      : undefined;
  const match = matchQuote(index.text, selector.quote, { ...opts, hint: opts.hint ?? hint });
  if (!match) return null;
  const range = rangeFromOffsets(index, match.start, match.end, doc);
  return range ? { range, match } : null;
}

/** Convenience for callers with a root element: build the index once, anchor many selectors. */
export function anchorAll(
  root: Node,
  selectors: PassageSelector[],
  opts: MatchOptions & TextIndexOptions & { sourceLength?: number } = {},
): Array<Anchor | null> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const index = buildTextIndex(root, opts);
  return selectors.map((s) => anchorSelector(index, s, doc, opts));
}
export { wrapRanges, type KindRange } from './wrap';
