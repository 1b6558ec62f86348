/**
 * The Dexie database that keeps the reader's confirmed incidents.
 *
 * Pure: Dexie only, no extension API, so the background, the popup (same extension origin, same
 * database) and the Node unit tests (fake-indexeddb) all use this one definition.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type Table } from 'dexie';
import type { Incident } from '../schema';
import { deriveFields, type DerivedFields } from './derived';

export const DB_NAME = 'incident-lens';

/**
 * What a row holds: the Incident plus fields the store derives for indexing. They are stripped
 * again by `toIncident`, so nothing outside lib/store ever sees them (and exports never carry them).
 */
export interface IncidentRow extends Incident, Partial<DerivedFields> {
  /**
   * Every source URL of the record (the primary `source` and the merged `sources`), fragment dropped.
   * Multi-entry indexed, so "what was saved from this page" finds merged records too.
   */
  sourceUrls: string[];
}

/**
 * The schema of each version, oldest first. Kept as data so the upgrade tests can open a database at
 * any past version, write to it as that version did, and reopen it with the current code.
 */
export const SCHEMA_HISTORY: readonly { version: number; incidents: string }[] = [
  { version: 1, incidents: 'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country' },
  {
    version: 2,
    incidents:
      'id, savedAt, updatedAt, *sourceUrls, source.url, date.value, location.country, weapon.category, ' +
      'dateKey, casualties, [weaponKey+dateKey], [countryKey+dateKey], [perpKey+dateKey], [dateKey+searchText]',
  },
];
export const CURRENT_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;

/**
 * Adds the derived fields (lib/store/derived.ts) to every row written, by any code path (save, update,
 * import, restore, modify), so no writer can forget them and rows never disagree with their indexes.
 */
function withDerivedFields(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'incidents') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          return table.mutate({ ...req, values: req.values.map((v) => ({ ...v, ...deriveFields(v) })) });
        },
      };
    },
  };
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
      incidents: SCHEMA_HISTORY[0].incidents,
    });

    // Version 2 (the collection page and the popup's filters): indexes for what is filtered and sorted
    // on. dateKey/weaponKey/countryKey/perpKey are the facts with '' for "not known", so every record is
    // in the date order and the compound indexes give "this weapon (country, perpetrator status), newest
    // first" straight from the index; casualties orders "most casualties first"; [dateKey+searchText]
    // lets a text search walk index keys alone, in date order, without reading a record it rejects.
    // The upgrade fills them for rows written by v1.
    this.version(2)
      .stores({ incidents: SCHEMA_HISTORY[1].incidents })
      .upgrade(async (tx) => {
        await tx
          .table('incidents')
          .toCollection()
          .modify((row) => {
            Object.assign(row, deriveFields(row));
          });
      });

    // A next version appends a block here (and to SCHEMA_HISTORY): never edit a shipped one.
    this.use({ stack: 'dbcore', name: 'incident-derived-fields', create: withDerivedFields });
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
