/**
 * Which saved records probably describe the same incident as one being saved (the rule:
 * compatible weapon, dates within a day, places within 25 km or of the same name). The panel offers
 * them ("Add as another source"); nothing is merged without the reader (lib/merge, ./merge.ts).
 */
import type { DateFact, Incident, Weapon } from '../schema';
import { foldText } from './text';
import { distanceKm } from '../gazetteer/distance';

/** Two points this close are "the same place" (an outlet's town vs another's airport or district). */
export const DUPLICATE_RADIUS_KM = 25;

/** Weapon categories outlets use interchangeably for the same attack ("rocket" vs "missile"). */
const WEAPON_FAMILIES: Weapon[][] = [
  ['rocket', 'missile', 'mortar', 'artillery'],
  ['drone', 'airstrike', 'missile'],
  ['explosive', 'suicide_bombing'],
];

/** Unknown or "other" matches anything; otherwise the same category or one family. */
export function weaponsCompatible(a: Weapon | null, b: Weapon | null): boolean {
  if (!a || !b || a === b || a === 'other' || b === 'other') return true;
  return WEAPON_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

const DAY_MS = 86_400_000;

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

/** Dates within a day of each other; coarser dates (month, year) must agree at their precision. */
export function datesCompatible(a: string | null, b: string | null, maxDays = 1): boolean {
  if (!a || !b) return false;
  if (a.length === 10 && b.length === 10) return daysApart(a, b) <= maxDays;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** As datesCompatible, reading the precision: a date known only to the week ("last week") may be 7 days off. */
export function datesFactsCompatible(a: DateFact, b: DateFact): boolean {
  const week = a.precision === 'week' || b.precision === 'week';
  return datesCompatible(a.value, b.value, week ? 7 : 1);
}

/** Coordinates that stand for a whole country or region: two events in one are not "nearby". */
const coarse = (p: string) => p === 'country' || p === 'province' || p === 'unknown';

/**
 * Same country (when both say), then the same name (folded: case and accents ignored; not when
 * both are just a country) or both points within 25 km (not for country/province centroids).
 */
export function placesCompatible(a: Incident['location'], b: Incident['location']): boolean {
  return placeMatch(a, b) !== null;
}

/** How two places match: 'name', a distance in km, or null. */
function placeMatch(a: Incident['location'], b: Incident['location']): 'name' | number | null {
  if (!a || !b) return null;
  if (a.country && b.country && a.country !== b.country) return null;
  if (a.name && b.name && foldText(a.name.trim()) === foldText(b.name.trim()) && !(a.precision === 'country' && b.precision === 'country')) {
    return 'name';
  }
  if (a.lat != null && a.lon != null && b.lat != null && b.lon != null) {
    if (coarse(a.precision) || coarse(b.precision)) return null;
    const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
    return d <= DUPLICATE_RADIUS_KM ? d : null;
  }
  return null;
}

/**
 * Why `b` is probably the same incident as `a`, for the panel ("same place", "14 km apart", "a day
 * apart", "rocket / missile"), or null when it is not.
 */
export function duplicateReasons(a: Incident, b: Incident): string[] | null {
  if (a.id === b.id) return null;
  if (!datesFactsCompatible(a.date, b.date)) return null;
  if (!weaponsCompatible(a.weapon.category, b.weapon.category)) return null;
  const place = placeMatch(a.location, b.location);
  if (place === null) return null;
  const reasons: string[] = [];
  const da = a.date.value!;
  const db = b.date.value!;
  const days = da.length === 10 && db.length === 10 ? daysApart(da, db) : null;
  reasons.push(days === 0 ? 'same day' : days === 1 ? 'a day apart' : days !== null ? `${days} days apart` : `same ${da.length === 4 || db.length === 4 ? 'year' : 'month'}`);
  reasons.push(place === 'name' ? 'same place' : place < 1 ? 'same place' : `${Math.round(place)} km apart`);
  const wa = a.weapon.category;
  const wb = b.weapon.category;
  if (wa && wb) reasons.push(wa === wb ? wa.replace('_', ' ') : `${wa.replace('_', ' ')} / ${wb.replace('_', ' ')}`);
  return reasons;
}

/** Saved records that probably describe the same incident as `incident` (excluding itself). */
export function findLikelyDuplicates(incident: Incident, others: readonly Incident[]): Incident[] {
  return others.filter((o) => duplicateReasons(incident, o) !== null);
}
