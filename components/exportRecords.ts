/**
 * The one place the UI turns a filtered set into a downloaded file (popup and collection page). The
 * writers are lib/export's; when they become streaming chunk writers, only this module changes.
 */
import { exportFileName, toCsv, toGeoJsonString, toJsonExport } from '../lib/export';
import type { CollectionFilter } from '../lib/collection/filter';
import { readExportSet } from '../lib/collection/export-set';
import type { SortKey } from '../lib/collection/query';
import type { Incident } from '../lib/schema';
import type { IncidentDb } from '../lib/store';
import { downloadFile } from './downloadFile';

export type ExportKind = 'json' | 'csv' | 'geojson';

const WRITERS: Record<ExportKind, { mime: string; write: (all: Incident[]) => string }> = {
  json: { mime: 'application/json', write: (all) => toJsonExport(all) },
  // The BOM lets Excel read the UTF-8 (Arabic, Cyrillic, accents) correctly.
  csv: { mime: 'text/csv;charset=utf-8', write: (all) => toCsv(all, { bom: true }) },
  geojson: { mime: 'application/geo+json', write: (all) => toGeoJsonString(all) },
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
  const fileName = exportFileName(kind);
  // Yield once before the (synchronous) writer so the progress text is painted first.
  await new Promise((r) => setTimeout(r, 0));
  downloadFile(fileName, WRITERS[kind].write(set.incidents), WRITERS[kind].mime);
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
