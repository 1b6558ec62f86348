import { describe, expect, it } from 'vitest';
import { readArticleResult, readLeadResult, LEAD_CHARS, MAX_READABLE_CHARS } from '../../../lib/article';
import { html } from './helpers';

const LEAD = 'Two drones struck a fuel depot in the port town of Eastharbour on Sunday, injuring four workers, the regional governor said.';
const FILLER = 'Earlier in the week the harbour authority had published its annual report on freight volumes, which rose again. ';

function hugeArticle(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, () => `<p>${FILLER.repeat(10)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Drones hit depot</title><meta property="article:published_time" content="2024-06-02T09:00:00Z"></head>
<body><nav><p>Home · World · Sport</p></nav><article><h1>Drones hit depot</h1><p>${LEAD}</p>${body}</article></body></html>`;
}

describe('pages too large for Readability', () => {
  const doc = html(hugeArticle(700)); // ~800,000 characters

  it('are refused by readArticleResult on their text size', () => {
    expect((doc.body.textContent ?? '').length).toBeGreaterThan(MAX_READABLE_CHARS);
    expect(readArticleResult(doc)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('get their first paragraphs read instead, bounded, marked truncated, with the page metadata', () => {
    const t0 = performance.now();
    const read = readLeadResult(doc, 'https://news.example/depot');
    const ms = performance.now() - t0;
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.article.text.startsWith(LEAD)).toBe(true);
    expect(read.article.text).not.toContain('Home · World'); // the <article>, not the navigation
    expect(read.article.text.length).toBeLessThanOrEqual(LEAD_CHARS + 2000);
    expect(read.article.truncated).toBe(true);
    expect(read.article.published).toBe('2024-06-02');
    expect(read.article.title).toBe('Drones hit depot');
    expect(ms).toBeLessThan(2000);
  });

  it('cut a single giant paragraph at the cap', () => {
    const giant = html(`<html><body><article><p>${LEAD} ${'x'.repeat(300_000)}</p></article></body></html>`);
    const read = readLeadResult(giant);
    expect(read.ok && read.article.text.length).toBe(LEAD_CHARS);
  });

  it('say so when there is too little paragraph text', () => {
    expect(readLeadResult(html('<html><body><div>rocket</div></body></html>'))).toMatchObject({ ok: false, reason: 'not-an-article' });
  });
});
