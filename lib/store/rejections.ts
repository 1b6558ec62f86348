/**
 * Detections the reader rejected ("not an incident", "not this one"), so that they stay rejected when the
 * page is opened again. A database of its own: a rejection is not a record of the collection, is never
 * exported, and its schema can change without touching the incidents'.
 */
import Dexie, { type Table } from 'dexie';
import type { Incident } from '../schema';
import { StoreError, toWriteError } from './errors';
import { rejectionKey } from './passage';
import { normaliseUrl } from './urls';

export interface Rejection {
  key: string;
  /** The page, fragment dropped (indexed: what was rejected on this page). */
  url: string;
  /** What the card said, for a future "rejected detections" list. */
  summary: string;
  rejectedAt: string;
}

export const REJECTIONS_DB_NAME = 'incident-lens-rejections';

export class RejectionDb extends Dexie {
  rejections!: Table<Rejection, string>;

  constructor(name: string = REJECTIONS_DB_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, options);
    // Every version ever shipped stays declared here, oldest first (as in db.ts).
    this.version(1).stores({ rejections: 'key, url' });
  }
}

export function openRejectionDb(opts: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): RejectionDb {
  const deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {};
  if (opts.indexedDB) deps.indexedDB = opts.indexedDB;
  if (opts.IDBKeyRange) deps.IDBKeyRange = opts.IDBKeyRange;
  return new RejectionDb(opts.name ?? REJECTIONS_DB_NAME, deps);
}

function summaryOf(i: Incident): string {
  return [i.weapon.category ?? 'attack', i.location?.name, i.date.value].filter(Boolean).join(' · ');
}

/** Remember that the reader rejected this detection; returns its key. */
export async function rejectDetection(db: RejectionDb, incident: Incident, now: Date = new Date()): Promise<string> {
  const key = rejectionKey(incident);
  if (!key) throw new StoreError('invalid', 'This detection has no passage to remember it by, so it cannot be rejected for good.');
  try {
    await db.rejections.put({ key, url: normaliseUrl(incident.source.url), summary: summaryOf(incident), rejectedAt: now.toISOString() });
  } catch (err) {
    throw toWriteError(err, 'The rejection');
  }
  return key;
}

export async function undoRejection(db: RejectionDb, key: string): Promise<void> {
  try {
    await db.rejections.delete(key);
  } catch (err) {
    throw toWriteError(err, 'Undoing the rejection');
  }
}

/** The keys of what was rejected on this page. */
export async function rejectedKeysForUrl(db: RejectionDb, url: string): Promise<string[]> {
  return (await db.rejections.where('url').equals(normaliseUrl(url)).primaryKeys()) as string[];
}
