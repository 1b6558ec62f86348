/**
 * Anchoring's fuzzy step, for `npm run bench`. A page of corpus text gets 1–3 letters changed inside each of
 * 100 quoted spans of 10–80 characters (so none is found verbatim); lib/anchor's matchQuote re-anchors each
 * with its 32 characters of context. Its time is given as a ratio against one approx-string-match search of
 * the same quote in the same page with Hypothesis's error allowance (length / 2), measured in the same run:
 * that search is what the Hypothesis client's fuzzy step costs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import search from 'approx-string-match';
import { matchQuote } from '../anchor';
import { quoteSelectorFromOffsets } from '../anchor/selector';

export interface AnchorFigures {
  pageChars: number;
  quotes: number;
  /** Matches covering the edited span, give or take a character at either end. */
  right: number;
  /** Medians over the runs, per quote. */
  matchMs: number;
  searchMs: number;
  /** matchMs / searchMs. */
  ratio: number;
}

/** About `chars` characters of the corpus's Wikinews articles, or null when the corpus has none. */
export function anchorPage(corpus: string, chars = 30_000): string | null {
  const dir = join(corpus, 'wikinews');
  if (!existsSync(dir)) return null;
  let text = '';
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    if (text.length >= chars) break;
    text += readFileSync(join(dir, f), 'utf8') + '\n\n';
  }
  return text.length ? text.slice(0, chars) : null;
}

export function anchorFigures(original: string, quotes = 100, reps = 7): AnchorFigures {
  let seed = 12345;
  const rnd = (lo: number, hi: number) => lo + ((seed = (seed * 48271) % 2147483647) % (hi - lo + 1));
  // Spans that do not overlap, taken from the end so earlier offsets survive the edits.
  const spans: Array<{ s: number; e: number }> = [];
  const step = Math.floor((original.length - 200) / quotes);
  for (let i = 0; i < quotes; i++) {
    const s = 100 + i * step + rnd(0, Math.max(0, step - 90));
    spans.push({ s, e: s + rnd(10, 80) });
  }
  const selectors = spans.map(({ s, e }) => quoteSelectorFromOffsets(original, s, e));
  // Letters substituted, so every span keeps its length and offset.
  let page = original;
  for (const { s, e } of spans) {
    let span = original.slice(s, e);
    for (let k = rnd(1, 3); k > 0; k--) {
      const p = rnd(1, span.length - 2);
      span = span.slice(0, p) + (span[p] === 'x' ? 'q' : 'x') + span.slice(p + 1);
    }
    page = page.slice(0, s) + span + page.slice(e);
  }
  const runMatch = () => selectors.map((q, i) => matchQuote(page, q, { hint: spans[i].s }));
  const runSearch = () => selectors.forEach((q) => search(page, q.exact, Math.min(256, q.exact.length / 2)));
  runMatch();
  runSearch();
  const m: number[] = [];
  const b: number[] = [];
  let right = 0;
  for (let r = 0; r < reps; r++) {
    let t0 = performance.now();
    const found = runMatch();
    m.push((performance.now() - t0) / quotes);
    t0 = performance.now();
    runSearch();
    b.push((performance.now() - t0) / quotes);
    right = found.filter((f, i) => f && Math.abs(f.start - spans[i].s) <= 1 && Math.abs(f.end - spans[i].e) <= 1).length;
  }
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  return { pageChars: page.length, quotes, right, matchMs: med(m), searchMs: med(b), ratio: med(m) / med(b) };
}
