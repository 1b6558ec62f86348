/**
 * The one place the UI turns a filtered set into a downloaded file (popup and collection page). The set is
 * read in chunks (lib/collection/export-set.ts) and written by lib/export's streaming writers into Blob
 * parts, giving the page a turn between chunks: no giant string, no frozen popup.
 */
import { acledCsvChunks, csvChunks, exportFileName, geoJsonChunks, jsonChunks, toBlobParts, type RecordSource } from '../lib/export';
import type { CollectionFilter } from '../lib/collection/filter';
import { readExportSet } from '../lib/collection/export-set';
import type { SortKey } from '../lib/collection/query';
import type { IncidentDb } from '../lib/store';
import { downloadFile } from './downloadFile';

export type ExportKind = 'json' | 'csv' | 'acled' | 'geojson';

const WRITERS: Record<ExportKind, { mime: string; ext: 'json' | 'csv' | 'geojson'; write: (all: RecordSource) => AsyncIterable<string> }> = {
  json: { mime: 'application/json', ext: 'json', write: (all) => jsonChunks(all) },
  // The BOM lets Excel read the UTF-8 (Arabic, Cyrillic, accents) correctly.
  csv: { mime: 'text/csv;charset=utf-8', ext: 'csv', write: (all) => csvChunks(all, { bom: true }) },
  // ACLED's columns and conventions, to append to an ACLED extract (README: the mapping table).
  acled: { mime: 'text/csv;charset=utf-8', ext: 'csv', write: (all) => acledCsvChunks(all, { bom: true }) },
  geojson: { mime: 'application/geo+json', ext: 'geojson', write: (all) => geoJsonChunks(all) },
};

export interface ExportOutcome {
  fileName: string;
  /** Records written (for GeoJSON: those with coordinates). */
  written: number;
  /** Records that matched. */
  matched: number;
  damaged: number;
}

export async function exportRecords(
  db: IncidentDb,
  filter: CollectionFilter,
  kind: ExportKind,
  opts: { sort?: SortKey; signal?: AbortSignal; onProgress?: (read: number) => void } = {},
): Promise<ExportOutcome> {
  const set = await readExportSet(db, filter, opts.sort, opts);
  const writer = WRITERS[kind];
  const fileName = kind === 'acled' ? exportFileName('csv', new Date(), 'acled') : exportFileName(writer.ext);
  downloadFile(fileName, await toBlobParts(writer.write(set.incidents)), writer.mime);
  const written = kind === 'geojson' ? set.incidents.filter((i) => i.location?.lat != null && i.location?.lon != null).length : set.incidents.length;
  return { fileName, written, matched: set.incidents.length, damaged: set.damaged.length };
}

/** The sentence the UI shows after an export. */
export function exportNotice(o: ExportOutcome, filtered: boolean): string {
  const what = filtered ? 'matching incident' : 'incident';
  let text =
    o.written < o.matched
      ? `Exported ${o.written} of ${o.matched} ${what}s to ${o.fileName} (the others have no coordinates).`
      : `Exported ${o.written} ${what}${o.written === 1 ? '' : 's'} to ${o.fileName}.`;
  if (o.damaged) text += ` ${o.damaged} damaged record${o.damaged === 1 ? ' was' : 's were'} left out.`;
  return text;
}
