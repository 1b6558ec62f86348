/**
 * The popup's (and the collection table's) view of the store: the first pages of matches, followed
 * live (a save from a news page shows up), more pages on demand, and a count computed after the rows
 * are on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isEmptyFilter, type CollectionFilter } from '../lib/collection/filter';
import { countMatches, queryPage, type PageResult, type SortKey } from '../lib/collection/query';
import type { IncidentDb } from '../lib/store';
import { useLiveQuery } from './useLiveQuery';

/** A first page a little over what the 600-pixel popup shows (about five rows): less to read before the first paint. */
export const PAGE_SIZE = 24;

export function useCollectionQuery(db: IncidentDb, filter: CollectionFilter, sort: SortKey) {
  const [want, setWant] = useState(PAGE_SIZE);
  useEffect(() => setWant(PAGE_SIZE), [filter, sort]);
  // The result carries the filter and order it answers, so the UI can tell a stale page from a fresh one.
  const page = useLiveQuery<PageResult & { filter: CollectionFilter; sort: SortKey }>(
    async () => ({ ...(await queryPage(db, filter, sort, { limit: want })), filter, sort }),
    [db, filter, sort, want],
  );
  // IndexedDB counts by walking the store (~0.4 s at 100,000 records, and its backend serves one request
  // at a time): asked for only once the first page is on screen, shown when it arrives.
  const pageShown = page.value !== undefined;
  const total = useLiveQuery(async () => (pageShown ? db.incidents.count() : undefined), [db, pageShown]);

  // Counting every match can mean reading every record: only once the page is shown, and not while typing.
  const [matching, setMatching] = useState<number | undefined>(undefined);
  const pageReady = page.value !== undefined && !page.loading;
  useEffect(() => {
    setMatching(undefined);
    if (!pageReady) return;
    if (page.value!.done) {
      setMatching(page.value!.records.length);
      return;
    }
    if (isEmptyFilter(filter)) {
      setMatching(total.value);
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      countMatches(db, filter, ctrl.signal).then(setMatching, () => {});
    }, 250);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
    // A complete page is its own count: follow it when it changes (a delete, a save).
  }, [db, filter, pageReady, total.value, page.value?.done ? page.value.records.length : -1]);

  // A request for more while a page is loading is kept and served when it arrives (not dropped:
  // the list would otherwise wait for the next scroll).
  const pendingMore = useRef(false);
  const more = () => {
    if (!page.value || page.value.done) return;
    if (page.loading) pendingMore.current = true;
    else setWant((w) => Math.max(w, page.value!.records.length + PAGE_SIZE));
  };
  useEffect(() => {
    if (!page.loading && pendingMore.current) {
      pendingMore.current = false;
      more();
    }
  }, [page.loading]);

  return {
    page,
    total,
    matching,
    /** Ask for another page (the list calls it when its end comes into view). */
    more,
  };
}
