/**
 * Every past schema version is upgraded, with data written the way that version wrote it, to the current
 * one: nothing lost, the new indexes answer, and a malformed stored row survives the upgrade.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { getIncident, listIncidents, openIncidentDb, saveIncident } from '../../../lib/store';
import { CURRENT_VERSION, SCHEMA_HISTORY } from '../../../lib/store/db';
import type { Incident } from '../../../lib/schema';
import { count, makeIncident, makeLocation } from '../factories';

/** A database created at `version` with exactly that version's schema (what a reader of that release has). */
function openAtVersion(indexedDB: IDBFactory, name: string, version: number): Dexie {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  for (const v of SCHEMA_HISTORY.filter((h) => h.version <= version)) db.version(v.version).stores({ incidents: v.incidents });
  return db;
}

/** How version 1 wrote a row: the record plus sourceUrls, nothing else derived. */
const v1Row = (i: Incident) => ({ ...i, sourceUrls: [i.source.url] });

describe('schema history', () => {
  it('declares every version in order, the current one last', () => {
    expect(SCHEMA_HISTORY.map((h) => h.version)).toEqual(SCHEMA_HISTORY.map((_, k) => k + 1));
    expect(CURRENT_VERSION).toBe(SCHEMA_HISTORY.length);
  });
});

describe('upgrade from version 1 to 2', () => {
  it('keeps every record and fills the indexes the collection filters on', async () => {
    const indexedDB = new IDBFactory();
    const old = openAtVersion(indexedDB, 'up-1-2', 1);
    const iraq = makeIncident({ weapon: { category: 'drone', raw: 'drones' }, killed: count(2), injured: count(3) });
    const undated = makeIncident({ date: { value: null, precision: 'unknown', basis: 'publication' }, location: makeLocation({ name: 'Kyiv', country: 'UA', lat: 50.45, lon: 30.52 }) });
    await old.table('incidents').bulkAdd([v1Row(iraq), v1Row(undated)]);
    // A row another program (or a bug) left malformed: no weapon, a number where a string belongs.
    await old.table('incidents').add({ id: 'broken-1', savedAt: '2024-01-01T00:00:00.000Z', location: { country: 42 }, sourceUrls: [] });
    expect(old.verno).toBe(1);
    old.close();

    const db = openIncidentDb({ indexedDB, IDBKeyRange, name: 'up-1-2' });
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.incidents.count()).toBe(3);

    // The records read back exactly as written: derived fields never reach callers.
    expect(await getIncident(db, iraq.id)).toEqual(iraq);
    expect(await getIncident(db, undated.id)).toEqual(undated);

    // New indexes: weapon + date, country + date, casualties; the undated record is in the date order.
    const drones = await db.incidents.where('[weaponKey+dateKey]').between(['drone', Dexie.minKey], ['drone', Dexie.maxKey]).primaryKeys();
    expect(drones).toEqual([iraq.id]);
    const ua = await db.incidents.where('[countryKey+dateKey]').between(['UA', Dexie.minKey], ['UA', Dexie.maxKey]).primaryKeys();
    expect(ua).toEqual([undated.id]);
    expect(await db.incidents.orderBy('dateKey').count()).toBe(3);
    expect((await db.incidents.orderBy('casualties').reverse().first())?.id).toBe(iraq.id);
    expect(await db.incidents.where('weapon.category').equals('drone').count()).toBe(1);

    // Search text holds the country as shown ("Iraq"), not only its code.
    const row = await db.incidents.get(iraq.id);
    expect(row?.searchText).toContain('iraq');
    expect(row?.searchText).toContain('drone');

    // The malformed row is still there, with empty keys instead of a failed upgrade.
    const broken = await db.incidents.get('broken-1');
    expect(broken).toMatchObject({ id: 'broken-1', weaponKey: '', countryKey: '', dateKey: '', casualties: 0 });
    db.close();
  });

  it('keeps derived fields in step with later writes (save, update through modify)', async () => {
    const indexedDB = new IDBFactory();
    const db = openIncidentDb({ indexedDB, IDBKeyRange, name: 'up-writes' });
    const saved = await saveIncident(db, makeIncident({ weapon: { category: 'rocket' }, notes: 'first note' }));
    await db.incidents.where('id').equals(saved.id).modify((r) => {
      r.weapon = { category: 'mortar' };
      r.notes = 'second thoughts';
    });
    const row = await db.incidents.get(saved.id);
    expect(row?.weaponKey).toBe('mortar');
    expect(row?.searchText).toContain('mortar');
    expect(row?.searchText).toContain('second thoughts');
    expect(row?.searchText).not.toContain('first note');
    db.close();
  });

  it('a page still running the previous version can read the upgraded database', async () => {
    const indexedDB = new IDBFactory();
    const db = openIncidentDb({ indexedDB, IDBKeyRange, name: 'up-old-reader' });
    const saved = await saveIncident(db, makeIncident());
    db.close();
    // Dexie 4 opens at the installed (newer) version rather than failing or downgrading.
    const old = openAtVersion(indexedDB, 'up-old-reader', 1);
    expect((await old.table('incidents').toArray()).map((r) => r.id)).toEqual([saved.id]);
    old.close();
    expect((await listIncidents(openIncidentDb({ indexedDB, IDBKeyRange, name: 'up-old-reader' }))).map((i) => i.id)).toEqual([saved.id]);
  });
});
