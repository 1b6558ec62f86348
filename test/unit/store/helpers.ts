import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openIncidentDb, type IncidentDb } from '../../../lib/store';

/** A fresh, empty database per test: a new fake IDBFactory shares nothing with other tests. */
export function freshDb(): IncidentDb {
  return openIncidentDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'incident-lens-test' });
}
