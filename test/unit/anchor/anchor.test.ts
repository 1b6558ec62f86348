// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  anchorAll,
  anchorSelector,
  buildTextIndex,
  matchQuote,
  quoteSelectorFromOffsets,
  rangeFromOffsets,
  selectorFromOffsets,
} from '../../../lib/anchor';

const fixtures = join(__dirname, 'fixtures');

function loadPage(name: string): Document {
  document.open();
  document.write(readFileSync(join(fixtures, name), 'utf8'));
  document.close();
  return document;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i === -1) throw new Error(`occurrence ${n} of ${needle} not in fixture`);
  }
  return i;
}

describe('selectors from offsets', () => {
  it('keeps 32 characters of context and clamps bad offsets', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    const s = quoteSelectorFromOffsets(text, 40, 45);
    expect(s).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) });
    const p = selectorFromOffsets('short', -5, 999);
    expect(p.quote.exact).toBe('short');
    expect(p.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 5 });
  });
});

describe('text index', () => {
  it('skips script/style/noscript/template and our own elements, and separates blocks', () => {
    document.body.innerHTML =
      '<p>One</p><p>Two</p><script>evil()</script><style>.x{}</style><noscript>nos</noscript>' +
      '<template>tpl</template><incident-lens-panel>panel text</incident-lens-panel><div>Three<br>Four</div>';
    const idx = buildTextIndex(document.body, { skip: (el) => el.localName === 'incident-lens-panel' });
    expect(idx.text).toBe('One\nTwo\nThree\nFour\n');
    expect(idx.text).not.toContain('evil');
    expect(idx.chunks.map((c) => c.node.data)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('stops at the caps instead of walking a hostile page to the end', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(1000);
    const idx = buildTextIndex(document.body, { maxNodes: 100 });
    expect(idx.truncated).toBe(true);
    expect(idx.chunks.length).toBeLessThan(100);
  });

  it('survives very deep nesting (no recursion)', () => {
    let html = '';
    for (let i = 0; i < 5000; i++) html += '<span>';
    html += 'deep text';
    document.body.innerHTML = html;
    const idx = buildTextIndex(document.body);
    expect(idx.text).toContain('deep text');
  });

  it('maps offsets that span several text nodes to one Range', () => {
    document.body.innerHTML = '<p>Rockets <b>hit</b> the town</p>';
    const idx = buildTextIndex(document.body);
    const start = idx.text.indexOf('Rockets hit');
    const range = rangeFromOffsets(idx, start, start + 'Rockets hit the'.length, document)!;
    expect(range.toString()).toBe('Rockets hit the');
    expect(rangeFromOffsets(idx, 5, 5, document)).toBeNull();
  });
});

describe('matchQuote', () => {
  it('prefers the exact occurrence whose prefix/suffix fit', () => {
    const text = 'one rocket fell. Later one rocket fell near the base.';
    const m = matchQuote(text, { exact: 'one rocket fell', prefix: 'Later ', suffix: ' near the' })!;
    expect(m).toMatchObject({ start: text.lastIndexOf('one rocket fell'), method: 'exact' });
  });

  it('matches across whitespace, case and typographic differences', () => {
    const text = 'He said \u201cno\u00a0casualties\u201d \u2014 officials';
    const m = matchQuote(text, { exact: '"No casualties" - officials', prefix: '', suffix: '' })!;
    expect(m.method).toBe('normalised');
    expect(text.slice(m.start, m.end)).toBe('\u201cno\u00a0casualties\u201d \u2014 officials');
  });

  it('falls back to a small fuzzy match and gives up when nothing is close', () => {
    const text = 'The projectile struck an apartment bulding in the north of the city.';
    const m = matchQuote(text, { exact: 'struck an apartment building', prefix: '', suffix: '' })!;
    expect(m.method).toBe('fuzzy');
    expect(m.errors).toBe(1);
    expect(text.slice(m.start, m.end)).toBe('struck an apartment bulding');
    expect(matchQuote(text, { exact: 'completely unrelated words here', prefix: '', suffix: '' })).toBeNull();
  });

  it('skips the fuzzy step when over budget', () => {
    const text = 'x'.repeat(10_000);
    expect(matchQuote(text, { exact: 'xxxxxxxxxy', prefix: '', suffix: '' }, { fuzzyBudget: 1000 })).toBeNull();
  });
});

describe('anchoring the fixture page', () => {
  const spec = JSON.parse(readFileSync(join(fixtures, 'repeated-quote.json'), 'utf8')) as {
    article: string;
    cases: Array<{ quote: string; occurrence: number; page: string; before: string; method: string }>;
  };

  for (const c of spec.cases) {
    it(`finds “${c.quote}” #${c.occurrence} in the live page (${c.method})`, () => {
      const doc = loadPage('repeated-quote.html');
      const start = nthIndexOf(spec.article, c.quote, c.occurrence);
      const selector = selectorFromOffsets(spec.article, start, start + c.quote.length);
      const index = buildTextIndex(doc.body);
      const anchor = anchorSelector(index, selector, doc, { sourceLength: spec.article.length })!;
      expect(anchor).not.toBeNull();
      expect(anchor.match.method).toBe(c.method);
      expect(anchor.range.toString()).toBe(c.page);
      // The text right before the Range is the expected context, so the right occurrence was chosen.
      const before = index.text.slice(0, anchor.match.start);
      expect(before.endsWith(c.before)).toBe(true);
      // Never inside script/style/noscript/template.
      const el = anchor.range.startContainer.parentElement!;
      expect(el.closest('script,style,noscript,template')).toBeNull();
    });
  }

  it('anchorAll anchors many selectors against one index and returns null for missing ones', () => {
    const doc = loadPage('repeated-quote.html');
    const sels = [selectorFromOffsets(spec.article, 0, 7), { quote: { type: 'TextQuoteSelector' as const, exact: 'Hezbollah claimed', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 0 } }];
    const out = anchorAll(doc.body, sels);
    expect(out[0]!.range.toString()).toBe('Rockets');
    expect(out[1]).toBeNull();
  });
});
