import { describe, expect, it } from 'vitest';
import { findCounts, findIntercepted } from '../../../lib/extract/counts';

const summary = (text: string) => findCounts(text).map((c) => [c.field, c.count.best, c.count.status]);

describe('findCounts', () => {
  it('counts munitions with their qualifiers', () => {
    expect(summary('Four Grad rockets slammed into the depot.')).toEqual([['projectiles', 4, 'reported']]);
    expect(summary('A pair of Katyusha rockets fell near the gate.')).toEqual([['projectiles', 2, 'reported']]);
    expect(findCounts('Militants fired a barrage of 23 rockets.')[0].count).toMatchObject({ best: 23 });
    expect(findCounts('At least six drones were launched.')[0].count).toMatchObject({ best: 6, qualifier: 'at_least' });
  });
  it('does not count a number that belongs to other words', () => {
    expect(summary('Two officials said rockets were fired.')).toEqual([]);
    expect(summary('A rocket attack hit the town.')).toEqual([]);
  });
  it('reads killed and injured in both word orders', () => {
    expect(summary('The gunmen opened fire, killing at least 12 worshippers.')).toEqual([['killed', 12, 'reported']]);
    expect(summary('Nine police officers were wounded.')).toEqual([['injured', 9, 'reported']]);
    expect(summary('About 30 other people were injured in the blast.')).toEqual([['injured', 30, 'reported']]);
    expect(summary('The bomb killed 8 and wounded 15.')).toEqual([['killed', 8, 'reported'], ['injured', 15, 'reported']]);
  });
  it('reads a single victim named by an article', () => {
    expect(summary('A local journalist was killed in the strike.')).toEqual([['killed', 1, 'reported']]);
  });
  it('reads "no casualties" as none reported for both', () => {
    expect(summary('The shells caused no casualties.')).toEqual([['killed', 0, 'none_reported'], ['injured', 0, 'none_reported']]);
    expect(summary('The drone hit a warehouse without causing any losses.')).toEqual([['killed', 0, 'none_reported'], ['injured', 0, 'none_reported']]);
  });
  it('reads "no injuries" as injured only', () => {
    expect(summary('There were no injuries, police said.')).toEqual([['injured', 0, 'none_reported']]);
  });
  it('flags toll updates as corrections', () => {
    const [m] = findCounts('By evening the death toll rose to 41.');
    expect(m).toMatchObject({ field: 'killed', correction: true });
    expect(m.count.best).toBe(41);
  });
});

describe('findIntercepted', () => {
  it('reads "N of which were shot down"', () => {
    expect(findIntercepted('Five missiles were fired, three of which were intercepted.').map((x) => x.count)).toEqual([3]);
    expect(findIntercepted('Air defences shot down 14 drones.').map((x) => x.count)).toEqual([14]);
  });
});
