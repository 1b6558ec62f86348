import { describe, expect, it } from 'vitest';
import { blockText, isProbablyArticle, readArticle, readArticleResult, MAX_ELEMENTS, MAX_TEXT_CHARS } from '../../../lib/article';
import { fixture, html } from './helpers';

describe('readArticle', () => {
  const doc = html(fixture('attack-report.html'));
  const article = readArticle(doc)!;

  it('reads title, date, outlet and language', () => {
    expect(article).not.toBeNull();
    expect(article.title).toBe('Rockets hit base near Riverton airport');
    expect(article.published).toBe('2024-10-01');
    expect(article.outlet).toBe('The Daily Example');
    expect(article.lang).toBe('en-gb');
    expect(article.truncated).toBe(false);
  });

  it('keeps paragraph breaks between adjacent paragraphs', () => {
    expect(article.text).toContain('two security sources said.\n\nOne rocket hit');
    expect(article.text).toContain('the sources said.\n\nA defence official');
    // Readability's textContent would glue these: "...said.One rocket".
    expect(article.text).not.toMatch(/said\.One/);
  });

  it('collapses whitespace inside a paragraph the way the page renders it', () => {
    expect(article.text).toContain('the third this month on facilities used by the coalition.');
  });

  it('turns <br> into a single newline and keeps inline elements inline', () => {
    expect(article.text).toContain('were accounted for.\nThe official spoke');
    expect(article.text).toContain('for Tuesday’s attack, though officials have blamed armed groups for similar strikes.');
  });

  it('separates list items and headings', () => {
    expect(article.text).toContain('\n\n1 August: Westfield base\n\n12 September: embassy compound\n\n');
  });

  it('leaves out navigation, ads, scripts and the sidebar', () => {
    for (const junk of ['Advertisement', 'Do not include', 'Celebrity chef', 'All rights reserved', 'Sport']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('does not touch the live document (Readability works on a clone)', () => {
    const before = doc.body.innerHTML;
    readArticle(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('nav.site-nav')).not.toBeNull();
  });

  it('takes the outlet from the URL host when the page names no site', () => {
    const d = html(fixture('broken-metadata.html'));
    expect(readArticle(d, 'https://www.fishport-news.test/story')!.outlet).toBe('fishport-news.test');
    expect(readArticle(d)!.outlet).toBeNull();
  });

  it('says why a page is not an article', () => {
    const result = readArticleResult(html(fixture('not-an-article.html')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('not-an-article');
    expect(readArticle(html(fixture('not-an-article.html')))).toBeNull();
  });

  it('refuses absurdly large pages before parsing them', () => {
    const big = html(`<html><body>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</body></html>`);
    const result = readArticleResult(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('too-large');
  }, 30_000); // building a 20,000-element DOM in happy-dom takes seconds on a busy machine
});

describe('isProbablyArticle', () => {
  it('tells an article from a shop page', () => {
    expect(isProbablyArticle(html(fixture('attack-report.html')))).toBe(true);
    expect(isProbablyArticle(html(fixture('not-an-article.html')))).toBe(false);
  });
});

describe('blockText', () => {
  const body = (markup: string) => html(`<html><body>${markup}</body></html>`).body;

  it('keeps <pre> verbatim', () => {
    expect(blockText(body('<p>a  b</p><pre>x  y\n  z</pre><p>c</p>')).text).toBe('a b\n\nx  y\n  z\n\nc');
  });

  it('puts table cells side by side and rows apart', () => {
    expect(blockText(body('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).text).toBe('a b\n\nc');
  });

  it('survives very deep nesting', () => {
    const deep = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000);
    expect(blockText(body(deep)).text).toBe('deep');
  }, 30_000);

  it('cuts long text at a paragraph boundary', () => {
    const para = 'word '.repeat(100).trim();
    const out = blockText(body(`<p>${para}</p>`.repeat(10)), { maxChars: 1200 });
    expect(out.truncated).toBe(true);
    expect(out.text.length).toBeLessThanOrEqual(1200);
    expect(out.text.endsWith('word')).toBe(true);
    expect(out.text.split('\n\n')).toHaveLength(2);
  });

  it('has a sane default cap', () => {
    expect(MAX_TEXT_CHARS).toBeGreaterThan(50_000);
  });
});
