/**
 * Loads the summaries (lib/collection/summary.ts) of every record matching `filter`, in chunks: the
 * first chunk is on screen at once and the rest streams in, the page staying responsive. Reloads when
 * the store changes (a save from a news page, an edit in the popup).
 */
import { useEffect, useState } from 'preact/hooks';
import type { CollectionFilter } from '../../lib/collection/filter';
import { forEachMatchChunk } from '../../lib/collection/query';
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
  // A cheap signal that the store changed: the number of records and the last edit time.
  const version = useLiveQuery(
    async () => `${await db.incidents.count()}|${(await db.incidents.orderBy('updatedAt').last())?.updatedAt ?? ''}`,
    [db],
  );
  const [state, setState] = useState<SummariesState>({ list: [], loading: true, error: undefined });
  useEffect(() => {
    if (version.value === undefined) return;
    const ctrl = new AbortController();
    const list: IncidentSummary[] = [];
    let painted = 0;
    let first = true;
    setState((s) => ({ ...s, loading: true }));
    (async () => {
      await forEachMatchChunk(
        db,
        filter,
        'date-desc',
        (rows) => {
          for (const r of rows) list.push(toSummary(r));
          const now = performance.now();
          if (first || now - painted > PAINT_EVERY_MS) {
            first = false;
            painted = now;
            setState({ list: list.slice(), loading: true, error: undefined });
          }
        },
        { chunk: CHUNK, firstChunk: FIRST_CHUNK, signal: ctrl.signal },
      );
      if (!ctrl.signal.aborted) setState({ list, loading: false, error: undefined });
    })().catch((error) => {
      if (!ctrl.signal.aborted) setState({ list, loading: false, error });
    });
    return () => ctrl.abort();
  }, [db, filter, version.value]);
  return state;
}
