/**
 * Saved file → ArticleInput, the same way the extension gets it from a live page.
 *
 * .html/.htm: bytes decoded by the page's declared charset, parsed by happy-dom with scripts, styles and
 * sub-resources disabled (a saved page must not run or fetch anything), then lib/article's readArticle —
 * the very function the content script calls. .txt: the file is the article text.
 *
 * Used by the extract CLI, the evaluation and the benchmark, so all three see identical input.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import type { ArticleInput } from '../extract';
import { readArticleResult, type ArticleData } from '../article';

export interface LoadedArticle {
  input: ArticleInput;
  /** Title shown in the output ('' when none). */
  title: string;
  kind: 'html' | 'text';
  /** Where `published` came from: the caller, the page's metadata, or nowhere. */
  publishedFrom: 'given' | 'page' | 'none';
  /** HTML only: everything readArticle returned. */
  article?: ArticleData;
}

export type LoadResult = { ok: true; loaded: LoadedArticle } | { ok: false; error: string };

export interface LoadOptions {
  /** YYYY-MM-DD that overrides the page's own date (the gold date in the evaluation). */
  published?: string | null;
  /** The page's URL, when known (otherwise canonical/og:url from the page). */
  url?: string;
}

export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Charset from a BOM or an early <meta charset> / http-equiv, defaulting to UTF-8 (as browsers do for most saved pages). */
export function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (label) {
    try {
      new TextDecoder(label);
      return label;
    } catch {
      /* unknown label: fall back */
    }
  }
  return 'utf-8';
}

export function decodeHtml(bytes: Uint8Array): string {
  return new TextDecoder(sniffCharset(bytes)).decode(bytes);
}

/**
 * A happy-dom document for `html`, inert (no JS, no CSS, no frames, no network). Call close() after.
 * The default URL is about:blank so a saved page's outlet comes from its own metadata, not a made-up host.
 */
export function parseHtml(html: string, url = 'about:blank'): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

/** Run readArticle on a parsed page and build the extractor input. Pure apart from the DOM it is given. */
export function articleFromDocument(doc: Document, options: LoadOptions = {}): LoadResult {
  const result = readArticleResult(doc, options.url);
  if (!result.ok) return { ok: false, error: `${result.reason}: ${result.detail}` };
  const a = result.article;
  const given = options.published ?? null;
  const published = given ?? a.published;
  return {
    ok: true,
    loaded: {
      input: { text: a.text, published, title: a.title, url: options.url, outlet: a.outlet ?? undefined },
      title: a.title,
      kind: 'html',
      publishedFrom: given ? 'given' : a.published ? 'page' : 'none',
      article: a,
    },
  };
}

export async function articleFromHtml(html: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { document, close } = parseHtml(html, options.url);
  try {
    return articleFromDocument(document, options);
  } finally {
    await close();
  }
}

/**
 * A first line that reads like a headline: short, more text after it, and not ending like a sentence.
 * The seed articles start straight with the lead sentence, which this must not take for a title.
 */
export function headlineOf(text: string): string | null {
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  const rest = text.slice(nl + 1).trim();
  if (!first || !rest) return null;
  const words = first.split(/\s+/).length;
  if (first.length > 150 || words > 20) return null;
  if (/[.,;:!]["'’”)]?$/.test(first)) return null; // a sentence, not a headline ("?" headlines are fine)
  return first;
}

/** The text of a .txt article. Kept whole (headline included) so evidence offsets index the file's text. */
export function articleFromText(raw: string, options: LoadOptions = {}): LoadResult {
  // Normalise the BOM and CRLF so offsets count characters the way the extension's text does.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, error: 'empty file' };
  const title = headlineOf(text) ?? '';
  const published = options.published ?? null;
  return {
    ok: true,
    loaded: {
      input: { text, published, title: title || undefined, url: options.url },
      title,
      kind: 'text',
      publishedFrom: published ? 'given' : 'none',
    },
  };
}

/** Read one file and turn it into extractor input. Never throws: failures come back as { ok: false }. */
export async function loadArticleFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, error: code ? `cannot read file (${code})` : `cannot read file: ${String(err)}` };
  }
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  try {
    if (HTML_EXTENSIONS.has(extname(path).toLowerCase())) {
      return await articleFromHtml(decodeHtml(bytes), options);
    }
    return articleFromText(new TextDecoder('utf-8').decode(bytes), options);
  } catch (err) {
    return { ok: false, error: `failed to read article: ${err instanceof Error ? err.message : String(err)}` };
  }
}
