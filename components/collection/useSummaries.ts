/**
 * Loads the summaries (lib/collection/summary.ts) of every record matching `filter`, in chunks: the
 * first chunk is on screen at once and the rest streams in, the page staying responsive. Reloads when
 * the store changes (a save from a news page, an edit in the popup).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CollectionFilter } from '../../lib/collection/filter';
import { forEachMatchChunk, scanRows } from '../../lib/collection/query';
import { toSummary, type IncidentSummary } from '../../lib/collection/summary';
import type { IncidentDb } from '../../lib/store';
import { useLiveQuery } from '../useLiveQuery';

export interface SummariesState {
  list: IncidentSummary[];
  /** Still reading more records. */
  loading: boolean;
  error: unknown;
}

const FIRST_CHUNK = 400;
const CHUNK = 4000;
/** At most this often the page re-renders while a large collection streams in. */
const PAINT_EVERY_MS = 250;

export function useSummaries(db: IncidentDb, filter: CollectionFilter): SummariesState {
  // A signal that the store changed (a save, an edit, a delete): the number of records and the last
  // edit time. The first load does not wait for it (counting walks the whole store); only a later
  // change reloads.
  const [state, setState] = useState<SummariesState>({ list: [], loading: true, error: undefined });
  const watching = !state.loading || state.list.length > 0;
  const version = useLiveQuery(
    async () => (watching ? `${await db.incidents.count()}|${(await db.incidents.orderBy('updatedAt').last())?.updatedAt ?? ''}` : undefined),
    [db, watching],
  );
  const firstVersion = useRef<string | undefined>(undefined);
  if (firstVersion.current === undefined && version.value !== undefined) firstVersion.current = version.value;
  const reloadKey = version.value === firstVersion.current ? 'first' : version.value;
  useEffect(() => {
    const ctrl = new AbortController();
    const list: IncidentSummary[] = [];
    let painted = 0;
    setState((s) => ({ ...s, loading: true }));
    (async () => {
      // First the newest records through the date index, painted at once; then everything in
      // storage order (fast, large chunks), skipping those already shown.
      const firstPage = await scanRows(db, filter, 'date-desc', 0, FIRST_CHUNK);
      const shown = new Set<string>();
      for (const r of firstPage.rows) {
        list.push(toSummary(r));
        shown.add(String(r.id));
      }
      if (ctrl.signal.aborted) return;
      setState({ list: list.slice(), loading: !firstPage.done, error: undefined });
      if (firstPage.done) return;
      // Let that first paint happen before the rest competes for the main thread.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      painted = performance.now();
      await forEachMatchChunk(
        db,
        filter,
        (rows) => {
          for (const r of rows) if (!shown.has(String(r.id))) list.push(toSummary(r));
          const now = performance.now();
          if (now - painted > PAINT_EVERY_MS) {
            painted = now;
            setState({ list: list.slice(), loading: true, error: undefined });
          }
        },
        { chunk: CHUNK, signal: ctrl.signal },
      );
      if (!ctrl.signal.aborted) setState({ list, loading: false, error: undefined });
    })().catch((error) => {
      if (!ctrl.signal.aborted) setState({ list, loading: false, error });
    });
    return () => ctrl.abort();
  }, [db, filter, reloadKey]);
  return state;
}
