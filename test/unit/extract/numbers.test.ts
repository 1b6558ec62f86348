import { describe, expect, it } from 'vitest';
import { parseCountPhrase, parseNumberWord } from '../../../lib/extract/numbers';

describe('parseNumberWord', () => {
  it.each([
    ['three', 3], ['17', 17], ['1,200', 1200], ['twenty-one', 21], ['two hundred', 200], ['a dozen', 12], ['a pair of', 2],
  ])('%s → %d', (raw, n) => expect(parseNumberWord(raw)).toBe(n));
  it('returns null for words that are not numbers', () => expect(parseNumberWord('rockets')).toBeNull());
});

describe('parseCountPhrase', () => {
  it('reads exact numbers', () => expect(parseCountPhrase('three')).toMatchObject({ best: 3, min: 3, max: 3, qualifier: 'exact' }));
  it('reads lower bounds', () => expect(parseCountPhrase('at least five')).toMatchObject({ best: 5, min: 5, qualifier: 'at_least' }));
  it('reads "more than"', () => expect(parseCountPhrase('more than 40')).toMatchObject({ best: 40, min: 41, qualifier: 'more_than' }));
  it('reads approximations', () => expect(parseCountPhrase('about 50')).toMatchObject({ best: 50, qualifier: 'about' }));
  it('reads upper bounds', () => expect(parseCountPhrase('up to 30')).toMatchObject({ best: 30, max: 30, qualifier: 'up_to' }));
  it('reads ranges conservatively', () => expect(parseCountPhrase('between 10 and 15')).toMatchObject({ best: 10, min: 10, max: 15, qualifier: 'range' }));
  it('follows ACLED for dozens', () => expect(parseCountPhrase('dozens')).toMatchObject({ best: 12, qualifier: 'vague' }));
  it('reads the number inside a barrage', () => expect(parseCountPhrase('a barrage of 17')).toMatchObject({ best: 17, qualifier: 'exact' }));
  it('keeps "several" vague without inventing a figure', () => expect(parseCountPhrase('several')).toMatchObject({ best: null, qualifier: 'vague' }));
});
