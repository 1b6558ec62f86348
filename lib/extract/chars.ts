/**
 * Letter classes as explicit ranges (ASCII, Latin-1, Latin Extended-A/B and Additional: enough for
 * English text and transliterated names such as "Ḩadīthah"), for use inside [...].
 *
 * Why not \p{L} / \p{Lu}: V8 compiles Unicode property classes (worse under /iu) into large tables, and
 * discards compiled regexp code at major GCs; with them the extractor's patterns cost ~0.5 s to compile
 * again after every page Readability had parsed in the same process.
 */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u1E00-\\u1EFF';
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u017F\\u1E00-\\u1EFF';
export const LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
