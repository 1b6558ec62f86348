/**
 * The few facts of a record the map, the timeline and the table's ordering need, kept in memory for the
 * whole filtered set on the collection page (a full record, with quotes and sources, is read only for
 * the rows on screen). Pure and total: a malformed row still gives a summary.
 */
import type { IncidentRow } from '../store/db';
import { deriveFields } from '../store/derived';
import type { FilterKeys } from './filter';

export interface IncidentSummary extends FilterKeys {
  id: string;
  dateKey: string;
  weaponKey: string;
  countryKey: string;
  perpKey: string;
  searchText: string;
  casualties: number;
  killed: number | null;
  injured: number | null;
  lat: number | null;
  lon: number | null;
  /** site, town, district, province, country, unknown: a province centroid is drawn differently from a town. */
  precision: string;
  place: string;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function toSummary(row: IncidentRow): IncidentSummary {
  // Rows from the store carry their derived keys; recompute only when they are missing.
  const d = typeof row.searchText === 'string' && typeof row.dateKey === 'string' ? (row as Required<IncidentRow>) : { ...row, ...deriveFields(row) };
  const loc = row.location && typeof row.location === 'object' ? row.location : null;
  const lat = num(loc?.lat);
  const lon = num(loc?.lon);
  const geo = lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  return {
    id: String(row.id),
    dateKey: d.dateKey,
    weaponKey: d.weaponKey,
    countryKey: d.countryKey,
    perpKey: d.perpKey,
    searchText: d.searchText,
    casualties: d.casualties,
    killed: num(row.killed?.best),
    injured: num(row.injured?.best),
    lat: geo ? lat : null,
    lon: geo ? lon : null,
    precision: typeof loc?.precision === 'string' ? loc.precision : 'unknown',
    place: typeof loc?.name === 'string' ? loc.name : '',
  };
}

export type SummarySortKey = 'date' | 'place' | 'country' | 'weapon' | 'killed' | 'injured' | 'casualties';

/** Sort summaries by a column (stable; ties newest first, then by id). */
export function sortSummaries(list: IncidentSummary[], key: SummarySortKey, dir: 'asc' | 'desc'): IncidentSummary[] {
  const sign = dir === 'asc' ? 1 : -1;
  const val = (s: IncidentSummary): string | number => {
    switch (key) {
      case 'date':
        return s.dateKey;
      case 'place':
        return s.place.toLowerCase();
      case 'country':
        return s.countryKey;
      case 'weapon':
        return s.weaponKey;
      case 'killed':
        return s.killed ?? -1;
      case 'injured':
        return s.injured ?? -1;
      default:
        return s.casualties;
    }
  };
  const keyed = list.map((s) => ({ s, v: val(s) }));
  keyed.sort((a, b) => {
    const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    if (c) return c * sign;
    return b.s.dateKey.localeCompare(a.s.dateKey) || a.s.id.localeCompare(b.s.id);
  });
  return keyed.map((k) => k.s);
}
