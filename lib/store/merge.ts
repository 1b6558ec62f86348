/**
 * Merging and splitting saved records (lib/merge does the record work; this file makes it durable).
 * Each operation is one Dexie transaction: a failure (a record gone, quota, a closed database)
 * leaves the store exactly as it was, and rejects with a StoreError whose message is for the reader.
 */
import type { Incident } from '../schema';
import { MergeError, addAsSource, allSources, sourceKey, splitRecordId, splitSource } from '../merge';
import type { IncidentDb } from './db';
import { StoreError, toWriteError } from './errors';
import { toIncident, toRow, validateIncident } from './incidents';
import { duplicateReasons } from './duplicates';

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

export interface LikelyDuplicate {
  incident: Incident;
  /** Why it is offered: "a day apart", "7 km apart", "rocket / missile". */
  reasons: string[];
}

/** Days later or earlier than an ISO day, as ISO days. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The saved records whose date could be compatible with `value` (datesCompatible), read through the
 * date index rather than the whole collection: the same year or month written coarsely, and days within
 * a week (a date known to the week may be 7 days off) or inside the month or year.
 */
async function sameTimeCandidates(db: IncidentDb, value: string): Promise<Incident[]> {
  const year = value.slice(0, 4);
  const index = db.incidents.where('date.value');
  const rows = [
    ...(await index.anyOf(value.length > 7 ? [year, value.slice(0, 7)] : [year]).toArray()),
    ...(value.length === 10
      ? await index.between(shiftDay(value, -7), shiftDay(value, 7), true, true).toArray()
      : await index.startsWith(value).toArray()),
  ];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...byId.values()].map(toIncident);
}

/**
 * Saved records that probably report the same incident as `incident` (not itself, and not a record
 * that already holds its passage: saving that one updates it). Only records of a compatible date are
 * read (the date index), so a collection of 100,000 costs what the few days around it hold.
 */
export async function likelyDuplicatesOf(db: IncidentDb, incident: Incident): Promise<LikelyDuplicate[]> {
  const out: LikelyDuplicate[] = [];
  const own = sourceKey(incident.source);
  if (!incident.date.value) return out; // no date, no "within a day"
  for (const other of await sameTimeCandidates(db, incident.date.value)) {
    if (other.id === incident.id || allSources(other).some((s) => sourceKey(s) === own)) continue;
    const reasons = duplicateReasons(incident, other);
    if (reasons) out.push({ incident: other, reasons });
  }
  return out;
}

/**
 * "Add as another source" at save time: the incident being saved joins saved record `keepId` (which
 * keeps its id) instead of becoming a record of its own. If it had been saved already under its own
 * id, that record is merged in and removed. One transaction; returns the record after, and before
 * (for an Undo).
 */
export async function addIncidentAsSource(db: IncidentDb, keepId: string, incoming: Incident): Promise<{ kept: Incident; before: Incident; removed?: Incident }> {
  const parsed = validateIncident(incoming);
  if (parsed.id === keepId) throw new StoreError('invalid', 'An incident cannot be merged with itself.');
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const keepRow = await db.incidents.get(keepId);
      if (!keepRow) throw gone();
      const before = toIncident(keepRow);
      const savedRow = await db.incidents.get(parsed.id);
      const removed = savedRow ? toIncident(savedRow) : undefined;
      const now = new Date().toISOString();
      // The reader's current version wins over the stored one; the stored one's other sources come along.
      const joining: Incident = removed
        ? { ...parsed, sources: [...parsed.sources, ...allSources(removed)], notes: parsed.notes ?? removed.notes }
        : parsed;
      const kept = validateIncident({ ...addAsSource(before, joining), updatedAt: now });
      await db.incidents.put(toRow(kept));
      if (removed) await db.incidents.delete(parsed.id);
      return removed ? { kept, before, removed } : { kept, before };
    });
  } catch (err) {
    throw toWriteError(fromMergeError(err), 'add the source');
  }
}
