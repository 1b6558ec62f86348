import { describe, expect, it } from 'vitest';
import { datesCompatible, findLikelyDuplicates, weaponsCompatible } from '../../../lib/store';
import { makeIncident, makeLocation } from '../factories';

describe('findLikelyDuplicates', () => {
  const base = makeIncident();
  it('matches the same place, a day apart, with a compatible weapon', () => {
    const sameNextDay = makeIncident({ date: { value: '2024-03-12', precision: 'day', basis: 'explicit' }, weapon: { category: 'missile' } });
    const otherTown = makeIncident({ location: makeLocation({ name: 'Mosul', raw: 'Mosul', lat: 36.34, lon: 43.13 }) });
    const weekLater = makeIncident({ date: { value: '2024-03-18', precision: 'day', basis: 'explicit' } });
    const shooting = makeIncident({ weapon: { category: 'gunfire' } });
    const accents = makeIncident({ location: makeLocation({ name: 'ERBÍL' }) });
    const found = findLikelyDuplicates(base, [base, sameNextDay, otherTown, weekLater, shooting, accents]);
    expect(found.map((i) => i.id)).toEqual([sameNextDay.id, accents.id]);
  });
  it('compares dates at the coarser precision and weapons by family', () => {
    expect(datesCompatible('2024-03', '2024-03-30')).toBe(true);
    expect(datesCompatible('2024-03-31', '2024-04-01')).toBe(true);
    expect(datesCompatible(null, '2024-04-01')).toBe(false);
    expect(weaponsCompatible('rocket', 'mortar')).toBe(true);
    expect(weaponsCompatible('drone', null)).toBe(true);
    expect(weaponsCompatible('gunfire', 'airstrike')).toBe(false);
  });
});
