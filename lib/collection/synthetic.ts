/**
 * Made-up incidents for the bench and the end-to-end tests: deterministic (a seeded generator),
 * varied where the collection filters (dates over two years, every weapon, several countries, town and
 * province precision, qualified counts, claimed and suspected perpetrators), and as large as saved
 * records are (evidence, a quote, a second source). Places and wording are invented for the project.
 */
import { prng } from '../random';
import { WEAPONS, type Count, type GeoPrecision, type Incident } from '../schema';
import type { IncidentRow } from '../store/db';
import { deriveFields } from '../store/derived';
import { normaliseUrl } from '../store/urls';

export interface SynthPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: GeoPrecision;
}

export const SYNTH_PLACES: readonly SynthPlace[] = [
  { name: 'Erbil', country: 'IQ', lat: 36.19, lon: 44.01, precision: 'town' },
  { name: 'Anbar Governorate', country: 'IQ', lat: 33.4, lon: 42.2, precision: 'province' },
  { name: 'Kharkiv', country: 'UA', lat: 49.99, lon: 36.23, precision: 'town' },
  { name: 'Odesa', country: 'UA', lat: 46.48, lon: 30.72, precision: 'town' },
  { name: 'Donetsk Oblast', country: 'UA', lat: 48.0, lon: 37.8, precision: 'province' },
  { name: 'Maiduguri', country: 'NG', lat: 11.85, lon: 13.16, precision: 'town' },
  { name: 'Borno State', country: 'NG', lat: 11.5, lon: 13.0, precision: 'province' },
  { name: 'Mogadishu', country: 'SO', lat: 2.05, lon: 45.32, precision: 'town' },
  { name: 'Khan Younis', country: 'PS', lat: 31.34, lon: 34.31, precision: 'town' },
  { name: 'Idlib', country: 'SY', lat: 35.93, lon: 36.63, precision: 'town' },
  { name: 'Sanaa', country: 'YE', lat: 15.37, lon: 44.19, precision: 'town' },
  { name: 'Goma', country: 'CD', lat: -1.68, lon: 29.22, precision: 'town' },
];


const GROUPS = ['the Northern Front', 'River Brigade', 'an unnamed militia', 'the Eastern Command'];
const OUTLETS = ['Daily Ledger', 'Wire Report', 'Evening Courier'];

function countOf(r: () => number, max: number): Count {
  const best = Math.floor(r() * r() * max);
  const q = r();
  if (q < 0.7) return { best, min: best, max: best, qualifier: 'exact', status: best ? 'reported' : 'none_reported' };
  if (q < 0.85) return { best, min: best, max: null, qualifier: 'at_least', status: 'reported' };
  if (q < 0.95) return { best, min: null, max: null, qualifier: 'about', status: 'reported' };
  return { best: null, min: null, max: null, qualifier: 'vague', status: 'not_mentioned' };
}

/** Incident number k of a seeded sequence (the same k always gives the same record). */
export function synthIncident(k: number, seed = 1): Incident {
  const r = prng(seed * 1_000_003 + k);
  const place = SYNTH_PLACES[Math.floor(r() * SYNTH_PLACES.length)];
  const weapon = WEAPONS[Math.floor(r() * WEAPONS.length)];
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 730) * 86_400_000).toISOString().slice(0, 10);
  const monthOnly = r() < 0.05;
  const group = r() < 0.5 ? GROUPS[Math.floor(r() * GROUPS.length)] : null;
  const status = group ? (r() < 0.5 ? 'claimed' : 'suspected') : 'unknown';
  const url = `https://news.example.org/${day}/report-${k}`;
  const sentence = `A ${weapon.replace('_', ' ')} attack struck near ${place.name} on ${day}, officials said in report ${k}.`;
  const source = {
    url,
    title: `${weapon === 'airstrike' ? 'Air strike' : 'Attack'} near ${place.name} (${k})`,
    outlet: OUTLETS[k % OUTLETS.length],
    published: day,
    selector: { type: 'TextQuoteSelector' as const, exact: sentence, prefix: 'The ministry said. ', suffix: ' Rescue teams were at the scene.' },
  };
  return {
    id: `synth-${seed}-${String(k).padStart(7, '0')}`,
    date: monthOnly ? { value: day.slice(0, 7), precision: 'month', basis: 'explicit' } : { value: day, precision: 'day', basis: 'explicit', raw: day },
    weapon: { category: weapon, raw: weapon.replace('_', ' ') },
    projectiles: countOf(r, 12),
    location: { name: place.name, raw: place.name, country: place.country, lat: place.lat + (r() - 0.5) * 0.2, lon: place.lon + (r() - 0.5) * 0.2, precision: place.precision },
    killed: countOf(r, 30),
    injured: countOf(r, 60),
    target: r() < 0.6 ? { type: 'civilian', text: 'a market street' } : null,
    perpetrator: { name: group, status },
    damage: null,
    evidence: [
      { field: 'weapon', quote: weapon, start: 2, end: 2 + weapon.length },
      { field: 'location', quote: place.name, start: 30, end: 30 + place.name.length },
    ],
    source,
    status: 'confirmed',
    sources: [source, { ...source, url: `https://wire.example.net/${k}`, title: `Second report ${k}`, outlet: 'Wire' }],
    savedAt: new Date(Date.UTC(2025, 0, 1) + k * 1000).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 0, 1) + k * 1000).toISOString(),
  };
}

/** The row the store writes for a record (what the background's save produces), for seeding a database directly. */
export function storedRow(i: Incident): IncidentRow {
  const urls = [...new Set([i.source, ...i.sources].map((s) => normaliseUrl(s.url)).filter(Boolean))];
  return { ...i, sourceUrls: urls, ...deriveFields(i) };
}
