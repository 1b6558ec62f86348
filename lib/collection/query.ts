/**
 * Reading the collection through the store's indexes: one page of matches in a given order, a lazy
 * count, and a chunked scan for exports and the collection page. Dexie only (no extension API).
 *
 * Why it stays fast at 100,000 records: a page walks an index in the requested order and stops as soon
 * as it holds `limit` matches, so its cost follows the page and the density of matches, not the size
 * of the collection. A single weapon, country or perpetrator status with date order is a compound
 * index range ([weaponKey+dateKey] …), so even a rare value costs only its own records. Counting every
 * match is a separate, later call the UI makes after the first rows are on screen.
 */
import type { Collection } from 'dexie';
import { Incident } from '../schema';
import type { IncidentDb, IncidentRow } from '../store/db';
import { stripDerived } from '../store/derived';
import { describeIssues } from '../store/incidents';
import { compileFilter, matches, type CollectionFilter, type CompiledFilter, type FilterKeys } from './filter';

export type SortKey = 'date-desc' | 'date-asc' | 'casualties-desc';
export const SORT_LABELS: Record<SortKey, string> = {
  'date-desc': 'Newest first',
  'date-asc': 'Oldest first',
  'casualties-desc': 'Most casualties',
};

/** A stored row as the UI gets it: a valid Incident, or a damaged row that is listed, not hidden or fatal. */
export type ReadRecord = { kind: 'ok'; incident: Incident } | { kind: 'damaged'; id: string; problem: string };

/** Validate a stored row; a malformed one becomes a `damaged` entry instead of an exception. */
export function readRecord(row: unknown): ReadRecord {
  const raw = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
  const id = typeof raw.id === 'string' ? raw.id : String(raw.id ?? '?');
  const { sourceUrls: _u, ...rest } = stripDerived(raw);
  const parsed = Incident.safeParse(rest);
  return parsed.success ? { kind: 'ok', incident: parsed.data } : { kind: 'damaged', id, problem: describeIssues(parsed.error, 2) };
}

const rowMatches = (row: IncidentRow, c: CompiledFilter) => matches(row, row?.location?.lat, row?.location?.lon, c);

/** Which index a query walks, and whether the filter is fully answered by it (then counting is an index count). */
export interface QueryPlan {
  index: string;
  /** Lower and upper key for `between` (inclusive), or null for the whole index. */
  range: [unknown, unknown] | null;
  reverse: boolean;
  /** True when every condition of the filter is settled by the index range (no per-row test needed). */
  exact: boolean;
}

/** Pure: choose the index for a filter and order. */
export function planQuery(filter: CollectionFilter, sort: SortKey): QueryPlan {
  const reverse = sort !== 'date-asc';
  if (sort === 'casualties-desc') return { index: 'casualties', range: null, reverse, exact: false };
  // A date span: from the start of `from`'s year, so month- and year-precision dates are visited and
  // tested for overlap; up to the end of `to` (any suffix of that day sorts below '\uffff').
  const lo = filter.from ? filter.from.slice(0, 4) : '';
  const hi = filter.to ? `${filter.to}\uffff` : '\uffff';
  const dated = !!(filter.from || filter.to);
  const noText = !filter.text.trim() && !filter.area;
  // One chosen value of a keyed fact: walk that value's slice of its compound index, in date order.
  const single: [string, string[]][] = [
    ['countryKey', filter.countries],
    ['weaponKey', filter.weapons],
    ['perpKey', filter.perpStatus],
  ];
  for (const [key, values] of single) {
    if (values.length !== 1) continue;
    const others = single.filter(([k, v]) => k !== key && v.length).length;
    return {
      index: `[${key}+dateKey]`,
      range: [[values[0], lo], [values[0], hi]],
      reverse,
      exact: noText && !dated && others === 0,
    };
  }
  const anyKeyed = single.some(([, v]) => v.length);
  return { index: 'dateKey', range: dated ? [lo, hi] : null, reverse, exact: noText && !dated && !anyKeyed };
}

function collectionFor(db: IncidentDb, plan: QueryPlan): Collection<IncidentRow, string> {
  let c = plan.range ? db.incidents.where(plan.index).between(plan.range[0], plan.range[1], true, true) : db.incidents.orderBy(plan.index);
  if (plan.reverse) c = c.reverse();
  return c;
}

export interface PageResult {
  records: ReadRecord[];
  /** Pass as `offset` to get the next page (it counts index entries visited, not matches). */
  nextOffset: number;
  /** No more matches after these. */
  done: boolean;
}

/**
 * One page of matches in `sort` order, starting `offset` index entries in (0 for the first page).
 * Stops at `limit` matches, so a first page costs what its rows cost.
 */
export async function queryPage(
  db: IncidentDb,
  filter: CollectionFilter,
  sort: SortKey,
  opts: { offset?: number; limit?: number } = {},
): Promise<PageResult> {
  const rows = await scanRows(db, filter, sort, opts.offset ?? 0, opts.limit ?? 50);
  return { records: rows.rows.map(readRecord), nextOffset: rows.nextOffset, done: rows.done };
}

/** The raw rows of a page (for callers that summarise instead of validating every row). */
export async function scanRows(
  db: IncidentDb,
  filter: CollectionFilter,
  sort: SortKey,
  offset: number,
  limit: number,
): Promise<{ rows: IncidentRow[]; nextOffset: number; done: boolean }> {
  const plan = planQuery(filter, sort);
  const compiled = compileFilter(filter);
  if (plan.index === 'dateKey' && compiled.terms.length && !filter.area && !compiled.weapons && !compiled.countries && !compiled.perpStatus) {
    return textScan(db, compiled, plan.reverse, offset, limit);
  }
  const hits: IncidentRow[] = [];
  let visited = 0;
  let more = false;
  // offset() before any filter lets IndexedDB skip with cursor.advance (no row is read for it).
  await collectionFor(db, plan)
    .offset(offset)
    .until(() => {
      if (hits.length < limit) return false;
      more = true;
      return true;
    })
    .each((row) => {
      visited++;
      if (plan.exact || rowMatches(row, compiled)) hits.push(row);
    });
  return { rows: hits, nextOffset: offset + visited, done: !more };
}

/**
 * A text search (with or without a date span) in date order, reading index keys only: each entry of
 * [dateKey+searchText] holds what the test needs, so a rejected record is never read and a search that
 * matches nothing walks 100,000 small keys instead of 100,000 records. The matches are then read by id.
 */
async function textScan(
  db: IncidentDb,
  compiled: CompiledFilter,
  reverse: boolean,
  offset: number,
  limit: number,
): Promise<{ rows: IncidentRow[]; nextOffset: number; done: boolean }> {
  const ids: string[] = [];
  let visited = 0;
  let more = false;
  const keys: FilterKeys = {};
  let c = db.incidents.orderBy('[dateKey+searchText]');
  if (reverse) c = c.reverse();
  // eachKey without a filter() keeps Dexie on a key cursor (until() does not need values).
  await c
    .offset(offset)
    .until(() => {
      if (ids.length < limit) return false;
      more = true;
      return true;
    })
    .eachKey((key, cursor) => {
      visited++;
      const [dateKey, searchText] = key as unknown as [string, string];
      keys.dateKey = dateKey;
      keys.searchText = searchText;
      if (matches(keys, null, null, compiled)) ids.push(String(cursor.primaryKey));
    });
  const rows = await db.incidents.bulkGet(ids);
  return { rows: rows.filter((r): r is IncidentRow => !!r), nextOffset: offset + visited, done: !more };
}

/** How many records match. An index count when the index settles the filter; otherwise one chunked pass. */
export async function countMatches(db: IncidentDb, filter: CollectionFilter, signal?: AbortSignal): Promise<number> {
  const plan = planQuery(filter, 'date-desc');
  if (plan.exact) return collectionFor(db, plan).count();
  let n = 0;
  await forEachMatchChunk(db, filter, (rows) => void (n += rows.length), { signal, chunk: 5000 });
  return n;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const aborted = () => new DOMException('Cancelled', 'AbortError');

/**
 * Every match, in chunks, giving the event loop a turn between chunks (a large export or the
 * collection page's loading never freezes the page). Each chunk is its own short read, so a long scan
 * does not hold a transaction open. Order: none promised (callers sort what they keep).
 *
 * Two ways, by cost: a single weapon/country/status walks its slice of a compound index (it reads only
 * its matches); anything else reads the table in primary-key order with `getAll(range, count)` —
 * one request per chunk and a key to continue from, so chunk k costs what chunk 1 does (paging by
 * offset would make IndexedDB step over every earlier row again: quadratic over 100,000 records).
 */
export async function forEachMatchChunk(
  db: IncidentDb,
  filter: CollectionFilter,
  onChunk: (rows: IncidentRow[]) => void | Promise<void>,
  opts: { chunk?: number; firstChunk?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const chunk = opts.chunk ?? 2000;
  const plan = planQuery(filter, 'date-desc');
  if (plan.index.startsWith('[')) {
    let offset = 0;
    for (;;) {
      if (opts.signal?.aborted) throw aborted();
      const page = await scanRows(db, filter, 'date-desc', offset, offset === 0 ? (opts.firstChunk ?? chunk) : chunk);
      if (page.rows.length) await onChunk(page.rows);
      if (page.done) return;
      offset = page.nextOffset;
      await nextTask();
    }
  }
  const compiled = compileFilter(filter);
  let last: string | null = null;
  for (let first = true; ; first = false) {
    if (opts.signal?.aborted) throw aborted();
    const size = first ? (opts.firstChunk ?? chunk) : chunk;
    const rows: IncidentRow[] = await (last === null ? db.incidents.orderBy(':id') : db.incidents.where(':id').above(last)).limit(size).toArray();
    if (!rows.length) return;
    last = rows[rows.length - 1].id;
    const hits = rows.filter((r) => rowMatches(r, compiled));
    if (hits.length) await onChunk(hits);
    if (rows.length < size) return;
    await nextTask();
  }
}

/** Order rows as `sort` does (for sets read in chunks): date newest or oldest first, or most casualties. */
export function compareRows(sort: SortKey): (a: IncidentRow, b: IncidentRow) => number {
  const d = (r: IncidentRow) => (typeof r.dateKey === 'string' ? r.dateKey : '');
  const c = (r: IncidentRow) => (typeof r.casualties === 'number' ? r.casualties : 0);
  const id = (a: IncidentRow, b: IncidentRow) => String(a.id).localeCompare(String(b.id));
  if (sort === 'date-asc') return (a, b) => d(a).localeCompare(d(b)) || id(a, b);
  if (sort === 'casualties-desc') return (a, b) => c(b) - c(a) || id(b, a);
  return (a, b) => d(b).localeCompare(d(a)) || id(b, a);
}

/**
 * The countries present (ISO codes, '' for records without one), by skipping through the
 * [countryKey+dateKey] index: one short seek per country. (IndexedDB's "nextunique" cursor, the obvious
 * way, walks every entry in Chromium: seconds at 100,000 records.)
 */
export async function presentCountries(db: IncidentDb, max = 400): Promise<string[]> {
  const out: string[] = [];
  let after: [string, string] | null = null;
  while (out.length < max) {
    const c: Collection<IncidentRow, string> = after ? db.incidents.where('[countryKey+dateKey]').above(after) : db.incidents.orderBy('[countryKey+dateKey]');
    const [key] = (await c.limit(1).keys()) as unknown as [string, string][];
    if (!key) break;
    out.push(String(key[0]));
    after = [String(key[0]), '\uffff\uffff'];
  }
  return out;
}

/** Rows by id, for showing the details of what is on screen (missing ids are skipped). */
export async function readByIds(db: IncidentDb, ids: readonly string[]): Promise<Map<string, ReadRecord>> {
  const rows = await db.incidents.bulkGet([...ids]);
  const out = new Map<string, ReadRecord>();
  rows.forEach((row, k) => {
    if (row) out.set(ids[k], readRecord(row));
  });
  return out;
}
