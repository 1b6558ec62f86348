/**
 * The toolbar popup: review, search, edit, delete (with Undo), export and import the saved
 * incidents. It opens the Dexie database directly (an extension page shares the background's
 * origin) and follows it with liveQuery, so saves from a news page appear while it is open.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Incident } from '../lib/schema';
import { deleteIncident, restoreIncident, searchIncidents, updateIncident, type IncidentDb, type IncidentPatch } from '../lib/store';
import { ExportImportBar, type ImportReport } from './ExportImportBar';
import { IncidentList } from './IncidentList';
import { placeLabel } from './incidentFormat';
import { useLiveQuery } from './useLiveQuery';

export interface PopupAppProps {
  db: IncidentDb;
}

type Notice =
  | { kind: 'info'; text: string }
  | { kind: 'deleted'; text: string; incident: Incident }
  | { kind: 'import'; text: string; report: ImportReport };

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

export function PopupApp({ db }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [returnFocusId, setReturnFocusId] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);

  const list = useLiveQuery(() => searchIncidents(db, query), [db, query]);
  const total = useLiveQuery(() => db.incidents.count(), [db]);

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
      fail(message(err));
    }
  }

  async function saveEdit(incident: Incident, patch: IncidentPatch) {
    await updateIncident(db, incident.id, patch); // errors go back to the form, which shows them
    closeEditor();
    info('Changes saved.');
  }

  function imported(r: ImportReport) {
    setError(null);
    const text = `Imported ${r.imported}, skipped ${r.skipped}, ${r.errors.length} error${r.errors.length === 1 ? '' : 's'}.`;
    setNotice({ kind: 'import', text, report: r });
  }

  const incidents = list.value ?? [];
  const count = total.value ?? 0;
  const readError = list.error ?? total.error;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Incident Lens</h1>
        <span class="muted" aria-live="polite">
          {total.value === undefined ? '' : `${count} saved`}
        </span>
      </header>

      <div class="search">
        <label for="search-incidents" class="visually-hidden">
          Search incidents
        </label>
        <input
          id="search-incidents"
          type="search"
          placeholder="Search place, weapon, group, title, notes…"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          autoComplete="off"
        />
      </div>

      <ExportImportBar db={db} onNotice={info} onError={fail} onImported={imported} />

      <div class="messages">
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
      ) : count === 0 ? (
        <div class="empty">
          <p>
            <strong>No incidents saved yet.</strong>
          </p>
          <p class="muted">
            Open a news article about an attack, check the highlighted facts in the Incident Lens panel, and press
            Confirm: the incident is kept here, on this computer only. You can also import a JSON export.
          </p>
        </div>
      ) : incidents.length === 0 ? (
        <p class="empty">No saved incident matches “{query.trim()}”.</p>
      ) : (
        <IncidentList
          incidents={incidents}
          editingId={editingId}
          onEdit={(i) => setEditingId(i.id)}
          returnFocusId={returnFocusId}
          onCancelEdit={closeEditor}
          onSaveEdit={saveEdit}
          onDelete={remove}
        />
      )}
    </main>
  );
}
