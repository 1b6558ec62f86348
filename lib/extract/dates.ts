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

/**
 * chrono's English casual configuration without the parsers news dates never need ("within 2 days",
 * "2 days later", "+2 weeks", "end of the month": spans and futures). The "N units ago" parser is the
 * costliest to compile (~60 ms the first time): it is used only on text that says "ago". Built lazily,
 * so loading the extractor compiles nothing.
 */
const UNUSED_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENEndOfCurrentMonthParser']);
let plain: chrono.Chrono | null = null;
let withAgo: chrono.Chrono | null = null;
function parserFor(text: string): chrono.Chrono {
  const ago = /\bago\b/i.test(text);
  if (ago) return (withAgo ??= build(true));
  return (plain ??= build(false));
}
function build(ago: boolean): chrono.Chrono {
  const conf = chrono.en.casual.clone();
  conf.parsers = conf.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name) && (ago || p.constructor.name !== 'ENTimeUnitAgoFormatParser'));
  return conf;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parseIsoDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

const CASUAL_DAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|overnight|last night|earlier today|late (?:last )?night)\b/i;
const YEAR_ONLY = /\b(?:in|during|since|of|by|a|an|early|late|mid-?|summer|winter|spring|autumn|fall|the)\s+((?:19|20)\d{2})\b(?!\s*(?:GMT|UTC|troops|people|soldiers|km|kilometers|miles|meters|metres))/gi;
const BOUND_BEFORE = /\b(?:since|until|till|through|by|from|starting|beginning|before|ahead of|as of)\s+(?:(?:early|mid|late|mid-)\s*[-–]?\s*)?$/i;

// "The army on Monday said": a date right before the reporting verb is when it was said.
const REPORTED_AFTER = /^\s*,?\s*(?:said|says|told|announced|reported|confirmed|stated|added|denied)\b/i;
const DATELINE_BEFORE = /^[A-Z][A-Z .'’-]{2,40},\s*$/;
const SINCE_BEFORE = /\bsince\b[^,.;]{0,80}$/i;
const REPORTED_BEFORE = /\b(?:said|says|reported|announced|confirmed|stated|added|wrote|tweeted|posted|told (?:\w+ ){0,2}?(?:reporters|journalists|the press|media|\w+))\s+(?:(?:on|late|early|in a statement|in a statement on)\s+)?$/i;
const LETTER_CHAR = /^\p{L}$/u;
const ROLLING_WINDOW_G = /\b(?:last|past|previous)\s+(?:24|48|twenty-four|forty-eight)\s+hours\b/gi;
const RELATIVE_CLAUSE_BEFORE = /\b(?:which|who|whose)\s+[a-z]+\b[^,.;]{0,50}$/i;
// ...unless what it describes is itself an attack ("who was wounded in the ambush of 12 August").
const ATTACK_IN_CLAUSE = /\b(?:killed|wounded|injured|attack|attacks|attacked|bomb\w*|shot|struck|hit|massacre|raid)\b/i;
// A cheap test before chrono: does the text hold anything that can be a date at all?
const MAYBE_DATE = /\b(?:previous|day|past|hours|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|last|ago|this|overnight|earlier|noon|midnight|morning|afternoon|evening|night|week|month|year|\d{1,4})/i;

// chrono's refiners read all the text before each date they find (ENEndOfPeriodRefiner matches a
// `…$` pattern against it), so one long unpunctuated "sentence" full of dates costs its length squared.
// Beyond CHRONO_WINDOW characters (three times the longest sentence in the corpus) the text is parsed in
// overlapping windows; each date is kept from the window where it has CHRONO_MARGIN characters of context
// on both sides.
const CHRONO_WINDOW = 2000;
const CHRONO_MARGIN = 200;

function parseInWindows(text: string, instant: Date): chrono.ParsedResult[] {
  const parse = (t: string) => parserFor(t).parse(t, { instant, timezone: 0 }, { forwardDate: false });
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
  const results = parseInWindows(text, ref ?? new Date(0));
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
    // "Sunshine City" is not Sunday: a match that runs into a word is part of that word.
    if (LETTER_CHAR.test(text.slice(end, end + 1)) || LETTER_CHAR.test(text.slice(Math.max(0, start - 1), start))) continue;
    // "for a third night", "in the morning": a part of the day alone names no day.
    if (/^(?:the\s+)?(?:night|morning|evening|afternoon|dawn|dusk)$/i.test(raw.trim())) continue;
    // "six minutes later", "two hours after": a span within the event, no date of its own ("during the
    // last 24 hours" is read below, as the publication day).
    if (/\b(?:seconds?|minutes?|hours?)\b/i.test(raw)) continue;
    // "which was renovated earlier this year", "who was elected in 2019": a date of something described, not of the event.
    // "officials said on Monday", "it was announced on Saturday", "told reporters yesterday": when it was said.
    // "the heaviest exchange since the ceasefire almost four months ago": a bound, however far "since" stands.
    // (When what follows "since" is itself an attack, the date is that attack's: not a bound.)
    const since = SINCE_BEFORE.exec(text.slice(Math.max(0, start - 90), start));
    // "KYIV, June 5 (Reuters) -": the dateline's date is when the story was filed.
    const isBound = REPORTED_AFTER.test(text.slice(end, end + 30)) || DATELINE_BEFORE.test(text.slice(0, start)) || (since !== null && !ATTACK_IN_CLAUSE.test(since[0])) || REPORTED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || BOUND_BEFORE.test(text.slice(Math.max(0, start - 25), start)) || (RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 70), start)) && !ATTACK_IN_CLAUSE.test(text.slice(Math.max(0, start - 70), start).split(/\b(?:which|who|whose)\b/i).pop() ?? ''));
    const relative = casual || /\b(?:last|this|next|ago|yesterday|today|tonight)\b/i.test(raw) || (hasWeekday && !hasMonth);
    const basis: DateFact['basis'] = relative ? 'relative' : 'explicit';
    if (!ref) {
      // Without a publication date only fully explicit dates can be resolved: a relative one
      // ("yesterday", "two days ago") would be resolved against this machine's clock.
      if (relative) out.push({ start, end, raw, value: null, precision: 'unknown', basis, isBound });
      else if (hasYear && hasMonth && hasDay) out.push({ start, end, raw, value: iso(c.date()), precision: 'day', basis, isBound });
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
  // "during the last 24 hours": today's news (chrono's parser for it is not loaded).
  for (const m of text.matchAll(ROLLING_WINDOW_G)) {
    if (!ref || out.some((d) => d.start <= m.index! && d.end > m.index!)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], value: iso(ref), precision: 'day', basis: 'relative', isBound: false });
  }
  // "the previous day's massacre", "the day before": the day before publication.
  for (const m of text.matchAll(/\bthe (?:previous day|day before)(?:['’]s)?/gi)) {
    if (!ref || out.some((d) => d.start <= m.index! && d.end > m.index!)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], value: iso(new Date(ref.getTime() - DAY_MS)), precision: 'day', basis: 'relative', isBound: false });
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
