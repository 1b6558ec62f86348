/**
 * Offline gazetteer: resolves place names to country, admin1 and coordinates, and finds place names
 * in running text. Pure TypeScript (no DOM, no extension API): it runs in the background service
 * worker, under Node for the CLI, and in Vitest.
 *
 * Data: GeoNames cities/admin1 and world-countries (data/geonames.generated.ts, built by
 * `npm run gazetteer:build`), hand-curated sites (sites.ts) and spellings (aliases.ts).
 *
 * Places are kept in parallel arrays and turned into Place objects only when asked for, so that the
 * ~70k names cost a few MB, not tens.
 */
import type { GeoPrecision } from '../schema';
import { ADMIN1_TSV, CITIES_TSV, COUNTRIES_TSV } from './data/geonames.generated';
import { SITES_TXT } from './sites';
import { ALIASES_TXT } from './aliases';
import { ARTICLES, foldName, looseKey } from './fold';
import { ADMIN_SUFFIX, CITY_SUFFIX, LOCATIVE, NEVER, PERSON_NAMES } from './words';

export { foldName, looseKey } from './fold';

export type SiteKind = 'base' | 'airport' | 'embassy' | 'zone' | 'crossing' | 'site';
export interface Place {
  name: string; // canonical display name, e.g. "Ain al-Asad Air Base", "Baghdad", "Iraq"
  kind: 'country' | 'admin1' | 'city' | 'site';
  siteKind?: SiteKind;
  country: string | null; // ISO alpha-2
  admin1?: string; // region/province display name
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision; // 'site' for sites, 'town' for cities, 'province' for admin1, 'country' for countries
  population?: number;
}
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  candidates: Place[]; // best first
}
export interface Gazetteer {
  /** All places whose name or alias folds to the same key as `name`, best first. */
  lookup(name: string, opts?: { country?: string }): Place[];
  /** Find place names in running text: longest match wins, offsets into `text`. */
  scan(text: string): PlaceMention[];
  country(code: string): Place | null;
}

const KIND_COUNTRY = 0;
const KIND_ADMIN1 = 1;
const KIND_CITY = 2;
const KIND_SITE = 3;
const KINDS = ['country', 'admin1', 'city', 'site'] as const;

/** Longest n-gram probed by scan (tokens, articles included). */
const MAX_TOKENS = 7;
/** A one-word town that is also a common English word or given name matches without a locative cue
 *  ("in Nice") only if it is this big. */
const COMMON_WORD_MIN_POP = 1_000_000;
/** Score an admin1 region gets against same-named cities: bigger towns outrank the region. */
const ADMIN1_SCORE = 30_000;
/** Countries outrank any same-named city or region ("Lebanon", "Georgia", "Djibouti"). */
const COUNTRY_SCORE = 2e9;

const SUFFIXES: Partial<Record<SiteKind, string[]>> = {
  base: ['air base', 'airbase', 'base', 'military base', 'air field', 'airfield'],
  airport: ['airport', 'international airport', 'airfield'],
  crossing: ['crossing', 'border crossing', 'crossing point', 'border point', 'border post'],
};
/** Words inside a site's name that need no capital ("Baghdad airport", "Balad air base"). */
const ADMIN_NAME_SUFFIX =
  /\s+(Province|Governorate|Oblast|Oblast'|oblast|Region|State|District|City|Krai|Kray|Republic|Area|Prefecture|Department|Division|County|Municipality)$/;

class Store {
  // Parallel arrays, indexed by place id.
  names: string[] = [];
  kinds: number[] = [];
  ccs: (string | null)[] = [];
  admin1s: (string | undefined)[] = [];
  lats: (number | null)[] = [];
  lons: (number | null)[] = [];
  pops: number[] = [];
  scores: number[] = [];
  /** 1: one-word name that is a common word (flag 'c' from the build). */
  common: number[] = [];
  siteKinds = new Map<number, SiteKind>();
  precisions = new Map<number, GeoPrecision>();
  cache: (Place | undefined)[] = [];
  /** city id -> offset of its country field in CITIES_TSV */
  lines: number[] = [];

  /** folded key -> ids, best first */
  index = new Map<string, number[]>();
  /** keys that begin a longer key: lets scan stop probing early */
  prefixes = new Set<string>();
  /** uppercase acronym ("US", "UAE", "KSA") -> ids; matched only in uppercase */
  acronyms = new Map<string, number[]>();
  /** folded one-word keys that came from the common-word flag (so aliases of the same place are not) */
  commonKeys = new Set<string>();
  countryByCode = new Map<string, number>();
  adminByCode = new Map<string, number>();
  unresolved: string[] = [];
  private loose?: Map<string, number[]>;

  add(kind: number, name: string, cc: string | null, lat: number | null, lon: number | null, pop: number): number {
    const id = this.names.length;
    this.names.push(name);
    this.kinds.push(kind);
    this.ccs.push(cc);
    this.admin1s.push(undefined);
    this.lats.push(lat);
    this.lons.push(lon);
    this.pops.push(pop);
    this.scores.push(pop);
    this.common.push(0);
    return id;
  }

  key(name: string, id: number): void {
    const acro = acronymOf(name);
    if (acro) {
      push(this.acronyms, acro, id);
      return;
    }
    this.keyFolded(foldName(name), id);
  }

  keyFolded(k: string, id: number): void {
    if (!k) return;
    push(this.index, k, id);
    let sp = k.indexOf(' ');
    while (sp > 0) {
      this.prefixes.add(k.slice(0, sp));
      sp = k.indexOf(' ', sp + 1);
    }
  }

  /** Fill in a city's fields from its data row (cities are parsed lazily). */
  city(id: number): void {
    const at = this.lines[id];
    if (at === undefined || this.ccs[id] !== null) return;
    const T = CITIES_TSV;
    let eol = T.indexOf('\n', at);
    if (eol < 0) eol = T.length;
    const [cc, adm, lat, lon, pop] = T.slice(at, eol).split('\t');
    this.ccs[id] = cc;
    this.lats[id] = +lat;
    this.lons[id] = +lon;
    this.pops[id] = this.scores[id] = pop ? +pop : 0;
    const aid = this.adminByCode.get(cc + '.' + adm);
    if (aid !== undefined) this.admin1s[id] = this.names[aid]; // already renamed by aliases.ts if so
  }
  cc(id: number): string | null {
    this.city(id);
    return this.ccs[id];
  }
  score(id: number): number {
    this.city(id);
    return this.scores[id];
  }

  place(id: number): Place {
    let p = this.cache[id];
    if (p) return p;
    this.city(id);
    const kind = this.kinds[id];
    p = {
      name: this.names[id],
      kind: KINDS[kind],
      country: this.ccs[id],
      lat: this.lats[id],
      lon: this.lons[id],
      precision:
        this.precisions.get(id) ??
        (kind === KIND_SITE ? 'site' : kind === KIND_CITY ? 'town' : kind === KIND_ADMIN1 ? 'province' : 'country'),
    };
    const sk = this.siteKinds.get(id);
    if (sk) p.siteKind = sk;
    if (this.admin1s[id]) p.admin1 = this.admin1s[id];
    if (kind === KIND_CITY && this.pops[id] > 0) p.population = this.pops[id];
    this.cache[id] = p;
    return p;
  }

  /** Default order: sites first, then by score (countries, then population; admin1 in between). */
  order = (a: number, b: number): number => {
    const sa = this.kinds[a] === KIND_SITE ? 1 : 0;
    const sb = this.kinds[b] === KIND_SITE ? 1 : 0;
    return sb - sa || this.score(b) - this.score(a) || a - b;
  };

  finish(): void {
    for (const ids of this.index.values()) {
      if (ids.length > 1) {
        dedupe(ids);
        // A region named like one of its towns ranks right after that town ("Kirkuk" city, then province).
        for (const id of ids) {
          if (this.kinds[id] !== KIND_ADMIN1) continue;
          for (const c of ids) {
            if (this.kinds[c] === KIND_CITY && this.cc(c) === this.ccs[id] && this.admin1s[c] === this.names[id])
              this.scores[id] = Math.max(this.scores[id], this.scores[c] - 0.5);
          }
        }
      }
    }
    for (const ids of this.index.values()) if (ids.length > 1) ids.sort(this.order);
    for (const ids of this.acronyms.values()) if (ids.length > 1) dedupe(ids), ids.sort(this.order);
  }

  /** Loose keys (doubled letters, final h...), built on first need only. */
  looseIndex(): Map<string, number[]> {
    if (!this.loose) {
      this.loose = new Map();
      for (const [k, ids] of this.index) for (const id of ids) push(this.loose, looseKey(k), id);
      for (const ids of this.loose.values()) if (ids.length > 1) dedupe(ids), ids.sort(this.order);
    }
    return this.loose;
  }
}

function push(m: Map<string, number[]>, k: string, id: number): void {
  const a = m.get(k);
  if (!a) m.set(k, [id]);
  else if (a[a.length - 1] !== id) a.push(id);
}
function dedupe(ids: number[]): void {
  const seen = new Set<number>();
  let w = 0;
  for (const id of ids) if (!seen.has(id)) seen.add(id), (ids[w++] = id);
  ids.length = w;
}
/** "US", "U.S.", "UAE", "KSA" -> letters; anything else -> null. Acronyms only ever match uppercase. */
function acronymOf(name: string): string | null {
  if (!/^(?:[A-Z]\.?){2,5}$/.test(name)) return null;
  return name.replace(/\./g, '');
}
const num = (s: string | undefined): number | null => (s === undefined || s === '' ? null : Number(s));

function loadGeonames(st: Store): void {
  for (const row of COUNTRIES_TSV.split('\n')) {
    const [cc, name, lat, lon, alts] = row.split('\t');
    const id = st.add(KIND_COUNTRY, name, cc, num(lat), num(lon), 0);
    st.scores[id] = COUNTRY_SCORE;
    st.countryByCode.set(cc, id);
    st.key(name, id);
    if (alts) for (const a of alts.split('|')) st.key(a, id);
  }
  for (const row of ADMIN1_TSV.split('\n')) {
    const [code, name, lat, lon, flags] = row.split('\t');
    const cc = code.slice(0, 2);
    const id = st.add(KIND_ADMIN1, name, cc, num(lat), num(lon), 0);
    st.scores[id] = ADMIN1_SCORE;
    st.adminByCode.set(code, id);
    st.key(name, id);
    // "Zhytomyr Oblast", "Rivers State", "Damascus Governorate" are also called without the suffix.
    const base = name.replace(ADMIN_NAME_SUFFIX, '');
    if (base !== name) st.key(base, id);
    if (flags?.includes('c')) flagCommon(st, id, base);
  }
  // Cities are most of the data: at load only the key and name are read (the build wrote the folded
  // key); the other fields are parsed when a Place is made (Store.city).
  const T = CITIES_TSV;
  let pos = 0;
  while (pos < T.length) {
    let eol = T.indexOf('\n', pos);
    if (eol < 0) eol = T.length;
    const t1 = T.indexOf('\t', pos);
    const t2 = T.indexOf('\t', t1 + 1);
    const name = T.slice(t1 + 1, t2);
    const key = t1 > pos ? T.slice(pos, t1) : name.toLowerCase();
    const id = st.add(KIND_CITY, name, null, null, null, -1);
    st.lines[id] = t2 + 1;
    st.keyFolded(key, id);
    if (T.charCodeAt(eol - 1) === 99 /* c */) {
      st.common[id] = 1;
      st.commonKeys.add(key);
    }
    pos = eol + 1;
  }
}

function flagCommon(st: Store, id: number, name: string): void {
  st.common[id] = 1;
  st.commonKeys.add(foldName(name));
}

/** The place of a given kind and country whose name folds like `target`; the best ranked wins. */
function findTarget(st: Store, kind: number, cc: string, target: string): number | undefined {
  const acro = acronymOf(target);
  const ids = acro ? st.acronyms.get(acro) : st.index.get(foldName(target));
  let best: number | undefined;
  for (const id of ids ?? []) {
    if (st.kinds[id] !== kind || st.cc(id) !== cc) continue;
    if (best === undefined || st.score(id) > st.score(best)) best = id;
  }
  return best;
}

function loadAliases(st: Store): void {
  const kinds: Record<string, number> = { country: KIND_COUNTRY, admin1: KIND_ADMIN1, city: KIND_CITY };
  const renamed: [number, string][] = [];
  for (const line of ALIASES_TXT.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, cc, target, display, aliases] = line.split('|');
    const id = findTarget(st, kinds[kind], cc, target);
    if (id === undefined) {
      st.unresolved.push(line);
      continue;
    }
    if (display) renamed.push([id, display]);
    for (const a of (aliases ?? '').split(';')) if (a.trim()) st.key(a.trim(), id);
    if (display) st.key(display, id);
  }
  // Renaming a region renames it on its towns too.
  const adminRename = new Map<string, string>();
  for (const [id, display] of renamed) {
    if (st.kinds[id] === KIND_ADMIN1) adminRename.set(`${st.ccs[id]}|${st.names[id]}`, display);
    st.names[id] = display;
  }
  if (adminRename.size) {
    for (let id = 0; id < st.names.length; id++) {
      const a = st.admin1s[id];
      if (a) {
        const r = adminRename.get(`${st.ccs[id]}|${a}`);
        if (r) st.admin1s[id] = r;
      }
    }
  }
}

function loadSites(st: Store): void {
  for (const line of SITES_TXT.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [kind, cc, admin1, lat, lon, name, aliases, opts] = line.split('|');
    const sk = kind as SiteKind;
    const id = st.add(KIND_SITE, name, cc || null, Number(lat), Number(lon), 0);
    st.siteKinds.set(id, sk);
    let rank = 0;
    for (const o of (opts ?? '').split(';')) {
      const [k, v] = o.split('=');
      if (k === 'p') st.precisions.set(id, v as GeoPrecision);
      if (k === 'r') rank = Number(v);
    }
    if (sk === 'zone' && !st.precisions.has(id)) st.precisions.set(id, 'district');
    st.scores[id] = rank;
    if (admin1) {
      // Show the region as the rest of the data names it, when the name written here is an alias.
      const aid = cc ? findTarget(st, KIND_ADMIN1, cc, admin1) : undefined;
      st.admin1s[id] = aid !== undefined ? st.names[aid] : admin1;
    }
    st.key(name, id);
    for (let a of (aliases ?? '').split(';')) {
      a = a.trim();
      if (!a) continue;
      const mark = a[0];
      const core = mark === '*' || mark === '+' ? a.slice(1) : a;
      if (mark !== '*') st.key(core, id);
      if (mark === '*' || mark === '+') for (const s of SUFFIXES[sk] ?? []) st.key(`${core} ${s}`, id);
    }
  }
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

function accept(st: Store, toks: Token[], i: number, j: number, key: string, ids: number[]): number[] {
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
  const prev = i > 0 ? toks[i - 1] : undefined;
  const cue = !!prev && LOCATIVE.has(prev.lower) && joinable(st.textRef, prev, toks[i]);
  if (single && GIVEN_NAMES.has(key)) {
    const nx = toks[j + 1];
    if (nx && nx.cap && !nx.article && !GENERIC.has(nx.lower) && joinable(st.textRef, toks[j], nx)) return [];
  }
  const out: number[] = [];
  for (const id of ids) {
    const kind = st.kinds[id];
    if (kind !== KIND_SITE && !named) continue;
    // "Police said", "Nice weather", "Victoria told": a town whose name is a common word or a given
    // name needs a cue before it ("in Nice") unless it is a very large city.
    if (single && st.common[id] && st.commonKeys.has(key) && !cue && st.score(id) < COMMON_WORD_MIN_POP) continue;
    out.push(id);
  }
  return out;
}

interface Match {
  i: number;
  j: number;
  ids: number[];
}

function scanText(st: Store, text: string): PlaceMention[] {
  st.textRef = text;
  const toks = tokenize(text, st.foldCache);
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
      const acro = st.acronyms.get(t.raw.replace(/\./g, ''));
      if (acro) best = { i, j: i, ids: acro };
    }
    let key = '';
    for (let j = i; j < n && j < i + MAX_TOKENS; j++) {
      if (j > i && !joinable(text, toks[j - 1], toks[j])) break;
      const tj = toks[j];
      if (tj.key) key = key ? `${key} ${tj.key}` : tj.key;
      if (!key) continue;
      const ids = st.index.get(key);
      if (ids && !tj.article) {
        const ok = accept(st, toks, i, j, key, ids);
        if (ok.length) best = { i, j, ids: ok };
      }
      if (!ids && !st.prefixes.has(key) && !tj.article) break;
    }
    if (!best) continue;
    // The first token of the match must not be a dropped article unless it is part of the name.
    let start = toks[best.i].start;
    if (toks[best.i].article && toks[best.i].lower !== 'al' && toks[best.i].lower !== 'el') start = toks[best.i + 1].start;
    let end = toks[best.j].end;
    let ids = best.ids;
    // "Diyala province", "Kharkiv region": take the suffix into the span and put regions first.
    const nx = toks[best.j + 1];
    if (nx && joinable(text, toks[best.j], nx) && (ADMIN_SUFFIX.has(nx.lower) || CITY_SUFFIX.has(nx.lower))) {
      const want = ADMIN_SUFFIX.has(nx.lower) ? KIND_ADMIN1 : KIND_CITY;
      if (ids.some((id) => st.kinds[id] === want)) {
        end = nx.end;
        ids = [...ids.filter((id) => st.kinds[id] === want), ...ids.filter((id) => st.kinds[id] !== want)];
      }
    }
    out.push({ start, end, text: text.slice(start, end), candidates: ids.map((id) => st.place(id)) });
    i = best.j;
  }
  st.textRef = '';
  if (st.foldCache.size > 50_000) st.foldCache.clear();
  return out;
}

// Store fields used only while scanning.
interface Store {
  textRef: string;
  foldCache: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------

function build(): Store {
  const st = new Store();
  st.textRef = '';
  st.foldCache = new Map();
  loadGeonames(st);
  loadAliases(st);
  loadSites(st);
  st.finish();
  return st;
}

let store: Store | null = null;
let gazetteer: Gazetteer | null = null;

/** Builds the indexes once (memoised). */
export function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const st = (store = build());
  gazetteer = {
    lookup(name, opts) {
      const acro = acronymOf(name.trim());
      let ids = (acro && st.acronyms.get(acro)) || st.index.get(foldName(name));
      if (!ids?.length && acro) ids = st.index.get(foldName(name));
      if (!ids?.length) ids = st.looseIndex().get(looseKey(foldName(name)));
      if (!ids?.length) return [];
      let order = ids;
      const hint = opts?.country?.toUpperCase();
      if (hint) {
        // Sites first, then the hinted country, then the default order.
        const rank = (id: number) => (st.kinds[id] === KIND_SITE ? 2 : 0) + (st.cc(id) === hint ? 1 : 0);
        order = ids.slice().sort((a, b) => rank(b) - rank(a) || st.order(a, b));
      }
      return order.map((id) => st.place(id));
    },
    scan: (text) => scanText(st, text),
    country(code) {
      const id = st.countryByCode.get(code.toUpperCase());
      return id === undefined ? null : st.place(id);
    },
  };
  return gazetteer;
}

/** For tests and the README's figures: sizes, and alias lines that found no place. */
export function gazetteerStats(): { places: number; keys: number; unresolvedAliases: string[] } {
  loadGazetteer();
  const st = store!;
  return { places: st.names.length, keys: st.index.size, unresolvedAliases: st.unresolved };
}
