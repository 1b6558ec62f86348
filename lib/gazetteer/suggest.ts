/**
 * Place suggestions while the reader types in the panel's place field: "Erb" -> Erbil (town, Erbil,
 * Iraq), Erbil (province, Iraq), Erbil International Airport...
 *
 * The compiled index (data/geonames.generated.js, layout in format.ts) is sorted by LOOSE key, which
 * is not prefix-stable ("Khart" folds loosely to "khart", "Khartoum" to "khartum"), so prefix search
 * needs its own structure. It is built once, on the first query (~0.12-0.2 s, ~9 MB): every strict
 * key (name, ASCII name, alias) plus every word-start tail of a multi-word key ("asad air base" for
 * "ain asad air base"), read in place in the index string, filed in buckets by their first one, two
 * and three characters. A bucket is sorted best-first the first time it is asked for; a query walks
 * its bucket and stops as soon as nothing further down can enter the list (well under 1 ms).
 */
import type { GeoPrecision, LocationFact } from '../schema';
import { COUNTRY_IDS, PLACES } from './data/geonames.generated';
import { ARTICLES, foldName } from './fold';
import { DEFAULT_PRECISION, decodeCoords, unescapeName } from './format';
import { loadGazetteer, type Place } from './index';
import { distanceKm } from './distance';

export interface PlaceSuggestion {
  name: string;
  /** Region / province display name. */
  admin1?: string;
  /** ISO alpha-2; null for the few sites that belong to no country (zones, crossings). */
  country: string | null;
  countryName: string | null;
  lat: number | null;
  lon: number | null;
  /** What the coordinates stand for: a town, a district or province centroid, a site. */
  precision: GeoPrecision;
  kind: 'country' | 'admin1' | 'admin2' | 'city' | 'site';
  population?: number;
}

export interface SuggestOptions {
  /** Most suggestions returned (default 8, at most 50). */
  limit?: number;
  /** Rank places near this point higher (e.g. another place the article names). */
  near?: { lat: number; lon: number };
  /** Rank places in this country (ISO alpha-2) higher. */
  country?: string;
}

// ---------------------------------------------------------------------------------------------
// Ranking weights (log10 of "how many people it counts as"), so a big city beats a village that
// shares its first letters, and a country beats both.

const KIND_WEIGHT: Record<string, number> = { C: 7, A: 5.5, D: 4.3 };
/** Hand-curated sites (bases, airports, embassies) are what reporting names: rank like a city of 100,000. */
const SITE_WEIGHT = 5;
/** Towns without a population figure: like a small town. */
const UNKNOWN_POP_WEIGHT = 3;
/** The query is the whole name, not just its start ("Hit", not "Hitachi"). */
const EXACT_BONUS = 1.5;
/** The query matches a later word of the name ("Asad" in "Ain al-Asad Air Base"). */
const INNER_WORD_PENALTY = 1;
/** Up to this much for a place right at `near`, falling to 0 at NEAR_RANGE_KM. */
const NEAR_BONUS = 2.5;
const NEAR_RANGE_KM = 1000;
const COUNTRY_BONUS = 1.5;

/** Entries (key, place) live in typed arrays; a key is read in place in PLACES, never copied. */
interface PrefixIndex {
  /** Line starts in PLACES (n + 1 of them). */
  starts: Uint32Array;
  /** Per entry: place id (line of its own row), key start and length in PLACES, flags. */
  place: Int32Array;
  keyAt: Uint32Array;
  keyLen: Uint16Array;
  /** FLAG_LOWER: the key is an own row's display name, compared ASCII-lower-cased. FLAG_INNER: a
   *  word-start tail. FLAG_ALIAS: a spelling or alias row, not the place's own name. */
  flags: Uint8Array;
  /** Per line (own rows only): base weight, coordinates (NaN if none), country. */
  weight: Float32Array;
  /** 1 for a place that is a point (a town or a site), not a region's or country's centroid. */
  point: Uint8Array;
  lat: Float32Array;
  lon: Float32Array;
  cc: (string | null)[];
  countryNames: Map<string, string>;
  /** Entry ids by the first one, two and three characters of their key (a narrow query scans a
   *  small bucket); each sorted best-first on first use, so a broad query stops early. */
  buckets: Map<number, Int32Array | number[]>[];
  sorted: Set<number[] | Int32Array>;
}

/** Buckets by up to this many leading characters. */
const BUCKET_DEPTH = 3;
const FLAG_LOWER = 1;
const FLAG_INNER = 2;
const FLAG_ALIAS = 4;
/** A prefix of an alias or spelling variant ranks a little below the same prefix of a name. */
const ALIAS_PENALTY = 0.7;

let index: PrefixIndex | null = null;

function townWeight(pop: string): number {
  const n = pop ? parseInt(pop, 36) : 0;
  return n > 0 ? Math.log10(Math.max(n, 100)) : UNKNOWN_POP_WEIGHT;
}

/** Character k of an entry's key (ASCII-lower-cased when the key is a display name). */
function keyChar(ix: PrefixIndex, e: number, k: number): number {
  const c = PLACES.charCodeAt(ix.keyAt[e] + k);
  return ix.flags[e] & FLAG_LOWER && c >= 65 && c <= 90 ? c + 32 : c;
}

/** Build the prefix index: one pass over the index string (~0.1-0.2 s), kept for the life of the page. */
function buildIndex(): PrefixIndex {
  const P = PLACES;
  let n = 0;
  for (let p = P.indexOf('\n'); p >= 0; p = P.indexOf('\n', p + 1)) n++;
  n += 1;
  const starts = new Uint32Array(n + 1);
  const weight = new Float32Array(n);
  const point = new Uint8Array(n);
  const lat = new Float32Array(n).fill(NaN);
  const lon = new Float32Array(n).fill(NaN);
  const cc: (string | null)[] = new Array(n).fill(null);
  const adminRef = new Int32Array(n).fill(-1);
  // Two entries per line on average (the key, and the tails of multi-word keys); grown if needed.
  let cap = n * 2;
  let place = new Int32Array(cap);
  let keyAt = new Uint32Array(cap);
  let keyLen = new Uint16Array(cap);
  let flags = new Uint8Array(cap);
  let m = 0;
  const push = (id: number, at: number, len: number, fl: number) => {
    if (m === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      place = grow(place, new Int32Array(cap));
      keyAt = grow(keyAt, new Uint32Array(cap));
      keyLen = grow(keyLen, new Uint16Array(cap));
      flags = grow(flags, new Uint8Array(cap));
    }
    place[m] = id;
    keyAt[m] = at;
    keyLen[m] = len;
    flags[m] = fl;
    m++;
  };
  let s = 0;
  for (let i = 0; i < n; i++) {
    let e = P.indexOf('\n', s);
    if (e < 0) e = P.length;
    starts[i] = s;
    const t0 = P.indexOf('\t', s);
    const t1 = P.indexOf('\t', t0 + 1);
    const own = P.charCodeAt(t1 + 1) !== 61; /* = */
    let t2 = P.indexOf('\t', t1 + 1);
    if (t2 < 0 || t2 > e) t2 = e;
    let id = i;
    if (own) {
      const t3 = P.indexOf('\t', t2 + 1);
      const t4 = P.indexOf('\t', t3 + 1);
      const t5 = P.indexOf('\t', t4 + 1);
      let t6 = P.indexOf('\t', t5 + 1);
      if (t6 < 0 || t6 > e) t6 = e;
      const letter = P[t2 + 1];
      if (letter === 'T' || (letter >= 'a' && letter <= 'z')) point[i] = 1;
      weight[i] = letter === 'T' ? townWeight(t6 < e ? P.slice(t6 + 1, e) : '') : (KIND_WEIGHT[letter] ?? SITE_WEIGHT);
      const c = decodeCoords(P.slice(t5 + 1, t6));
      if (c) (lat[i] = c[0]), (lon[i] = c[1]);
      if (t4 > t3 + 1) cc[i] = P.slice(t3 + 1, t4);
      if (t5 > t4 + 1 && P[t4 + 1] !== '!') adminRef[i] = parseInt(P.slice(t4 + 1, t5), 36);
    } else {
      id = parseInt(P.slice(t1 + 2, t2), 36);
    }
    // The strict key, or (own rows) the display name read lower-cased.
    let at = t0 + 1;
    let len = t1 - t0 - 1;
    let fl = own ? 0 : FLAG_ALIAS;
    if (len === 0 && own) (at = t1 + 1), (len = t2 - t1 - 1), (fl |= FLAG_LOWER);
    if (len > 0) {
      push(id, at, len, fl);
      for (let p = P.indexOf(' ', at); p >= 0 && p < at + len; p = P.indexOf(' ', p + 1)) push(id, p + 1, at + len - p - 1, fl | FLAG_INNER);
    }
    s = e + 1;
  }
  starts[n] = P.length + 1;
  // Towns and districts leave out a country their region already gives.
  for (let i = 0; i < n; i++) if (!cc[i] && adminRef[i] >= 0) cc[i] = cc[adminRef[i]];
  const countryNames = new Map<string, string>();
  const ix: PrefixIndex = {
    starts, place, keyAt, keyLen, flags, weight, point, lat, lon, cc, countryNames,
    buckets: [new Map(), new Map(), new Map()], sorted: new Set(),
  };
  for (let e = 0; e < m; e++) {
    let code = 0;
    for (let d = 0; d < BUCKET_DEPTH && d < keyLen[e]; d++) {
      code = code * 256 + (keyChar(ix, e, d) & 255);
      let b = ix.buckets[d].get(code) as number[] | undefined;
      if (!b) ix.buckets[d].set(code, (b = []));
      b.push(e);
    }
  }
  for (const x of COUNTRY_IDS.split(',')) countryNames.set(x.slice(0, 2), nameOf(ix, parseInt(x.slice(2), 36)));
  return ix;
}

function prefixIndex(): PrefixIndex {
  return (index ??= buildIndex());
}

/** Make the prefix index now (e.g. when the place field gets focus), so the first keystroke is fast. */
export function warmPlaceSuggestions(): void {
  prefixIndex();
}

/** An entry's rank before the query is known: the place's weight, less the tail and alias penalties. */
function staticScore(ix: PrefixIndex, e: number): number {
  const f = ix.flags[e];
  return ix.weight[ix.place[e]] - (f & FLAG_INNER ? INNER_WORD_PENALTY : 0) - (f & FLAG_ALIAS ? ALIAS_PENALTY : 0);
}

/** The entries whose key starts like `q`, best static score first (sorted the first time asked). */
function bucketFor(ix: PrefixIndex, q: string): Int32Array | number[] {
  const depth = Math.min(q.length, BUCKET_DEPTH);
  let key = 0;
  // Keys are folded to ASCII; the low byte of a rarer character only makes a bucket share, and
  // startsWithKey checks every character anyway.
  for (let d = 0; d < depth; d++) key = key * 256 + (q.charCodeAt(d) & 255);
  const map = ix.buckets[depth - 1];
  const b = map.get(key);
  if (!b) return [];
  if (ix.sorted.has(b)) return b;
  const scores = new Float32Array(b.length);
  const arr = Int32Array.from(b);
  for (let k = 0; k < arr.length; k++) scores[k] = staticScore(ix, arr[k]);
  const order = Array.from(arr.keys()).sort((x, y) => scores[y] - scores[x] || x - y);
  const sortedB = Int32Array.from(order, (k) => arr[k]);
  map.set(key, sortedB);
  ix.sorted.add(sortedB);
  return sortedB;
}

function startsWithKey(ix: PrefixIndex, e: number, q: string): boolean {
  const len = q.length;
  if (ix.keyLen[e] < len) return false;
  for (let k = 0; k < len; k++) if (keyChar(ix, e, k) !== q.charCodeAt(k)) return false;
  return true;
}

function fieldsOf(ix: PrefixIndex, id: number): string[] {
  return PLACES.slice(ix.starts[id], ix.starts[id + 1] - 1).split('\t');
}
function nameOf(ix: PrefixIndex, id: number): string {
  return unescapeName(fieldsOf(ix, id)[2]);
}

function toSuggestion(ix: PrefixIndex, id: number): PlaceSuggestion {
  const f = fieldsOf(ix, id);
  const meta = f[3];
  const letter = meta[0];
  const slash = meta.indexOf('/');
  const kind = letter === 'C' ? 'country' : letter === 'A' ? 'admin1' : letter === 'D' ? 'admin2' : letter === 'T' ? 'city' : 'site';
  const country = ix.cc[id];
  const coords = decodeCoords(f[6] ?? '');
  const s: PlaceSuggestion = {
    name: unescapeName(f[2]),
    country,
    countryName: country ? (ix.countryNames.get(country) ?? null) : null,
    lat: coords ? coords[0] : null,
    lon: coords ? coords[1] : null,
    precision: slash >= 0 ? (meta.slice(slash + 1) as GeoPrecision) : DEFAULT_PRECISION[letter],
    kind,
  };
  const adm = f[5];
  if (adm) s.admin1 = adm[0] === '!' ? adm.slice(1) : nameOf(ix, parseInt(adm, 36));
  if (letter === 'T' && f[7]) s.population = parseInt(f[7], 36);
  return s;
}

/** The folded keys to look for: the query, and without a trailing article still being typed ("Deir ez"). */
function queryKeys(query: string): string[] {
  const q = foldName(query);
  if (!q) {
    // Only an article so far: "Er" (Erbil), "Al" (Aleppo), "As" (Asadabad) are starts of names too.
    const word = query.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
    return ARTICLES.has(word) ? [word] : [];
  }
  const sp = q.lastIndexOf(' ');
  if (sp > 0 && ARTICLES.has(q.slice(sp + 1))) return [q, q.slice(0, sp)];
  return [q];
}

/**
 * Places whose name (or any later word of it) starts with what the reader typed, case- and
 * accent-insensitive (the gazetteer's own folding: "erbi", "ERBÍL", "al-Asad"), best first: the
 * whole name typed, then bigger places (countries, regions, cities by population, curated sites),
 * then places near `near` / in `country`. Spelling variants ("Irbil") come from the aliases; when
 * the prefix finds too little, the gazetteer's loose lookup ("Khartum") fills up.
 */
export function suggestPlaces(query: string, opts: SuggestOptions = {}): PlaceSuggestion[] {
  const limit = Math.max(1, Math.min(50, Math.floor(opts.limit ?? 8)));
  if (query.length > 200) return [];
  const qs = queryKeys(query);
  if (!qs.length) return [];
  const ix = prefixIndex();
  // One letter says too little for nearness to matter (and would mean weighing every place with
  // that letter): it lists the biggest places; from two letters on, near places rise.
  const oneLetter = qs[0].length === 1;
  const near = !oneLetter && opts.near && Number.isFinite(opts.near.lat) && Number.isFinite(opts.near.lon) ? opts.near : null;
  const hint = oneLetter ? undefined : opts.country?.toUpperCase();
  // Bounded best-first list, one entry per place.
  const keep = limit * 2;
  const topId: number[] = [];
  const topScore: number[] = [];
  const bonusMax = EXACT_BONUS + (near ? NEAR_BONUS : 0) + (hint ? COUNTRY_BONUS : 0);
  for (let qi = 0; qi < qs.length; qi++) {
    const q = qs[qi];
    // The query without a trailing article ("Deir" for "Deir ez") only when the full one finds too
    // little, and what it finds comes after what the full query found.
    if (qi > 0 && topId.length >= limit) break;
    const offset = qi > 0 ? -100 : 0;
    const bucket = bucketFor(ix, q);
    for (let k = 0; k < bucket.length; k++) {
      const e = bucket[k];
      const base = staticScore(ix, e) + offset;
      // Best-first bucket: nothing further down can beat the list any more.
      if (topId.length === keep && base + bonusMax <= topScore[keep - 1]) break;
      if (!startsWithKey(ix, e, q)) continue;
      const id = ix.place[e];
      let score = base;
      if (ix.keyLen[e] === q.length) score += EXACT_BONUS;
      if (hint && ix.cc[id] === hint) score += COUNTRY_BONUS;
      // Only work out the distance when being near could still lift this place into the list.
      if (near && !Number.isNaN(ix.lat[id]) && !(topId.length === keep && score + NEAR_BONUS <= topScore[keep - 1])) {
        const d = distanceKm(near.lat, near.lon, ix.lat[id], ix.lon[id]);
        if (d < NEAR_RANGE_KM) score += NEAR_BONUS * (1 - d / NEAR_RANGE_KM);
      }
      if (topId.length === keep && score <= topScore[keep - 1]) continue;
      const at = topId.indexOf(id);
      if (at >= 0) {
        if (score <= topScore[at]) continue;
        topId.splice(at, 1);
        topScore.splice(at, 1);
      }
      let p = topId.length;
      while (p > 0 && topScore[p - 1] < score) p--;
      topId.splice(p, 0, id);
      topScore.splice(p, 0, score);
      if (topId.length > keep) (topId.pop(), topScore.pop());
    }
  }
  const out = topId.slice(0, limit).map((id) => toSuggestion(ix, id));
  if (out.length < limit) {
    for (const pl of loadGazetteer().lookup(query, hint ? { country: hint } : undefined)) {
      if (out.length >= limit) break;
      if (!out.some((s) => samePlace(s, pl))) out.push(fromPlace(ix, pl));
    }
  }
  return out;
}

function samePlace(s: PlaceSuggestion, p: Place): boolean {
  return s.name === p.name && s.country === p.country && s.precision === p.precision && s.lat === p.lat && s.lon === p.lon;
}

function fromPlace(ix: PrefixIndex, p: Place): PlaceSuggestion {
  const s: PlaceSuggestion = {
    name: p.name,
    country: p.country,
    countryName: p.country ? (ix.countryNames.get(p.country) ?? null) : null,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
    kind: p.kind,
  };
  if (p.admin1) s.admin1 = p.admin1;
  if (p.population) s.population = p.population;
  return s;
}

/**
 * The nearest town or site to a point the reader typed, within `maxKm` (default 30), or null: its
 * country and province are a good guess for the typed place's (near a border, check). One pass over
 * the places with a cheap flat-earth distance (1-7 ms), the haversine only for the winner.
 */
export function nearestPlace(lat: number, lon: number, opts: { maxKm?: number } = {}): (PlaceSuggestion & { distanceKm: number }) | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const ix = prefixIndex();
  const maxKm = opts.maxKm ?? 30;
  const kx = Math.cos((lat * Math.PI) / 180);
  let best = -1;
  let bestD2 = Infinity;
  const n = ix.point.length;
  for (let i = 0; i < n; i++) {
    if (!ix.point[i]) continue;
    const dy = ix.lat[i] - lat;
    if (dy > 1 || dy < -1 || Number.isNaN(dy)) continue; // > ~110 km north or south
    let dx = Math.abs(ix.lon[i] - lon);
    if (dx > 180) dx = 360 - dx; // across the antimeridian
    dx *= kx;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) (bestD2 = d2), (best = i);
  }
  if (best < 0) return null;
  const d = distanceKm(lat, lon, ix.lat[best], ix.lon[best]);
  return d <= maxKm ? { ...toSuggestion(ix, best), distanceKm: Math.round(d * 10) / 10 } : null;
}

/**
 * The place fact a chosen suggestion gives: country, province, coordinates and their precision.
 * `raw` is the text the place was read from, when there was one (the article's spelling).
 * A suggestion without coordinates (a few curated sites) gets precision 'unknown': precision says
 * what the coordinates stand for, and there are none.
 */
export function locationFromSuggestion(s: PlaceSuggestion, raw?: string): LocationFact {
  const hasPoint = s.lat != null && s.lon != null;
  const loc: LocationFact = {
    name: s.name,
    raw: raw ?? s.name,
    country: s.country,
    lat: hasPoint ? s.lat : null,
    lon: hasPoint ? s.lon : null,
    precision: hasPoint ? s.precision : 'unknown',
  };
  // A region's own region is itself; a country has none.
  if (s.admin1) loc.admin1 = s.admin1;
  else if (s.kind === 'admin1') loc.admin1 = s.name;
  return loc;
}

/** "Erbil — Erbil, Iraq (town)": one line for the suggestion list. */
export function suggestionLabel(s: PlaceSuggestion): string {
  const where = [s.admin1 && s.admin1 !== s.name ? s.admin1 : null, s.countryName && s.countryName !== s.name ? s.countryName : null]
    .filter(Boolean)
    .join(', ');
  return `${s.name}${where ? ` — ${where}` : ''} (${s.precision})`;
}
