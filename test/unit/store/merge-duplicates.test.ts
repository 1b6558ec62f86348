import { describe, expect, it } from 'vitest';
import {
  datesCompatible,
  datesFactsCompatible,
  duplicateReasons,
  DUPLICATE_RADIUS_KM,
  findLikelyDuplicates,
  placesCompatible,
  weaponsCompatible,
} from '../../../lib/store';
import type { DateFact } from '../../../lib/schema';
import { makeIncident, makeLocation } from '../factories';

const day = (value: string, precision: DateFact['precision'] = 'day'): DateFact => ({ value, precision, basis: 'explicit' });
/** A point `km` east of (36.19, 44.01) along the parallel. */
const east = (km: number) => 44.01 + km / (111.32 * Math.cos((36.19 * Math.PI) / 180));

describe('duplicate rules: weapon families', () => {
  it('matches a weapon with its family and with unknown/other, never across families', () => {
    expect(weaponsCompatible('rocket', 'missile')).toBe(true);
    expect(weaponsCompatible('mortar', 'artillery')).toBe(true);
    expect(weaponsCompatible('drone', 'airstrike')).toBe(true);
    expect(weaponsCompatible('missile', 'drone')).toBe(true); // missile is in both families
    expect(weaponsCompatible('explosive', 'suicide_bombing')).toBe(true);
    expect(weaponsCompatible('other', 'gunfire')).toBe(true);
    expect(weaponsCompatible(null, 'arson')).toBe(true);
    expect(weaponsCompatible('rocket', 'drone')).toBe(false);
    expect(weaponsCompatible('gunfire', 'explosive')).toBe(false);
    expect(weaponsCompatible('vehicle', 'melee')).toBe(false);
  });
});

describe('duplicate rules: dates', () => {
  it('takes dates within a day, across month and year ends', () => {
    expect(datesCompatible('2024-03-11', '2024-03-12')).toBe(true);
    expect(datesCompatible('2024-12-31', '2025-01-01')).toBe(true);
    expect(datesCompatible('2024-02-28', '2024-03-01')).toBe(false); // 2024 is a leap year: two days
    expect(datesCompatible('2024-03-11', '2024-03-13')).toBe(false);
    expect(datesCompatible(null, '2024-03-13')).toBe(false);
  });
  it('compares coarse dates at their precision, and lets a week-precise date be a week off', () => {
    expect(datesCompatible('2024-03', '2024-03-30')).toBe(true);
    expect(datesCompatible('2024', '2024-11-02')).toBe(true);
    expect(datesCompatible('2024-03', '2024-04-01')).toBe(false);
    expect(datesFactsCompatible(day('2024-03-11', 'week'), day('2024-03-17'))).toBe(true);
    expect(datesFactsCompatible(day('2024-03-11', 'week'), day('2024-03-19'))).toBe(false);
    expect(datesFactsCompatible(day('2024-03-11'), day('2024-03-14'))).toBe(false);
  });
});

describe('duplicate rules: places', () => {
  const here = makeLocation();
  it(`takes places within ${DUPLICATE_RADIUS_KM} km, not beyond`, () => {
    expect(placesCompatible(here, makeLocation({ name: 'Erbil airport', lat: 36.19, lon: east(24) }))).toBe(true);
    expect(placesCompatible(here, makeLocation({ name: 'Ainkawa', lat: 36.19, lon: east(16) }))).toBe(true); // was out at 15 km
    expect(placesCompatible(here, makeLocation({ name: 'Khabat', lat: 36.19, lon: east(27) }))).toBe(false);
  });
  it('takes the same name in any case or accents, even without coordinates', () => {
    expect(placesCompatible(here, makeLocation({ name: 'ERBÍL ', lat: null, lon: null, precision: 'unknown' }))).toBe(true);
    expect(placesCompatible(here, makeLocation({ name: 'Mosul', lat: null, lon: null }))).toBe(false);
  });
  it('never matches across countries', () => {
    expect(placesCompatible(here, makeLocation({ country: 'SY' }))).toBe(false);
    // One side without a country is no conflict.
    expect(placesCompatible(here, makeLocation({ country: null }))).toBe(true);
  });
  it('does not take region or country centroids as nearby, nor two events that only share a country', () => {
    expect(placesCompatible(here, makeLocation({ name: 'Erbil Governorate', precision: 'province', lat: 36.2, lon: 44.02 }))).toBe(false);
    expect(placesCompatible(here, makeLocation({ name: 'Iraq', precision: 'country', lat: 36.19, lon: 44.01 }))).toBe(false);
    const iraq = makeLocation({ name: 'Iraq', admin1: undefined, precision: 'country', lat: 33, lon: 44 });
    expect(placesCompatible(iraq, { ...iraq })).toBe(false);
    // A named province matches itself.
    const diyala = makeLocation({ name: 'Diyala', precision: 'province', lat: 33.9, lon: 45 });
    expect(placesCompatible(diyala, { ...diyala })).toBe(true);
    expect(placesCompatible(null, here)).toBe(false);
  });
});

describe('findLikelyDuplicates and duplicateReasons', () => {
  const base = makeIncident();
  it('offers records that pass all three rules, and says why', () => {
    const nearby = makeIncident({ date: day('2024-03-12'), weapon: { category: 'missile' }, location: makeLocation({ name: 'Erbil Air Base', precision: 'site', lat: 36.24, lon: 43.96 }) });
    const sameName = makeIncident({ location: makeLocation({ name: 'erbil', lat: null, lon: null, precision: 'unknown' }) });
    const farDay = makeIncident({ date: day('2024-03-14') });
    const gunfire = makeIncident({ weapon: { category: 'gunfire' } });
    const far = makeIncident({ location: makeLocation({ name: 'Kirkuk', lat: 35.47, lon: 44.39 }) });
    const found = findLikelyDuplicates(base, [base, nearby, sameName, farDay, gunfire, far]);
    expect(found.map((i) => i.id)).toEqual([nearby.id, sameName.id]);
    expect(duplicateReasons(base, nearby)).toEqual(['a day apart', '7 km apart', 'rocket / missile']);
    expect(duplicateReasons(base, sameName)).toEqual(['same day', 'same place', 'rocket']);
    expect(duplicateReasons(base, far)).toBeNull();
    expect(duplicateReasons(base, base)).toBeNull();
  });
});
