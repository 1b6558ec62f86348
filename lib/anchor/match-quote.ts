/**
 * Find a TextQuoteSelector in a text: exact match first (prefix/suffix context picks between repeats), then
 * a match that ignores whitespace, case and typographic quote/dash differences, then a small fuzzy search.
 * Same idea as the Hypothesis client's match-quote.ts, without its dependency on approx-string-match.
 * Pure: strings in, offsets out.
 */
import type { TextMatch, TextQuoteSelector } from './types';

export interface MatchOptions {
  /** Where the quote is expected, as an offset into `text` (e.g. scaled from its position in the article). */
  hint?: number;
  /** Upper bound on fuzzy-search work (text length × quote length); above it the fuzzy step is skipped. */
  fuzzyBudget?: number;
  /** Quotes longer than this are never searched fuzzily (cost, and long quotes rarely need it). */
  maxFuzzyQuote?: number;
}

/** At most this many exact occurrences are scored; a quote repeated more often than that is hopeless anyway. */
const MAX_CANDIDATES = 2000;

export function matchQuote(text: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>, opts: MatchOptions = {}): TextMatch | null {
  const exact = quote.exact ?? '';
  if (!exact.trim() || !text) return null;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';

  // 1. Exact.
  const exactHits = occurrences(text, exact);
  if (exactHits.length) {
    const best = pickBest(exactHits, (s) => contextScore(text, s, s + exact.length, prefix, suffix, opts.hint, text.length));
    return { start: best, end: best + exact.length, method: 'exact', errors: 0 };
  }

  // 2. Whitespace/case/punctuation-normalised.
  const norm = normaliseWithMap(text);
  const nExact = normalise(exact).trim();
  if (!nExact) return null;
  const nHits = occurrences(norm.text, nExact);
  if (nHits.length) {
    const nHint = opts.hint === undefined ? undefined : toNormIndex(norm.map, opts.hint);
    const best = pickBest(nHits, (s) => contextScore(norm.text, s, s + nExact.length, prefix, suffix, nHint, norm.text.length));
    return { ...fromNorm(norm.map, best, best + nExact.length, text.length), method: 'normalised', errors: 0 };
  }

  // 3. Fuzzy (bounded).
  const maxQuote = opts.maxFuzzyQuote ?? 256;
  const budget = opts.fuzzyBudget ?? 20_000_000;
  if (nExact.length > maxQuote || nExact.length * norm.text.length > budget) return null;
  const maxErrors = Math.max(1, Math.floor(nExact.length / 8));
  const fuzzy = fuzzySearch(norm.text, nExact, maxErrors);
  if (!fuzzy.length) return null;
  const nHint = opts.hint === undefined ? undefined : toNormIndex(norm.map, opts.hint);
  let bestHit = fuzzy[0];
  let bestScore = -Infinity;
  for (const hit of fuzzy) {
    // Fewer errors dominate; context breaks ties.
    const score = -hit.errors * 100 + contextScore(norm.text, hit.start, hit.end, prefix, suffix, nHint, norm.text.length);
    if (score > bestScore) {
      bestScore = score;
      bestHit = hit;
    }
  }
  return { ...fromNorm(norm.map, bestHit.start, bestHit.end, text.length), method: 'fuzzy', errors: bestHit.errors };
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  let i = haystack.indexOf(needle);
  while (i !== -1 && out.length < MAX_CANDIDATES) {
    out.push(i);
    i = haystack.indexOf(needle, i + 1);
  }
  return out;
}

function pickBest(starts: number[], score: (s: number) => number): number {
  if (starts.length === 1) return starts[0];
  let best = starts[0];
  let bestScore = -Infinity;
  for (const s of starts) {
    const sc = score(s);
    if (sc > bestScore) {
      bestScore = sc;
      best = s;
    }
  }
  return best;
}

/**
 * How well the text around [start, end) agrees with the selector's prefix and suffix (compared after
 * normalisation, since the article text and the page text differ in whitespace), with a small pull towards
 * the expected position.
 */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string, hint: number | undefined, length: number): number {
  const np = normalise(prefix);
  const ns = normalise(suffix);
  const before = normalise(text.slice(Math.max(0, start - np.length * 2 - 8), start));
  const after = normalise(text.slice(end, end + ns.length * 2 + 8));
  let score = commonSuffixLength(before, np) + commonPrefixLength(after, ns);
  if (hint !== undefined && length > 0) score += 1 - Math.min(1, Math.abs(start - hint) / length);
  return score;
}

function commonSuffixLength(a: string, b: string): number {
  // Whitespace at the seam is not evidence either way.
  a = a.trimEnd();
  b = b.trimEnd();
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  a = a.trimStart();
  b = b.trimStart();
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Characters folded by the normalised match: typographic quotes and dashes, NBSP and other spaces. */
function foldChar(c: string): string {
  switch (c) {
    case '\u2018':
    case '\u2019':
    case '\u201A':
    case '\u2032':
      return "'";
    case '\u201C':
    case '\u201D':
    case '\u201E':
    case '\u2033':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2212':
      return '-';
    default:
      return c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  }
}

const SPACE = /[\s\u00A0\u200B\uFEFF]/;

/** Normalised text (whitespace runs → one space, folded characters). */
export function normalise(s: string): string {
  return normaliseWithMap(s).text;
}

/**
 * Normalised text plus, for every character of it, the offset of the original character it came from, so
 * a match in the normalised text maps back to the original offsets.
 */
export function normaliseWithMap(s: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (SPACE.test(c)) {
      if (!lastWasSpace) {
        out.push(' ');
        map.push(i);
        lastWasSpace = true;
      }
      continue;
    }
    lastWasSpace = false;
    out.push(foldChar(c));
    map.push(i);
  }
  return { text: out.join(''), map };
}

function fromNorm(map: number[], ns: number, ne: number, originalLength: number): { start: number; end: number } {
  const start = map[ns] ?? originalLength;
  const end = ne > 0 ? (map[ne - 1] ?? originalLength - 1) + 1 : start;
  return { start, end };
}

function toNormIndex(map: number[], original: number): number {
  // Binary search for the first normalised index whose original offset is >= `original`.
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Approximate search (Sellers' dynamic programme): every place where `pattern` matches `text` with at most
 * `maxErrors` edits. Returns the best (fewest-error) end positions with their starts, found by a second,
 * backward pass over a window. O(text × pattern); the caller bounds that.
 */
export function fuzzySearch(text: string, pattern: string, maxErrors: number): Array<{ start: number; end: number; errors: number }> {
  const m = pattern.length;
  if (!m) return [];
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let bestErrors = maxErrors + 1;
  let ends: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    const tc = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const cost = pattern.charCodeAt(i - 1) === tc ? 0 : 1;
      cur[i] = Math.min(prev[i - 1] + cost, prev[i] + 1, cur[i - 1] + 1);
    }
    const e = cur[m];
    if (e < bestErrors) {
      bestErrors = e;
      ends = [j];
    } else if (e === bestErrors && ends.length < 50) {
      // Consecutive ends of one match are the same hit; keep only the first of a run.
      if (ends[ends.length - 1] !== j - 1) ends.push(j);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  if (bestErrors > maxErrors) return [];
  return ends.map((end) => ({ start: findStart(text, pattern, end, maxErrors), end, errors: bestErrors }));
}

/** Given a match ending at `end`, find where it starts: the same DP on reversed strings over a window. */
function findStart(text: string, pattern: string, end: number, maxErrors: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - maxErrors);
  const window = text.slice(from, end);
  // D[i][j]: edits to match pattern's last i chars against window's last j chars (anchored at the end).
  let prev = new Int32Array(window.length + 1);
  let cur = new Int32Array(window.length + 1);
  for (let j = 0; j <= window.length; j++) prev[j] = j; // unmatched window chars count only until we choose a start
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= window.length; j++) {
      const cost = window.charCodeAt(window.length - j) === pc ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  // prev[j]: edits when the match covers the window's last j chars. Prefer the fewest edits, then the
  // length closest to the pattern's.
  let bestJ = Math.min(m, window.length);
  let best = Infinity;
  for (let j = 0; j <= window.length; j++) {
    const score = prev[j] * 1000 + Math.abs(j - m);
    if (score < best) {
      best = score;
      bestJ = j;
    }
  }
  return end - bestJ;
}
