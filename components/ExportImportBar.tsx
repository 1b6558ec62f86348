/**
 * Export (JSON, CSV, GeoJSON) and Import (JSON) buttons. Exports always write the whole collection,
 * not the current search. Results and failures are reported to the parent, never swallowed.
 */
import { useRef, useState } from 'preact/hooks';
import { exportFileName, ImportFileError, parseJsonImport, toCsv, toGeoJsonString, toJsonExport } from '../lib/export';
import type { Incident } from '../lib/schema';
import { importIncidents, listIncidents, type IncidentDb } from '../lib/store';
import { downloadFile } from './downloadFile';

export interface ImportReport {
  imported: number;
  skipped: number;
  errors: { index: number; message: string }[];
}

export interface ExportImportBarProps {
  db: IncidentDb;
  onNotice: (message: string) => void;
  onError: (message: string) => void;
  onImported: (report: ImportReport) => void;
}

/** Larger files are almost certainly not an export of a personal collection; reading them could hang the popup. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Kind = 'json' | 'csv' | 'geojson';

const WRITERS: Record<Kind, { mime: string; write: (all: Incident[]) => string }> = {
  json: { mime: 'application/json', write: (all) => toJsonExport(all) },
  // The BOM lets Excel read the UTF-8 (Arabic, Cyrillic, accents) correctly.
  csv: { mime: 'text/csv;charset=utf-8', write: (all) => toCsv(all, { bom: true }) },
  geojson: { mime: 'application/geo+json', write: (all) => toGeoJsonString(all) },
};

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function ExportImportBar({ db, onNotice, onError, onImported }: ExportImportBarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function exportAs(kind: Kind) {
    try {
      const all = await listIncidents(db);
      const name = exportFileName(kind);
      downloadFile(name, WRITERS[kind].write(all), WRITERS[kind].mime);
      const mapped = kind === 'geojson' ? all.filter((i) => i.location?.lat != null && i.location?.lon != null).length : all.length;
      onNotice(
        kind === 'geojson' && mapped < all.length
          ? `Exported ${mapped} of ${all.length} incidents to ${name} (the others have no coordinates).`
          : `Exported ${mapped} incident${mapped === 1 ? '' : 's'} to ${name}.`,
      );
    } catch (err) {
      onError(`Export failed: ${message(err)}`);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Clear it so choosing the same file again fires another change event.
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      onError(`“${file.name}” is too large to be an Incident Lens export (${Math.round(file.size / 1048576)} MB); nothing was imported.`);
      return;
    }
    setBusy(true);
    try {
      const parsed = parseJsonImport(await file.text());
      const result = await importIncidents(db, parsed.incidents);
      onImported({
        imported: result.imported,
        skipped: result.skipped,
        // Index numbers refer to the file's records; the store only sees the ones that parsed.
        errors: [...parsed.errors, ...result.errors],
      });
    } catch (err) {
      onError(err instanceof ImportFileError ? `Could not import “${file.name}”: ${err.message}` : `Import failed, nothing was imported: ${message(err)}`);
    } finally {
      setBusy(false);
    }
  }

  // Visible text is short so the bar fits 400px on one line; each accessible name contains it
  // ("JSON" → "Export JSON"), as WCAG 2.5.3 asks, and is what tests and screen readers use.
  return (
    <div class="toolbar">
      <div class="export-group" role="group" aria-labelledby="export-label">
        <span id="export-label" class="toolbar-label">
          Export
        </span>
        <button type="button" aria-label="Export JSON" onClick={() => exportAs('json')}>
          JSON
        </button>
        <button type="button" aria-label="Export CSV" onClick={() => exportAs('csv')}>
          CSV
        </button>
        <button type="button" aria-label="Export GeoJSON" onClick={() => exportAs('geojson')}>
          GeoJSON
        </button>
      </div>
      <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
        Import JSON
      </button>
      <input
        ref={fileInput}
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-label="Import JSON file"
        tabIndex={-1}
        onChange={(e) => importFile(e.currentTarget)}
      />
    </div>
  );
}
