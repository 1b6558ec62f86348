/**
 * Date expressions → dates resolved against the publication date, never after it.
 * chrono-node finds and parses the expressions; this module decides precision and basis and
 * clamps what chrono resolves forward ("Friday" said on a Saturday is yesterday's Friday, not next week's).
 */
import * as chrono from 'chrono-node';
import type { DateFact } from '../schema';

export interface DateMention {
  start: number;
  end: number;
  raw: string;
  value: string | null;
  precision: DateFact['precision'];
  basis: DateFact['basis'];
  /** "since February", "until Sunday": a bound of a period, not when something happened. */
  isBound: boolean;
}

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseIsoDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

const CASUAL_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|overnight|last night|earlier today|late (?:last )?night)\b/i;
const YEAR_ONLY = /\b(?:in|during|since|of|by|early|late|mid-?|summer|winter|spring|autumn|fall|the)\s+((?:19|20)\d{2})\b(?!\s*(?:GMT|UTC|troops|people|soldiers|km|kilometers|miles|meters|metres))/gi;
const BOUND_BEFORE = /\b(?:since|until|till|through|by|from|starting|beginning|before|ahead of)\s+(?:(?:early|mid|late|mid-)\s*[-–]?\s*)?$/i;

// A cheap test before chrono: does the text hold anything that can be a date at all?
const MAYBE_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|last|ago|this|overnight|earlier|noon|midnight|morning|afternoon|evening|night|week|month|year|\d{1,4})/i;

// chrono's refiners read all the text before each date they find (ENEndOfPeriodRefiner matches a
// `…$` pattern against it), so one long unpunctuated "sentence" full of dates costs its length squared.
// Beyond CHRONO_WINDOW characters (three times the longest sentence in the corpus) the text is parsed in
// overlapping windows; each date is kept from the window where it has CHRONO_MARGIN characters of context
// on both sides.
const CHRONO_WINDOW = 2000;
const CHRONO_MARGIN = 200;

function parseInWindows(text: string, instant: Date): chrono.ParsedResult[] {
  const parse = (t: string) => chrono.en.casual.parse(t, { instant, timezone: 0 }, { forwardDate: false });
  if (text.length <= CHRONO_WINDOW) return parse(text);
  const out: chrono.ParsedResult[] = [];
  for (let keepFrom = 0; keepFrom < text.length; ) {
    const from = Math.max(0, keepFrom - CHRONO_MARGIN);
    const keepTo = Math.min(text.length, keepFrom + CHRONO_WINDOW - 2 * CHRONO_MARGIN);
    for (const r of parse(text.slice(from, Math.min(text.length, keepTo + CHRONO_MARGIN)))) {
      (r as { index: number }).index += from;
      if (r.index >= keepFrom && r.index < keepTo) out.push(r);
    }
    keepFrom = keepTo;
  }
  return out;
}

export function findDates(text: string, published: string | null): DateMention[] {
  if (!MAYBE_DATE.test(text)) return [];
  const ref = published ? parseIsoDay(published) : null;
  const out: DateMention[] = [];
  const results = parseInWindows(text, ref ?? new Date());
  for (const r of results) {
    const c = r.start;
    const tags = [...(r.tags?.() ?? [])];
    const casual = tags.some((t) => t.startsWith('casualReference')) || CASUAL_DAY.test(r.text);
    const hasDay = c.isCertain('day');
    const hasMonth = c.isCertain('month');
    const hasYear = c.isCertain('year');
    const hasWeekday = c.isCertain('weekday');
    if (!hasDay && !hasMonth && !hasYear && !hasWeekday && !casual) continue; // a bare time of day
    // "may" and "march" as verbs: chrono only reads them as months when written as names.
    if (!hasDay && hasMonth && !hasYear && /^(?:may|march)$/.test(r.text)) continue;
    const raw = r.text;
    const start = r.index;
    const end = r.index + raw.length;
    const isBound = BOUND_BEFORE.test(text.slice(Math.max(0, start - 25), start));
    const relative = casual || /\b(?:last|this|next|ago|yesterday|today|tonight)\b/i.test(raw) || (hasWeekday && !hasMonth);
    const basis: DateFact['basis'] = relative ? 'relative' : 'explicit';
    if (!ref) {
      // Without a publication date only fully explicit dates can be resolved.
      if (hasYear && hasMonth && hasDay) out.push({ start, end, raw, value: iso(c.date()), precision: 'day', basis, isBound });
      else if (hasYear && hasMonth) out.push({ start, end, raw, value: iso(c.date()).slice(0, 7), precision: 'month', basis, isBound });
      else out.push({ start, end, raw, value: null, precision: 'unknown', basis, isBound });
      continue;
    }
    let d = c.date();
    if (hasWeekday && !hasDay) {
      // The most recent such weekday on or before publication.
      const back = (ref.getUTCDay() - (c.get('weekday') ?? 0) + 7) % 7;
      d = new Date(ref.getTime() - back * DAY_MS);
      out.push({ start, end, raw, value: iso(d), precision: 'day', basis, isBound });
      continue;
    }
    if (casual && !hasDay) {
      out.push({ start, end, raw, value: iso(ref), precision: 'day', basis, isBound });
      continue;
    }
    if (/\bweek\b/i.test(raw)) {
      out.push({ start, end, raw, value: iso(d), precision: 'week', basis, isBound });
      continue;
    }
    if (hasDay) {
      // A day without a year that falls after publication belongs to the previous year.
      if (d.getTime() > ref.getTime() + DAY_MS / 2 && !hasYear) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
      if (d.getTime() > ref.getTime() + DAY_MS / 2) continue; // genuinely in the future: not an event date
      out.push({ start, end, raw, value: iso(d), precision: 'day', basis, isBound });
      continue;
    }
    if (hasMonth) {
      let y = hasYear ? (c.get('year') ?? d.getUTCFullYear()) : d.getUTCFullYear();
      const m = c.get('month') ?? d.getUTCMonth() + 1;
      if (!hasYear && (y > ref.getUTCFullYear() || (y === ref.getUTCFullYear() && m > ref.getUTCMonth() + 1))) y = ref.getUTCFullYear() - (m > ref.getUTCMonth() + 1 ? 1 : 0);
      if (y * 12 + m > ref.getUTCFullYear() * 12 + ref.getUTCMonth() + 1) continue;
      out.push({ start, end, raw, value: `${y}-${String(m).padStart(2, '0')}`, precision: 'month', basis, isBound });
      continue;
    }
    if (hasYear) {
      const y = c.get('year') ?? d.getUTCFullYear();
      if (y <= ref.getUTCFullYear()) out.push({ start, end, raw, value: String(y), precision: 'year', basis, isBound });
    }
  }
  // Bare years ("in 2002", "the 2015 attack"), which chrono leaves alone.
  for (const m of text.matchAll(YEAR_ONLY)) {
    const start = m.index! + m[0].length - 4;
    if (out.some((d) => d.start <= start && d.end >= start + 4)) continue;
    const y = Number(m[1]);
    if (ref && y > ref.getUTCFullYear()) continue;
    const isBound = /^(?:since|by)\b/i.test(m[0]);
    out.push({ start, end: start + 4, raw: m[1], value: m[1], precision: 'year', basis: 'explicit', isBound });
  }
  // Words chrono does not know.
  for (const m of text.matchAll(/\b(?:overnight|late last night)\b/gi)) {
    if (out.some((d) => d.start <= m.index! && d.end > m.index!)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], value: ref ? iso(ref) : null, precision: ref ? 'day' : 'unknown', basis: 'relative', isBound: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The date fact for an incident that the text does not date: the publication date. */
export function publicationDate(published: string | null): DateFact {
  return published
    ? { value: published, precision: 'day', basis: 'publication' }
    : { value: null, precision: 'unknown', basis: 'publication' };
}
