/**
 * The toolbar popup: review, search, filter, sort, edit, delete (with Undo), export and import the
 * saved incidents. It opens the Dexie database directly (an extension page shares the background's
 * origin) and follows it with liveQuery, so saves from a news page appear while it is open. It reads
 * one page of matches at a time through the store's indexes and shows them in a virtualised list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_FILTER, isEmptyFilter, type CollectionFilter } from '../lib/collection/filter';
import { presentCountries, SORT_LABELS, type SortKey } from '../lib/collection/query';
import type { Incident } from '../lib/schema';
import { allSources, chooseFigure, type FigureOption } from '../lib/merge';
import type { FigureField } from '../lib/schema';
import { applyImportUpdates, deleteIncident, mergeRecords, splitRecordSource, restoreIncident, updateIncident, type ImportUpdate, type IncidentDb, type IncidentPatch } from '../lib/store';
import { browser } from 'wxt/browser';
import { sendMessage } from '../utils/messaging';
import { ExportImportBar, type ImportReport } from './ExportImportBar';
import { downloadFile } from './downloadFile';
import { toJsonExport } from '../lib/export';
import { FilterBar } from './FilterBar';
import { IncidentList } from './IncidentList';
import { countText, placeLabel } from './incidentFormat';
import { useCollectionQuery } from './useCollectionQuery';
import { useLiveQuery } from './useLiveQuery';

export interface PopupAppProps {
  db: IncidentDb;
  /** Offer "Analyse this page" (the toolbar popup; not where there is no tab behind it). */
  analyseButton?: boolean;
  /** Opens the collection page (a tab), with the popup's filter. */
  onOpenCollection?: (filter: CollectionFilter) => void;
  initialFilter?: CollectionFilter;
}

type Notice =
  | { kind: 'info'; text: string }
  | { kind: 'deleted'; text: string; incident: Incident }
  | { kind: 'import'; text: string; report: ImportReport };

/**
 * Where a deleted record whose Undo failed is kept across popup closes: localStorage (the extension's
 * origin), outside IndexedDB, whose quota is what failed. Read back when the popup opens.
 */
const UNRESTORED_KEY = 'incident-lens:unrestored';
function readUnrestored(): Array<{ incident: Incident; reason: string }> {
  try {
    const parsed = JSON.parse(localStorage.getItem(UNRESTORED_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as Array<{ incident: Incident; reason: string }>).filter((x) => x && typeof x.incident?.id === 'string') : [];
  } catch {
    return [];
  }
}
function keepUnrestored(list: Array<{ incident: Incident; reason: string }>): void {
  try {
    if (list.length) localStorage.setItem(UNRESTORED_KEY, JSON.stringify(list));
    else localStorage.removeItem(UNRESTORED_KEY);
  } catch {
    /* the banner still holds them while the popup is open */
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Takes focus when it appears: the Delete button that had it is gone with its row. */
function UndoButton({ onUndo }: { onUndo: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <button type="button" class="link" ref={ref} onClick={onUndo}>
      Undo
    </button>
  );
}

export function PopupApp({ db, onOpenCollection, initialFilter = EMPTY_FILTER, analyseButton = false }: PopupAppProps) {
  const [filter, setFilter] = useState<CollectionFilter>(initialFilter);
  const [sort, setSort] = useState<SortKey>('date-desc');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returnFocusId, setReturnFocusId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Deleted records whose Undo could not write them back (a full disk): kept here, never dropped, until
  // the reader downloads them or a retry succeeds.
  const [unrestored, setUnrestoredState] = useState<Array<{ incident: Incident; reason: string }>>(readUnrestored);
  const setUnrestored = (next: (u: Array<{ incident: Incident; reason: string }>) => Array<{ incident: Incident; reason: string }>) =>
    setUnrestoredState((u) => {
      const value = next(u);
      keepUnrestored(value);
      return value;
    });

  const { page: list, total, matching, more } = useCollectionQuery(db, filter, sort);

  // Performance marks the bench reads (npm run bench, "collection"): the first rows on screen, and each
  // filter or sort change until its first page is painted (typing's debounce is not part of it).
  const queryStart = useRef<number | null>(null);
  const applyFilter = (f: CollectionFilter) => {
    queryStart.current = performance.now();
    setFilter(f);
  };
  const applySort = (k: SortKey) => {
    queryStart.current = performance.now();
    setSort(k);
  };
  const fresh = list.value !== undefined && list.value.filter === filter && list.value.sort === sort;
  useEffect(() => {
    if (!fresh) return;
    if (list.value!.records.length && !performance.getEntriesByName('incident-lens:popup-first-rows').length) {
      requestAnimationFrame(() => performance.mark('incident-lens:popup-first-rows'));
    }
    const start = queryStart.current;
    if (start !== null) {
      queryStart.current = null;
      requestAnimationFrame(() => performance.measure('incident-lens:popup-query', { start }));
    }
  }, [fresh, list.value]);
  // The country list is for the filter only: read after the first rows are on screen.
  const firstShown = list.value !== undefined;
  const countries = useLiveQuery(async () => (firstShown ? presentCountries(db) : []), [db, firstShown]);

  // An Undo offer expires after a while, so a later click cannot restore something long gone.
  useEffect(() => {
    if (notice?.kind !== 'deleted') return;
    const t = setTimeout(() => setNotice((n) => (n === notice ? null : n)), 15_000);
    return () => clearTimeout(t);
  }, [notice]);

  function info(text: string) {
    setError(null);
    setNotice({ kind: 'info', text });
  }
  function fail(text: string) {
    setError(text);
    // A stale success message next to a new error would be misleading; an Undo offer stays usable.
    setNotice((n) => (n?.kind === 'deleted' ? n : null));
  }
  function closeEditor() {
    setReturnFocusId(editingId);
    setEditingId(null);
  }

  async function remove(incident: Incident) {
    try {
      const removed = await deleteIncident(db, incident.id);
      if (removed) {
        setError(null);
        setNotice({ kind: 'deleted', text: `Deleted the incident in ${placeLabel(removed)}.`, incident: removed });
      }
    } catch (err) {
      fail(message(err));
    }
  }

  async function undoDelete(incident: Incident) {
    try {
      await restoreIncident(db, incident);
      info(`Restored the incident in ${placeLabel(incident)}.`);
    } catch (err) {
      // The record is not lost: it stays in this notice (which does not expire) until the reader downloads
      // it or a retry succeeds.
      setUnrestored((u) => [...u.filter((x) => x.incident.id !== incident.id), { incident, reason: message(err) }]);
      setNotice((n) => (n?.kind === 'deleted' && n.incident.id === incident.id ? null : n));
      return;
    }
    setUnrestored((u) => u.filter((x) => x.incident.id !== incident.id));
  }

  /** The one record, as an export file the reader can import back later. */
  function downloadRecord(incident: Incident) {
    downloadFile(`incident-lens-restore-${incident.id.slice(0, 8)}.json`, toJsonExport([incident]), 'application/json');
  }

  async function saveEdit(incident: Incident, patch: IncidentPatch) {
    await updateIncident(db, incident.id, patch); // errors go back to the form, which shows them
    closeEditor();
    info('Changes saved.');
  }

  function imported(r: ImportReport) {
    setError(null);
    const text =
      `Imported ${r.imported}, merged ${r.merged} into saved records, skipped ${r.skipped}, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}.` +
      (r.updates.length ? ` ${r.updates.length} record${r.updates.length === 1 ? ' is a newer version' : 's are newer versions'} of saved ones.` : '');
    setNotice({ kind: 'import', text, report: r });
  }

  /** The newer versions an import offered, written now that the reader asked. */
  async function applyUpdates(updates: ImportUpdate[]) {
    try {
      const result = await applyImportUpdates(db, updates);
      info(`Updated ${result.applied.length} record${result.applied.length === 1 ? '' : 's'}${result.stale.length ? `; ${result.stale.length} changed since the file was read and were left as they are` : ''}.`);
    } catch (err) {
      fail(message(err));
    }
  }

  // Merging: the record picked with "Merge…" goes into the one picked with "Merge into this".
  const [mergingFrom, setMergingFrom] = useState<Incident | null>(null);
  async function mergeInto(target: Incident) {
    const from = mergingFrom;
    setMergingFrom(null);
    if (!from) return;
    try {
      const result = await mergeRecords(db, target.id, from.id);
      info(`Merged: the incident in ${placeLabel(result.kept)} now has ${allSources(result.kept).length} sources (“Sources” to compare their figures or split one out).`);
    } catch (err) {
      fail(message(err));
    }
  }
  async function splitOut(record: Incident, key: string) {
    try {
      const result = await splitRecordSource(db, record.id, key);
      info(`Split out: ${result.split.source.outlet ?? result.split.source.title} is an incident of its own again.`);
    } catch (err) {
      fail(message(err));
    }
  }
  async function chooseFigureOf(record: Incident, field: FigureField, option: FigureOption) {
    try {
      const chosen = chooseFigure(record, field, option);
      await updateIncident(db, record.id, { [field]: chosen[field], figuresChosen: chosen.figuresChosen });
      info(`${field[0].toUpperCase()}${field.slice(1)}: ${countText(chosen[field]) ?? 'not mentioned'} now stands.`);
    } catch (err) {
      fail(message(err));
    }
  }

  /** "Analyse this page": the tab the reader is looking at, whatever the gate said of it. */
  async function analyseActiveTab() {
    try {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id == null) throw new Error('no tab to analyse');
      const answer = await sendMessage('analyseTab', { tabId: tab.id });
      if (!answer.ok) fail(answer.error ?? 'This page cannot be analysed.');
      else info('Analysing the page: its panel opens there.');
    } catch (err) {
      fail(`This page cannot be analysed: ${message(err)}`);
    }
  }

  async function removeDamaged(id: string) {
    try {
      await db.incidents.delete(id);
      info(`Deleted the damaged record ${id}.`);
    } catch (err) {
      fail(message(err));
    }
  }

  const records = list.value?.records ?? [];
  const count = total.value ?? 0;
  const readError = list.error ?? total.error;
  const filtered = !isEmptyFilter(filter);

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Incident Lens</h1>
        <span class="muted" aria-live="polite" data-testid="count">
          {total.value === undefined
            ? ''
            : filtered
              ? `${matching === undefined ? '…' : matching.toLocaleString('en')} of ${count.toLocaleString('en')} match`
              : `${count.toLocaleString('en')} saved`}
        </span>
        {analyseButton && (
          <button
            type="button"
            class="open-collection"
            aria-label="Analyse this page"
            title="Analyse this page even if Incident Lens passed over it (Alt+Shift+A)"
            onClick={() => void analyseActiveTab()}
          >
            Analyse
          </button>
        )}
        {onOpenCollection && (
          <button type="button" class="open-collection" onClick={() => onOpenCollection(filter)}>
            Open collection
          </button>
        )}
      </header>

      <FilterBar filter={filter} onChange={applyFilter} countries={countries.value ?? []} idPrefix="popup">
        <label for="popup-sort">Sort</label>
        <select id="popup-sort" value={sort} onChange={(e) => applySort(e.currentTarget.value as SortKey)}>
          {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {SORT_LABELS[k]}
            </option>
          ))}
        </select>
      </FilterBar>

      <ExportImportBar db={db} onNotice={info} onError={fail} onImported={imported} filter={filter} sort={sort} />

      <div class="messages">
        {mergingFrom && (
          <div class="notice" role="status">
            <span>Choose the incident to merge the one in {placeLabel(mergingFrom)} into (“Merge into this”).</span>
            <button type="button" class="link" onClick={() => setMergingFrom(null)}>
              Cancel
            </button>
          </div>
        )}
        {unrestored.map(({ incident, reason }) => (
          <div class="error" role="alert" key={incident.id}>
            <span>
              The incident in {placeLabel(incident)} could not be restored ({reason}). It is kept here: download it to import it back later.
            </span>
            <button type="button" class="link" onClick={() => downloadRecord(incident)}>
              Download it
            </button>
            <button type="button" class="link" onClick={() => void undoDelete(incident)}>
              Try again
            </button>
          </div>
        ))}
        {error && (
          <div class="error" role="alert">
            <span>{error}</span>
            <button type="button" class="link" onClick={() => setError(null)} aria-label="Dismiss error">
              Dismiss
            </button>
          </div>
        )}
        {readError !== undefined && (
          <div class="error" role="alert">
            Could not read your saved incidents: {message(readError)}
          </div>
        )}
        <div role="status" aria-live="polite">
          {notice && (
            <div class="notice">
              <span>{notice.text}</span>
              {notice.kind === 'deleted' && (
                <UndoButton key={notice.incident.id} onUndo={() => undoDelete(notice.incident)} />
              )}

              {notice.kind === 'import' && notice.report.updates.length > 0 && (
                <button type="button" class="link" onClick={() => void applyUpdates(notice.report.updates)}>
                  Apply the newer versions
                </button>
              )}
              {notice.kind === 'import' && notice.report.errors.length > 0 && (
                <details>
                  <summary>Show errors</summary>
                  <ul>
                    {notice.report.errors.slice(0, 20).map((e) => (
                      <li key={e.index}>{e.message}</li>
                    ))}
                    {notice.report.errors.length > 20 && <li>… and {notice.report.errors.length - 20} more</li>}
                  </ul>
                </details>
              )}
            </div>
          )}
        </div>
      </div>

      {list.value === undefined && readError === undefined ? (
        <p class="empty muted">Loading…</p>
      ) : records.length === 0 && !filtered ? (
        <div class="empty">
          <p>
            <strong>No incidents saved yet.</strong>
          </p>
          <p class="muted">
            Open a news article about an attack, check the highlighted facts in the Incident Lens panel, and press
            Confirm: the incident is kept here, on this computer only. You can also import a JSON export.
          </p>
        </div>
      ) : records.length === 0 ? (
        <p class="empty">No saved incident matches {filter.text.trim() ? `“${filter.text.trim()}”` : 'these filters'}.</p>
      ) : (
        <IncidentList
          records={records}
          matching={matching}
          onDeleteDamaged={removeDamaged}
          onNeedMore={more}
          editingId={editingId}
          onEdit={(i) => setEditingId(i.id)}
          returnFocusId={returnFocusId}
          onCancelEdit={closeEditor}
          onSaveEdit={saveEdit}
          suggestPlaces={(query) => sendMessage('suggestPlaces', { query: query.slice(0, 200) })}
          merging={{ from: mergingFrom, start: setMergingFrom, into: (target) => void mergeInto(target) }}
          sources={{ onChoose: (record, field, option) => void chooseFigureOf(record, field, option), onSplit: (record, key) => void splitOut(record, key) }}
          onDelete={remove}
        />
      )}
    </main>
  );
}
