/**
 * The upgrade path the comment in lib/store/db.ts describes: a later version declares version(1)
 * unchanged plus version(2) with an .upgrade(), and a reader's version-1 data survives the update.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { listIncidents, openIncidentDb, saveIncident, type IncidentDb } from '../../../lib/store';
import { makeIncident } from '../factories';

it('keeps version-1 data when a version 2 with an upgrade is opened', async () => {
  const indexedDB = new IDBFactory();
  const v1 = openIncidentDb({ indexedDB, IDBKeyRange, name: 'upgrade-test' });
  const saved = await saveIncident(v1, makeIncident({ weapon: { category: 'drone', raw: 'drones' } }));
  v1.close();

  const v2 = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
  v2.version(1).stores({ incidents: 'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country' });
  v2.version(2)
    .stores({ incidents: 'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country, weapon.category' })
    .upgrade((tx) => tx.table('incidents').toCollection().modify((row) => { row.notes ??= 'migrated'; }));
  const drones = await v2.table('incidents').where('weapon.category').equals('drone').toArray();
  expect(drones.map((r) => r.id)).toEqual([saved.id]);
  expect(drones[0].notes).toBe('migrated');
  v2.close();

  // Code that only knows version 1 (e.g. a popup still open during an update) can still read the
  // upgraded database: Dexie 4 opens at the installed version rather than failing or downgrading.
  const old: IncidentDb = openIncidentDb({ indexedDB, IDBKeyRange, name: 'upgrade-test' });
  expect((await listIncidents(old)).map((i) => i.id)).toEqual([saved.id]);
  old.close();
});
