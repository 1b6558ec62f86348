import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  deleteIncident,
  getIncidentsForUrl,
  listIncidents,
  normaliseUrl,
  restoreIncident,
  saveIncident,
  searchIncidents,
  StoreError,
  updateIncident,
  type IncidentDb,
} from '../../../lib/store';
import { count, makeIncident, makeLocation, makeSource, notMentionedCount } from '../factories';
import { freshDb } from './helpers';

let db: IncidentDb;
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  db?.close();
});

/** Save with a controlled clock, so "newest first" does not depend on timing. */
async function saveAt(iso: string, inc = makeIncident()) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await saveIncident(db, inc);
  } finally {
    vi.useRealTimers();
  }
}

describe('saveIncident', () => {
  it('stores a confirmed record with timestamps and returns it without internal fields', async () => {
    db = freshDb();
    const inc = makeIncident({ status: 'detected' });
    const saved = await saveIncident(db, inc);
    expect(saved.status).toBe('confirmed');
    expect(saved.id).toBe(inc.id);
    expect(saved.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(saved.updatedAt).toBe(saved.savedAt);
    expect(saved).not.toHaveProperty('sourceUrls');
    const all = await listIncidents(db);
    expect(all).toEqual([saved]);
  });

  it('updates the record with the same id instead of adding one, keeping savedAt', async () => {
    db = freshDb();
    const inc = makeIncident();
    const first = await saveAt('2024-03-12T10:00:00Z', inc);
    const second = await saveAt('2024-03-12T11:00:00Z', { ...inc, killed: count(2) });
    expect(await listIncidents(db)).toHaveLength(1);
    expect(second.killed.best).toBe(2);
    expect(second.savedAt).toBe(first.savedAt);
    expect(second.updatedAt).toBe('2024-03-12T11:00:00.000Z');
  });

  it('does not duplicate the same passage saved again from a reloaded page (new id, fragment differs)', async () => {
    db = freshDb();
    const first = await saveIncident(db, makeIncident({ notes: 'checked against the ministry statement' }));
    const reloaded = makeIncident({
      source: makeSource({ url: makeSource().url + '#comments' }),
      injured: count(4),
    });
    expect(reloaded.id).not.toBe(first.id);
    const second = await saveIncident(db, reloaded);
    const all = await listIncidents(db);
    expect(all).toHaveLength(1);
    expect(second.id).toBe(first.id); // the stored id is kept: other records/UI may refer to it
    expect(second.injured.best).toBe(4);
    expect(second.notes).toBe('checked against the ministry statement'); // a re-save without notes keeps them
  });

  it('keeps two different passages of the same page as two records', async () => {
    db = freshDb();
    await saveIncident(db, makeIncident());
    await saveIncident(
      db,
      makeIncident({ source: makeSource({ selector: { exact: 'A drone was shot down over Duhok.' } }) }),
    );
    expect(await listIncidents(db)).toHaveLength(2);
  });

  it('keeps merged sources when the record is saved again', async () => {
    db = freshDb();
    const other = makeSource({ url: 'https://other.example.org/a', title: 'Other outlet' });
    const inc = makeIncident();
    await saveIncident(db, { ...inc, sources: [inc.source, other] });
    const again = await saveIncident(db, { ...inc, sources: [inc.source] });
    expect(again.sources.map((s) => s.url)).toEqual([inc.source.url, other.url]);
    // and the record is found from the merged outlet's page too
    expect((await getIncidentsForUrl(db, other.url)).map((i) => i.id)).toEqual([inc.id]);
  });

  it('rejects an invalid record with a clear message and writes nothing', async () => {
    db = freshDb();
    const bad = makeIncident({ location: makeLocation({ lat: 123 }) });
    const err = await saveIncident(db, bad).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('invalid');
    expect(err.message).toMatch(/cannot be saved/);
    expect(err.message).toContain('location.lat');
    expect(await listIncidents(db)).toEqual([]);
  });

  it("surfaces a full disk as a human quota error", async () => {
    db = freshDb();
    await db.open();
    vi.spyOn(db.incidents, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await saveIncident(db, makeIncident()).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    expect(err.message).toMatch(/^Your browser's storage is full/);
    vi.restoreAllMocks();
    expect(await listIncidents(db)).toEqual([]);
  });

  it('reports other write failures without swallowing them', async () => {
    db = freshDb();
    await db.open();
    vi.spyOn(db.incidents, 'put').mockRejectedValue(new Error('disk on fire'));
    const err = await saveIncident(db, makeIncident()).catch((e) => e);
    expect(err.code).toBe('write_failed');
    expect(err.message).toContain('disk on fire');
  });
});

describe('reading', () => {
  it('lists newest saved first', async () => {
    db = freshDb();
    // Different pages, so the upsert does not fold them into one record.
    const onPage = (n: number) => makeIncident({ source: makeSource({ url: `https://a.example/${n}` }) });
    const a = await saveAt('2024-01-01T00:00:00Z', onPage(1));
    const c = await saveAt('2024-03-01T00:00:00Z', onPage(2));
    const b = await saveAt('2024-02-01T00:00:00Z', onPage(3));
    expect((await listIncidents(db)).map((i) => i.id)).toEqual([c.id, b.id, a.id]);
  });

  it('finds the incidents of a page, ignoring the fragment', async () => {
    db = freshDb();
    const here = await saveIncident(db, makeIncident());
    await saveIncident(db, makeIncident({ source: makeSource({ url: 'https://elsewhere.example/x' }) }));
    const found = await getIncidentsForUrl(db, here.source.url + '#top');
    expect(found.map((i) => i.id)).toEqual([here.id]);
    expect(await getIncidentsForUrl(db, 'https://news.example.com/world')).toEqual([]);
    expect(normaliseUrl(' https://a.example/p?q=1#frag ')).toBe('https://a.example/p?q=1');
  });

  it('searches case- and accent-insensitively over place, weapon, perpetrator, target, title, notes', async () => {
    db = freshDb();
    const kyiv = await saveIncident(
      db,
      makeIncident({
        location: makeLocation({ name: 'Kyiv', raw: 'Kyiv', country: 'UA', admin1: undefined }),
        weapon: { category: 'drone', raw: 'Shahed drones' },
        source: makeSource({ url: 'https://a.example/1', title: 'Night attack on the capital' }),
        notes: 'Überprüft',
      }),
    );
    const erbil = await saveIncident(
      db,
      makeIncident({
        perpetrator: { name: 'Islamic Resistance in Iraq', status: 'claimed' },
        source: makeSource({ url: 'https://a.example/2' }),
      }),
    );
    const ids = async (q: string) => (await searchIncidents(db, q)).map((i) => i.id);
    expect(await ids('KYIV')).toEqual([kyiv.id]);
    expect(await ids('shahed')).toEqual([kyiv.id]);
    expect(await ids('uberpruft')).toEqual([kyiv.id]);
    expect(await ids('islamic resistance')).toEqual([erbil.id]);
    expect((await ids('US TROOPS')).sort()).toEqual([kyiv.id, erbil.id].sort()); // target text, both records
    expect(await ids('troops islamic')).toEqual([erbil.id]); // every word must match
    expect(await ids('capital')).toEqual([kyiv.id]);
    expect((await ids('')).length).toBe(2);
    expect(await ids('nowhere-to-be-found')).toEqual([]);
  });
});

describe('update, delete, restore', () => {
  it('updates main fields, validates, and keeps savedAt', async () => {
    db = freshDb();
    const saved = await saveAt('2024-03-12T10:00:00Z');
    const updated = await updateIncident(db, saved.id, { killed: count(1), notes: 'edited' });
    expect(updated.killed.best).toBe(1);
    expect(updated.notes).toBe('edited');
    expect(updated.savedAt).toBe(saved.savedAt);
    await expect(updateIncident(db, saved.id, { killed: { ...notMentionedCount(), best: -1 } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(updateIncident(db, 'missing', { notes: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deletes and can restore exactly (undo)', async () => {
    db = freshDb();
    const saved = await saveIncident(db, makeIncident());
    const removed = await deleteIncident(db, saved.id);
    expect(removed).toEqual(saved);
    expect(await listIncidents(db)).toEqual([]);
    expect(await deleteIncident(db, saved.id)).toBeUndefined();
    await restoreIncident(db, removed!);
    expect(await listIncidents(db)).toEqual([saved]);
  });
});
