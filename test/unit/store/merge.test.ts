import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getIncident,
  getIncidentsForUrl,
  listIncidents,
  addIncidentAsSource,
  likelyDuplicatesOf,
  mergeRecords,
  restoreIncident,
  saveIncident,
  splitRecordSource,
  StoreError,
  type IncidentDb,
} from '../../../lib/store';
import { allSources, figureOptions, sourceKey, splitRecordId } from '../../../lib/merge';
import { outletA, outletB, outletC } from '../merge/fixtures';
import { freshDb } from './helpers';

let db: IncidentDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

async function seed() {
  db = freshDb();
  const a = await saveIncident(db, outletA());
  const b = await saveIncident(db, outletB());
  const c = await saveIncident(db, outletC());
  return { a, b, c };
}
const snapshot = async () => (await listIncidents(db)).map((i) => JSON.stringify(i)).sort();

describe('mergeRecords', () => {
  it('keeps one record with every source and deletes the other, in one go', async () => {
    const { a, b } = await seed();
    const { kept, removed, before } = await mergeRecords(db, a.id, b.id);
    expect(kept.id).toBe(a.id);
    expect(before).toEqual(a);
    expect(removed).toEqual(b);
    expect(allSources(kept).map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet B']);
    expect(await getIncident(db, b.id)).toBeUndefined();
    expect(await getIncident(db, a.id)).toEqual(kept);
    expect(kept.savedAt).toBe(a.savedAt);
    // Found from either outlet's page.
    expect((await getIncidentsForUrl(db, b.source.url)).map((i) => i.id)).toEqual([a.id]);
    expect(figureOptions(kept, 'projectiles').map((o) => o.count.best)).toEqual([2, 3]);
    expect(kept.projectiles.best).toBe(2);
  });

  it('undoes by restoring both records as they were', async () => {
    const { a, b } = await seed();
    const was = await snapshot();
    const { removed, before } = await mergeRecords(db, a.id, b.id);
    await restoreIncident(db, before);
    await restoreIncident(db, removed);
    expect(await snapshot()).toEqual(was);
  });

  it('refuses a missing record or merging a record with itself, changing nothing', async () => {
    const { a } = await seed();
    const was = await snapshot();
    await expect(mergeRecords(db, a.id, 'gone')).rejects.toMatchObject({ code: 'not_found' });
    await expect(mergeRecords(db, 'gone', a.id)).rejects.toBeInstanceOf(StoreError);
    await expect(mergeRecords(db, a.id, a.id)).rejects.toMatchObject({ code: 'invalid' });
    expect(await snapshot()).toEqual(was);
  });

  it('leaves the store as it was when the delete fails half way (quota, a closed disk)', async () => {
    const { a, b } = await seed();
    const was = await snapshot();
    vi.spyOn(db.incidents, 'delete').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await mergeRecords(db, a.id, b.id).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(was);
  });

  it('reports another failure of the write as write_failed, with nothing changed', async () => {
    const { a, b } = await seed();
    const was = await snapshot();
    vi.spyOn(db.incidents, 'put').mockRejectedValue(new Error('disk on fire'));
    const err = await mergeRecords(db, a.id, b.id).catch((e) => e);
    expect(err.code).toBe('write_failed');
    expect(err.message).toContain('merge the incidents');
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(was);
  });
});

describe('splitRecordSource', () => {
  it('takes a source out into its own record, and merging it back restores the sources and figures', async () => {
    const { a, b, c } = await seed();
    await mergeRecords(db, a.id, b.id);
    const { kept: abc } = await mergeRecords(db, a.id, c.id);
    const keyB = sourceKey(b.source);
    const { kept, split, before } = await splitRecordSource(db, a.id, keyB);
    expect(before).toEqual(abc);
    expect(kept.id).toBe(a.id);
    expect(allSources(kept).map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet C']);
    expect(split.source.outlet).toBe('Outlet B');
    expect(split.savedAt).toBeTruthy();
    expect(await getIncident(db, split.id)).toEqual(split);
    expect((await getIncidentsForUrl(db, b.source.url)).map((i) => i.id)).toEqual([split.id]);
    expect(await listIncidents(db)).toHaveLength(2);

    const { kept: back } = await mergeRecords(db, a.id, split.id);
    expect(new Set(allSources(back).map(sourceKey))).toEqual(new Set(allSources(abc).map(sourceKey)));
    expect([back.projectiles, back.killed, back.injured]).toEqual([abc.projectiles, abc.killed, abc.injured]);
    expect(await listIncidents(db)).toHaveLength(1);
  });

  it('gives the split record its stable id, or a fresh one if a record holds that id', async () => {
    const { a, b, c } = await seed();
    await mergeRecords(db, a.id, b.id);
    const keyB = sourceKey(b.source);
    const first = await splitRecordSource(db, a.id, keyB);
    expect(first.split.id).toBe(splitRecordId(a.id, keyB));
    // Merged back and split again: the same id (its previous holder was merged away).
    await mergeRecords(db, a.id, first.split.id);
    const second = await splitRecordSource(db, a.id, keyB);
    expect(second.split.id).toBe(first.split.id);
    // Merged back, while another record holds that id: the split gets another id, nothing is overwritten.
    await mergeRecords(db, a.id, second.split.id);
    await restoreIncident(db, { ...c, id: first.split.id });
    const third = await splitRecordSource(db, a.id, keyB);
    expect(third.split.id).not.toBe(first.split.id);
    expect((await getIncident(db, first.split.id))?.source.outlet).toBe('Outlet C');
    const ids = (await listIncidents(db)).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses an unknown source or the only source, and a failed write changes nothing', async () => {
    const { a, b } = await seed();
    await expect(splitRecordSource(db, a.id, sourceKey(a.source))).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/only source/) });
    await expect(splitRecordSource(db, a.id, 'nope')).rejects.toMatchObject({ code: 'not_found' });
    await expect(splitRecordSource(db, 'gone', 'nope')).rejects.toMatchObject({ code: 'not_found' });
    await mergeRecords(db, a.id, b.id);
    const was = await snapshot();
    const put = db.incidents.put.bind(db.incidents);
    let calls = 0;
    vi.spyOn(db.incidents, 'put').mockImplementation(((row: never) => (++calls === 2 ? Promise.reject(new Error('disk on fire')) : put(row))) as never);
    const err = await splitRecordSource(db, a.id, sourceKey(b.source)).catch((e) => e);
    expect(calls).toBe(2);
    expect(err.code).toBe('write_failed');
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(was);
  });
});

describe('at save time: likelyDuplicatesOf and addIncidentAsSource', () => {
  it('offers saved records of the same attack, with reasons, and adds the new one as a source', async () => {
    db = freshDb();
    const a = await saveIncident(db, outletA());
    await saveIncident(db, outletA({ source: { ...outletA().source, url: 'https://a.example.org/other' }, weapon: { category: 'gunfire' } }));
    const b = outletB(); // being read in the panel, not saved yet
    const offered = await likelyDuplicatesOf(db, b);
    expect(offered.map((d) => d.incident.id)).toEqual([a.id]);
    expect(offered[0].reasons).toEqual(['same day', 'same place', 'rocket']);
    // A record that already holds this passage is not offered (saving updates it).
    expect(await likelyDuplicatesOf(db, outletA())).toEqual([]);

    const { kept, before, removed } = await addIncidentAsSource(db, a.id, b);
    expect(before).toEqual(a);
    expect(removed).toBeUndefined();
    expect(kept.id).toBe(a.id);
    expect(allSources(kept).map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet B']);
    expect(await getIncident(db, b.id)).toBeUndefined();
    expect(await listIncidents(db)).toHaveLength(2);
  });

  it('merges in and removes the record if the incoming one was saved already, the reader’s version winning', async () => {
    db = freshDb();
    const a = await saveIncident(db, outletA());
    const b = await saveIncident(db, outletB());
    const corrected = { ...b, projectiles: { ...b.projectiles, best: 5, min: 5, max: 5, raw: 'five rockets' } };
    const { kept, removed } = await addIncidentAsSource(db, a.id, corrected);
    expect(removed?.id).toBe(b.id);
    expect(await getIncident(db, b.id)).toBeUndefined();
    expect(allSources(kept)[1].figures?.projectiles?.best).toBe(5);
    await expect(addIncidentAsSource(db, 'gone', outletC())).rejects.toMatchObject({ code: 'not_found' });
    await expect(addIncidentAsSource(db, a.id, { ...outletC(), id: a.id })).rejects.toMatchObject({ code: 'invalid' });
  });
});
