/**
 * The popup's (and the collection table's) view of the store: the first pages of matches, followed
 * live (a save from a news page shows up), more pages on demand, and a count computed after the rows
 * are on screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CollectionFilter } from '../lib/collection/filter';
import { countMatches, queryPage, type PageResult, type SortKey } from '../lib/collection/query';
import type { IncidentDb } from '../lib/store';
import { useLiveQuery } from './useLiveQuery';

export const PAGE_SIZE = 40;

export function useCollectionQuery(db: IncidentDb, filter: CollectionFilter, sort: SortKey) {
  const [want, setWant] = useState(PAGE_SIZE);
  useEffect(() => setWant(PAGE_SIZE), [filter, sort]);
  const page = useLiveQuery<PageResult>(() => queryPage(db, filter, sort, { limit: want }), [db, filter, sort, want]);
  const total = useLiveQuery(() => db.incidents.count(), [db]);

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
    const ctrl = new AbortController();
    const t = setTimeout(() => {
      countMatches(db, filter, ctrl.signal).then(setMatching, () => {});
    }, 250);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [db, filter, pageReady, total.value]);

  return {
    page,
    total,
    matching,
    /** Ask for another page (the list calls it when its end comes into view). */
    more: () => {
      if (page.value && !page.value.done && !page.loading) setWant((w) => Math.max(w, page.value!.records.length + PAGE_SIZE));
    },
  };
}
