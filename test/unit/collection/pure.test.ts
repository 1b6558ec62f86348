/** The pure parts of the collection: the filter test, date spans, timeline buckets, clusters, summaries. */
import { describe, expect, it } from 'vitest';
import { compileFilter, dateSpan, EMPTY_FILTER, inArea, matches, type CollectionFilter } from '../../../lib/collection/filter';
import { autoUnit, bucketStart, buildTimeline } from '../../../lib/collection/timeline';
import { clusterPoints, clusterRadius } from '../../../lib/collection/cluster';
import { sortSummaries, toSummary } from '../../../lib/collection/summary';
import { deriveFields } from '../../../lib/store/derived';
import { count, makeIncident, makeLocation } from '../factories';

const f = (over: Partial<CollectionFilter>) => compileFilter({ ...EMPTY_FILTER, ...over });

describe('filter', () => {
  it('matches the country as the reader sees it, folded', () => {
    const keys = deriveFields(makeIncident({ location: makeLocation({ name: 'Mosul', raw: 'Mosul', admin1: undefined, country: 'IQ' }) }));
    expect(matches(keys, 0, 0, f({ text: 'IRAQ' }))).toBe(true);
    expect(matches(keys, 0, 0, f({ text: 'mosul iraq' }))).toBe(true);
    expect(matches(keys, 0, 0, f({ text: 'syria' }))).toBe(false);
  });
  it('treats odd stored values as not matching instead of throwing', () => {
    const odd = { dateKey: 7, weaponKey: null, countryKey: {}, searchText: ['x'] } as never;
    expect(matches(odd, 'x', null, f({ text: 'x', from: '2024-01-01', area: { west: 0, south: 0, east: 1, north: 1 } }))).toBe(false);
    expect(matches(odd, null, null, f({}))).toBe(true);
  });
  it('gives date spans for partial dates and rejects others', () => {
    expect(dateSpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan('2023')).toEqual(['2023-01-01', '2023-12-31']);
    expect(dateSpan('2024-02-10')).toEqual(['2024-02-10', '2024-02-10']);
    expect(dateSpan('')).toBeNull();
    expect(dateSpan('March')).toBeNull();
  });
  it('tests map areas, across the antimeridian too', () => {
    expect(inArea(10, 179, { west: 170, south: 0, east: -170, north: 20 })).toBe(true);
    expect(inArea(10, 0, { west: 170, south: 0, east: -170, north: 20 })).toBe(false);
    expect(inArea(null, 0, { west: -10, south: -10, east: 10, north: 10 })).toBe(false);
  });
});

describe('timeline', () => {
  it('buckets by day, Monday weeks and months, keeping empty buckets between', () => {
    expect(bucketStart('2024-03-13', 'week')).toBe('2024-03-11'); // a Wednesday → its Monday
    expect(bucketStart('2024-03-11', 'week')).toBe('2024-03-11');
    expect(bucketStart('2024-03-13', 'month')).toBe('2024-03-01');
    const t = buildTimeline(
      [
        { dateKey: '2024-03-01', weaponKey: 'drone' },
        { dateKey: '2024-03-01', weaponKey: 'rocket' },
        { dateKey: '2024-03-01', weaponKey: 'drone' },
        { dateKey: '2024-03-04', weaponKey: 'drone' },
        { dateKey: '', weaponKey: 'drone' },
      ],
      'day',
    );
    expect(t.buckets.map((b) => b.start)).toEqual(['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04']);
    expect(t.buckets[0].byWeapon.get('drone')).toBe(2);
    expect(t.buckets[0].total).toBe(3);
    expect(t.max).toBe(3);
    expect(t.undated).toBe(1);
  });
  it('marks month-only dates as imprecise in day bars, not in month bars', () => {
    const recs = [{ dateKey: '2024-03', weaponKey: '' }];
    expect(buildTimeline(recs, 'day').buckets[0].imprecise).toBe(1);
    expect(buildTimeline(recs, 'month').buckets[0].imprecise).toBe(0);
  });
  it('picks a unit for the span', () => {
    expect(autoUnit('2024-01-01', '2024-02-01')).toBe('day');
    expect(autoUnit('2024-01-01', '2025-01-01')).toBe('week');
    expect(autoUnit('2020-01-01', '2025-01-01')).toBe('month');
  });
});

describe('clusters', () => {
  it('joins points in one cell, keeps others apart, and takes the main weapon', () => {
    const p = (x: number, y: number, w: string, approximate = false) => ({ x, y, id: `${x},${y},${w}`, casualties: 4, weaponKey: w, approximate });
    const cs = clusterPoints([p(1, 1, 'drone'), p(3, 2, 'drone'), p(4, 4, 'rocket'), p(100, 100, 'rocket', true)], 10);
    expect(cs).toHaveLength(2);
    const big = cs.find((c) => c.ids.length === 3)!;
    expect(big.weaponKey).toBe('drone');
    expect(big.casualties).toBe(12);
    expect(big.approximate).toBe(false);
    expect(cs.find((c) => c.ids.length === 1)!.approximate).toBe(true);
    expect(clusterRadius(big)).toBeGreaterThan(clusterRadius({ casualties: 4, ids: ['a'] }));
  });
});

describe('summaries', () => {
  it('keep what the map, timeline and table need, even from a malformed row', () => {
    const inc = makeIncident({ killed: count(2), injured: count(5) });
    const s = toSummary({ ...inc, sourceUrls: [] });
    expect(s).toMatchObject({ id: inc.id, lat: 36.19, lon: 44.01, precision: 'town', casualties: 7, killed: 2, injured: 5, countryKey: 'IQ' });
    expect(toSummary({ id: 'x', location: { lat: 500, lon: 'a' } } as never)).toMatchObject({ id: 'x', lat: null, lon: null, precision: 'unknown', casualties: 0 });
  });
  it('sort by a column, ties newest first', () => {
    const mk = (id: string, dateKey: string, killed: number | null) => ({ ...toSummary({ id } as never), dateKey, killed });
    const got = sortSummaries([mk('a', '2024-01-01', 3), mk('b', '2024-01-05', 3), mk('c', '2024-01-02', null)], 'killed', 'desc');
    expect(got.map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
});

import { filterFromHash, filterToHash } from '../../../lib/collection/url';
describe('filter in the address', () => {
  it('round-trips and drops what it cannot read', () => {
    const filter = { ...EMPTY_FILTER, text: 'base attack', from: '2024-01-01', weapons: ['drone', ''], countries: ['IQ'], perpStatus: ['claimed'], area: { west: 10, south: 20, east: 30, north: 40 } };
    expect(filterFromHash(filterToHash(filter))).toEqual(filter);
    expect(filterFromHash('#from=yesterday&c=Iraq,UA&p=maybe&area=1,2')).toEqual({ ...EMPTY_FILTER, countries: ['UA'] });
  });
});

import { baseProjection, IDENTITY, viewBbox, zoomAt } from '../../../lib/collection/map-view';
import { worldCountries } from '../../../lib/collection/world';
describe('map view', () => {
  it('keeps the point under the cursor fixed when zooming, and clamps the zoom', () => {
    const t = zoomAt(IDENTITY, 4, 300, 200);
    expect(t.k).toBe(4);
    // The screen point (300, 200) maps to the same base point before and after.
    expect((300 - t.x) / t.k).toBeCloseTo(300, 5);
    expect((200 - t.y) / t.k).toBeCloseTo(200, 5);
    expect(zoomAt(IDENTITY, 0.1, 0, 0).k).toBe(1);
    expect(zoomAt(IDENTITY, 1000, 0, 0).k).toBe(64);
  });
  it('gives the area on screen when zoomed, containing the point zoomed on', () => {
    expect(viewBbox(800, 400, IDENTITY)).toBeNull();
    const [x, y] = baseProjection(800, 400)([44, 33])!;
    const box = viewBbox(800, 400, zoomAt(IDENTITY, 8, x, y))!;
    expect(box.west).toBeLessThan(44);
    expect(box.east).toBeGreaterThan(44);
    expect(box.south).toBeLessThan(33);
    expect(box.north).toBeGreaterThan(33);
    expect(box.east - box.west).toBeLessThan(60);
  });
  it('has the country shapes offline', () => {
    expect(worldCountries().features.length).toBeGreaterThan(150);
  });
});

import { MAX_SEARCH_TEXT } from '../../../lib/store/derived';
describe('derived search text', () => {
  it('is capped (it is part of an index key) and keeps the fields that come first', () => {
    const d = deriveFields(makeIncident({ notes: 'word '.repeat(5000) }));
    expect(d.searchText.length).toBe(MAX_SEARCH_TEXT);
    expect(d.searchText.startsWith('erbil')).toBe(true);
    expect(d.searchText).toContain('iraq');
  });
});
