/**
 * Importing records from an export file into the store.
 *
 * Each record is checked by the rules of import-rules.ts (rejected ones are reported with a reason),
 * then, in ONE transaction (all written or none, e.g. on a full disk):
 * - a new record is added, keeping its savedAt/updatedAt;
 * - a record whose passage is already saved (same page URL, fragment ignored, and same lead
 *   sentence) under another id is MERGED into the saved one: its sources and notes are added, the
 *   saved facts and id stay (the reader's own corrections win);
 * - a record with an id already stored and a NEWER `updatedAt` is not written but OFFERED as an
 *   update (`updates`); the UI shows it and `applyImportUpdates` writes the ones the reader picks;
 * - a record with an id already stored and the same or an older `updatedAt`, or an id repeated in
 *   the file, is skipped (`skippedRecords` says why).
 */
import type { Incident } from '../schema';
import type { IncidentDb, IncidentRow } from './db';
import { StoreError, toWriteError } from './errors';
import { toIncident, toRow, unionSources } from './incidents';
import { checkImportRecord, violationText, type ImportRule } from './import-rules';
import { samePassage } from './passage';
import { normaliseUrl } from './urls';

export interface ImportError {
  /** Position of the record in the array given (for a file: in its `incidents` array). */
  index: number;
  id: string | null;
  /** The first rule it broke; `message` names every one (up to three). */
  rule: ImportRule;
  message: string;
}

export interface ImportMerge {
  index: number;
  /** The saved record the passage belongs to (its id is kept). */
  id: string;
  /** The id the record had in the file. */
  incomingId: string;
}

export interface ImportUpdate {
  index: number;
  id: string;
  /** The record as stored when the file was read. */
  current: Incident;
  /** The newer version from the file. */
  incoming: Incident;
}

export interface ImportSkip {
  index: number;
  id: string;
  reason: 'already_saved' | 'repeated_in_file';
  message: string;
}

export interface ImportResult {
  /** New records added. */
  imported: number;
  /** Records not written: same id stored with the same or a newer version, or repeated in the file. */
  skipped: number;
  skippedRecords: ImportSkip[];
  /** Records merged into a saved record holding the same passage. */
  merged: ImportMerge[];
  /** Newer versions of saved records, NOT written: pass the chosen ones to applyImportUpdates. */
  updates: ImportUpdate[];
  /** Records rejected by a rule. */
  errors: ImportError[];
}

export interface ImportOptions {
  /** The importing machine's clock (tests). */
  now?: Date;
}

/** Let the page paint between batches of checks: a big file must not freeze the popup. */
const CHECK_BATCH = 500;
const WRITE_BATCH = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reader notes of two copies of one incident, without repeating the same note. */
function combineNotes(kept: string | undefined, added: string | undefined): string | undefined {
  if (!added || !added.trim()) return kept;
  if (!kept || !kept.trim()) return added;
  return kept.includes(added) ? kept : `${kept}\n\n${added}`;
}

function isNewer(incoming: string | undefined, stored: string | undefined): boolean {
  if (!incoming) return false;
  if (!stored) return true;
  const a = Date.parse(incoming);
  const b = Date.parse(stored);
  return Number.isFinite(a) && Number.isFinite(b) ? a > b : incoming > stored;
}

/**
 * Import records (for a file: the raw entries of its `incidents` array, so indices match the file).
 * Rejects only when the write itself fails (StoreError; nothing is written then).
 */
export async function importIncidents(db: IncidentDb, records: readonly unknown[], options: ImportOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const errors: ImportError[] = [];
  const valid: { index: number; incident: Incident }[] = [];
  for (let index = 0; index < records.length; index++) {
    if (index > 0 && index % CHECK_BATCH === 0) await nextTask();
    const check = checkImportRecord(records[index], now);
    if (check.ok) valid.push({ index, incident: check.incident });
    else errors.push({ index, id: check.id, rule: check.violations[0].rule, message: violationText(index, check.violations) });
  }

  try {
    return await db.transaction('rw', db.incidents, async () => {
      const storedById = new Map<string, IncidentRow>();
      (await db.incidents.bulkGet(valid.map((v) => v.incident.id))).forEach((row) => row && storedById.set(row.id, row));
      // Saved records sharing a page with an incoming record: the candidates for a passage merge.
      const urls = [...new Set(valid.map((v) => normaliseUrl(v.incident.source.url)).filter(Boolean))];
      const byUrl = new Map<string, Incident[]>();
      const addByUrl = (rec: Incident) => {
        for (const s of [rec.source, ...rec.sources]) {
          const u = normaliseUrl(s.url);
          if (!u) continue;
          const list = byUrl.get(u) ?? [];
          if (!list.includes(rec)) list.push(rec);
          byUrl.set(u, list);
        }
      };
      if (urls.length) (await db.incidents.where('sourceUrls').anyOf(urls).toArray()).forEach((row) => addByUrl(toIncident(row)));

      /** What will be written, by id: new records and saved records that received a merge. */
      const writes = new Map<string, Incident>();
      const seenIds = new Set<string>();
      const result: ImportResult = { imported: 0, skipped: 0, skippedRecords: [], merged: [], updates: [], errors };
      const skip = (index: number, id: string, reason: ImportSkip['reason'], message: string) => {
        result.skippedRecords.push({ index, id, reason, message });
      };

      for (const { index, incident } of valid) {
        if (seenIds.has(incident.id)) {
          skip(index, incident.id, 'repeated_in_file', `Incident ${index + 1}: the same id appears earlier in the file; the first copy was used.`);
          continue;
        }
        seenIds.add(incident.id);
        const stored = storedById.get(incident.id);
        if (stored) {
          if (isNewer(incident.updatedAt, stored.updatedAt)) {
            result.updates.push({ index, id: incident.id, current: toIncident(stored), incoming: incident });
          } else {
            skip(index, incident.id, 'already_saved', `Incident ${index + 1}: already in your collection (the saved copy is the same or newer).`);
          }
          continue;
        }
        const url = normaliseUrl(incident.source.url);
        const holder = (byUrl.get(url) ?? []).find((saved) => saved.id !== incident.id && samePassage(saved, incident));
        if (holder) {
          const base = writes.get(holder.id) ?? holder;
          const mergedRecord: Incident = {
            ...base,
            sources: unionSources(base.sources, [incident.source, ...incident.sources]),
            notes: combineNotes(base.notes, incident.notes),
            updatedAt: nowIso,
          };
          writes.set(holder.id, mergedRecord);
          // Later records of the file must see the merged record, not the stale one.
          const list = byUrl.get(url)!;
          list[list.indexOf(holder)] = mergedRecord;
          addByUrl(mergedRecord);
          result.merged.push({ index, id: holder.id, incomingId: incident.id });
          continue;
        }
        const fresh: Incident = { ...incident, savedAt: incident.savedAt ?? nowIso, updatedAt: incident.updatedAt ?? nowIso };
        writes.set(fresh.id, fresh);
        addByUrl(fresh);
        result.imported++;
      }
      result.skipped = result.skippedRecords.length;
      // In batches: each awaits the database, so the page gets turns to paint during a big import.
      const rows = [...writes.values()].map(toRow);
      for (let k = 0; k < rows.length; k += WRITE_BATCH) await db.incidents.bulkPut(rows.slice(k, k + WRITE_BATCH));
      return result;
    });
  } catch (err) {
    throw toWriteError(err, 'import the incidents');
  }
}

export interface ApplyUpdatesResult {
  /** Ids now holding the file's version. */
  applied: string[];
  /** Offers not applied, with why (the record was edited or deleted since the file was read). */
  stale: { id: string; message: string }[];
}

/**
 * Write the offered updates the reader chose. An update applies only if the saved record is still
 * the version it was offered against (same updatedAt): an edit made meanwhile is never overwritten.
 * The file's version replaces the facts; the saved record's savedAt and its other sources stay.
 */
export async function applyImportUpdates(db: IncidentDb, chosen: readonly ImportUpdate[], options: ImportOptions = {}): Promise<ApplyUpdatesResult> {
  const now = options.now ?? new Date();
  const checked = chosen.map((u) => ({ u, check: checkImportRecord(u.incoming, now) }));
  try {
    return await db.transaction('rw', db.incidents, async () => {
      const out: ApplyUpdatesResult = { applied: [], stale: [] };
      const rows: IncidentRow[] = [];
      for (const { u, check } of checked) {
        if (!check.ok) {
          out.stale.push({ id: u.id, message: violationText(u.index, check.violations) });
          continue;
        }
        const row = await db.incidents.get(u.id);
        if (!row) {
          out.stale.push({ id: u.id, message: 'It is no longer in your collection (deleted since the file was read).' });
          continue;
        }
        if (row.updatedAt !== u.current.updatedAt) {
          out.stale.push({ id: u.id, message: 'It was edited since the file was read; import the file again to compare.' });
          continue;
        }
        const incoming = check.incident;
        rows.push(
          toRow({
            ...incoming,
            id: row.id,
            savedAt: row.savedAt ?? incoming.savedAt,
            sources: unionSources(incoming.sources, row.sources),
          }),
        );
        out.applied.push(u.id);
      }
      if (rows.length) await db.incidents.bulkPut(rows);
      return out;
    });
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw toWriteError(err, 'apply the updates');
  }
}
