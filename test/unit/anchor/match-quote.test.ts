/**
 * Re-anchoring a quote in text that differs from the text it was taken from: the page an outlet edited after
 * the record was saved, whitespace the page lays out differently, a quote that occurs twice. The article is
 * written for the project (fixtures/river-town.txt); edited copies of it are made here with a seeded
 * generator, so every run checks the same cases and the counts below can be compared between versions.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextErrors, fuzzySearch, matchQuote, normaliseWithMap, standaloneErrors, type TextMatch } from '../../../lib/anchor';
import { quoteSelectorFromOffsets } from '../../../lib/anchor/selector';

const ARTICLE = readFileSync(join(__dirname, 'fixtures', 'river-town.txt'), 'utf8');

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): (lo: number, hi: number) => number {
  let a = seed;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return lo + Math.floor(r * (hi - lo + 1));
  };
}

/** A span of whole words of about `min`–`max` characters, within one paragraph. */
function wordSpan(text: string, rnd: ReturnType<typeof random>, min: number, max: number): [number, number] {
  for (;;) {
    let s = rnd(0, text.length - max - 1);
    while (s < text.length && /\S/.test(text[s - 1] ?? ' ')) s++;
    let e = s + rnd(min, max);
    while (e < text.length && /[\w,.'"-]/.test(text[e])) e++;
    const span = text.slice(s, e);
    if (e - s >= min && !span.includes('\n') && /^\w/.test(span)) return [s, e];
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** `k` letters substituted, inserted or deleted, never the first or last character. */
function changeLetters(span: string, k: number, rnd: ReturnType<typeof random>): string {
  for (let i = 0; i < k; i++) {
    const p = rnd(1, span.length - 2);
    const c = LETTERS[rnd(0, 25)];
    const op = rnd(0, 2);
    span = op === 0 ? span.slice(0, p) + c + span.slice(p + 1) : op === 1 ? span.slice(0, p) + c + span.slice(p) : span.slice(0, p) + span.slice(p + 1);
  }
  return span;
}

interface EditedCase {
  page: string;
  selector: { exact: string; prefix: string; suffix: string };
  /** Where the passage is in the page. */
  expected: [number, number];
}

/** The page is the article with `edit` applied to the span [s, e) and/or around it. */
function editedCase(s: number, e: number, edit: (before: string, span: string, after: string) => [string, string, string]): EditedCase {
  const [before, span, after] = edit(ARTICLE.slice(0, s), ARTICLE.slice(s, e), ARTICLE.slice(e));
  return {
    page: before + span + after,
    selector: quoteSelectorFromOffsets(ARTICLE, s, e),
    expected: [before.length, before.length + span.length],
  };
}

/** Right = the passage, give or take a space or letter at either end. */
function isRight(m: TextMatch | null, c: EditedCase): boolean {
  return m !== null && Math.abs(m.start - c.expected[0]) <= 1 && Math.abs(m.end - c.expected[1]) <= 1;
}

function count(cases: EditedCase[]): number {
  return cases.filter((c) => isRight(matchQuote(c.page, c.selector), c)).length;
}

describe('matchQuote on unchanged text', () => {
  it('finds every one of 60 spans exactly', () => {
    const rnd = random(1);
    const cases = Array.from({ length: 60 }, () => {
      const [s, e] = wordSpan(ARTICLE, rnd, 6, 80);
      return editedCase(s, e, (b, x, a) => [b, x, a]);
    });
    for (const c of cases) {
      const m = matchQuote(c.page, c.selector)!;
      expect(m, c.selector.exact).not.toBeNull();
      expect(m.method).toBe('exact');
      expect([m.start, m.end]).toEqual(c.expected);
    }
  });

  it('picks between repeats by prefix and suffix, and by the hint when those are equal', () => {
    const text = 'the grain store burned; later the grain store was rebuilt; the grain store stood';
    const second = text.indexOf('the grain store', 1);
    expect(matchQuote(text, { exact: 'the grain store', prefix: 'burned; later ', suffix: ' was rebuilt' })!.start).toBe(second);
    const bare = { exact: 'the grain store', prefix: '', suffix: '' };
    expect(matchQuote(text, bare)!.start).toBe(0);
    expect(matchQuote(text, bare, { hint: text.lastIndexOf('the grain') - 3 })!.start).toBe(text.lastIndexOf('the grain store'));
  });
});

describe('matchQuote with letters changed inside the quote', () => {
  it('finds a quote with one, two and three letters changed, reporting the edits', () => {
    const page = 'Residents said a second, smaller barage hit the felds west of the town around noon.';
    const m = matchQuote(page, { exact: 'a second, smaller barrage hit the fields west', prefix: 'Residents said ', suffix: ' of the town' })!;
    expect(m.method).toBe('fuzzy');
    expect(m.errors).toBe(2);
    expect(page.slice(m.start, m.end)).toBe('a second, smaller barage hit the felds west');
    // With no context, 1 error in 8 letters: 2 for 22 letters, not for 14.
    expect(matchQuote('four civilains wounded', { exact: 'four civilians wounded', prefix: '', suffix: '' })).toMatchObject({ method: 'fuzzy', errors: 2, start: 0, end: 22 });
    expect(matchQuote('four civilains wounded', { exact: 'four civilians', prefix: '', suffix: '' })).toBeNull();
  });

  it('finds at least 58 of 60 spans with 1–3 letters changed (counts logged)', () => {
    const rnd = random(2);
    const cases = Array.from({ length: 60 }, () => {
      const [s, e] = wordSpan(ARTICLE, rnd, 8, 80);
      const k = rnd(1, 3);
      return editedCase(s, e, (b, x, a) => [b, changeLetters(x, k, rnd), a]);
    });
    const found = count(cases);
    console.info(`letters changed: ${found} of ${cases.length} edited spans found`);
    expect(found).toBeGreaterThanOrEqual(58);
  });

  it('prefers the edited passage where its context is over an unedited repeat elsewhere', () => {
    // The quote occurs verbatim once, but the selector's context is around the other, edited copy.
    const page = 'The bakery burned on Monday. Crews said the fire was out by noon, and the bakry burned again at night.';
    const m = matchQuote(page, { exact: 'the bakery burned', prefix: 'out by noon, and ', suffix: ' again at night.' })!;
    expect(page.slice(m.start, m.end)).toBe('the bakry burned');
  });
});

describe('matchQuote with words inserted or deleted', () => {
  const sentence = 'Artillery shells struck the eastern river town early on Thursday, damaging a grain store.';
  const selector = (exact: string) => quoteSelectorFromOffsets(sentence, sentence.indexOf(exact), sentence.indexOf(exact) + exact.length);

  it('covers a word inserted inside the quote, at its start, in the middle and at its end', () => {
    const quote = 'struck the eastern river town early on Thursday';
    for (const [page, covered] of [
      [sentence.replace('struck the', 'struck heavily the'), 'struck heavily the eastern river town early on Thursday'],
      [sentence.replace('river town', 'river port town'), 'struck the eastern river port town early on Thursday'],
      [sentence.replace('early on', 'early again on'), 'struck the eastern river town early again on Thursday'],
    ]) {
      const m = matchQuote(page, selector(quote))!;
      expect(page.slice(m.start, m.end)).toBe(covered);
    }
  });

  it('covers a quote with a word deleted from it', () => {
    const quote = 'struck the eastern river town early on Thursday';
    const page = sentence.replace('eastern ', '');
    const m = matchQuote(page, selector(quote))!;
    expect(page.slice(m.start, m.end)).toBe('struck the river town early on Thursday');
    expect(m.errors).toBe('eastern '.length);
  });

  it('finds the quote itself when words were inserted right before and after it', () => {
    const quote = 'the eastern river town';
    const page = sentence.replace('the eastern river town', 'the small eastern river town of Marovka');
    const m = matchQuote(page, selector('eastern river town'))!;
    expect(m.method).toBe('exact');
    expect(page.slice(m.start, m.end)).toBe('eastern river town');
    expect(quote).toContain('eastern');
  });

  it('finds at least 56 of 60 spans of 30–90 characters with a word inserted or deleted inside (counts logged)', () => {
    const rnd = random(3);
    const cases: EditedCase[] = [];
    while (cases.length < 60) {
      const [s, e] = wordSpan(ARTICLE, rnd, 30, 90);
      const words = ARTICLE.slice(s, e).split(' ');
      if (words.length < 5) continue;
      const at = rnd(1, words.length - 2);
      const op = rnd(0, 1);
      cases.push(editedCase(s, e, (b, _x, a) => {
        const w = [...words];
        if (op === 0) w.splice(at, 0, ['reportedly', 'heavy', 'also'][rnd(0, 2)]);
        else w.splice(at, 1);
        return [b, w.join(' '), a];
      }));
    }
    const found = count(cases);
    console.info(`word inserted/deleted inside: ${found} of ${cases.length} edited spans found`);
    expect(found).toBeGreaterThanOrEqual(56);
  });
});

describe('matchQuote across whitespace differences', () => {
  it('matches a quote whose newlines and double spaces the page lays out differently, mapping back to page offsets', () => {
    const page = 'the grain store,\n      built in the 1970s,\u00a0held most\tof the seed';
    const m = matchQuote(page, { exact: 'built in the 1970s, held most of the seed', prefix: 'the grain store, ', suffix: '' })!;
    expect(m.method).toBe('normalised');
    expect(page.slice(m.start, m.end)).toBe('built in the 1970s,\u00a0held most\tof the seed');
    // And the other way: the quote has the line breaks, the page has none.
    const flat = 'The governor said the school would not reopen before the summer.';
    const n = matchQuote(flat, { exact: 'the school\nwould  not\n\nreopen', prefix: '', suffix: '' })!;
    expect(flat.slice(n.start, n.end)).toBe('the school would not reopen');
  });

  it('finds all of 40 spans in a page with collapsed and expanded whitespace (counts logged)', () => {
    const rnd = random(4);
    const respace = (s: string) => s.replace(/\n\n/g, '\n').replace(/ /g, () => [' ', ' ', ' ', '  ', '\n  ', '\u00a0'][rnd(0, 5)]);
    const cases = Array.from({ length: 40 }, () => {
      const [s, e] = wordSpan(ARTICLE, rnd, 10, 80);
      return editedCase(s, e, (b, x, a) => [respace(b), respace(x), respace(a)]);
    });
    const found = count(cases);
    console.info(`whitespace changed: ${found} of ${cases.length} spans found`);
    expect(found).toBe(cases.length);
  });
});

describe('matchQuote on a quote that repeats', () => {
  const article =
    'Police said the convoy was hit near the bridge on Monday, and no one was hurt. ' +
    'Two days later, witnesses said the convoy was hit near the bridge again, and a driver died.';
  const first = article.indexOf('the convoy was hit near the bridge');
  const second = article.indexOf('the convoy was hit near the bridge', first + 1);
  const quoteLength = 'the convoy was hit near the bridge'.length;

  it('picks the right copy when one word is inserted before it in the page (no hint)', () => {
    for (const target of [first, second]) {
      const selector = quoteSelectorFromOffsets(article, target, target + quoteLength);
      const page = article.slice(0, target) + 'that ' + article.slice(target);
      expect(matchQuote(page, selector)!.start).toBe(target + 'that '.length);
    }
  });

  it('picks the right copy when one word is inserted after it in the page (no hint)', () => {
    for (const target of [first, second]) {
      const selector = quoteSelectorFromOffsets(article, target, target + quoteLength);
      const page = article.slice(0, target + quoteLength) + ' reportedly' + article.slice(target + quoteLength);
      expect(matchQuote(page, selector)!.start).toBe(target);
    }
  });

  it('picks the right copy of at least 38 of 40 repeated passages with a word inserted next to it (counts logged)', () => {
    // A passage of the article copied elsewhere, so both copies share text on both sides of the quote (its
    // middle third) for a while; one word is inserted right before or after the chosen copy.
    const rnd = random(5);
    const cases: EditedCase[] = [];
    while (cases.length < 40) {
      const [s, e] = wordSpan(ARTICLE, rnd, 50, 90);
      const [s2] = wordSpan(ARTICLE, rnd, 10, 20);
      if (Math.abs(s2 - s) < 150) continue;
      const passage = ARTICLE.slice(s, e);
      const doubled = ARTICLE.slice(0, s2) + passage + ' ' + ARTICLE.slice(s2);
      const words = passage.split(' ');
      if (words.length < 6) continue;
      const a = Math.floor(words.length / 3);
      const quote = words.slice(a, Math.ceil((2 * words.length) / 3)).join(' ');
      const copies = [doubled.indexOf(passage), doubled.indexOf(passage, doubled.indexOf(passage) + 1)];
      const qs = copies[rnd(0, 1)] + words.slice(0, a).join(' ').length + 1;
      const qe = qs + quote.length;
      const word = ['several ', 'heavy ', 'reportedly '][rnd(0, 2)];
      const before = rnd(0, 1) === 0;
      cases.push({
        selector: quoteSelectorFromOffsets(doubled, qs, qe),
        page: before ? doubled.slice(0, qs) + word + doubled.slice(qs) : doubled.slice(0, qe) + ' ' + word.trim() + doubled.slice(qe),
        expected: before ? [qs + word.length, qe + word.length] : [qs, qe],
      });
    }
    const found = count(cases);
    console.info(`repeated quote, word inserted next to it: ${found} of ${cases.length} right copies`);
    expect(found).toBeGreaterThanOrEqual(38);
  });
});

describe('matchQuote on long quotes', () => {
  it('finds quotes of 300–2000 characters with words changed, inserted and deleted (counts logged)', () => {
    const rnd = random(6);
    const long = ARTICLE.replace(/\n\n/g, ' ').repeat(1); // one paragraph-free copy: spans can cross paragraphs
    const cases: EditedCase[] = [];
    while (cases.length < 24) {
      const len = rnd(300, 2000);
      const s = rnd(0, long.length - len - 1);
      const start = long.indexOf(' ', s) + 1;
      const end = long.indexOf(' ', start + len);
      if (end < 0) continue;
      const words = long.slice(start, end).split(' ');
      const edits = rnd(2, 10);
      for (let i = 0; i < edits; i++) {
        const at = rnd(1, words.length - 2);
        const op = rnd(0, 2);
        if (op === 0) words[at] = 'revised';
        else if (op === 1) words.splice(at, 0, 'reportedly');
        else words.splice(at, 1);
      }
      const before = long.slice(0, start);
      const span = words.join(' ');
      cases.push({ page: before + span + long.slice(end), selector: quoteSelectorFromOffsets(long, start, end), expected: [before.length, before.length + span.length] });
    }
    const found = count(cases);
    // Without prefix or suffix too: the quote alone is distinctive enough.
    const bare = cases.filter((c) => isRight(matchQuote(c.page, { ...c.selector, prefix: '', suffix: '' }), c)).length;
    console.info(`long quotes (300–2000 chars), 2–10 words edited: ${found} of ${cases.length} found; ${bare} without context`);
    expect(found).toBe(cases.length);
    expect(bare).toBeGreaterThanOrEqual(cases.length - 1);
  });

  it('finds a 1,500-character quote in a 1 MB page with ten letters changed', () => {
    const filler = 'Weather: clouds over the hills, light rain in the valleys, a cool wind from the north. ';
    const quote = ARTICLE.replace(/\n+/g, ' ').slice(0, 1500);
    const edited = changeLetters(quote, 10, random(7));
    const page = filler.repeat(6000) + edited + ' ' + filler.repeat(6000);
    const t0 = performance.now();
    const m = matchQuote(page, { exact: quote, prefix: filler.slice(-32), suffix: filler.slice(0, 32) })!;
    const ms = performance.now() - t0;
    expect(m.method).toBe('fuzzy');
    expect(m.start).toBe(filler.length * 6000);
    expect(m.end).toBe(filler.length * 6000 + edited.length);
    expect(ms).toBeLessThan(3000);
  });
});

describe('matchQuote when the quote is not there', () => {
  it('returns null for 40 quotes taken from another text, with their context', () => {
    const other =
      'The orchestra opened its winter season with a programme of folk dances, and the conductor thanked the ' +
      'volunteers who had repaired the concert hall roof after the autumn storms. Tickets for the spring concerts ' +
      'go on sale next month, with discounts for students and pensioners, the box office said on Friday.';
    const rnd = random(8);
    let wrong = 0;
    for (let i = 0; i < 40; i++) {
      const [s, e] = wordSpan(other, rnd, 8, 60);
      if (ARTICLE.includes(other.slice(s, e))) continue;
      if (matchQuote(ARTICLE, quoteSelectorFromOffsets(other, s, e)) !== null) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('returns null for a passage rewritten beyond its error allowance, even where its context is', () => {
    const page = 'Residents said the road to Dolny reopened on Friday after repairs.';
    expect(matchQuote(page, { exact: 'a second, smaller barrage hit the fields', prefix: 'Residents said ', suffix: '' })).toBeNull();
  });

  it('allows errors in proportion to the quote: 1 in 8 alone, half with agreeing context', () => {
    expect([8, 16, 64, 300, 2000].map(standaloneErrors)).toEqual([1, 2, 8, 67, 492]);
    expect([8, 16, 64].map(contextErrors)).toEqual([4, 8, 32]);
    const page = 'the night watchman at the grain store was taken to hospital';
    // 'watchmen at teh grian' needs 3 edits or more in 21 letters: too many alone, fine with the prefix agreeing.
    expect(matchQuote(page, { exact: 'watchmen at teh grian', prefix: '', suffix: '' })).toBeNull();
    const m = matchQuote(page, { exact: 'watchmen at teh grian', prefix: 'the night ', suffix: '' })!;
    expect(m.method).toBe('fuzzy');
    expect(m.errors).toBeGreaterThanOrEqual(3);
    expect(page.slice(m.start, m.end)).toMatch(/^watchman at the gra/);
  });

  it('returns null for empty quotes and empty text', () => {
    expect(matchQuote('abc', { exact: '  ', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('', { exact: 'abc', prefix: '', suffix: '' })).toBeNull();
  });
});

describe('matchQuote on hostile input', () => {
  const MB = 1_000_000;
  const within = (ms: number) => expect(ms).toBeLessThan(3000);
  const timed = <T>(fn: () => T): [T, number] => {
    const t0 = performance.now();
    const v = fn();
    return [v, performance.now() - t0];
  };

  it('a megabyte of one letter and a quote of that letter with one other: bounded candidates, fast', () => {
    const text = 'a'.repeat(MB);
    const [m, ms] = timed(() => matchQuote(text, { exact: 'a'.repeat(40) + 'b', prefix: 'a'.repeat(32), suffix: 'a'.repeat(32) }));
    expect(m).toMatchObject({ method: 'fuzzy', errors: 1 });
    within(ms);
    const [long, ms2] = timed(() => matchQuote(text, { exact: 'a'.repeat(1999) + 'b', prefix: '', suffix: '' }));
    expect(long?.errors ?? 0).toBeLessThanOrEqual(1);
    within(ms2);
  });

  it('a megabyte of repeated prose and quotes absent from it or repeated in it: fast', () => {
    const prose = 'Rescue teams searched the flooded valley while engineers inspected the dam. ';
    const text = prose.repeat(Math.ceil(MB / prose.length));
    for (const exact of ['x'.repeat(300), 'A budget, a stadium and an election. '.repeat(20), 'engineers inspectd the dam']) {
      const [, ms] = timed(() => matchQuote(text, { exact, prefix: 'the flooded valley while ', suffix: '' }));
      within(ms);
    }
  });

  it('a megabyte of whitespace: fast and null', () => {
    const [m, ms] = timed(() => matchQuote(' \n\u00a0'.repeat(MB / 3), { exact: '  x  ', prefix: '', suffix: '' }));
    expect(m).toBeNull();
    within(ms);
  });

  it('fuzzySearch keeps at most maxHits equally good matches', () => {
    const hits = fuzzySearch('ab'.repeat(MB / 2), 'abababax', 1, 50);
    expect(hits.length).toBe(50);
    expect(hits.every((h) => h.errors === 1)).toBe(true);
  });

  it('skips the fuzzy step with no budget, and allows fewer errors with a small one', () => {
    const page = 'x'.repeat(10_000) + ' the fire at the bakry was put out ' + 'x'.repeat(10_000);
    const selector = { exact: 'the fire at the bakery was put out', prefix: '', suffix: '' };
    expect(matchQuote(page, selector, { fuzzyBudget: 0 })).toBeNull();
    expect(matchQuote(page, selector, { fuzzyBudget: 30_000 })).toMatchObject({ method: 'fuzzy', errors: 1 });
  });
});

describe('helpers', () => {
  it('normaliseWithMap maps back to original offsets', () => {
    const { text, map } = normaliseWithMap('A  \n b\u2019s \u201cC\u201d');
    expect(text).toBe('a b\'s "c"');
    expect(Array.from(map)).toEqual([0, 1, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('fuzzySearch reports the edit count and the span', () => {
    expect(fuzzySearch('abcdefg', 'abxdef', 1)).toEqual([{ start: 0, end: 6, errors: 1 }]);
    expect(fuzzySearch('abcdefg', 'zzzz', 1)).toEqual([]);
  });
});
