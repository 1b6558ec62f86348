/**
 * Fields the store derives from a record at every write, so the collection's filters and sorts are
 * index look-ups instead of scans: a record with no date must still be in the date order (IndexedDB
 * leaves null out of an index), and the search text must hold the country as the reader sees it.
 *
 * Pure and total: it never throws, whatever a stored row looks like (a malformed row gets empty
 * keys, stays listable and is shown as damaged rather than breaking a query).
 */
import { countryName, weaponName } from '../collection/labels';
import { foldText } from './text';

export interface DerivedFields {
  /** `date.value` or '' (undated records sort last when newest comes first). */
  dateKey: string;
  /** `weapon.category` or '' (not known). */
  weaponKey: string;
  /** `location.country` (ISO alpha-2) or ''. */
  countryKey: string;
  /** `perpetrator.status` or 'unknown'. */
  perpKey: string;
  /** killed + injured (best figures; unknown counts as 0), for "most casualties first". */
  casualties: number;
  /**
   * Lower-cased, accent-folded text of what search looks through (place, country name, weapon,
   * perpetrator, titles, notes). Capped at MAX_SEARCH_TEXT: it is part of an index key.
   */
  searchText: string;
}

export const DERIVED_KEYS: readonly (keyof DerivedFields)[] = ['dateKey', 'weaponKey', 'countryKey', 'perpKey', 'casualties', 'searchText'];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
const obj = (v: unknown): Record<string, any> => (v && typeof v === 'object' ? (v as Record<string, any>) : {});

/** The derived fields of any stored value (a valid Incident or not). */
export function deriveFields(value: unknown): DerivedFields {
  const r = obj(value);
  const date = obj(r.date);
  const weapon = obj(r.weapon);
  const loc = obj(r.location);
  const perp = obj(r.perpetrator);
  const source = obj(r.source);
  const sources = Array.isArray(r.sources) ? r.sources : [];
  const weaponKey = str(weapon.category);
  const countryKey = str(loc.country);
  const searchText = foldText(
    [
      str(loc.name),
      str(loc.raw),
      str(loc.admin1),
      countryKey,
      countryName(countryKey),
      weaponName(weaponKey),
      str(weapon.raw),
      str(perp.name),
      str(obj(r.target).text),
      str(obj(r.target).type),
      str(source.title),
      str(source.outlet),
      ...sources.map((s) => str(obj(s).title)),
      str(r.notes),
      str(date.value),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return {
    dateKey: str(date.value),
    weaponKey,
    countryKey,
    perpKey: str(perp.status) || 'unknown',
    casualties: num(obj(r.killed).best) + num(obj(r.injured).best),
    searchText: searchText.length > MAX_SEARCH_TEXT ? searchText.slice(0, MAX_SEARCH_TEXT) : searchText,
  };
}

/** Longest search text kept (notes beyond it are not searched). */
export const MAX_SEARCH_TEXT = 4000;

/** The row without the derived fields (callers and exports never see them). */
export function stripDerived<T extends object>(row: T): Omit<T, keyof DerivedFields> {
  const out = { ...row } as Record<string, unknown>;
  for (const k of DERIVED_KEYS) delete out[k];
  return out as Omit<T, keyof DerivedFields>;
}
