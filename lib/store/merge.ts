/**
 * Merging and splitting saved records (lib/merge does the record work; this file makes it durable).
 * Each operation is one Dexie transaction: a failure (a record gone, quota, a closed database)
 * leaves the store exactly as it was, and rejects with a StoreError whose message is for the reader.
 */
import type { Incident } from '../schema';
import { MergeError, addAsSource, splitRecordId, splitSource } from '../merge';
import type { IncidentDb } from './db';
import { StoreError, toWriteError } from './errors';
import { toIncident, toRow, validateIncident } from './incidents';

export interface MergeResult {
  /** The record that now holds every source (keeps its id). */
  kept: Incident;
  /** The record that was merged in and deleted, as it was (for an Undo: restore it and put `before` back). */
  removed: Incident;
  /** The kept record before the merge. */
  before: Incident;
}

function gone(): StoreError {
  return new StoreError('not_found', 'One of these incidents is no longer in your collection (it may have been deleted elsewhere). Nothing was changed.');
}

function fromMergeError(err: unknown): unknown {
  return err instanceof MergeError ? new StoreError(err.code === 'not_found' ? 'not_found' : 'invalid', err.message, err) : err;
}

/** Merge `otherId` into `keepId`: keep gets every source of other; other is deleted. */
export async function mergeRecords(db: IncidentDb, keepId: string, otherId: string): Promise<MergeResult> {
  if (keepId === otherId) throw new StoreError('invalid', 'An incident cannot be merged with itself.');
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const [keepRow, otherRow] = await Promise.all([db.incidents.get(keepId), db.incidents.get(otherId)]);
      if (!keepRow || !otherRow) throw gone();
      const before = toIncident(keepRow);
      const removed = toIncident(otherRow);
      const merged = validateIncident({ ...addAsSource(before, removed), updatedAt: new Date().toISOString() });
      await db.incidents.put(toRow(merged));
      await db.incidents.delete(otherId);
      return { kept: merged, removed, before };
    });
  } catch (err) {
    throw toWriteError(fromMergeError(err), 'merge the incidents');
  }
}

export interface SplitResult {
  /** The record without the source (same id). */
  kept: Incident;
  /** The new record made from that source. */
  split: Incident;
  /** The record before the split (for an Undo). */
  before: Incident;
}

/** Take source `sourceKey` (lib/merge `sourceKey`) out of record `id` into a new record. */
export async function splitRecordSource(db: IncidentDb, id: string, sourceKey: string): Promise<SplitResult> {
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const row = await db.incidents.get(id);
      if (!row) throw gone();
      const before = toIncident(row);
      // The derived id is stable; should a record with it exist already (split, then kept apart and
      // split again after a re-merge elsewhere), count on until one is free.
      let newId = splitRecordId(id, sourceKey);
      for (let n = 2; await db.incidents.get(newId); n++) newId = splitRecordId(id, `${sourceKey}\n${n}`);
      const [keptRaw, splitRaw] = splitSource(before, sourceKey, { newId });
      const now = new Date().toISOString();
      const kept = validateIncident({ ...keptRaw, updatedAt: now });
      const split = validateIncident({ ...splitRaw, savedAt: now, updatedAt: now });
      await db.incidents.put(toRow(kept));
      await db.incidents.put(toRow(split));
      return { kept, split, before };
    });
  } catch (err) {
    throw toWriteError(fromMergeError(err), 'split the source out');
  }
}
