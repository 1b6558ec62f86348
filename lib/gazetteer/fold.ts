/**
 * Name folding: the one function that decides when two spellings of a place "meet".
 * Used both to index names (at build time, build/build-gazetteer.ts) and to read running text, so both
 * sides fold the same way. Changing a rule here changes the keys in data/geonames.generated.js: run
 * `npm run gazetteer:build` afterwards (a unit test checks the data was built with these rules).
 */

/** Arabic (and a few other) articles, dropped wherever they stand as a word or hyphenated prefix:
 *  "Ain al-Asad" = "Ain Al Asad", "Deir ez-Zor", "Ash Shatrah", "Es Suki". */
export const ARTICLES = new Set([
  'al', 'el', 'il', 'ad', 'adh', 'as', 'ash', 'an', 'ar', 'az', 'at', 'ath', 'ed', 'es', 'et', 'er', 'en', 'ez', 'ul', 'ud',
]);

// Letters that NFD does not decompose.
const SPECIAL: Record<string, string> = {
  ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ħ: 'h', ŀ: 'l', ŧ: 't', ə: 'e', ǝ: 'e', ŋ: 'ng',
};
const SPECIAL_RE = /[łøđðßæœıþħŀŧəǝŋ]/g;
const SIMPLE_RE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower-case, strip diacritics, drop apostrophes/ayn/hamza marks and dots, turn hyphens and other
 *  punctuation into spaces, drop article words (not a last word: "Beit El") and a leading "the",
 *  collapse spaces. */
export function foldName(s: string): string {
  let t: string;
  if (SIMPLE_RE.test(s)) {
    // Fast path (most names and words): plain ASCII letters, digits and single spaces.
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
    // An article goes with the word after it; a last word is not one ("Beit El" is not "Beit").
    if (ARTICLES.has(w) && (i < words.length - 1 || kept.length === 0)) continue;
    if (w === 'the' && kept.length === 0) continue;
    kept.push(w);
  }
  return kept.join(' ');
}

const UMLAUT_RE = /[äöüÄÖÜ]/;
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/**
 * Other folded keys a name is also written as, beyond foldName's: German umlauts spelt out
 * ("Düsseldorf" is also "Duesseldorf"; foldName already gives "Dusseldorf"). Only names that have an
 * umlaut get the extra key, so "Joel" or "Michael" never turn into something else.
 */
export function foldVariants(name: string): string[] {
  if (!UMLAUT_RE.test(name)) return [];
  const v = foldName(name.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c]));
  return v && v !== foldName(name) ? [v] : [];
}

const LOOSE_RULES: [RegExp, string][] = [
  [/dzh|dj/g, 'j'], // Djibouti = Jibouti, Djerba = Jerba, Dzhankoi = Jankoi
  [/q/g, 'k'], // Arabic qaf: Qiryat = Kiryat, Qandahar = Kandahar, Iraq = Irak
  [/eh\b/g, 'a'], // word-final -eh = -ah: Hasakeh = Hasakah (= Hasaka below)
  [/([aeiou])h\b/g, '$1'], // word-final h after a vowel: Nasiriyah = Nasiriya
  [/ou|oo/g, 'u'], // Khartoum = Khartum, Younis = Yunis, Mahmoud = Mahmud
  [/ee/g, 'i'], // Heet = Hit
  [/y/g, 'i'], // Kiryat = Kiriat, Dayr = Dair, Shaykh = Shaikh
  [/ei/g, 'ai'], // Deir = Dair, Beit = Bait, Sheikh = Shaikh
  [/(\p{L})\1+/gu, '$1'], // doubled letters: Assad = Asad, Qadisiyyah = Qadisiya
];

/**
 * A looser key: transliteration variants of one name meet here. Lookup falls back to it and scan tries
 * it when the exact folded key names nothing: q/k (Qiryat/Kiryat), ou/oo/u (Khartoum/Khartum),
 * dj/dzh/j (Djibouti/Jibouti), y/i and ei/ai/ay (Kiryat/Kiriat, Deir/Dayr/Dair, Beit/Bayt), ee/i,
 * final -eh/-ah/-a and a final h after a vowel (Hasakeh/Hasakah, Nasiriyah/Nasiriya), doubled letters
 * (Assad/Asad). Articles ("Al "/"al-") and accents are already gone in the folded key. Idempotent.
 */
/** Something in the key that a loose rule would change (one test instead of nine replaces). */
const LOOSE_ANY = /dj|dzh|q|h\b|ou|oo|ee|y|ei|(\p{L})\1/u;

export function looseKey(folded: string): string {
  if (!LOOSE_ANY.test(folded)) return folded;
  let t = folded;
  for (let n = 0; n < 3; n++) {
    let u = t;
    for (const [re, to] of LOOSE_RULES) u = u.replace(re, to);
    if (u === t) break;
    t = u;
  }
  return t;
}
