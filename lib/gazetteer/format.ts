/**
 * The layout of data/geonames.generated.js, shared by the build (which writes it) and the runtime
 * (which reads it in place, without parsing it into objects).
 *
 * PLACES is one string, one line per (key, place) pair, sorted by loose key (fold.ts `looseKey`,
 * plain string order), then best place first. Fields are separated by tabs:
 *
 *   loose \t strict \t name-or-ref \t meta \t cc \t admin \t coords \t population
 *
 *   loose    looseKey(strict); empty when equal to `strict`
 *   strict   foldName key; empty when equal to the ASCII-lower-cased display name (own rows only)
 *   name     an own row (the place is defined here; its line number is the place id) holds the
 *            display name; a reference row holds "=" + the place id in base 36 (+ "*": a common word, see meta) and
 *            no further field
 *   meta     kind letter (KIND_LETTERS), then "c" when this key is a common word or given name for
 *            this place (scan then wants a locative cue), then "/precision" when not the kind's default
 *   cc       ISO alpha-2; empty for a town or district whose admin1 region (next field) is in the
 *            same country, and for sites without a country
 *   admin    admin1 place id in base 36, or "!" + a region name (sites), or empty
 *   coords   6 base-36 digits: (lat + 90) * 100 and (lon + 180) * 100, three each; empty if unknown
 *   pop      population in base 36, empty if 0 or unknown
 *
 * The whole string is Latin-1, so JavaScript engines keep it at one byte per character: a display name
 * with other letters is either given by its ASCII form (transliterated names: "Hadithah") or keeps
 * them escaped as "{hex code point}" ("Gda{144}sk" = "Gdańsk"; see `unescapeName`).
 */
import type { GeoPrecision } from '../schema';

export type SiteKind = 'base' | 'airport' | 'embassy' | 'zone' | 'crossing' | 'site';
export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'city' | 'site';

/** Kind letters in `meta`. Lower-case ones are sites of that kind. */
export const KIND_LETTERS = {
  country: 'C',
  admin1: 'A',
  admin2: 'D',
  city: 'T',
  base: 'b',
  airport: 'a',
  embassy: 'e',
  zone: 'z',
  crossing: 'x',
  site: 's',
} as const;
export type KindLetter = (typeof KIND_LETTERS)[keyof typeof KIND_LETTERS];

export const SITE_KIND_OF: Record<string, SiteKind> = { b: 'base', a: 'airport', e: 'embassy', z: 'zone', x: 'crossing', s: 'site' };
export const KIND_OF: Record<string, PlaceKind> = { C: 'country', A: 'admin1', D: 'admin2', T: 'city' };
export const DEFAULT_PRECISION: Record<string, GeoPrecision> = {
  C: 'country', A: 'province', D: 'district', T: 'town', b: 'site', a: 'site', e: 'site', z: 'district', x: 'site', s: 'site',
};

export function encodeCoords(lat: number | null, lon: number | null): string {
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return '';
  const a = Math.round((lat + 90) * 100);
  const b = Math.round((lon + 180) * 100);
  return a.toString(36).padStart(3, '0') + b.toString(36).padStart(3, '0');
}

export function decodeCoords(s: string): [number, number] | null {
  if (s.length !== 6) return null;
  const a = parseInt(s.slice(0, 3), 36);
  const b = parseInt(s.slice(3), 36);
  return [Math.round(a - 9000) / 100, Math.round(b - 18000) / 100];
}

/** ASCII-only lower-casing: the key an own row leaves out when it equals this of its name. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Display name from its stored form: "{144}" -> "ń". */
export function unescapeName(s: string): string {
  return s.indexOf('{') < 0 ? s : s.replace(/\{([0-9a-f]+)\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}
