/**
 * The Dexie database that keeps the reader's confirmed incidents.
 *
 * Pure: Dexie only, no extension API, so the background, the popup (same extension origin, same
 * database) and the Node unit tests (fake-indexeddb) all use this one definition.
 */
import Dexie, { type Table } from 'dexie';
import type { Incident } from '../schema';

export const DB_NAME = 'incident-lens';

/**
 * What a row holds: the Incident plus fields the store derives for indexing. They are stripped
 * again by `toIncident`, so nothing outside lib/store ever sees them (and exports never carry them).
 */
export interface IncidentRow extends Incident {
  /**
   * Every source URL of the record (the primary `source` and the merged `sources`), fragment dropped.
   * Multi-entry indexed, so "what was saved from this page" finds merged records too.
   */
  sourceUrls: string[];
}

export class IncidentDb extends Dexie {
  incidents!: Table<IncidentRow, string>;

  constructor(name: string = DB_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);

    // Every version ever shipped stays declared here, oldest first: Dexie needs the whole history to
    // upgrade a reader's database from whichever version they have, and their data must never be lost.
    //
    // Indexes: id (primary key), savedAt (newest first), updatedAt, *sourceUrls (multi-entry: this page's
    // records, incl. merged ones), source.url (the primary outlet), date.value (by date; YYYY[-MM[-DD]]
    // strings sort chronologically), location.country (by country). Null/undefined values are simply
    // not in an index; that is fine for all of these.
    this.version(1).stores({
      incidents: 'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country',
    });

    // How the next version is added (do NOT edit version(1) above; append a new block):
    //
    // this.version(2)
    //   .stores({
    //     // Only tables/indexes that change need listing; `null` deletes a table.
    //     incidents: 'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country, weapon.category',
    //   })
    //   .upgrade(async (tx) => {
    //     // Runs once, inside the upgrade transaction, for readers coming from version 1.
    //     await tx.table('incidents').toCollection().modify((row) => {
    //       row.weapon ??= { category: null };
    //     });
    //   });
  }
}

export interface OpenIncidentDbOptions {
  /** Injected for tests (fake-indexeddb); defaults to the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Database name; defaults to "incident-lens". Tests use unique names. */
  name?: string;
}

/** Create the database handle. Dexie opens it lazily on first use (and auto-reopens). */
export function openIncidentDb(opts: OpenIncidentDbOptions = {}): IncidentDb {
  const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  if (opts.indexedDB) deps.indexedDB = opts.indexedDB;
  if (opts.IDBKeyRange) deps.IDBKeyRange = opts.IDBKeyRange;
  return new IncidentDb(opts.name ?? DB_NAME, deps);
}
