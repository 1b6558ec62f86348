/**
 * The same incident reported by several outlets.
 *
 * MERGE SEAM: a record keeps `source` (the article it was first saved from) and `sources` (every
 * article it was saved from). Merging B into A is meant to be: A.sources = union(A.sources,
 * [B.source, ...B.sources]); conflicting figures (killed 3 vs 4) stay visible by keeping each
 * outlet's evidence, not by averaging; then B is deleted, all in one transaction. The store already
 * indexes every source URL (`*sourceUrls`), so a merged record is found from any of its pages.
 * `findLikelyDuplicates` below is the detection half; the UI to review and merge is not built yet.
 */
import type { Incident, Weapon } from '../schema';
import { foldText } from './text';
import { distanceKm } from '../gazetteer/distance';

/** Weapon categories outlets use interchangeably for the same attack ("rocket" vs "missile"). */
const WEAPON_FAMILIES: Weapon[][] = [
  ['rocket', 'missile', 'mortar', 'artillery'],
  ['drone', 'airstrike', 'missile'],
  ['explosive', 'suicide_bombing'],
];

export function weaponsCompatible(a: Weapon | null, b: Weapon | null): boolean {
  if (!a || !b || a === b || a === 'other' || b === 'other') return true;
  return WEAPON_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}

const DAY_MS = 86_400_000;

/** Dates within a day of each other; coarser dates (month, year) must agree at their precision. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a.length === 10 && b.length === 10) {
    return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= DAY_MS;
  }
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Same country (when both say) and the same place by name or within 15 km. */
export function placesCompatible(a: Incident['location'], b: Incident['location']): boolean {
  if (!a || !b) return false;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.name && b.name && foldText(a.name) === foldText(b.name)) return true;
  if (a.lat != null && a.lon != null && b.lat != null && b.lon != null) {
    // Country-level coordinates are centroids: two events in one country are not "nearby".
    const coarse = (p: string) => p === 'country' || p === 'province' || p === 'unknown';
    if (coarse(a.precision) || coarse(b.precision)) return false;
    return distanceKm(a.lat, a.lon, b.lat, b.lon) <= 15;
  }
  return false;
}

/** Saved records that probably describe the same incident as `incident` (excluding itself). */
export function findLikelyDuplicates(incident: Incident, others: readonly Incident[]): Incident[] {
  return others.filter(
    (o) =>
      o.id !== incident.id &&
      datesCompatible(incident.date.value, o.date.value) &&
      placesCompatible(incident.location, o.location) &&
      weaponsCompatible(incident.weapon.category, o.weapon.category),
  );
}
