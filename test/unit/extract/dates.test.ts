import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/extract/dates';

// 2023-06-14 is a Wednesday.
const PUBLISHED = '2023-06-14';
const first = (text: string, published: string | null = PUBLISHED) => findDates(text, published).find((d) => !d.isBound);

describe('findDates', () => {
  it('resolves a weekday to the most recent one on or before publication', () => {
    expect(first('The shelling began on Monday.')).toMatchObject({ value: '2023-06-12', precision: 'day', basis: 'relative' });
    expect(first('A convoy was hit late Wednesday.')).toMatchObject({ value: '2023-06-14', precision: 'day' });
    expect(first('Gunmen struck on Friday night.')).toMatchObject({ value: '2023-06-09' });
  });
  it('reads tonight and yesterday against the publication date', () => {
    expect(first('Drones hit the port tonight.')).toMatchObject({ value: '2023-06-14', basis: 'relative' });
    expect(first('A bomb exploded yesterday.')).toMatchObject({ value: '2023-06-13' });
  });
  it('gives month precision to "last month" and to a month name', () => {
    expect(first('An ambush last month killed four.')).toMatchObject({ value: '2023-05', precision: 'month' });
    expect(first('Rockets were fired in April at the camp.')).toMatchObject({ value: '2023-04', precision: 'month' });
  });
  it('puts a day without a year that would fall after publication in the previous year', () => {
    expect(first('The attack on 2 September left ten dead.')).toMatchObject({ value: '2022-09-02', precision: 'day', basis: 'explicit' });
    expect(first('On June 3, a car bomb exploded.')).toMatchObject({ value: '2023-06-03' });
  });
  it('keeps explicit full dates', () => {
    expect(first('On March 5, 2019, a mortar hit the school.')).toMatchObject({ value: '2019-03-05', precision: 'day' });
  });
  it('reads bare years', () => {
    expect(first('In 2009 a truck bomb destroyed the hotel.')).toMatchObject({ value: '2009', precision: 'year' });
  });
  it('marks bounds of a period, which are not event dates', () => {
    expect(findDates('Attacks have risen since February.', PUBLISHED)[0]).toMatchObject({ isBound: true });
  });
  it('ignores a bare time of day', () => {
    expect(first('They were told to leave by 5:00 p.m.')).toBeUndefined();
  });
  it('does not read the verb "may" as a month', () => {
    expect(first('The gunmen may have escaped.')).toBeUndefined();
  });
  it('leaves relative dates unresolved without a publication date', () => {
    expect(first('Rockets hit the base on Tuesday.', null)).toMatchObject({ value: null, precision: 'unknown' });
  });
});

describe('findDates: reporting windows and words that only look like dates', () => {
  const values = (t: string) => findDates(t, '2026-03-26').filter((d) => !d.isBound).map((d) => d.value);
  it('a rolling 24-hour window is the publication day', () => {
    expect(values('Shelling has claimed nine lives across the region during the last 24 hours.')).toEqual(['2026-03-26']);
  });
  it('a weekday inside a word is no date ("Pokémon", "Sunshine")', () => {
    expect(values('A stabbing at a Pokémon shop in Sunshine City.')).toEqual([]);
  });
  it('"the previous day\'s" is the day before publication', () => {
    expect(values('The toll from the previous day\'s massacre rises.')).toEqual(['2026-03-25']);
  });
  it('a date in a relative clause describing something else does not date the event', () => {
    expect(values('The stadium, which was renovated earlier this year, takes a direct rocket hit.')).toEqual([]);
    expect(values('The soldier, who was wounded in the ambush of 12 August, is named.')).toEqual(['2025-08-12']);
  });
});

describe('findDates without a publication date', () => {
  it('never resolves a relative date against the machine clock', () => {
    for (const t of ['Gunmen attacked yesterday.', 'The attack came two days ago.', 'Rockets fell last Tuesday.', 'A bomb exploded today.']) {
      expect(findDates(t, null).map((d) => d.value), t).toEqual([null]);
    }
    expect(findDates('The strike hit on 3 March 2024.', null).map((d) => d.value)).toEqual(['2024-03-03']);
  });
});

describe('findDates: parser false positives', () => {
  it('"for a third night" and "in the morning" name no day', () => {
    expect(findDates('Russia attacked Kyiv for a third night.', '2024-06-05')).toEqual([]);
    expect(findDates('The shells fell in the morning.', '2024-06-05')).toEqual([]);
  });
});

