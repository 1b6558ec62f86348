/**
 * Selector types for anchoring (W3C Web Annotation Data Model, §4.2).
 * Kept separate from lib/schema.ts's zod TextQuoteSelector so anchoring stays dependency-free; the shapes
 * are compatible (a TextQuoteSelector here is assignable to the schema's one).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offsets into the text the selector was built from (end exclusive). */
  start: number;
  end: number;
}

/** Both selectors for one passage: the quote is authoritative, the position is only a hint. */
export interface PassageSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A match in some text: offsets (end exclusive) and how it was found. */
export interface TextMatch {
  start: number;
  end: number;
  /** 'exact': the quote verbatim; 'normalised': equal up to whitespace/case/quotes; 'fuzzy': a few edits. */
  method: 'exact' | 'normalised' | 'fuzzy';
  /** Edit distance for fuzzy matches, 0 otherwise. */
  errors: number;
}
