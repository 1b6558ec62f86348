/**
 * The one filter the popup and the collection page share (date span, map area, weapon, country,
 * perpetrator status, text), and the test of a record against it. Pure.
 *
 * The test reads only the store's derived keys (lib/store/derived.ts) and the coordinates, so it runs
 * on a stored row (however malformed) and on the collection page's in-memory summaries alike.
 */
import { foldText } from '../store/text';

/** A map area in degrees; west > east crosses the antimeridian. */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface CollectionFilter {
  /** Words that must all appear in the record's search text (place, country as shown, weapon, perpetrator, titles, notes). */
  text: string;
  /** First and last day, YYYY-MM-DD, inclusive; null = open. A month- or year-precision date counts if its span overlaps. */
  from: string | null;
  to: string | null;
  /** Weapon categories ('' = not known); empty = any. */
  weapons: string[];
  /** ISO alpha-2 codes ('' = not known); empty = any. */
  countries: string[];
  /** Perpetrator statuses (claimed, accused, suspected, unknown); empty = any. */
  perpStatus: string[];
  /** Only records placed inside this area; null = anywhere (records without coordinates included). */
  area: Bbox | null;
}

export const EMPTY_FILTER: CollectionFilter = Object.freeze({
  text: '',
  from: null,
  to: null,
  weapons: [],
  countries: [],
  perpStatus: [],
  area: null,
}) as CollectionFilter;

export function isEmptyFilter(f: CollectionFilter): boolean {
  return !f.text.trim() && !f.from && !f.to && !f.weapons.length && !f.countries.length && !f.perpStatus.length && !f.area;
}

/** The keys a record is tested on (a stored row carries them; so does a summary). */
export interface FilterKeys {
  dateKey?: unknown;
  weaponKey?: unknown;
  countryKey?: unknown;
  perpKey?: unknown;
  searchText?: unknown;
}

export interface CompiledFilter {
  filter: CollectionFilter;
  terms: string[];
  weapons: Set<string> | null;
  countries: Set<string> | null;
  perpStatus: Set<string> | null;
}

export function compileFilter(filter: CollectionFilter): CompiledFilter {
  const set = (xs: string[]) => (xs.length ? new Set(xs) : null);
  return {
    filter,
    terms: foldText(filter.text).split(/\s+/).filter(Boolean),
    weapons: set(filter.weapons),
    countries: set(filter.countries),
    perpStatus: set(filter.perpStatus),
  };
}

const DAYS_IN_MONTH = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day a YYYY[-MM[-DD]] date covers, or null when it is not such a date. */
export function dateSpan(value: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  if (m[3]) return [value, value];
  if (m[2]) return [`${value}-01`, `${value}-${String(DAYS_IN_MONTH(+m[1], +m[2])).padStart(2, '0')}`];
  return [`${value}-01-01`, `${value}-12-31`];
}

export function inArea(lat: unknown, lon: unknown, a: Bbox): boolean {
  if (typeof lat !== 'number' || typeof lon !== 'number') return false;
  if (lat < a.south || lat > a.north) return false;
  return a.west <= a.east ? lon >= a.west && lon <= a.east : lon >= a.west || lon <= a.east;
}

const s = (v: unknown) => (typeof v === 'string' ? v : '');

/** Does a record with these keys and coordinates pass the filter? Never throws on odd values. */
export function matches(keys: FilterKeys, lat: unknown, lon: unknown, c: CompiledFilter): boolean {
  const f = c.filter;
  if (c.weapons && !c.weapons.has(s(keys.weaponKey))) return false;
  if (c.countries && !c.countries.has(s(keys.countryKey))) return false;
  if (c.perpStatus && !c.perpStatus.has(s(keys.perpKey) || 'unknown')) return false;
  if (f.from || f.to) {
    const span = dateSpan(s(keys.dateKey));
    if (!span) return false;
    if (f.from && span[1] < f.from) return false;
    if (f.to && span[0] > f.to) return false;
  }
  if (f.area && !inArea(lat, lon, f.area)) return false;
  if (c.terms.length) {
    const text = s(keys.searchText);
    for (const t of c.terms) if (!text.includes(t)) return false;
  }
  return true;
}

/** The filter as a short sentence for status lines and export notices ("drone, Iraq, 2024-03-01 – 2024-03-31, “base”"). */
export function describeFilter(f: CollectionFilter, names: { weapon: (k: string) => string; country: (k: string) => string }): string {
  const parts: string[] = [];
  if (f.weapons.length) parts.push(f.weapons.map((w) => names.weapon(w) || 'weapon unknown').join(' or '));
  if (f.countries.length) parts.push(f.countries.map((k) => names.country(k) || 'country unknown').join(' or '));
  if (f.perpStatus.length) parts.push(`perpetrator ${f.perpStatus.join(' or ')}`);
  if (f.from || f.to) parts.push(`${f.from ?? '…'} – ${f.to ?? '…'}`);
  if (f.area) parts.push('map area');
  if (f.text.trim()) parts.push(`“${f.text.trim()}”`);
  return parts.join(', ');
}
