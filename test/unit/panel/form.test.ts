import { describe, expect, it } from 'vitest';
import { applyForm, toForm } from '../../../components/panel/form';
import { notMentioned, type Incident } from '../../../lib/schema';

const base: Incident = {
  id: 'i1',
  date: { value: '2024-03-12', precision: 'day', basis: 'relative', raw: 'late on Tuesday' },
  weapon: { category: 'rocket', raw: 'Katyusha rockets' },
  projectiles: { best: 5, min: 5, max: null, qualifier: 'at_least', status: 'reported', raw: 'at least five', intercepted: 2 },
  location: { name: 'Erbil', raw: 'Erbil', country: 'IQ', admin1: 'Erbil', lat: 36.19, lon: 44.01, precision: 'town' },
  killed: notMentioned(),
  injured: { best: 2, min: 2, max: 2, qualifier: 'exact', status: 'reported' },
  target: { type: 'airport', text: 'the airport' },
  perpetrator: { name: null, status: 'unknown' },
  damage: null,
  evidence: [],
  source: { url: 'http://x/a', title: 'T', published: '2024-03-13', selector: null },
  status: 'detected',
  sources: [],
};

describe('panel form', () => {
  it('round-trips an untouched record exactly (qualifiers, raw text and coordinates survive)', () => {
    const r = applyForm(base, toForm(base));
    expect(r).toEqual({ ok: true, incident: base });
    expect(toForm(base).killed).toBe(''); // not mentioned is empty, never 0
  });

  it('applies only the edited fields', () => {
    const form = { ...toForm(base), injured: '4', killed: '0', perpetrator: 'Islamic Resistance in Iraq', perpetratorStatus: 'claimed', date: '2024-03' };
    const r = applyForm(base, form);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.incident.injured).toMatchObject({ best: 4, qualifier: 'exact', status: 'reported' });
    expect(r.incident.killed).toMatchObject({ best: 0, status: 'none_reported' });
    expect(r.incident.projectiles).toEqual(base.projectiles);
    expect(r.incident.perpetrator).toEqual({ name: 'Islamic Resistance in Iraq', status: 'claimed' });
    expect(r.incident.date).toMatchObject({ value: '2024-03', precision: 'month', basis: 'explicit' });
  });

  it('drops coordinates when the place is renamed, keeps them when only the country changes', () => {
    const renamed = applyForm(base, { ...toForm(base), place: 'Mosul' });
    expect(renamed.ok && renamed.incident.location).toMatchObject({ name: 'Mosul', lat: null, lon: null, precision: 'unknown' });
    const recoded = applyForm(base, { ...toForm(base), country: 'iq ' });
    expect(recoded.ok && recoded.incident.location).toMatchObject({ name: 'Erbil', country: 'IQ', lat: 36.19 });
    const cleared = applyForm(base, { ...toForm(base), place: '', country: '' });
    expect(cleared.ok && cleared.incident.location).toBeNull();
  });

  it('reports invalid input per field instead of saving it', () => {
    const r = applyForm(base, { ...toForm(base), date: '12/03/2024', country: 'IRAQ', injured: 'two', weapon: 'trebuchet' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['country', 'date', 'injured', 'weapon']);
  });

  it('an empty count means not mentioned', () => {
    const r = applyForm(base, { ...toForm(base), injured: ' ' });
    expect(r.ok && r.incident.injured).toEqual(notMentioned());
  });
});

describe('panel form: places and coordinates', () => {
  it('takes typed or pasted coordinates for a place the gazetteer lacks, with a reason when they are wrong', () => {
    const typed = applyForm(base, { ...toForm(base), place: 'Kani Qirzhala', coords: '36.1542, 43.9311' });
    expect(typed.ok && typed.incident.location).toMatchObject({ name: 'Kani Qirzhala', lat: 36.1542, lon: 43.9311, precision: 'site' });
    const dms = applyForm(base, { ...toForm(base), coords: '36°11′N 44°0′E' });
    expect(dms.ok && dms.incident.location).toMatchObject({ name: 'Erbil', lat: expect.closeTo(36.1833, 3) });
    const wrong = applyForm(base, { ...toForm(base), coords: '136.2, 44' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors.coords).toMatch(/./);
  });

  it('a chosen suggestion brings country, province, coordinates and precision', () => {
    const chosen = { name: 'Mosul', raw: 'Mosul', country: 'IQ', admin1: 'Nineveh', lat: 36.335, lon: 43.1189, precision: 'town' as const };
    const r = applyForm(base, { ...toForm(base), place: 'Mosul', country: 'IQ', coords: '36.335, 43.1189' }, chosen);
    expect(r.ok && r.incident.location).toEqual({ ...chosen, raw: 'Erbil' });
  });

  it('shows coordinates as text that reads back unchanged', () => {
    expect(toForm(base).coords).toBe('36.19, 44.01');
    expect(applyForm(base, toForm(base))).toEqual({ ok: true, incident: base });
  });
});
