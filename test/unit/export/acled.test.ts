import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, acledCountry, acledEventType, acledRow, toAcledCsv } from '../../../lib/export';
import { WEAPONS, type Incident, type Weapon } from '../../../lib/schema';
import { count, makeIncident, makeLocation, makeSource, notMentionedCount } from '../factories';

const withWeapon = (category: Weapon | null, extra: Partial<Incident> = {}) => makeIncident({ weapon: { category, raw: extra.weapon?.raw }, ...extra });

describe('ACLED-style CSV', () => {
  it("writes ACLED's columns in ACLED's order", () => {
    const header = toAcledCsv([]).trimEnd();
    expect(header.split(',')).toEqual([...ACLED_COLUMNS]);
    expect(header).toBe(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
    );
  });

  it('maps each weapon to an ACLED event type and sub-event type', () => {
    const sub = (w: Weapon | null, extra: Partial<Incident> = {}) => {
      const t = acledEventType(withWeapon(w, extra));
      return t && `${t.event_type} / ${t.sub_event_type}`;
    };
    for (const w of ['rocket', 'missile', 'mortar', 'artillery'] as const) expect(sub(w)).toBe('Explosions/Remote violence / Shelling/artillery/missile attack');
    expect(sub('drone')).toBe('Explosions/Remote violence / Air/drone strike');
    expect(sub('airstrike')).toBe('Explosions/Remote violence / Air/drone strike');
    expect(sub('explosive', { weapon: { category: 'explosive', raw: 'roadside bomb' } })).toBe('Explosions/Remote violence / Remote explosive/landmine/IED');
    expect(sub('explosive', { weapon: { category: 'explosive', raw: 'hand grenades' } })).toBe('Explosions/Remote violence / Grenade');
    expect(sub('suicide_bombing')).toBe('Explosions/Remote violence / Suicide bomb');
    expect(sub('gunfire', { target: { text: 'a market', type: 'civilian' } })).toBe('Violence against civilians / Attack');
    expect(sub('gunfire', { target: null })).toBe('Violence against civilians / Attack');
    expect(sub('gunfire', { target: { text: 'an army checkpoint', type: 'checkpoint' } })).toBe('Battles / Armed clash');
    expect(sub('melee', { target: { text: 'a school', type: 'civilian' } })).toBe('Violence against civilians / Attack');
    expect(sub('vehicle', { target: { text: 'a crowd', type: 'civilian' } })).toBe('Violence against civilians / Attack');
    expect(sub('arson', { killed: count(0), injured: count(0) })).toBe('Strategic developments / Looting/property destruction');
    expect(sub('arson', { killed: count(2) })).toBe('Violence against civilians / Attack');
    expect(sub('other')).toBeNull();
    expect(sub(null)).toBeNull();
    // Every weapon we have is covered by the table (other → left to the reader).
    for (const w of WEAPONS) expect(w === 'other' || acledEventType(withWeapon(w)) !== null, w).toBe(true);
  });

  it('fills date, place, precision, actors, source, notes and fatalities by ACLED conventions', () => {
    const other = makeSource({ url: 'https://www.second.example/x', outlet: undefined, selector: null });
    const inc = makeIncident({
      date: { value: '2024-03-11', precision: 'day', basis: 'explicit' },
      weapon: { category: 'rocket', raw: 'rockets' },
      location: makeLocation({ name: 'Kharkiv', country: 'UA', admin1: 'Kharkiv Oblast', lat: 49.99, lon: 36.23, precision: 'town' }),
      perpetrator: { name: null, status: 'unknown' },
      target: { text: 'an apartment block', type: 'residential' },
      killed: { best: 5, min: 3, max: 5, qualifier: 'range', status: 'reported' },
      notes: 'checked',
      sources: [makeSource(), other],
      updatedAt: '2024-03-12T10:00:00.000Z',
    });
    const row = acledRow(inc);
    expect(row).toMatchObject({
      event_id_cnty: inc.id,
      event_date: '2024-03-11',
      year: 2024,
      time_precision: 1,
      disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Shelling/artillery/missile attack',
      actor1: 'Unidentified Armed Group (Ukraine)',
      actor2: 'Civilians (Ukraine)',
      civilian_targeting: 'Civilian targeting',
      iso: 804,
      country: 'Ukraine',
      admin1: 'Kharkiv Oblast',
      location: 'Kharkiv',
      latitude: 49.99,
      longitude: 36.23,
      geo_precision: 1,
      source: 'Example News; second.example',
      notes: `${makeSource().selector!.exact} | checked`,
      fatalities: 3, // the conservative figure: the lower bound
      timestamp: Date.UTC(2024, 2, 12, 10) / 1000,
      inter1: null,
      region: null,
    });
  });

  it('geo_precision 1 town/site, 2 district, 3 province or country, empty without coordinates', () => {
    const geo = (precision: any, lat: number | null = 1) => acledRow(makeIncident({ location: makeLocation({ precision, lat, lon: lat }) })).geo_precision;
    expect([geo('site'), geo('town'), geo('district'), geo('province'), geo('country'), geo('unknown')]).toEqual([1, 1, 2, 3, 3, null]);
    expect(geo('town', null)).toBeNull();
  });

  it('time precision and partial dates: week 2, month 3 on the 15th, a bare year fills only `year`', () => {
    const d = (value: string | null, precision: any) => acledRow(makeIncident({ date: { value, precision, basis: 'relative' } }));
    expect(d('2024-03-11', 'week')).toMatchObject({ event_date: '2024-03-11', time_precision: 2, year: 2024 });
    expect(d('2024-03', 'month')).toMatchObject({ event_date: '2024-03-15', time_precision: 3, year: 2024 });
    expect(d('2024', 'year')).toMatchObject({ event_date: null, time_precision: null, year: 2024 });
    expect(d(null, 'unknown')).toMatchObject({ event_date: null, time_precision: null, year: null });
  });

  it('fatalities: 0 when none were reported or mentioned; the best figure when there is no lower bound', () => {
    const f = (killed: Incident['killed']) => acledRow(makeIncident({ killed })).fatalities;
    expect(f(notMentionedCount())).toBe(0);
    expect(f(count(0))).toBe(0);
    expect(f(count(7))).toBe(7);
    expect(f({ best: 12, min: null, max: null, qualifier: 'vague', status: 'reported' })).toBe(12);
    expect(f({ best: 10, min: null, max: 10, qualifier: 'up_to', status: 'reported' })).toBe(10);
  });

  it('names the actor when the text does, and writes countries as ACLED does', () => {
    const named = acledRow(makeIncident({ perpetrator: { name: 'Islamic State', status: 'claimed' }, location: makeLocation({ country: 'IQ' }) }));
    expect(named.actor1).toBe('Islamic State');
    expect(named.country).toBe('Iraq');
    expect(acledCountry('CD')?.name).toBe('Democratic Republic of Congo');
    expect(acledCountry('PS')).toEqual({ name: 'Palestine', iso: 275 });
    expect(acledCountry('TR')?.name).toBe('Turkey');
    expect(acledCountry('SY')?.name).toBe('Syria');
    expect(acledCountry('ZZ')).toBeNull();
    const nowhere = acledRow(makeIncident({ location: null }));
    expect([nowhere.country, nowhere.actor1, nowhere.iso]).toEqual([null, 'Unidentified Armed Group', null]);
  });

  it('reads back as a table an ACLED extract can be stacked on', () => {
    const csv = toAcledCsv([makeIncident(), makeIncident({ weapon: { category: 'drone', raw: 'drones' } })], { bom: true });
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.sub_event_type)).toEqual(['Shelling/artillery/missile attack', 'Air/drone strike']);
    expect(rows[0].country).toBe('Iraq');
    expect(rows[0].fatalities).toBe('0');
  });
});
