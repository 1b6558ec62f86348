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
  it('reads "no injuries" as none for both (nobody hurt, nobody killed), the killed one weak', () => {
    expect(summary('There were no injuries, police said.')).toEqual([['injured', 0, 'none_reported'], ['killed', 0, 'none_reported']]);
    expect(findCounts('The crew were not injured.').map((c) => [c.field, !!c.weak])).toEqual([['injured', false], ['killed', true]]);
  });
  it('reads "no deaths" as killed only (the wounded may be many)', () => {
    expect(summary('There were no deaths.')).toEqual([['killed', 0, 'none_reported']]);
  });
  it('flags toll updates as corrections', () => {
    const [m] = findCounts('By evening the death toll rose to 41.');
    expect(m).toMatchObject({ field: 'killed', correction: true });
    expect(m.count.best).toBe(41);
  });
});

describe('findCounts: subject-first statements in any tense', () => {
  it('reads the historic present and sees past asides', () => {
    expect(summary('Three people, including a teenager, are killed in the raid.')).toEqual([['killed', 3, 'reported']]);
    expect(summary('Nine farmers are wounded when the shells land.')).toEqual([['injured', 9, 'reported']]);
    expect(summary('Fourteen villagers die in the attack.')).toEqual([['killed', 14, 'reported']]);
  });
  it('reads a second count whose noun is left out', () => {
    expect(summary('Six guards are killed and four injured at the gate.')).toEqual([['killed', 6, 'reported'], ['injured', 4, 'reported']]);
    expect(summary('Two people died and 17 more were hurt.')).toEqual([['killed', 2, 'reported'], ['injured', 17, 'reported']]);
    expect(summary('A guard was killed and another was badly hurt.')).toEqual([['killed', 1, 'reported'], ['injured', 1, 'reported']]);
  });
  it('adds parts of one toll but not the attacker named beside the victims', () => {
    expect(summary('Four soldiers and three civilians were killed.')).toEqual([['killed', 7, 'reported']]);
    expect(summary('A mother and her baby died in the fire the rocket started.')).toEqual([['killed', 2, 'reported']]);
    expect(summary('Five guards and a gunman are killed in the exchange.')).toEqual([['killed', 5, 'reported']]);
  });
  it('keeps long subjects together and numbers in words', () => {
    expect(summary('Twelve members of the provincial police force were killed.')).toEqual([['killed', 12, 'reported']]);
    expect(summary('At least eighteen off-duty border security personnel are injured.')).toEqual([['injured', 18, 'reported']]);
  });
  it('counts one named victim only when no figure is given', () => {
    const named = findCounts('Local councillor Maria Lopes is assassinated outside her home.');
    expect(named.map((c) => [c.field, c.count.best, !!c.weak])).toEqual([['killed', 1, true]]);
  });
  it('does not read a negated subject or a clause after "who"', () => {
    expect(summary('Police said no officers were injured.').filter(([f]) => f === 'injured').every(([, n]) => n === 0)).toBe(true);
    expect(summary('The men who were killed had been kidnapped.')).toEqual([]);
  });
});

describe('findCounts: munitions as first stated', () => {
  it('"a drone strikes a car" counts one drone; "a drone strike" counts nothing', () => {
    expect(summary('A drone strikes a car near the port.')).toEqual([['projectiles', 1, 'reported']]);
    expect(summary('A drone strike hit the car.')).toEqual([]);
  });
  it('a planted bomb is not a munition fired; a dropped one is', () => {
    expect(summary('A bomb explodes outside the bank.')).toEqual([]);
    expect(summary('A cluster bomb landed in the yard.')).toEqual([['projectiles', 1, 'reported']]);
  });
  it('reads "two suicide drones"', () => {
    expect(summary('The depot is hit by two suicide drones overnight.')).toEqual([['projectiles', 2, 'reported']]);
  });
});

describe('findCounts: active and passive', () => {
  it('"a gunman shot shoppers" is the attack, "two men were shot" an injury', () => {
    expect(summary('A gunman shot shoppers at the mall.')).toEqual([]);
    expect(summary('Two men were shot near the gate.')).toEqual([['injured', 2, 'reported']]);
    expect(summary('A man stabbed two women outside the station.')).toEqual([['injured', 2, 'reported']]);
  });
});

describe('findIntercepted', () => {
  it('reads "N of which were shot down"', () => {
    expect(findIntercepted('Five missiles were fired, three of which were intercepted.').map((x) => x.count)).toEqual([3]);
    expect(findIntercepted('Air defences shot down 14 drones.').map((x) => x.count)).toEqual([14]);
  });
});
