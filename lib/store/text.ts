/** Lower-case and strip diacritics, so "Kharkiv", "KHARKIV" and "Khárkiv" compare equal. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
