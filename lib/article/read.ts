/**
 * A page (DOM) → the article input the extractor takes: title, plain text, publication date, outlet, lang.
 *
 * Pure DOM code, no extension API: the content script calls it on the live `document`, the CLI and the
 * evaluation call it on a happy-dom document, so both see the same text (and the same evidence offsets).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseDateValue, readPublicationDate } from './date';
import { blockText } from './text';

export interface ArticleData {
  title: string;
  /** Article plain text, paragraphs separated by "\n\n". Evidence offsets index into this. */
  text: string;
  /** YYYY-MM-DD from the page's metadata, or null. */
  published: string | null;
  /** Site name (og:site_name, JSON-LD publisher) or the URL's host, or null. */
  outlet: string | null;
  /** BCP 47 language tag from the page, lower-cased primary subtag first ("en", "en-gb"), or null. */
  lang: string | null;
  /** True when the text was cut at MAX_TEXT_CHARS. */
  truncated: boolean;
}

export type ReadFailure =
  /** Readability found no main content (a home page, a search page, an app shell). */
  | 'not-an-article'
  /** More elements than MAX_ELEMENTS: not parsed, to keep the page responsive. */
  | 'too-large'
  /** Readability threw (broken DOM). */
  | 'readability-error';

export type ReadResult = { ok: true; article: ArticleData } | { ok: false; reason: ReadFailure; detail: string };

/**
 * Pages with more elements than this are refused before cloning (Readability's own default is no cap).
 * Measured with `npm run bench` (happy-dom, Node 20, a busy 2-core machine): the corpus's real articles
 * have 265–2,800 elements and take 25 ms–1.1 s for readArticle; a synthetic article costs about 0.3 ms per
 * element up to 16,000 elements (4.5 s) and grows faster beyond (29,600 elements: 13 s). Browsers' DOMs are
 * several times faster than happy-dom, so 20,000 keeps the worst case around a second in the page while
 * leaving 7× headroom over the largest real article we have seen.
 */
export const MAX_ELEMENTS = 20_000;
/**
 * Pages with more text than this are not given to Readability either: its clone and scoring grow with the
 * text, and a 5 MB page held the main thread for 0.5–0.8 s. They get readLeadResult instead.
 */
export const MAX_READABLE_CHARS = 600_000;
/** What readLeadResult reads of a page too large for Readability: its first paragraphs, up to this much text. */
export const LEAD_CHARS = 60_000;
/** Text beyond this is dropped (at a paragraph boundary): about 50,000 words, longer than any news story. */
export const MAX_TEXT_CHARS = 300_000;
/** Less main text than this is not an article (a stub, a gallery, a login wall). */
export const MIN_TEXT_CHARS = 200;

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const v = (el?.getAttribute('content') ?? el?.getAttribute('value'))?.trim();
    if (v) return v;
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The page's own URL: the one given, else canonical / og:url (saved pages keep these), else location. */
export function pageUrl(doc: Document, url?: string): string | null {
  if (url && hostOf(url)) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  for (const candidate of [canonical, meta(doc, 'og:url')]) {
    if (candidate && hostOf(candidate)) return candidate;
  }
  try {
    const loc = doc.location?.href;
    if (loc && hostOf(loc)) return loc;
  } catch {
    /* no location under some DOM implementations */
  }
  return url ?? null;
}

function outletOf(doc: Document, readabilitySiteName: string | null | undefined, url: string | null): string | null {
  const site = meta(doc, 'og:site_name', 'application-name')?.trim() || readabilitySiteName?.trim();
  if (site) {
    // Some pages put a URL in og:site_name ("http://www.tmz.com"): show its host instead.
    return /^https?:\/\//i.test(site) ? hostOf(site) : site;
  }
  return hostOf(url);
}

function langOf(doc: Document, readabilityLang: string | null | undefined): string | null {
  const raw =
    readabilityLang ||
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    meta(doc, 'og:locale') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const tag = raw?.trim().replace(/_/g, '-').toLowerCase();
  return tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) ? tag : null;
}

function countElements(doc: Document): number {
  // getElementsByTagName is a live collection: .length is cheap in browsers (no array is built).
  return doc.getElementsByTagName('*').length;
}

/** Readability's quick check (no clone, no parse): worth running readArticle on this page? */
export function isProbablyArticle(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** Readability on a clone of `doc` (it mutates its input), then our text, date and outlet. */
export function readArticleResult(doc: Document, url?: string): ReadResult {
  const elements = countElements(doc);
  if (elements > MAX_ELEMENTS) {
    return { ok: false, reason: 'too-large', detail: `${elements} elements (limit ${MAX_ELEMENTS})` };
  }
  const pageChars = doc.body?.textContent?.length ?? 0;
  if (pageChars > MAX_READABLE_CHARS) {
    return { ok: false, reason: 'too-large', detail: `${pageChars} characters of text (limit ${MAX_READABLE_CHARS})` };
  }
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back the content element itself, so the text is built from the DOM Readability
    // produced instead of re-parsing its HTML string.
    parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch (err) {
    return { ok: false, reason: 'readability-error', detail: err instanceof Error ? err.message : String(err) };
  }
  if (!parsed?.content) return { ok: false, reason: 'not-an-article', detail: 'Readability found no main content' };

  const { text, truncated } = blockText(parsed.content, { maxChars: MAX_TEXT_CHARS });
  if (text.length < MIN_TEXT_CHARS) {
    return { ok: false, reason: 'not-an-article', detail: `only ${text.length} characters of main text` };
  }
  const resolvedUrl = pageUrl(doc, url);
  let published: string | null = null;
  try {
    published = readPublicationDate(doc);
  } catch {
    /* readPublicationDate does not throw; belt and braces for a hostile DOM */
  }
  // Readability reads a few sources we do not (e.g. its own JSON-LD pass); use it as a last resort.
  published ??= parseDateValue(parsed.publishedTime);
  const title = (parsed.title || meta(doc, 'og:title') || doc.title || '').replace(/\s+/g, ' ').trim();
  return {
    ok: true,
    article: {
      title,
      text,
      published,
      outlet: outletOf(doc, parsed.siteName, resolvedUrl),
      lang: langOf(doc, parsed.lang),
      truncated,
    },
  };
}

/** Where a page's article text most likely is, without Readability: the first match, else the body. */
const LEAD_ROOTS = ['[itemprop="articleBody" i]', 'article', 'main', '[role="main"]'];

/**
 * The bounded reading of a page too large for Readability: the paragraphs of its article element (or body),
 * in order, until LEAD_CHARS. Cost grows with what is read, not with the page: `getElementsByTagName` is
 * live and lazily walked. The result is marked `truncated`, so the reader is told it is not the whole page.
 */
export function readLeadResult(doc: Document, url?: string, maxChars = LEAD_CHARS): ReadResult {
  let root: Element | null = null;
  for (const sel of LEAD_ROOTS) if ((root = doc.querySelector(sel))) break;
  root ??= doc.body;
  if (!root) return { ok: false, reason: 'not-an-article', detail: 'no body' };
  const paragraphs: string[] = [];
  let length = 0;
  const ps = root.getElementsByTagName('p');
  for (let i = 0; i < ps.length && length < maxChars; i++) {
    const t = (ps[i].textContent ?? '').slice(0, maxChars - length).replace(/\s+/g, ' ').trim();
    if (!t) continue;
    paragraphs.push(t);
    length += t.length + 2;
  }
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_TEXT_CHARS) return { ok: false, reason: 'not-an-article', detail: `only ${text.length} characters in paragraphs` };
  const resolvedUrl = pageUrl(doc, url);
  let published: string | null = null;
  try {
    published = readPublicationDate(doc);
  } catch {
    /* as in readArticleResult */
  }
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const title = (meta(doc, 'og:title') || h1 || doc.title || '').replace(/\s+/g, ' ').trim().slice(0, 500);
  return {
    ok: true,
    article: { title, text, published, outlet: outletOf(doc, null, resolvedUrl), lang: langOf(doc, null), truncated: true },
  };
}

/** The article on this page, or null when the page is not an article (see readArticleResult for why). */
export function readArticle(doc: Document, url?: string): ArticleData | null {
  const result = readArticleResult(doc, url);
  return result.ok ? result.article : null;
}
