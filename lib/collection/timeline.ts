/**
 * The timeline's bars: incidents per day, week (Monday first) or month, stacked by weapon. Pure.
 * A record dated to a month (or year) only is counted in the bucket where its span starts, and only
 * at a unit at least that coarse would be exact: the bar's title says how many such records it holds.
 */
import { dateSpan } from './filter';

export type TimeUnit = 'day' | 'week' | 'month';

export interface TimelineBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  /** Last day of the bucket, YYYY-MM-DD. */
  end: string;
  total: number;
  byWeapon: Map<string, number>;
  /** Records dated less precisely than the unit (month or year only). */
  imprecise: number;
}

export interface Timeline {
  unit: TimeUnit;
  buckets: TimelineBucket[];
  max: number;
  /** Records without a usable date (not on the timeline). */
  undated: number;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** The first day of the bucket holding day `d`. */
export function bucketStart(d: string, unit: TimeUnit): string {
  if (unit === 'day') return d;
  if (unit === 'month') return `${d.slice(0, 7)}-01`;
  const t = parse(d);
  const dow = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return iso(t - dow * DAY);
}

export function bucketEnd(start: string, unit: TimeUnit): string {
  if (unit === 'day') return start;
  if (unit === 'week') return iso(parse(start) + 6 * DAY);
  const [y, m] = start.split('-').map(Number);
  return iso(Date.UTC(y, m, 0));
}

function nextBucket(start: string, unit: TimeUnit): string {
  if (unit === 'day') return iso(parse(start) + DAY);
  if (unit === 'week') return iso(parse(start) + 7 * DAY);
  const [y, m] = start.split('-').map(Number);
  return iso(Date.UTC(y, m, 1));
}

/** The unit that keeps the number of bars readable for this span of days. */
export function autoUnit(firstDay: string, lastDay: string): TimeUnit {
  const days = (parse(lastDay) - parse(firstDay)) / DAY;
  return days <= 120 ? 'day' : days <= 900 ? 'week' : 'month';
}

/** Bars for records with `dateKey` and `weaponKey`; empty buckets between the first and the last are kept (gaps show). */
export function buildTimeline(records: Iterable<{ dateKey: string; weaponKey: string }>, unit: TimeUnit, maxBuckets = 2000): Timeline {
  const map = new Map<string, TimelineBucket>();
  let undated = 0;
  for (const r of records) {
    const span = dateSpan(r.dateKey);
    if (!span) {
      undated++;
      continue;
    }
    const start = bucketStart(span[0], unit);
    let b = map.get(start);
    if (!b) map.set(start, (b = { start, end: bucketEnd(start, unit), total: 0, byWeapon: new Map(), imprecise: 0 }));
    b.total++;
    b.byWeapon.set(r.weaponKey, (b.byWeapon.get(r.weaponKey) ?? 0) + 1);
    if (span[0] !== span[1] && (unit !== 'month' || r.dateKey.length === 4)) b.imprecise++;
  }
  const starts = [...map.keys()].sort();
  const buckets: TimelineBucket[] = [];
  if (starts.length) {
    const last = starts[starts.length - 1];
    for (let s = starts[0]; s <= last && buckets.length < maxBuckets; s = nextBucket(s, unit)) {
      buckets.push(map.get(s) ?? { start: s, end: bucketEnd(s, unit), total: 0, byWeapon: new Map(), imprecise: 0 });
    }
  }
  return { unit, buckets, max: buckets.reduce((m, b) => Math.max(m, b.total), 0), undated };
}
