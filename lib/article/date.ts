/**
 * The publication date of a page, from its metadata, as YYYY-MM-DD.
 *
 * Pure DOM reading (no extension API): runs on the live page in the content script and on a happy-dom
 * document under Node. Pages are hostile input (malformed JSON-LD, absurd attribute values, megabyte
 * scripts), so every reader is wrapped and bounded; the function returns null rather than throwing.
 */

/** Metas that carry the publication time, most specific first. Matched on property, name or itemprop. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'publishdate',
  'publish-date',
  'pubdate',
  'date',
  'article.published',
  'cxenseparse:recs:publishtime',
] as const;

/** schema.org types whose datePublished is the article's own (not a publisher's or an image's). */
const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage/i;

/** JSON-LD blocks larger than this are skipped: a real article's metadata is a few kB. */
const MAX_JSONLD_CHARS = 500_000;
/** Attribute values longer than this are not dates. */
const MAX_VALUE_CHARS = 200;

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** "Mar", "March", "Sept" → 3, 3, 9; anything else (e.g. "Mayor") → null. */
function monthOf(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  const i = MONTH_NAMES.findIndex((full) => full.startsWith(n));
  return i < 0 ? null : i + 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): string | null {
  // Bounds keep out epoch-zero defaults ("1970-01-01") and typos far in the future.
  const maxYear = new Date().getUTCFullYear() + 1;
  if (!(y >= 1990 && y <= maxYear && m >= 1 && m <= 12 && d >= 1)) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date string as the publisher wrote it → YYYY-MM-DD, or null.
 * ISO strings keep the calendar date as written (the publisher's local day, which is what "on Tuesday"
 * in the text refers to) rather than being converted to UTC.
 */
export function parseDateValue(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    // Epoch seconds or milliseconds (some CMSs put them in metas).
    const ms = raw > 1e11 ? raw : raw * 1000;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!s || s.length > MAX_VALUE_CHARS) return null;

  // 2015-03-18, 2015-03-18T10:00:00Z, 2017-11-03 03:01:00.000000, 2015/03/18
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  // 20150318 or 20150318T1000
  m = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return validDay(+m[1], +m[2], +m[3]);
  if (/^\d{10}(\d{3})?$/.test(s)) return parseDateValue(Number(s));
  // "March 18, 2015", "Wed, Mar 18 2015 10:00"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthOf(m[1])) return validDay(+m[3], monthOf(m[1])!, +m[2]);
  // "18 March 2015", "Wed, 18 Mar 2015 10:00:00 GMT"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthOf(m[2]);
    if (month) return validDay(+m[3], month, +m[1]);
  }
  // 18.03.2015 / 18/03/2015: day-first is ambiguous with US month-first; accept only when unambiguous.
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    if (a > 12 && b <= 12) return validDay(+m[3], b, a);
    if (b > 12 && a <= 12) return validDay(+m[3], a, b);
  }
  return null;
}

function attr(el: Element, name: string): string | null {
  try {
    return el.getAttribute(name);
  } catch {
    return null;
  }
}

function fromMetas(doc: Document): string | null {
  let metas: Element[];
  try {
    metas = Array.from(doc.querySelectorAll('meta'));
  } catch {
    return null;
  }
  // Index by key once, then look keys up in priority order (the page's order must not win over ours).
  const byKey = new Map<string, string>();
  for (const meta of metas) {
    // `value` instead of `content` is invalid HTML, but some saved pages (and page savers) use it.
    const content = attr(meta, 'content') ?? attr(meta, 'value');
    if (!content) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attr(meta, a)?.trim().toLowerCase();
      if (key && !byKey.has(key)) byKey.set(key, content);
    }
  }
  for (const key of META_KEYS) {
    const v = byKey.get(key);
    const day = v === undefined ? null : parseDateValue(v);
    if (day) return day;
  }
  return null;
}

/** All datePublished values in a JSON-LD value, article-typed nodes first. Bounded depth and count. */
function collectJsonLd(node: unknown, out: { article: unknown[]; other: unknown[] }, depth: number): void {
  if (depth > 8 || out.article.length + out.other.length > 50 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 200)) collectJsonLd(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  if ('datePublished' in obj) {
    const type = obj['@type'];
    const types = Array.isArray(type) ? type : [type];
    const isArticle = types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
    const v = Array.isArray(obj.datePublished) ? obj.datePublished[0] : obj.datePublished;
    (isArticle ? out.article : out.other).push(v);
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (key in obj) collectJsonLd(obj[key], out, depth + 1);
  }
}

function fromJsonLd(doc: Document): string | null {
  let scripts: Element[];
  try {
    scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'));
  } catch {
    return null;
  }
  const out = { article: [] as unknown[], other: [] as unknown[] };
  for (const script of scripts.slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (!raw || raw.length > MAX_JSONLD_CHARS) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments; strip those before giving up on it.
      data = JSON.parse(raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, ''));
    } catch {
      continue; // malformed JSON-LD is common; other sources may still have the date
    }
    collectJsonLd(data, out, 0);
  }
  for (const v of [...out.article, ...out.other]) {
    const day = parseDateValue(v);
    if (day) return day;
  }
  return null;
}

function fromItemprop(doc: Document): string | null {
  try {
    for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished" i]')).slice(0, 20)) {
      const day = parseDateValue(attr(el, 'content') ?? attr(el, 'datetime') ?? el.textContent ?? '');
      if (day) return day;
    }
  } catch {
    /* hostile markup: fall through */
  }
  return null;
}

function fromTimeElements(doc: Document): string | null {
  // A <time> in the article or its header is the article's; one elsewhere may be a sidebar's or a
  // comment's, so those come last.
  const selectors = [
    'time[pubdate][datetime]',
    'article header time[datetime]',
    'article time[datetime]',
    'header time[datetime]',
    'main time[datetime]',
    'time[datetime]',
  ];
  for (const sel of selectors) {
    try {
      for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 20)) {
        const day = parseDateValue(attr(el, 'datetime'));
        if (day) return day;
      }
    } catch {
      /* try the next selector */
    }
  }
  return null;
}

/** The page's publication date as YYYY-MM-DD, or null. Never throws. */
export function readPublicationDate(doc: Document): string | null {
  for (const reader of [fromMetas, fromJsonLd, fromItemprop, fromTimeElements]) {
    try {
      const day = reader(doc);
      if (day) return day;
    } catch {
      /* one broken source must not hide the others */
    }
  }
  return null;
}
