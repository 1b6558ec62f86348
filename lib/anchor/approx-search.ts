/**
 * Approximate search, bounded for hostile pages. The search itself is approx-string-match (Myers'
 * bit-parallel algorithm, the library the Hypothesis client anchors with); this module only keeps its cost
 * and its output bounded and scores context the way Hypothesis does.
 */
import search from 'approx-string-match';

export interface FuzzyHit {
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the pattern and text[start, end). */
  errors: number;
}

/** Text is searched in windows of this many characters (or four pattern lengths, if more). */
const WINDOW = 4096;

/**
 * Every place where `pattern` matches `text` with the fewest edits, if that is at most `maxErrors`.
 *
 * The search's cost grows with the errors allowed (one 32-bit block of the pattern per 32 errors), while the
 * fewest-edit matches are the same whatever larger limit is given: so small limits are tried first.
 */
export function fuzzySearch(text: string, pattern: string, maxErrors: number, maxHits = 1000): FuzzyHit[] {
  const m = pattern.length;
  if (!m || !text || !(maxErrors >= 0)) return [];
  const most = Math.min(Math.floor(maxErrors), m);
  for (let k = Math.min(most, 31); ; k = Math.min(most, k * 4 + 3)) {
    const hits = searchWindows(text, pattern, k, maxHits);
    if (hits.length || k === most) return hits;
  }
}

/**
 * The library finds where matches end and then, for every end, runs a second search to find its start; a
 * text such as a megabyte of one letter has a best match ending at every position, so a single call could
 * run a million of those. Searching window by window and keeping at most `maxHits` hits bounds that: once
 * the cap is reached only strictly better matches are looked for.
 */
function searchWindows(text: string, pattern: string, maxErrors: number, maxHits: number): FuzzyHit[] {
  const overlap = pattern.length + maxErrors;
  const step = Math.max(WINDOW, 4 * overlap);
  let level = maxErrors;
  let hits: FuzzyHit[] = [];
  for (let from = 0; from < text.length; from += step) {
    // With the cap reached, only a strictly better match can change the answer.
    const limit = hits.length >= maxHits ? level - 1 : level;
    if (limit < 0) break;
    const lo = Math.max(0, from - overlap);
    const found = search(text.slice(lo, Math.min(text.length, from + step)), pattern, limit);
    for (const h of found) {
      const end = h.end + lo;
      if (end <= from) continue; // the previous window reported it
      if (h.errors < level) {
        level = h.errors;
        hits = [];
      }
      if (hits.length < maxHits) hits.push({ start: h.start + lo, end, errors: h.errors });
    }
  }
  return hits;
}

/**
 * Edits needed to find `str` in `text` (the fewest over every part of `text`): with `text` the stretch of
 * page just before (or after) a candidate and `str` the selector's prefix (or suffix), a word inserted
 * next to the quote costs only its own letters instead of all the context. Hypothesis's textMatchScore.
 */
export function contextEdits(text: string, str: string): number {
  if (!str) return 0;
  if (!text) return str.length;
  if (text === str) return 0;
  const hits = search(text, str, str.length);
  return hits.length ? hits[0].errors : str.length;
}
