/** Paged, indexed queries over the store: order, filters, paging, counts, damaged rows, export sets. */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, type CollectionFilter } from '../../../lib/collection/filter';
import { countMatches, forEachMatchChunk, planQuery, presentCountries, queryPage, type SortKey } from '../../../lib/collection/query';
import { readExportSet } from '../../../lib/collection/export-set';
import { importIncidents, type IncidentDb } from '../../../lib/store';
import type { Incident } from '../../../lib/schema';
import { count, makeIncident, makeLocation, makeSource } from '../factories';
import { freshDb } from '../store/helpers';

const f = (over: Partial<CollectionFilter>): CollectionFilter => ({ ...EMPTY_FILTER, ...over });

const WEAPONS = ['drone', 'rocket', 'gunfire', 'missile'] as const;
const PLACES = [
  { name: 'Erbil', country: 'IQ', lat: 36.19, lon: 44.01 },
  { name: 'Kharkiv', country: 'UA', lat: 49.99, lon: 36.23 },
  { name: 'Maiduguri', country: 'NG', lat: 11.85, lon: 13.16 },
];

/** n incidents on successive days from 2024-01-01, cycling weapons and places; every 7th undated. */
function seedRecords(n: number): Incident[] {
  return Array.from({ length: n }, (_, k) => {
    const p = PLACES[k % PLACES.length];
    const day = new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10);
    return makeIncident({
      date: k % 7 === 6 ? { value: null, precision: 'unknown', basis: 'publication' } : { value: day, precision: 'day', basis: 'explicit' },
      weapon: { category: WEAPONS[k % WEAPONS.length] },
      location: makeLocation({ name: p.name, raw: p.name, admin1: undefined, country: p.country, lat: p.lat, lon: p.lon }),
      killed: count(k % 5),
      injured: count(k % 3),
      perpetrator: { name: k % 2 ? 'Group A' : null, status: k % 2 ? 'claimed' : 'unknown' },
      source: makeSource({ title: `Report number ${k}`, url: `https://news.example.org/${k}` }),
      sources: [],
    });
  });
}

async function seeded(n: number): Promise<{ db: IncidentDb; all: Incident[] }> {
  const db = freshDb();
  const all = seedRecords(n);
  await importIncidents(db, all);
  return { db, all };
}

const ids = (recs: { kind: string; incident?: Incident }[]) => recs.map((r) => r.incident!.id);

async function allPages(db: IncidentDb, filter: CollectionFilter, sort: SortKey, limit: number): Promise<string[]> {
  const out: string[] = [];
  let offset = 0;
  for (;;) {
    const p = await queryPage(db, filter, sort, { offset, limit });
    out.push(...ids(p.records));
    if (p.done) return out;
    offset = p.nextOffset;
  }
}

describe('queryPage', () => {
  it('orders by date, newest first, undated last, and pages without gaps or repeats', async () => {
    const { db, all } = await seeded(40);
    const got = await allPages(db, EMPTY_FILTER, 'date-desc', 7);
    const dated = all.filter((i) => i.date.value).sort((a, b) => b.date.value!.localeCompare(a.date.value!));
    expect(got.slice(0, dated.length)).toEqual(dated.map((i) => i.id));
    expect(new Set(got).size).toBe(40);
    expect(new Set(got.slice(dated.length))).toEqual(new Set(all.filter((i) => !i.date.value).map((i) => i.id)));
  });

  it('oldest first and most casualties first', async () => {
    const { db, all } = await seeded(30);
    const asc = await allPages(db, EMPTY_FILTER, 'date-asc', 50);
    expect(asc.slice(-1)[0]).toBe(all.filter((i) => i.date.value).slice(-1)[0].id);
    const cas = (await queryPage(db, EMPTY_FILTER, 'casualties-desc', { limit: 5 })).records.map((r) => (r.kind === 'ok' ? r.incident.killed.best! + r.incident.injured.best! : -1));
    expect(cas).toEqual([...cas].sort((a, b) => b - a));
    expect(cas[0]).toBe(Math.max(...all.map((i) => i.killed.best! + i.injured.best!)));
  });

  it.each<[string, Partial<CollectionFilter>, (i: Incident) => boolean]>([
    ['one weapon', { weapons: ['drone'] }, (i) => i.weapon.category === 'drone'],
    ['two weapons', { weapons: ['drone', 'missile'] }, (i) => ['drone', 'missile'].includes(i.weapon.category!)],
    ['one country', { countries: ['UA'] }, (i) => i.location?.country === 'UA'],
    ['country and weapon', { countries: ['UA'], weapons: ['rocket'] }, (i) => i.location?.country === 'UA' && i.weapon.category === 'rocket'],
    ['perpetrator claimed', { perpStatus: ['claimed'] }, (i) => i.perpetrator.status === 'claimed'],
    ['date span', { from: '2024-01-10', to: '2024-01-20' }, (i) => !!i.date.value && i.date.value >= '2024-01-10' && i.date.value <= '2024-01-20'],
    ['country as shown', { text: 'nigeria' }, (i) => i.location?.country === 'NG'],
    ['weapon as shown, two words', { text: 'DRONE erbil' }, (i) => i.weapon.category === 'drone' && i.location?.name === 'Erbil'],
    // Every word must appear somewhere: '59' is in no date of the seed (2024-01-01 … 2024-02-29).
    ['source title', { text: 'number 59' }, (i) => i.source.title === 'Report number 59'],
    ['map area', { area: { west: 30, south: 40, east: 50, north: 60 } }, (i) => i.location?.name === 'Kharkiv'],
  ])('filters by %s, and counts the same', async (_name, over, expected) => {
    const { db, all } = await seeded(60);
    const filter = f(over);
    const want = all.filter(expected).map((i) => i.id);
    const got = await allPages(db, filter, 'date-desc', 5);
    expect(new Set(got)).toEqual(new Set(want));
    expect(got.length).toBe(want.length);
    expect(await countMatches(db, filter)).toBe(want.length);
  });

  it('a month-precision date is in a span it overlaps', async () => {
    const db = freshDb();
    const month = makeIncident({ date: { value: '2024-02', precision: 'month', basis: 'explicit' } });
    const before = makeIncident({ date: { value: '2024-01-31', precision: 'day', basis: 'explicit' } });
    await importIncidents(db, [month, before]);
    const got = await queryPage(db, f({ from: '2024-02-10', to: '2024-02-12' }), 'date-desc');
    expect(ids(got.records)).toEqual([month.id]);
  });

  it('plans an index range for one chosen value, and the date index otherwise', () => {
    expect(planQuery(f({ weapons: ['drone'] }), 'date-desc')).toMatchObject({ index: '[weaponKey+dateKey]', exact: true, reverse: true });
    expect(planQuery(f({ weapons: ['drone'], text: 'x' }), 'date-desc')).toMatchObject({ index: '[weaponKey+dateKey]', exact: false });
    expect(planQuery(f({ weapons: ['drone', 'rocket'] }), 'date-asc')).toMatchObject({ index: 'dateKey', exact: false, reverse: false });
    expect(planQuery(EMPTY_FILTER, 'casualties-desc')).toMatchObject({ index: 'casualties' });
  });
});

describe('damaged rows', () => {
  it('are listed as damaged, and never break a search, a count or an export', async () => {
    const { db, all } = await seeded(10);
    // Written around the store's validation, as another program or an old bug could have.
    await db.incidents.bulkPut([
      { id: 'bad-1', date: { value: '2099-01-01' }, weapon: 'not an object', location: { lat: 'x' } } as never,
      { id: 'bad-2', source: { title: 'Report number 3 (copy)' }, killed: { best: -4 } } as never,
    ]);
    const page = await queryPage(db, EMPTY_FILTER, 'date-desc', { limit: 3 });
    expect(page.records[0]).toMatchObject({ kind: 'damaged', id: 'bad-1' });
    const search = await queryPage(db, f({ text: 'copy' }), 'date-desc');
    expect(search.records).toEqual([expect.objectContaining({ kind: 'damaged', id: 'bad-2' })]);
    expect(await countMatches(db, f({ text: 'report' }))).toBe(11);
    expect(ids((await queryPage(db, f({ text: 'erbil' }), 'date-desc', { limit: 50 })).records).sort()).toEqual(all.filter((i) => i.location?.name === 'Erbil').map((i) => i.id).sort());
    const set = await readExportSet(db, EMPTY_FILTER);
    expect(set.incidents).toHaveLength(10);
    expect(set.damaged.sort()).toEqual(['bad-1', 'bad-2']);
  });
});

describe('forEachMatchChunk', () => {
  it('delivers every match once, in chunks (a set of weapons: the table in key order)', async () => {
    const { db, all } = await seeded(25);
    const chunks: number[] = [];
    const seen: string[] = [];
    await forEachMatchChunk(db, f({ weapons: ['gunfire', 'rocket'] }), (rows) => {
      chunks.push(rows.length);
      seen.push(...rows.map((r) => r.id));
    }, { chunk: 4 });
    const want = all.filter((i) => ['gunfire', 'rocket'].includes(i.weapon.category!));
    expect(new Set(seen)).toEqual(new Set(want.map((i) => i.id)));
    expect(seen.length).toBe(want.length);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(4);
  });

  it('walks the compound index for one chosen value', async () => {
    const { db, all } = await seeded(25);
    const seen: string[] = [];
    await forEachMatchChunk(db, f({ countries: ['UA'] }), (rows) => void seen.push(...rows.map((r) => r.id)), { chunk: 3 });
    expect(seen.sort()).toEqual(all.filter((i) => i.location?.country === 'UA').map((i) => i.id).sort());
  });

  it('export sets follow the order on screen', async () => {
    const { db, all } = await seeded(20);
    const set = await readExportSet(db, f({ weapons: ['drone', 'rocket'] }), 'date-asc');
    const want = all.filter((i) => ['drone', 'rocket'].includes(i.weapon.category!) && i.date.value).map((i) => i.date.value);
    expect(set.incidents.map((i) => i.date.value).filter(Boolean)).toEqual([...want].sort());
  });
});

describe('presentCountries', () => {
  it('lists each country once, and the empty code for records without one', async () => {
    const { db } = await seeded(12);
    await importIncidents(db, [makeIncident({ location: null })]);
    expect(await presentCountries(db)).toEqual(['', 'IQ', 'NG', 'UA']);
  });
});

