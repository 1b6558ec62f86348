/**
 * Find a TextQuoteSelector in a text that may differ from the one it was taken from (the live page vs the
 * article text, or a page the outlet edited after the record was saved). After the Hypothesis client's
 * match-quote.ts: approx-string-match finds candidates, and each is judged by the edits that separate the
 * selector's prefix, exact and suffix from the text before, at and after it, with the expected position as a
 * tie-breaker. Differences of whitespace, case and typographic quotes/dashes are not edits: matching happens
 * in normalised text (./normalise.ts). Pure: strings in, offsets out.
 */
import { distance } from 'fastest-levenshtein';
import { contextEdits, fuzzySearch, type FuzzyHit } from './approx-search';
import { fromNorm, normalise, normaliseCached, toNormIndex } from './normalise';
import type { TextMatch, TextQuoteSelector } from './types';

export interface MatchOptions {
  /** Where the quote is expected, as an offset into `text` (e.g. scaled from its position in the article). */
  hint?: number;
  /**
   * Upper bound on fuzzy-search work, in text characters × 32-character blocks of the pattern that the
   * bit-parallel search advances (0 skips the fuzzy step). Above it, fewer errors are allowed or, failing
   * that, the step is skipped.
   */
  fuzzyBudget?: number;
}

/** At most this many candidates are scored; a quote that occurs more often than that is hopeless anyway. */
const MAX_CANDIDATES = 1000;
/** Quotes longer than this are found by their pieces first, then verified where the pieces point. */
const LONG_QUOTE = 256;
/** Length of those pieces, and of the prefix and suffix searched for on their own. */
const PIECE = 32;
/** A piece found more often than this says nothing about where the quote is. */
const MAX_PIECE_HITS = 16;
/** Places verified for a long quote, or around a found prefix or suffix. */
const MAX_PLACES = 8;
/** Prefix and suffix shorter than this (normalised, trimmed) neither guide the search nor vouch for a match. */
const MIN_CONTEXT = 8;
/** A side of context that needs at most this share of its length in edits vouches for the candidate. */
const CONTEXT_AGREES = 0.25;
/** Cost of a match equal to the quote only after normalisation (case, quotes): less than one real edit. */
const NORMALISED_COST = 0.5;
/** Context edits of a quote's best match low enough that its context needs no searching for. */
const SETTLED = 2;
/** Cost of being at the far end of the text from the hint: enough to break ties, less than a few edits. */
const POSITION_COST = 2;

/**
 * Errors a fuzzy match may have on the strength of the quote alone: 1 in 8 characters, rising towards 1 in 4
 * for long quotes. In real news text a short absent quote finds some look-alike with about a quarter of
 * its letters changed (a long one with over half), so this stays clear of chance matches.
 */
export function standaloneErrors(m: number): number {
  return m <= 64 ? Math.floor(m / 8) : Math.floor(m / 4) - 8;
}

/** Errors a fuzzy match may have when its prefix or suffix agrees (Hypothesis allows this many always). */
export function contextErrors(m: number): number {
  return Math.floor(m / 2);
}

interface Candidate extends FuzzyHit {
  /** Equal to the quote after normalisation but not verbatim. */
  normalisedOnly?: boolean;
}

interface Context {
  text: string;
  /** Normalised and trimmed. */
  prefix: string;
  suffix: string;
  hint: number | undefined;
}

export function matchQuote(text: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>, opts: MatchOptions = {}): TextMatch | null {
  const exact = quote.exact ?? '';
  if (!exact.trim() || !text) return null;
  const norm = normaliseCached(text);
  const nQuote = normalise(exact).trim();
  if (!nQuote) return null;
  const ctx: Context = {
    text: norm.text,
    // Hypothesis keeps 32 characters; longer context is cut so scoring many candidates stays cheap.
    prefix: normalise(quote.prefix ?? '').trim().slice(-64),
    suffix: normalise(quote.suffix ?? '').trim().slice(0, 64),
    hint: opts.hint === undefined ? undefined : toNormIndex(norm.map, opts.hint),
  };
  const m = nQuote.length;
  const toOriginal = (c: Candidate) => fromNorm(norm.map, c.start, c.end, text.length);
  const result = (c: Candidate): TextMatch => ({
    ...toOriginal(c),
    method: c.errors > 0 ? 'fuzzy' : c.normalisedOnly ? 'normalised' : 'exact',
    errors: c.errors,
  });

  // 1. The quote itself, verbatim or up to normalisation; context picks between repeats.
  const verbatim = exact.trim();
  const equal = occurrences(norm.text, nQuote, MAX_CANDIDATES).map((s): Candidate => {
    const c = { start: s, end: s + m, errors: 0 };
    const span = toOriginal(c);
    return { ...c, normalisedOnly: text.slice(span.start, span.end) !== verbatim };
  });
  let ranked = score(equal, ctx);
  // An unedited copy whose surroundings disagree with the selector's may be a repeat elsewhere while the
  // passage itself was edited: then edited candidates compete with it.
  const hasContext = ctx.prefix.length >= MIN_CONTEXT || ctx.suffix.length >= MIN_CONTEXT;
  if (ranked.length && (ranked[0].supported || !hasContext)) return result(ranked[0].candidate);

  // 2. The closest matches of the quote anywhere; enough when the best one's context is as expected.
  const search = new FuzzyQuoteSearch(ctx, nQuote, opts.fuzzyBudget ?? 20_000_000);
  // With verbatim copies about, the closest matches anywhere are those copies: only their context is news.
  const found = equal.length ? [] : search.quoteFirst();
  ranked = merge(ranked, score(found, ctx));
  if (ranked.length && acceptable(ranked[0], m) && ranked[0].contextEdits <= SETTLED) return result(ranked[0].candidate);

  // 3. Also the closest where the prefix and suffix are found, and the spans between them.
  ranked = merge(ranked, score(search.aroundContext(found), ctx));
  const best = ranked.find((r) => acceptable(r, m));
  return best ? result(best.candidate) : null;
}

interface Scored {
  candidate: Candidate;
  /** Edits over prefix + exact + suffix, plus the small costs of normalisation and distance from the hint. */
  cost: number;
  /** Edits of the prefix and suffix alone. */
  contextEdits: number;
  /** The prefix or suffix agrees (see CONTEXT_AGREES). */
  supported: boolean;
}

function acceptable(s: Scored, m: number): boolean {
  return s.candidate.errors <= (s.supported ? contextErrors(m) : standaloneErrors(m));
}

/**
 * Candidates, best first: fewest edits over prefix + exact + suffix together (so a match that leaves an
 * inserted word out of the quote pays for it in the context), then nearest the hint.
 */
function score(candidates: Candidate[], ctx: Context): Scored[] {
  const { text, prefix, suffix, hint } = ctx;
  const n = text.length;
  const agrees = (side: string, edits: number) => side.length >= MIN_CONTEXT && edits <= CONTEXT_AGREES * side.length;
  const scored = candidates.slice(0, MAX_CANDIDATES).map((candidate) => {
    const prefixEdits = prefix ? sideEdits(text, candidate.start, prefix, 'before') : 0;
    const suffixEdits = suffix ? sideEdits(text, candidate.end, suffix, 'after') : 0;
    const cost =
      candidate.errors +
      (candidate.normalisedOnly ? NORMALISED_COST : 0) +
      prefixEdits +
      suffixEdits +
      (hint === undefined || n === 0 ? 0 : (POSITION_COST * Math.abs(candidate.start - hint)) / n);
    return { candidate, cost, contextEdits: prefixEdits + suffixEdits, supported: agrees(prefix, prefixEdits) || agrees(suffix, suffixEdits) };
  });
  // Stable: equal costs keep text order, so with no hint the first occurrence wins.
  return scored.sort((a, b) => a.cost - b.cost);
}

/** Two ranked lists as one, a candidate found twice kept once. */
function merge(a: Scored[], b: Scored[]): Scored[] {
  const seen = new Set(a.map((s) => `${s.candidate.start}:${s.candidate.end}`));
  return [...a, ...b.filter((s) => !seen.has(`${s.candidate.start}:${s.candidate.end}`))].sort((x, y) => x.cost - y.cost);
}

/**
 * Edits between a side of context and the text on that side of a candidate. A word inserted right next to
 * the quote (an adjective, "reportedly") costs one edit rather than its letters: otherwise a repeat of the
 * quote elsewhere, whose context differs by a few letters further out, would look closer than the
 * passage the selector was made from.
 */
function sideEdits(text: string, at: number, side: string, where: 'before' | 'after'): number {
  const edits = contextEdits(stretch(text, at, side.length, where), side);
  if (edits <= 1) return edits;
  const past = skipWord(text, at, where);
  return past === null ? edits : Math.min(edits, 1 + contextEdits(stretch(text, past, side.length, where), side));
}

/** Longest run of letters taken for one inserted word. */
const MAX_WORD = 20;

/** The offset past the whole word next to `at` on that side, or null if `at` is inside a word. */
function skipWord(text: string, at: number, where: 'before' | 'after'): number | null {
  if (where === 'before') {
    if (at > 0 && text[at - 1] !== ' ') return null;
    let i = at - 1;
    const end = i;
    while (i > 0 && text[i - 1] !== ' ' && end - i < MAX_WORD) i--;
    return i < end && (i === 0 || text[i - 1] === ' ') ? i : null;
  }
  if (at < text.length && text[at] !== ' ') return null;
  let i = at + 1;
  const start = i;
  while (i < text.length && text[i] !== ' ' && i - start < MAX_WORD) i++;
  return i > start && (i === text.length || text[i] === ' ') ? i : null;
}

/** The `length` characters on one side of `at`, not counting the space at the seam (the context is trimmed too). */
function stretch(text: string, at: number, length: number, where: 'before' | 'after'): string {
  if (where === 'before') {
    const end = text[at - 1] === ' ' ? at - 1 : at;
    return text.slice(Math.max(0, end - length), end);
  }
  const start = text[at] === ' ' ? at + 1 : at;
  return text.slice(start, start + length);
}

/**
 * Approximate candidates for a quote in the normalised text, within a work budget. The quote first: short
 * quotes by approx-string-match over the whole text, long ones where verbatim pieces of them point. Then
 * around the context: right after each place the prefix is found, right before each place the suffix is
 * found, and between the two, which finds a quote too edited to beat chance look-alikes elsewhere and takes
 * in words inserted at its ends.
 */
class FuzzyQuoteSearch {
  private readonly maxErrors: number;
  private left: number;

  constructor(
    private readonly ctx: Context,
    private readonly quote: string,
    budget: number,
  ) {
    const hasContext = ctx.prefix.length >= MIN_CONTEXT || ctx.suffix.length >= MIN_CONTEXT;
    this.maxErrors = hasContext ? contextErrors(quote.length) : standaloneErrors(quote.length);
    this.left = this.maxErrors >= 1 ? budget : 0;
  }

  quoteFirst(): Candidate[] {
    const { text } = this.ctx;
    const { quote, maxErrors } = this;
    const n = text.length;
    const m = quote.length;
    if (this.left <= 0) return [];
    if (m <= LONG_QUOTE) {
      // Cost grows with the errors allowed (32 per block); when over budget, allow fewer.
      const blocks = Math.min(Math.ceil((maxErrors + 1) / 32), Math.floor(this.left / n));
      const k = Math.min(maxErrors, blocks * 32 - 1);
      if (k < 1) return [];
      this.left -= n * blocks;
      return fuzzySearch(text, quote, k, MAX_CANDIDATES);
    }
    // One indexOf pass per piece (counted as 1/32 block per character), then the places verified.
    const cost = Math.ceil((n * Math.ceil(m / PIECE)) / 32) + MAX_PLACES * (m + 2 * maxErrors) * Math.ceil(m / 32);
    if (cost > this.left) return [];
    this.left -= cost;
    return verifyAt(text, quote, maxErrors, piecePlaces(text, quote, maxErrors));
  }

  /** `found`: what quoteFirst found, so places it already covers are not searched again. */
  aroundContext(found: Candidate[]): Candidate[] {
    const { text } = this.ctx;
    const { quote, maxErrors } = this;
    const m = quote.length;
    const prefix = this.ctx.prefix.slice(-PIECE);
    const suffix = this.ctx.suffix.slice(0, PIECE);
    const ends = this.places(prefix).map((p) => (text[p.end] === ' ' ? p.end + 1 : p.end));
    const starts = this.places(suffix).map((p) => (text[p.start - 1] === ' ' ? p.start - 1 : p.start));

    // Next to the context the closest part of the quote may have lost to a chance look-alike elsewhere.
    const out: Candidate[] = [];
    const reach = m + maxErrors + 2;
    for (const e of ends) {
      if (!found.some((h) => h.start >= e && h.start <= e + maxErrors)) out.push(...verifyAt(text, quote, maxErrors, [{ lo: e, hi: e + reach }]));
    }
    for (const s of starts) {
      if (!found.some((h) => h.end <= s && h.end >= s - maxErrors)) out.push(...verifyAt(text, quote, maxErrors, [{ lo: s - reach, hi: s }]));
    }

    // The closest part of the quote leaves out words inserted at its ends; the context says where they end.
    const between = (start: number, end: number) => {
      if (end > start && Math.abs(end - start - m) <= maxErrors) out.push({ start, end, errors: distance(quote, text.slice(start, end)) });
    };
    for (const e of ends) for (const s of starts) between(e, s);
    for (const h of [...found.slice(0, MAX_PLACES * 4), ...out]) {
      for (const e of ends) if (e < h.start && h.start - e <= maxErrors) between(e, h.end);
      for (const s of starts) if (s > h.end && s - h.end <= maxErrors) between(h.start, s);
    }
    return dedupe(out);
  }

  /** Where a prefix or suffix is (one block per character of text), unless it is short or everywhere. */
  private places(side: string): FuzzyHit[] {
    const n = this.ctx.text.length;
    if (side.length < MIN_CONTEXT || this.left < n) return [];
    this.left -= n;
    const places = fuzzySearch(this.ctx.text, side, Math.floor(side.length / 4), MAX_PLACES + 1);
    return places.length <= MAX_PLACES ? places : [];
  }
}

/**
 * Where a long quote may be: each piece of it found verbatim votes for the quote's start; votes within
 * `slack` of each other (edits shift them) are one place. The places with most votes first.
 */
function piecePlaces(text: string, quote: string, slack: number): Array<{ lo: number; hi: number }> {
  const votes: number[] = [];
  for (let off = 0; off < quote.length; off += PIECE) {
    // The last piece ends where the quote ends, so both ends of the quote are looked for.
    const at = Math.min(off, Math.max(0, quote.length - PIECE));
    const hits = occurrences(text, quote.slice(at, at + PIECE), MAX_PIECE_HITS + 1);
    if (hits.length <= MAX_PIECE_HITS) for (const h of hits) votes.push(h - at);
  }
  votes.sort((a, b) => a - b);
  const places: Array<{ first: number; last: number; votes: number }> = [];
  for (const v of votes) {
    const p = places[places.length - 1];
    if (p && v - p.last <= slack) {
      p.last = v;
      p.votes++;
    } else places.push({ first: v, last: v, votes: 1 });
  }
  return places
    .sort((a, b) => b.votes - a.votes)
    .slice(0, MAX_PLACES)
    .map((p) => ({ lo: p.first - slack - 1, hi: p.last + quote.length + slack + 1 }));
}

/** The closest matches of `quote` inside each window of the text. */
function verifyAt(text: string, quote: string, maxErrors: number, windows: Array<{ lo: number; hi: number }>): Candidate[] {
  const out: Candidate[] = [];
  for (const w of windows) {
    const lo = Math.max(0, w.lo);
    const hi = Math.min(text.length, w.hi);
    if (hi <= lo) continue;
    for (const h of fuzzySearch(text.slice(lo, hi), quote, maxErrors, MAX_PLACES)) {
      out.push({ start: h.start + lo, end: h.end + lo, errors: h.errors });
    }
  }
  return out;
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function occurrences(haystack: string, needle: string, max: number): number[] {
  const out: number[] = [];
  let i = haystack.indexOf(needle);
  while (i !== -1 && out.length < max) {
    out.push(i);
    i = haystack.indexOf(needle, i + 1);
  }
  return out;
}
