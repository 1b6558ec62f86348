/**
 * Offline gazetteer: resolves place names to country, admin1 and coordinates, and finds place names in
 * running text. Pure TypeScript (no DOM, no extension API): it runs in the background service worker,
 * under Node for the CLI, and in Vitest.
 *
 * Data: GeoNames towns, districts and regions, world-countries, hand-curated sites (sites.ts) and
 * spellings (aliases.ts), all compiled by `npm run gazetteer:build` into one sorted index string
 * (data/geonames.generated.js; layout in format.ts). Loading builds nothing: a lookup is a binary
 * search in that string (after a one-pass table of line starts, made on first use), and a Place
 * object is made only for the places a caller is given.
 */
import type { GeoPrecision } from '../schema';
import { ACRONYMS, COUNTRY_IDS, COUNTS, PLACES, UNRESOLVED } from './data/geonames.generated';
import { ARTICLES, foldName, looseKey } from './fold';
import { DEFAULT_PRECISION, KIND_OF, SITE_KIND_OF, decodeCoords, unescapeName, type PlaceKind, type SiteKind } from './format';
import { ADMIN_SUFFIX, CITY_SUFFIX, LOCATIVE, NAME_HEADS, NEVER, PERSON_NAMES } from './words';

export { foldName, foldVariants, looseKey } from './fold';
export type { SiteKind } from './format';

export interface Place {
  name: string; // canonical display name, e.g. "Ain al-Asad Air Base", "Baghdad", "Iraq"
  kind: PlaceKind; // 'admin2' is a district (GeoNames second-level division)
  siteKind?: SiteKind;
  country: string | null; // ISO alpha-2
  admin1?: string; // region/province display name
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision; // 'site' for sites, 'town' for cities, 'district' for admin2 and zones, 'province' for admin1, 'country'
  population?: number;
}
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  candidates: Place[]; // best first
}
export interface Gazetteer {
  /** All places whose name or alias folds to the same key as `name`, best first; failing that, those
   *  whose loose key (transliteration variants) is the same. */
  lookup(name: string, opts?: { country?: string }): Place[];
  /** Find place names in running text: longest match wins, offsets into `text`. */
  scan(text: string): PlaceMention[];
  country(code: string): Place | null;
}

/** Longest n-gram probed by scan (tokens, articles included). */
const MAX_TOKENS = 7;
/** A one-word town that is also a common English word or given name matches without a locative cue
 *  ("in Nice") only if it is this big. */
const COMMON_WORD_MIN_POP = 1_000_000;
/** Scan takes a spelling variant (loose key) only for names at least this long (folded). */
const LOOSE_MIN_CHARS = 5;

// ---------------------------------------------------------------------------------------------
// The index: PLACES read in place

const P = PLACES;
let starts: Uint32Array | null = null;
let nLines = 0;

/** Line i spans starts[i] .. starts[i + 1] - 1. Made once, on first use (one indexOf pass). */
function lineStarts(): Uint32Array {
  if (starts) return starts;
  const n = COUNTS.lines;
  const a = new Uint32Array(n + 1);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    a[i] = pos;
    const e = P.indexOf('\n', pos);
    pos = e < 0 ? P.length + 1 : e + 1;
  }
  a[n] = P.length + 1;
  nLines = n;
  return (starts = a);
}

/**
 * Compare `q` with the loose key (or, with `strict`, the strict key) of line i, like `q < key` -> < 0.
 * With `prefix`, 0 means `q` is a prefix of the key. No allocation: keys are read in place, and an own
 * row whose key is its lower-cased name is lower-cased on the fly.
 */
function cmpKey(q: string, i: number, strict: boolean, prefix = false): number {
  const s = starts![i];
  const t1 = P.indexOf('\t', s);
  const t2 = P.indexOf('\t', t1 + 1);
  let a: number;
  let b: number;
  let lower = false;
  if (!strict && t1 > s) (a = s), (b = t1);
  else if (t2 > t1 + 1) (a = t1 + 1), (b = t2);
  else (a = t2 + 1), (b = P.indexOf('\t', a)), (lower = true); // own row: the name (meta always follows)
  const n = b - a;
  const m = q.length;
  const len = m < n ? m : n;
  for (let k = 0; k < len; k++) {
    let c = P.charCodeAt(a + k);
    if (lower && c >= 65 && c <= 90) c += 32;
    const d = q.charCodeAt(k) - c;
    if (d) return d;
  }
  if (prefix) return m <= n ? 0 : 1;
  return m - n;
}

function lowerBound(q: string): number {
  let lo = 0;
  let hi = nLines;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmpKey(q, mid, false) > 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of field `f` (0-based) of line i. */
function fieldAt(i: number, f: number): number {
  let p = starts![i];
  for (let k = 0; k < f; k++) p = P.indexOf('\t', p) + 1;
  return p;
}

/** A line's place id: its own row, or the row a reference points to. */
function placeOf(line: number): number {
  const p = fieldAt(line, 2);
  if (P.charCodeAt(p) !== 61 /* = */) return line;
  let v = 0;
  for (let k = p + 1; ; k++) {
    const c = P.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1; // ends at "*" (the flag) or the line's end
    if (d < 0) break;
    v = v * 36 + d;
  }
  return v;
}
function isCommonLine(line: number): boolean {
  const p = fieldAt(line, 2);
  if (P.charCodeAt(p) === 61) {
    const e = starts![line + 1] - 1;
    return P.charCodeAt(e - 1) === 42; // "=id" + "*"
  }
  const meta = P.indexOf('\t', p) + 1;
  return P.charCodeAt(meta + 1) === 99;
}
/** Kind letter of a place (format.ts KIND_LETTERS): upper case for country/admin/town, lower for sites. */
function kindLetter(id: number): string {
  return P[P.indexOf('\t', fieldAt(id, 2)) + 1];
}
const isSite = (id: number) => {
  const c = kindLetter(id);
  return c >= 'a' && c <= 'z';
};
/** How big a place counts for the common-word rule: countries always pass, towns by population. */
function weight(id: number): number {
  const k = kindLetter(id);
  if (k === 'C') return Infinity;
  if (k !== 'T') return 0;
  const p = fieldAt(id, 7);
  return p < starts![id + 1] ? parseInt(P.slice(p, starts![id + 1] - 1), 36) || 0 : 0;
}

const placeCache = new Map<number, Place>();
function nameOf(id: number): string {
  const a = fieldAt(id, 2);
  return unescapeName(P.slice(a, P.indexOf('\t', a)));
}
/** Country of an admin1 row (always written there). */
function ccOf(id: number): string | null {
  const a = fieldAt(id, 4);
  return P.slice(a, P.indexOf('\t', a)) || null;
}
function place(id: number): Place {
  let pl = placeCache.get(id);
  if (pl) return pl;
  const f = P.slice(starts![id], starts![id + 1] - 1).split('\t');
  const meta = f[3];
  const letter = meta[0];
  const slash = meta.indexOf('/');
  const coords = decodeCoords(f[6] ?? '');
  pl = {
    name: unescapeName(f[2]),
    kind: KIND_OF[letter] ?? 'site',
    country: f[4] || (f[5] && f[5][0] !== '!' ? ccOf(parseInt(f[5], 36)) : null),
    lat: coords ? coords[0] : null,
    lon: coords ? coords[1] : null,
    precision: slash >= 0 ? (meta.slice(slash + 1) as GeoPrecision) : DEFAULT_PRECISION[letter],
  };
  const sk = SITE_KIND_OF[letter];
  if (sk) pl.siteKind = sk;
  const adm = f[5];
  if (adm) pl.admin1 = adm[0] === '!' ? adm.slice(1) : nameOf(parseInt(adm, 36));
  if (letter === 'T' && f[7]) pl.population = parseInt(f[7], 36);
  placeCache.set(id, pl);
  return pl;
}

interface Probe {
  /** lines whose strict key is the query, best first */
  strict: number[];
  /** lines whose loose key is the query's, best first */
  loose: number[];
  /** some longer key starts with this one and a space: scan should read on */
  prefix: boolean;
}
const probeCache = new Map<string, Probe>();
/** Everything the index knows about a folded key, memoised (scan asks for the same words again and again). */
function probe(key: string): Probe {
  let pr = probeCache.get(key);
  if (pr) return pr;
  lineStarts();
  const lq = looseKey(key);
  const strict: number[] = [];
  const loose: number[] = [];
  let i = lowerBound(lq);
  for (; i < nLines && cmpKey(lq, i, false) === 0; i++) {
    loose.push(i);
    if (cmpKey(key, i, true) === 0) strict.push(i);
  }
  // Keys that continue this one ("deir" -> "deir balah") sort right after it: a space is the lowest
  // character a key can have.
  pr = { strict, loose, prefix: i < nLines && cmpKey(lq + ' ', i, false, true) === 0 };
  if (probeCache.size > 20_000) probeCache.clear();
  probeCache.set(key, pr);
  return pr;
}
function idsOf(lines: number[]): number[] {
  const out: number[] = [];
  for (const l of lines) {
    const id = placeOf(l);
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

let acronyms: Map<string, number[]> | null = null;
function acronymIds(a: string): number[] | undefined {
  if (!acronyms) {
    acronyms = new Map();
    for (const line of ACRONYMS.split('\n')) {
      const [k, ids] = line.split('\t');
      acronyms.set(k, ids.split(',').map((x) => parseInt(x, 36)));
    }
  }
  return acronyms.get(a);
}
let countryIds: Map<string, number> | null = null;
function countryId(cc: string): number | undefined {
  if (!countryIds) {
    countryIds = new Map();
    for (const x of COUNTRY_IDS.split(',')) countryIds.set(x.slice(0, 2), parseInt(x.slice(2), 36));
  }
  return countryIds.get(cc);
}

/** "US", "U.S.", "UAE", "KSA" -> letters; anything else -> null. Acronyms only ever match uppercase. */
function acronymOf(name: string): string | null {
  if (!/^(?:[A-Z]\.?){2,5}$/.test(name)) return null;
  return name.replace(/\./g, '');
}

// ---------------------------------------------------------------------------------------------
// Scanning running text

interface Token {
  start: number;
  end: number;
  raw: string;
  key: string; // folded; '' for a standalone article
  lower: string;
  cap: boolean; // starts with a capital (after an "al-" prefix)
  upper: boolean; // all capitals, two letters or more
  article: boolean; // standalone article word ("al", "As")
  sentenceStart: boolean;
}

// Words: letters/digits with inner apostrophes; "U.S." style acronyms; a hyphen splits words except
// after an article ("al-Asad", "ez-Zor" stay one token so "Deir ez-Zor" folds like the data).
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?:(?:al|el|ad|as|ash|an|ar|az|at|ath|ed|es|et|er|en|ez|ul|ud|Al|El|Ad|As|Ash|An|Ar|Az|At|Ath|Ed|Es|Et|Er|En|Ez|Ul|Ud|AL|EL)[-‐‑])?[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

function tokenize(text: string, cache: Map<string, string>): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    let raw = m[0];
    // Possessive: "Baghdad's" is "Baghdad" (the data folds "'s" away too).
    if (/['’]s$/.test(raw)) raw = raw.slice(0, -2);
    const start = m.index;
    let key = cache.get(raw);
    if (key === undefined) {
      key = foldName(raw);
      cache.set(raw, key);
    }
    const lower = raw.toLowerCase();
    const bare = raw.replace(/^\p{L}{1,3}[-‐‑](?=\p{L})/u, (p) => (ARTICLES.has(p.slice(0, -1).toLowerCase()) ? '' : p));
    const first = bare.charAt(0);
    let k = start - 1;
    while (k >= 0 && /[\s"“'‘(«—–-]/.test(text[k]) && text[k] !== '\n') k--;
    out.push({
      start,
      end: start + raw.length,
      raw,
      key,
      lower,
      cap: first !== first.toLowerCase(),
      upper: raw.length >= 2 && raw === raw.toUpperCase() && raw !== lower,
      article: key === '' && ARTICLES.has(lower),
      sentenceStart: k < 0 || /[.!?:\n]/.test(text[k]),
    });
  }
  return out;
}

/** Two tokens can be one name when only spaces (no line break) or a hyphen stand between them. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^(?:[ \t\u00a0]+|[-‐‑–]|[ \t\u00a0]*[-‐‑–][ \t\u00a0]*)$/.test(gap);
}

const GENERIC = new Set([
  ...ADMIN_SUFFIX, ...CITY_SUFFIX, 'air', 'base', 'airbase', 'airport', 'international', 'airfield',
  'field', 'military', 'crossing', 'border', 'point', 'post', 'embassy', 'consulate', 'camp', 'in', 'of',
  'the', 'refugee', 'hospital', 'port', 'gate', 'naval', 'station', 'corridor', 'valley', 'mountains',
  'river', 'mountain', 'mount', 'lake', 'sea', 'strait', 'bay', 'island', 'desert', 'plain', 'plains',
  'outskirts', 'suburb', 'suburbs', 'countryside', 'area', 'zone', 'front', 'border', 'coast',
]);
/** One-word names that are also given names: "Jordan Peterson", "Chad Smith", "Victoria Nuland".
 *  Followed by another capitalised word, they are taken for a person. */
const GIVEN_NAMES = new Set([...PERSON_NAMES, 'chad', 'georgia', 'israel', 'florida', 'dakota', 'india', 'kenya']);

function accept(text: string, toks: Token[], i: number, j: number, key: string, lines: number[], loose: boolean): number[] {
  if (i === j && NEVER.has(key)) return [];
  // The name's own words must be capitalised: first and last word that is not an article or a
  // generic word ("province", "airport"). Sites need any capitalised word ("Baghdad airport").
  let first: Token | undefined;
  let last: Token | undefined;
  let anyCap = false;
  for (let k = i; k <= j; k++) {
    const t = toks[k];
    if (t.article || !t.key) continue;
    if (t.cap) anyCap = true;
    if (GENERIC.has(t.lower)) continue;
    first ??= t;
    last = t;
  }
  if (!anyCap) return [];
  const named = !!first && first.cap && last!.cap;
  const single = i === j || (j === i + 1 && toks[i].article);
  // A spelling variant must be a name written as one: capitalised throughout and long enough to be
  // unlikely by chance.
  if (loose && (!named || key.length < LOOSE_MIN_CHARS)) return [];
  const prev = i > 0 ? toks[i - 1] : undefined;
  const cue = !!prev && LOCATIVE.has(prev.lower) && joinable(text, prev, toks[i]);
  if (single && GIVEN_NAMES.has(key)) {
    const nx = toks[j + 1];
    if (nx && nx.cap && !nx.article && !GENERIC.has(nx.lower) && joinable(text, toks[j], nx)) return [];
  }
  const out: number[] = [];
  for (const line of lines) {
    const id = placeOf(line);
    if (out.includes(id)) continue;
    if (!named && !isSite(id)) continue;
    // "Police said", "Nice weather", "Victoria told": a town whose name is a common word or a given
    // name needs a cue before it ("in Nice") unless it is a very large city. A one-word spelling
    // variant needs one too, unless it names a country or a big city.
    if (single && !cue && (isCommonLine(line) || loose) && weight(id) < COMMON_WORD_MIN_POP) continue;
    out.push(id);
  }
  return out;
}

interface Match {
  i: number;
  j: number;
  ids: number[];
}

/** Articles written onto a word: "el-Gharbiyeh", "al-Balad". */
const ARTICLE_PREFIX = /^(\p{L}{1,3})[-‐‑]\p{L}/u;
/** Big enough that a one-word town is taken even when a capitalised word follows. */
const CONTINUE_MAX_POP = 100_000;

/**
 * A one-word town followed by more of a name the data lacks: "Sir el-Gharbiyeh" (an article-prefixed
 * word or an article, then a capital), or a name head ("Beit", "Deir", "Khan") followed by any
 * capitalised word ("Beit Jinn"). Taking the first word alone would place the event in the wrong
 * village, often in the wrong country.
 */
function continuesName(text: string, toks: Token[], m: Match): boolean {
  const single = m.i === m.j || (m.j === m.i + 1 && toks[m.i].article);
  if (!single) return false;
  const id = m.ids[0];
  const k = kindLetter(id);
  if (k !== 'T' && k !== 'D' && k !== 'A') return false;
  const nx = toks[m.j + 1];
  if (!nx || !joinable(text, toks[m.j], nx)) return false;
  const ap = ARTICLE_PREFIX.exec(nx.raw);
  const articled =
    (ap && ARTICLES.has(ap[1].toLowerCase()) && nx.cap) ||
    (nx.article && toks[m.j + 2]?.cap && joinable(text, nx, toks[m.j + 2]));
  if (articled) return weight(id) < CONTINUE_MAX_POP;
  return NAME_HEADS.has(toks[m.j].key) && nx.cap && !nx.article && !GENERIC.has(nx.lower) && !NEVER.has(nx.key) && !ADMIN_SUFFIX.has(nx.lower);
}

/** Suffix word after a name -> the kinds it asks for, best first ("Diyala province", "Zakho district"). */
function suffixKinds(word: string): string[] | null {
  if (word === 'district' || word === 'county') return ['D', 'A'];
  if (ADMIN_SUFFIX.has(word)) return ['A', 'D'];
  if (CITY_SUFFIX.has(word)) return ['T'];
  return null;
}

function scanText(text: string): PlaceMention[] {
  const toks = tokenize(text, foldCache);
  const out: PlaceMention[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.lower === 'the') continue;
    // A standalone article may open a name ("Al Asad", "Ar Raqqah") but "as"/"an"/"at" in English
    // may not: only al/el, or a capitalised article before a capitalised word.
    if (t.article && t.lower !== 'al' && t.lower !== 'el' && !(t.cap && toks[i + 1]?.cap)) continue;
    let best: Match | null = null;
    if (t.upper) {
      const acro = acronymIds(t.raw.replace(/\./g, ''));
      if (acro) best = { i, j: i, ids: acro };
    }
    let key = '';
    for (let j = i; j < n && j < i + MAX_TOKENS; j++) {
      if (j > i && !joinable(text, toks[j - 1], toks[j])) break;
      const tj = toks[j];
      if (tj.key) key = key ? `${key} ${tj.key}` : tj.key;
      if (!key) continue;
      const pr = probe(key);
      // Longest match wins: an exact key, or failing that a spelling variant ("Qiryat Shmona" for
      // "Kiryat Shmona"), at every length; a longer name beats its first word ("Deir al-Balah").
      if (!tj.article && pr.loose.length) {
        let ok = pr.strict.length ? accept(text, toks, i, j, key, pr.strict, false) : [];
        if (!ok.length && pr.loose.length > pr.strict.length) ok = accept(text, toks, i, j, key, pr.loose, true);
        if (ok.length) best = { i, j, ids: ok };
      }
      // A name may end in a word that is otherwise an article ("Beit El"): fold.ts keeps it there.
      if (tj.article && j > i) {
        const k2 = `${key} ${tj.lower}`;
        const p2 = probe(k2);
        if (p2.strict.length) {
          const ok = accept(text, toks, i, j, k2, p2.strict, false);
          if (ok.length) best = { i, j, ids: ok };
        }
      }
      if (!pr.loose.length && !pr.prefix && !tj.article) break;
    }
    if (!best || continuesName(text, toks, best)) continue;
    // The first token of the match must not be a dropped article unless it is part of the name.
    let start = toks[best.i].start;
    if (toks[best.i].article && toks[best.i].lower !== 'al' && toks[best.i].lower !== 'el') start = toks[best.i + 1].start;
    let end = toks[best.j].end;
    let ids = best.ids;
    // "Diyala province", "Kharkiv region", "Zakho district": take the suffix into the span and put
    // the kind it names first.
    const nx = toks[best.j + 1];
    const want = nx && joinable(text, toks[best.j], nx) ? suffixKinds(nx.lower) : null;
    if (want && ids.some((id) => want.includes(kindLetter(id)))) {
      end = nx.end;
      const rank = (id: number) => {
        const r = want.indexOf(kindLetter(id));
        return r < 0 ? want.length : r;
      };
      ids = ids.map((id, k) => [id, k]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map((x) => x[0]);
    }
    out.push({ start, end, text: text.slice(start, end), candidates: ids.map(place) });
    i = best.j;
  }
  if (foldCache.size > 50_000) foldCache.clear();
  return out;
}
const foldCache = new Map<string, string>();

// ---------------------------------------------------------------------------------------------

let gazetteer: Gazetteer | null = null;

/** The gazetteer (memoised). Nothing is parsed up front; the first lookup or scan makes the line table. */
export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  gazetteer = {
    lookup(name, opts) {
      lineStarts();
      const acro = acronymOf(name.trim());
      let ids = (acro && acronymIds(acro)) || undefined;
      if (!ids?.length) {
        const pr = probe(foldName(name));
        ids = idsOf(pr.strict.length ? pr.strict : pr.loose);
      }
      if (!ids.length) return [];
      let order = ids;
      const hint = opts?.country?.toUpperCase();
      if (hint) {
        // Sites first, then the hinted country, then the default order.
        const rank = (id: number) => (isSite(id) ? 2 : 0) + (place(id).country === hint ? 1 : 0);
        order = ids.map((id, k) => [id, k]).sort((a, b) => rank(b[0]) - rank(a[0]) || a[1] - b[1]).map((x) => x[0]);
      }
      return order.map(place);
    },
    scan(text) {
      lineStarts();
      return scanText(text);
    },
    country(code) {
      lineStarts();
      const id = countryId(code.toUpperCase());
      return id === undefined ? null : place(id);
    },
  };
  return gazetteer;
}

/** For tests and the README's figures: sizes, and alias lines that found no place. */
export function gazetteerStats(): { places: number; keys: number; unresolvedAliases: string[]; counts: Record<string, number> } {
  const { lines, ...kinds } = COUNTS as Record<string, number>;
  return { places: Object.values(kinds).reduce((a, b) => a + b, 0), keys: lines, unresolvedAliases: UNRESOLVED, counts: kinds };
}
