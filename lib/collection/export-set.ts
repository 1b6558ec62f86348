/**
 * The records an export writes: every match of the filter (or everything), read in chunks so the page
 * stays responsive, validated one by one. A damaged row is counted and left out, never fatal.
 */
import type { Incident } from '../schema';
import type { IncidentDb } from '../store/db';
import type { CollectionFilter } from './filter';
import type { IncidentRow } from '../store/db';
import { compareRows, forEachMatchChunk, readRecord, type SortKey } from './query';

export interface ExportSet {
  incidents: Incident[];
  /** Ids of stored rows that failed validation (listed to the reader, not exported). */
  damaged: string[];
}

export async function readExportSet(
  db: IncidentDb,
  filter: CollectionFilter,
  sort: SortKey = 'date-desc',
  opts: { signal?: AbortSignal; onProgress?: (read: number) => void } = {},
): Promise<ExportSet> {
  const kept: { row: IncidentRow; incident: Incident }[] = [];
  const damaged: string[] = [];
  await forEachMatchChunk(
    db,
    filter,
    (rows) => {
      for (const row of rows) {
        const r = readRecord(row);
        if (r.kind === 'ok') kept.push({ row, incident: r.incident });
        else damaged.push(r.id);
      }
      opts.onProgress?.(kept.length + damaged.length);
    },
    { signal: opts.signal, chunk: 5000 },
  );
  // Chunks come in storage order; the file follows the order on screen.
  const cmp = compareRows(sort);
  kept.sort((a, b) => cmp(a.row, b.row));
  return { incidents: kept.map((k) => k.incident), damaged };
}
