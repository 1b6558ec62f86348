/**
 * What an imported record must satisfy before it may enter the store, beyond the zod shape: real
 * calendar dates, fields of a sane size, counts whose min is not above their max, evidence spans
 * that start before they end, and saved times that are not in the future.
 *
 * Pure (no Dexie): the JSON reader (lib/export/json.ts) and the store's importer apply the same rules.
 * Each rejection carries a rule code (for callers that branch) and a sentence for the reader.
 */
import { Incident, type Count } from '../schema';

/**
 * Size limits, in characters (arrays: items). Generous for anything a person or the extractor writes
 * (a lead sentence is ~300 characters, a long note a few thousand); they exist so a hostile or broken
 * file cannot fill the store or freeze the popup with one giant field. Listed in README "Import rules".
 */
export const IMPORT_LIMITS = {
  id: 128,
  url: 4096,
  title: 1000,
  outlet: 200,
  /** source.selector.exact: the lead passage. */
  passage: 5000,
  /** source.selector.prefix / suffix. */
  context: 1000,
  /** Every `raw` (the text a fact was read from). */
  raw: 1000,
  /** location.name, location.admin1, perpetrator.name. */
  name: 300,
  targetText: 1000,
  targetType: 100,
  damage: 2000,
  notes: 20_000,
  evidenceQuote: 5000,
  evidenceItems: 500,
  sourcesItems: 200,
} as const;

/** Whole-file limits, checked before anything is parsed record by record (see lib/export/json.ts). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_RECORDS = 100_000;

/** How far in the future a saved time may be (clocks of two machines disagree a little). */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** An incident date may be one day ahead of the importing machine's (time zones). */
const DAY_MS = 86_400_000;

export type ImportRule =
  | 'schema'
  | 'impossible_date'
  | 'future_date'
  | 'oversized'
  | 'min_over_max'
  | 'evidence_order'
  | 'future_saved_time'
  | 'bad_timestamp';

export interface RuleViolation {
  rule: ImportRule;
  message: string;
}

export type RecordCheck = { ok: true; incident: Incident } | { ok: false; id: string | null; violations: RuleViolation[] };

/** "location.lat: Too big…; killed.best: Invalid input", at most `max` issues. */
export function describeIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = i.path.map(String).join('.');
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = error.issues.length - max;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
}

// ---------------------------------------------------------------------------------------------
// Dates

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no time zone shifts it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A YYYY, YYYY-MM or YYYY-MM-DD string that names a real calendar day/month: no month 00 or 13, no
 * 31 April, 29 February only in leap years. The shape itself is zod's job.
 */
export function isRealPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An ISO 8601 date-time with a zone ("2024-03-12T10:00:00.000Z"), on a real day; its epoch ms or null. */
export function parseTimestamp(value: string): number | null {
  const m = TIMESTAMP.exec(value);
  if (!m || !isRealPartialDate(m[1])) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** The first day a partial date can mean, in epoch ms (2024-03 → 1 March 2024). */
function earliestMs(value: string): number {
  const [y, mo = '01', d = '01'] = value.split('-');
  return Date.UTC(Number(y), Number(mo) - 1, Number(d));
}

// ---------------------------------------------------------------------------------------------
// The rules

function tooLong(out: RuleViolation[], field: string, value: string | null | undefined, limit: number): void {
  if (typeof value === 'string' && value.length > limit) {
    out.push({ rule: 'oversized', message: `${field} is ${value.length.toLocaleString('en')} characters long (the limit is ${limit.toLocaleString('en')})` });
  }
}

function checkSizes(i: Incident, out: RuleViolation[]): void {
  const L = IMPORT_LIMITS;
  tooLong(out, 'id', i.id, L.id);
  tooLong(out, 'date.raw', i.date.raw, L.raw);
  tooLong(out, 'weapon.raw', i.weapon.raw, L.raw);
  for (const k of ['projectiles', 'killed', 'injured'] as const) tooLong(out, `${k}.raw`, i[k].raw, L.raw);
  if (i.location) {
    tooLong(out, 'location.name', i.location.name, L.name);
    tooLong(out, 'location.raw', i.location.raw, L.raw);
    tooLong(out, 'location.admin1', i.location.admin1, L.name);
  }
  tooLong(out, 'target.text', i.target?.text, L.targetText);
  tooLong(out, 'target.type', i.target?.type, L.targetType);
  tooLong(out, 'perpetrator.name', i.perpetrator.name, L.name);
  tooLong(out, 'damage', i.damage, L.damage);
  tooLong(out, 'notes', i.notes, L.notes);
  if (i.evidence.length > L.evidenceItems) {
    out.push({ rule: 'oversized', message: `it has ${i.evidence.length} evidence spans (the limit is ${L.evidenceItems})` });
  } else {
    i.evidence.forEach((e, k) => tooLong(out, `evidence.${k}.quote`, e.quote, L.evidenceQuote));
  }
  if (i.sources.length > L.sourcesItems) {
    out.push({ rule: 'oversized', message: `it has ${i.sources.length} sources (the limit is ${L.sourcesItems})` });
    return;
  }
  [i.source, ...i.sources].forEach((s, k) => {
    const at = k === 0 ? 'source' : `sources.${k - 1}`;
    tooLong(out, `${at}.url`, s.url, L.url);
    tooLong(out, `${at}.title`, s.title, L.title);
    tooLong(out, `${at}.outlet`, s.outlet, L.outlet);
    tooLong(out, `${at}.selector.exact`, s.selector?.exact, L.passage);
    tooLong(out, `${at}.selector.prefix`, s.selector?.prefix, L.context);
    tooLong(out, `${at}.selector.suffix`, s.selector?.suffix, L.context);
  });
}

function checkDates(i: Incident, nowMs: number, out: RuleViolation[]): void {
  const v = i.date.value;
  if (v !== null) {
    if (!isRealPartialDate(v)) out.push({ rule: 'impossible_date', message: `date ${v} is not a real calendar date` });
    else if (earliestMs(v) > nowMs + DAY_MS) out.push({ rule: 'future_date', message: `date ${v} is in the future` });
  }
  [i.source, ...i.sources].forEach((s, k) => {
    if (s.published !== null && !isRealPartialDate(s.published)) {
      out.push({ rule: 'impossible_date', message: `${k === 0 ? 'source' : `sources.${k - 1}`}.published ${s.published} is not a real calendar date` });
    }
  });
}

function checkSavedTimes(i: Incident, nowMs: number, out: RuleViolation[]): void {
  for (const field of ['savedAt', 'updatedAt'] as const) {
    const value = i[field];
    if (value === undefined) continue;
    const ms = parseTimestamp(value);
    if (ms === null) out.push({ rule: 'bad_timestamp', message: `${field} "${value.slice(0, 40)}" is not an ISO date-time on a real day` });
    else if (ms > nowMs + CLOCK_SKEW_MS) out.push({ rule: 'future_saved_time', message: `${field} ${value} is in the future` });
  }
}

function checkCounts(i: Incident, out: RuleViolation[]): void {
  const counts: [string, Count][] = [
    ['projectiles', i.projectiles],
    ['killed', i.killed],
    ['injured', i.injured],
  ];
  for (const [name, c] of counts) {
    if (c.min !== null && c.max !== null && c.min > c.max) {
      out.push({ rule: 'min_over_max', message: `${name}: min ${c.min} is more than max ${c.max}` });
    }
  }
}

function checkEvidence(i: Incident, out: RuleViolation[]): void {
  i.evidence.forEach((e, k) => {
    if (e.end < e.start) out.push({ rule: 'evidence_order', message: `evidence ${k + 1} (${e.field}) ends at ${e.end}, before it starts at ${e.start}` });
  });
}

/**
 * Every rule on one record as read from a file. `now` is the importing machine's clock.
 * Returns the parsed record (unknown keys dropped) or every violation found.
 */
export function checkImportRecord(value: unknown, now: Date = new Date()): RecordCheck {
  const parsed = Incident.safeParse(value);
  if (!parsed.success) {
    const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : null;
    return { ok: false, id: id === null ? null : id.slice(0, IMPORT_LIMITS.id), violations: [{ rule: 'schema', message: describeIssues(parsed.error) }] };
  }
  const i = parsed.data;
  const nowMs = now.getTime();
  const out: RuleViolation[] = [];
  checkSizes(i, out);
  checkDates(i, nowMs, out);
  checkSavedTimes(i, nowMs, out);
  checkCounts(i, out);
  checkEvidence(i, out);
  return out.length ? { ok: false, id: i.id.slice(0, IMPORT_LIMITS.id), violations: out } : { ok: true, incident: i };
}

/** One sentence for the reader: "Incident 3: date 2024-02-31 is not a real calendar date; …". */
export function violationText(index: number, violations: readonly RuleViolation[]): string {
  const shown = violations.slice(0, 3).map((v) => v.message);
  const more = violations.length - shown.length;
  return `Incident ${index + 1}: ${shown.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
