/**
 * A count as the reader reads and edits it: "9", "at least 9", "more than 9", "about 10", "up to 12",
 * "10–12", and back. Editing a figure keeps what kind of figure it is: "at least 9" typed stays at_least,
 * so the panel and the popup never turn a qualified figure into an exact one. Empty means not mentioned,
 * 0 means none reported.
 */
import { notMentioned, type Count } from '../schema';

const MAX = 9_999_999;

/** The editable text of a count ('' when the text did not mention it). */
export function countToText(c: Count): string {
  if (c.status === 'not_mentioned' || c.best === null) return '';
  switch (c.qualifier) {
    case 'at_least':
      return `at least ${c.best}`;
    case 'more_than':
      return `more than ${c.best}`;
    case 'about':
    case 'vague':
      return `about ${c.best}`;
    case 'up_to':
      return `up to ${c.best}`;
    case 'range':
      return c.min !== null && c.max !== null && c.min !== c.max ? `${c.min}–${c.max}` : String(c.best);
    default:
      return String(c.best);
  }
}

// Each pattern is anchored and has no nested quantifiers: linear on any input (and inputs are short).
const FORMS: Array<{ re: RegExp; qualifier: Count['qualifier'] }> = [
  { re: /^(?:at least|no fewer than|no less than|≥|>=)\s*(\d{1,7})$/i, qualifier: 'at_least' },
  { re: /^(\d{1,7})\s*\+$/, qualifier: 'at_least' },
  { re: /^(?:more than|over|>)\s*(\d{1,7})$/i, qualifier: 'more_than' },
  { re: /^(?:about|around|approximately|roughly|some|~|c\.)\s*(\d{1,7})$/i, qualifier: 'about' },
  { re: /^(?:up to|as many as|at most|≤|<=)\s*(\d{1,7})$/i, qualifier: 'up_to' },
];
const RANGE = /^(\d{1,7})\s*(?:-|–|—|to)\s*(\d{1,7})$/i;
const EXACT = /^(\d{1,7})$/;
const NONE = /^(?:none|no one|nobody|zero)$/i;

export const COUNT_HINT = 'a number, “at least 9”, “about 10”, “up to 12”, “10–12”, or empty when not mentioned';

/** Parse what the reader typed into a count, keeping `base`'s raw text and projectile details; a string is an error. */
export function parseCountText(text: string, base: Count = notMentioned()): Count | string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return notMentioned();
  if (t.length > 40) return COUNT_HINT;
  const keep = { ...(base.raw !== undefined ? { raw: base.raw } : {}), ...(base.intercepted != null ? { intercepted: base.intercepted } : {}), ...(base.impacted != null ? { impacted: base.impacted } : {}) };
  if (NONE.test(t)) return { ...keep, best: 0, min: 0, max: 0, qualifier: 'exact', status: 'none_reported' };
  const exact = EXACT.exec(t);
  if (exact) {
    const n = Number(exact[1]);
    return { ...keep, best: n, min: n, max: n, qualifier: 'exact', status: n === 0 ? 'none_reported' : 'reported' };
  }
  const range = RANGE.exec(t);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    if (lo > hi) return 'the smaller number first, e.g. 10–12';
    return { ...keep, best: lo, min: lo, max: hi, qualifier: lo === hi ? 'exact' : 'range', status: hi === 0 ? 'none_reported' : 'reported' };
  }
  for (const form of FORMS) {
    const m = form.re.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    if (n > MAX) break;
    const bounds =
      form.qualifier === 'at_least' ? { min: n, max: null } : form.qualifier === 'more_than' ? { min: n + 1, max: null } : form.qualifier === 'up_to' ? { min: null, max: n } : { min: null, max: null };
    return { ...keep, best: n, ...bounds, qualifier: form.qualifier, status: 'reported' };
  }
  return COUNT_HINT;
}
