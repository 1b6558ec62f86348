/**
 * The whitespace-collapsing, case- and punctuation-folding normalisation that anchoring matches in, with a
 * map back to the original offsets. The article text (Readability's) and the live page's text differ in
 * exactly these ways, and none of them is an edit of what the story says.
 */

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
    default: {
      // Only one-to-one lowercasing ('İ' lowercases to two characters), so the offset map stays 1:1.
      const lower = c.toLowerCase();
      return lower.length === 1 ? lower : c;
    }
  }
}

/** JavaScript's \s, plus the zero-width space: by code, so a megabyte of text costs no regex calls. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Normalised text (whitespace runs → one space, folded characters). */
export function normalise(s: string): string {
  return normaliseWithMap(s).text;
}

export interface Normalised {
  text: string;
  /** For every character of `text`, the offset of the original character it came from. */
  map: ArrayLike<number>;
}

/**
 * Normalised text plus, for every character of it, the offset of the original character it came from, so
 * a match in the normalised text maps back to the original offsets.
 */
export function normaliseWithMap(s: string): Normalised {
  const codes = new Uint16Array(s.length);
  const map = new Int32Array(s.length);
  let n = 0;
  let lastWasSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (lastWasSpace) continue;
      c = 32;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) c = foldChar(s[i]).charCodeAt(0);
    }
    codes[n] = c;
    map[n++] = i;
  }
  return { text: fromCodes(codes, n), map: map.subarray(0, n) };
}

const utf16 = new TextDecoder('utf-16le');
function fromCodes(codes: Uint16Array, n: number): string {
  // Short strings (quotes, context) directly: the decoder costs more to call than they take to build.
  if (n <= 1024) return String.fromCharCode(...codes.subarray(0, n));
  // One code unit in, one out (a lone surrogate becomes U+FFFD), so the map stays aligned.
  return utf16.decode(codes.subarray(0, n));
}

/**
 * The page text is the same string for every passage anchored on a page, so its normalisation is kept for
 * the next call (one entry: a new page replaces it).
 */
let cached: { source: string; norm: Normalised } | null = null;
export function normaliseCached(s: string): Normalised {
  if (cached && cached.source === s) return cached.norm;
  const norm = normaliseWithMap(s);
  cached = { source: s, norm };
  return norm;
}

/** A span of the normalised text → the span of the original text it came from. */
export function fromNorm(map: ArrayLike<number>, ns: number, ne: number, originalLength: number): { start: number; end: number } {
  const start = map[ns] ?? originalLength;
  const end = ne > 0 ? (map[ne - 1] ?? originalLength - 1) + 1 : start;
  return { start, end };
}

/** An offset of the original text → the first normalised index at or after it. */
export function toNormIndex(map: ArrayLike<number>, original: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
