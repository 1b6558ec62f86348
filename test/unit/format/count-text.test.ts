import { describe, expect, it } from 'vitest';
import { countToText, parseCountText } from '../../../lib/format/count-text';
import { notMentioned, type Count } from '../../../lib/schema';

const ok = (text: string) => {
  const c = parseCountText(text);
  if (typeof c === 'string') throw new Error(`${text}: ${c}`);
  return c;
};

describe('count text', () => {
  it('keeps the kind of figure when read and written back', () => {
    for (const t of ['9', 'at least 9', 'more than 9', 'about 10', 'up to 12', '10–12', '0', '']) expect(countToText(ok(t))).toBe(t);
  });

  it('reads the usual ways of writing a qualified figure', () => {
    expect(ok('9+')).toMatchObject({ best: 9, min: 9, max: null, qualifier: 'at_least' });
    expect(ok('≥ 9')).toMatchObject({ qualifier: 'at_least' });
    expect(ok('over 40')).toMatchObject({ best: 40, min: 41, qualifier: 'more_than' });
    expect(ok('~10')).toMatchObject({ best: 10, qualifier: 'about' });
    expect(ok('10 to 12')).toMatchObject({ best: 10, min: 10, max: 12, qualifier: 'range' });
    expect(ok('10-12')).toMatchObject({ qualifier: 'range' });
    expect(ok('none')).toMatchObject({ best: 0, status: 'none_reported' });
    expect(ok('')).toEqual(notMentioned());
  });

  it('refuses what is not a figure, with a hint', () => {
    for (const t of ['nine', '12 or 13', '-3', '3.5', '12–10', 'x'.repeat(100), '1'.repeat(30)]) expect(typeof parseCountText(t)).toBe('string');
  });

  it('keeps the original wording and projectile details of the figure it replaces', () => {
    const base: Count = { best: 5, min: 5, max: null, qualifier: 'at_least', status: 'reported', raw: 'at least five', intercepted: 2 };
    expect(parseCountText('6', base)).toMatchObject({ best: 6, qualifier: 'exact', raw: 'at least five', intercepted: 2 });
  });

  it('shows a vague figure as an approximate one', () => {
    expect(countToText({ best: 12, min: null, max: null, qualifier: 'vague', status: 'reported', raw: 'dozens' })).toBe('about 12');
    expect(countToText(notMentioned())).toBe('');
  });
});
