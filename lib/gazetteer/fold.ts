/**
 * Name folding: the one function that decides when two spellings of a place "meet".
 * Used both to index names and to read running text, so both sides fold the same way.
 */

/** Arabic (and a few other) articles, dropped wherever they stand as a word or hyphenated prefix:
 *  "Ain al-Asad" = "Ain Al Asad", "Deir ez-Zor", "Ash Shatrah", "Es Suki". */
export const ARTICLES = new Set([
  'al', 'el', 'il', 'ad', 'adh', 'as', 'ash', 'an', 'ar', 'az', 'at', 'ath', 'ed', 'es', 'et', 'er', 'en', 'ez', 'ul', 'ud',
]);

// Letters that NFD does not decompose.
const SPECIAL: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h', ŀ: 'l', ŧ: 't',
};
const SPECIAL_RE = /[łøđðßæœıþħŀŧ]/g;
const SIMPLE_RE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Lower-case, strip diacritics, drop apostrophes/ayn/hamza marks and dots, turn hyphens and other
 *  punctuation into spaces, drop article words and a leading "the", collapse spaces. */
export function foldName(s: string): string {
  let t: string;
  if (SIMPLE_RE.test(s)) {
    // Fast path (most names): plain ASCII letters and single spaces.
    t = s.toLowerCase();
  } else {
    t = s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    t = t.replace(SPECIAL_RE, (c) => SPECIAL[c]);
    // Possessive: "Baghdad's Green Zone" = "Baghdad Green Zone" (scan drops the "'s" too).
    t = t.replace(/(\p{L})['’]s\b/gu, '$1');
    // Apostrophes and transliteration marks vanish: "Sana'a" = "Sanaa", "‘Anah" = "Anah", "U.S." = "US".
    t = t.replace(/['’‘ʼʻʿʾ`´.]/g, '');
    t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (!t) return '';
  }
  if (t.indexOf(' ') < 0) return ARTICLES.has(t) ? '' : t;
  const words = t.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w)) continue;
    if (w === 'the' && kept.length === 0) continue;
    kept.push(w);
  }
  return kept.join(' ');
}

/** A looser key, used only as a fallback: doubled letters collapse ("Assad" = "Asad", "Qadisiyyah"),
 *  a word-final "h" after a vowel goes ("Nasiriyah" = "Nasiriya"), "ou" = "u", "ay"/"ey" = "ai"/"ei". */
export function looseKey(folded: string): string {
  return folded
    .replace(/([aeiou])h\b/g, '$1')
    .replace(/ou/g, 'u')
    .replace(/([ae])y/g, '$1i')
    .replace(/(\p{L})\1+/gu, '$1');
}
