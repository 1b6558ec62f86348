/**
 * Export (JSON, CSV, GeoJSON) and Import (JSON) buttons. An export writes what the current filter
 * matches, or everything when the reader picks "all" (or nothing is filtered); it reads the store in
 * chunks, so a large export does not freeze the popup. Results and failures are reported to the
 * parent, never swallowed.
 */
import { useRef, useState } from 'preact/hooks';
import { ImportFileError, importSizeError, readImportFile } from '../lib/export';
import { EMPTY_FILTER, isEmptyFilter, type CollectionFilter } from '../lib/collection/filter';
import type { SortKey } from '../lib/collection/query';
import { importIncidents, type ImportUpdate, type IncidentDb } from '../lib/store';
import { exportNotice, exportRecords, type ExportKind } from './exportRecords';

export interface ImportReport {
  imported: number;
  skipped: number;
  /** Records merged into saved ones that hold the same passage. */
  merged: number;
  /** Newer versions of saved records: offered, not written (the popup asks). */
  updates: ImportUpdate[];
  errors: { index: number; message: string }[];
}

export interface ExportImportBarProps {
  db: IncidentDb;
  onNotice: (message: string) => void;
  onError: (message: string) => void;
  onImported: (report: ImportReport) => void;
  /** The filter on screen (exports follow it unless the reader chooses "all"). */
  filter?: CollectionFilter;
  sort?: SortKey;
  /** Whether the Import button is offered (the collection page only exports). */
  allowImport?: boolean;
}


function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function ExportImportBar({ db, onNotice, onError, onImported, filter = EMPTY_FILTER, sort = 'date-desc', allowImport = true }: ExportImportBarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [scope, setScope] = useState<'matching' | 'all'>('matching');
  const [progress, setProgress] = useState<string | null>(null);
  const filtered = !isEmptyFilter(filter) && scope === 'matching';

  async function exportAs(kind: ExportKind) {
    setBusy(true);
    setProgress('Exporting…');
    try {
      const outcome = await exportRecords(db, filtered ? filter : EMPTY_FILTER, kind, {
        sort,
        onProgress: (n) => setProgress(`Exporting… ${n.toLocaleString('en')} read`),
      });
      onNotice(exportNotice(outcome, filtered));
    } catch (err) {
      onError(`Export failed: ${message(err)}`);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Clear it so choosing the same file again fires another change event.
    input.value = '';
    if (!file) return;
    // Refused from its size before it is read at all (limits in the README).
    const tooLarge = importSizeError(file.size);
    if (tooLarge) {
      onError(`Could not import “${file.name}”: ${tooLarge}`);
      return;
    }
    setBusy(true);
    try {
      const { records } = readImportFile(await file.text());
      // Every record is checked by the store's import rules; indices are positions in the file.
      const result = await importIncidents(db, records);
      onImported({ imported: result.imported, skipped: result.skipped, merged: result.merged.length, updates: result.updates, errors: result.errors });
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
        {!isEmptyFilter(filter) && (
          <select aria-label="What to export" value={scope} onChange={(e) => setScope(e.currentTarget.value as 'matching' | 'all')}>
            <option value="matching">matching</option>
            <option value="all">all</option>
          </select>
        )}
        <button type="button" aria-label="Export JSON" disabled={busy} onClick={() => exportAs('json')}>
          JSON
        </button>
        <button type="button" aria-label="Export CSV" disabled={busy} onClick={() => exportAs('csv')}>
          CSV
        </button>
        <button type="button" aria-label="Export ACLED-style CSV" title="ACLED's columns and conventions, to append to an ACLED extract" disabled={busy} onClick={() => exportAs('acled')}>
          ACLED
        </button>
        <button type="button" aria-label="Export GeoJSON" disabled={busy} onClick={() => exportAs('geojson')}>
          GeoJSON
        </button>
      </div>
      {progress && (
        <span class="muted export-progress" role="status">
          {progress}
        </span>
      )}
      {allowImport && (
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import JSON
        </button>
      )}
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
