/**
 * Reads and writes of the incident store. Every write runs in one Dexie transaction, so a failure
 * (quota, a bad record, a closed database) leaves the store exactly as it was; failures reject with a
 * StoreError whose message can be shown to the reader as is.
 */
import { Incident, type Source } from '../schema';
import type { IncidentDb, IncidentRow } from './db';
import { stripDerived } from './derived';
import { ConflictError, StoreError, toWriteError } from './errors';
import { sourceKey } from '../merge/sources';
import { normaliseUrl } from './urls';
import { samePassage } from './passage';
import { foldText } from './text';
import { describeIssues } from './import-rules';

// ---------------------------------------------------------------------------------------------
// Validation and row conversion

export { describeIssues };

/** Parse with the zod Incident schema or reject with a StoreError('invalid'). Unknown keys are dropped. */
export function validateIncident(value: unknown): Incident {
  const result = Incident.safeParse(value);
  if (!result.success) {
    throw new StoreError('invalid', `This incident cannot be saved because some of its facts are malformed: ${describeIssues(result.error)}.`, result.error);
  }
  return result.data;
}

function sourceUrlsOf(incident: Incident): string[] {
  const urls = [incident.source, ...incident.sources].map((s) => normaliseUrl(s.url)).filter((u) => u !== '');
  return [...new Set(urls)];
}

export function toRow(incident: Incident): IncidentRow {
  return { ...incident, sourceUrls: sourceUrlsOf(incident) };
}

/** Strip the store's derived fields: callers only ever see Incident records. */
export function toIncident(row: IncidentRow): Incident {
  const { sourceUrls: _derived, ...incident } = stripDerived(row);
  return incident as Incident;
}

function newestFirst(a: Incident, b: Incident): number {
  // ISO timestamps compare as strings; ties by id so the order is stable.
  return (b.savedAt ?? '').localeCompare(a.savedAt ?? '') || a.id.localeCompare(b.id);
}

// ---------------------------------------------------------------------------------------------
// Saving

/** Union of source lists, first occurrence wins, so a re-save never drops a merged outlet. */
export function unionSources(...lists: Source[][]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of lists.flat()) {
    const k = sourceKey(s);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  }
  return out;
}

/**
 * Two records quoting the same lead sentence are the same incident, unless their facts plainly
 * disagree (different weapon AND different place): one sentence can, rarely, open two incidents,
 * and overwriting one with the other would lose a confirmed record.
 */
/** The saved record that holds the same passage of the same page (a reload re-detects it with a new id). */
async function findSamePassage(db: IncidentDb, incident: Incident): Promise<IncidentRow | undefined> {
  const url = normaliseUrl(incident.source.url);
  if (!url) return undefined;
  const rows = await db.incidents.where('sourceUrls').equals(url).toArray();
  const matches = rows.filter((row) => samePassage(row, incident));
  matches.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  return matches[0];
}

/**
 * Save (insert or update) a confirmed incident and return the stored record.
 *
 * Upsert rules: the same id updates that record; otherwise a saved record with the same source URL
 * (fragment ignored) and the same `source.selector.exact` is updated (keeping its id and savedAt)
 * instead of duplicating it. The reader's notes and merged sources survive a re-save.
 */
export interface SaveOptions {
  /**
   * The `updatedAt` of the stored record the caller's view was built from (null: the view showed an unsaved
   * detection). When the stored record has changed since — edited in the popup, saved from another tab —
   * nothing is written and a ConflictError carries the current record. Omit to save unconditionally.
   */
  expectedUpdatedAt?: string | null;
}

export async function saveIncident(db: IncidentDb, incident: Incident, opts: SaveOptions = {}): Promise<Incident> {
  const parsed = validateIncident(incident);
  const now = new Date().toISOString();
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const existing = (await db.incidents.get(parsed.id)) ?? (await findSamePassage(db, parsed));
      if (opts.expectedUpdatedAt !== undefined && existing && (existing.updatedAt ?? null) !== opts.expectedUpdatedAt) {
        throw new ConflictError(toIncident(existing));
      }
      const record: Incident = existing
        ? {
            ...parsed,
            id: existing.id,
            status: 'confirmed',
            notes: parsed.notes ?? existing.notes,
            sources: unionSources(existing.sources, parsed.sources),
            savedAt: existing.savedAt ?? now,
            updatedAt: now,
          }
        : { ...parsed, status: 'confirmed', savedAt: now, updatedAt: now };
      const row = toRow(record);
      await db.incidents.put(row);
      return toIncident(row);
    });
  } catch (err) {
    throw toWriteError(err, 'save the incident');
  }
}

/** The fields a reader may edit after saving (not id, savedAt: the store owns those). */
export type IncidentPatch = Partial<Omit<Incident, 'id' | 'savedAt' | 'updatedAt'>>;

/** Apply a shallow patch to a saved record, validate the result, and store it. */
export async function updateIncident(db: IncidentDb, id: string, patch: IncidentPatch): Promise<Incident> {
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const row = await db.incidents.get(id);
      if (!row) {
        throw new StoreError('not_found', 'That incident is no longer in your collection (it may have been deleted elsewhere).');
      }
      const existing = toIncident(row);
      const next = validateIncident({ ...existing, ...patch, id: existing.id, savedAt: existing.savedAt, updatedAt: new Date().toISOString() });
      const nextRow = toRow(next);
      await db.incidents.put(nextRow);
      return toIncident(nextRow);
    });
  } catch (err) {
    throw toWriteError(err, 'update the incident');
  }
}

/** Delete one record; resolves with what was deleted (for an Undo), or undefined if it was not there. */
export async function deleteIncident(db: IncidentDb, id: string): Promise<Incident | undefined> {
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const row = await db.incidents.get(id);
      if (!row) return undefined;
      await db.incidents.delete(id);
      return toIncident(row);
    });
  } catch (err) {
    throw toWriteError(err, 'delete the incident');
  }
}

/** Put a record back exactly as it was (Undo after delete): savedAt and updatedAt are kept. */
export async function restoreIncident(db: IncidentDb, incident: Incident): Promise<Incident> {
  const parsed = validateIncident(incident);
  const record: Incident = { ...parsed, savedAt: parsed.savedAt ?? new Date().toISOString() };
  try {
    await db.transaction('rw', db.incidents, async () => {
      await db.incidents.put(toRow(record));
    });
    return record;
  } catch (err) {
    throw toWriteError(err, 'restore the incident');
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** All saved incidents, newest saved first. */
export async function listIncidents(db: IncidentDb): Promise<Incident[]> {
  const rows = await db.incidents.orderBy('savedAt').reverse().toArray();
  // Rows without savedAt are not in the savedAt index; the store always sets it, but a record
  // written by something else must not silently disappear from the list.
  const count = await db.incidents.count();
  if (count !== rows.length) {
    const all = await db.incidents.toArray();
    return all.map(toIncident).sort(newestFirst);
  }
  return rows.map(toIncident);
}

/** Incidents saved from this page (primary or merged source), fragment ignored, newest first. */
export async function getIncidentsForUrl(db: IncidentDb, url: string): Promise<Incident[]> {
  const key = normaliseUrl(url);
  if (!key) return [];
  const rows = await db.incidents.where('sourceUrls').equals(key).toArray();
  return rows.map(toIncident).sort(newestFirst);
}

export async function getIncident(db: IncidentDb, id: string): Promise<Incident | undefined> {
  const row = await db.incidents.get(id);
  return row && toIncident(row);
}

/** The text a search looks through: place, weapon, perpetrator, target, titles, notes. */
function searchableText(i: Incident): string {
  return foldText(
    [
      i.location?.name,
      i.location?.raw,
      i.location?.admin1,
      i.location?.country,
      i.weapon.category?.replace('_', ' '),
      i.weapon.raw,
      i.perpetrator.name,
      i.target?.text,
      i.target?.type,
      i.source.title,
      i.source.outlet,
      ...i.sources.map((s) => s.title),
      i.notes,
      i.date.value,
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Case- and accent-insensitive search; every word of the query must appear (in any field).
 * A full scan: collections are hundreds to a few thousand records, well under a frame's budget.
 */
export async function searchIncidents(db: IncidentDb, query: string): Promise<Incident[]> {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  const all = await listIncidents(db);
  if (terms.length === 0) return all;
  return all.filter((i) => {
    const text = searchableText(i);
    return terms.every((t) => text.includes(t));
  });
}

// Import: see import.ts (the rules a file's records must pass are in import-rules.ts).
