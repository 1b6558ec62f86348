/**
 * A tiny Preact binding for Dexie's liveQuery: re-runs `querier` whenever the tables it read change
 * (in this page or another extension page: the background's saves show up in an open popup).
 * Errors are returned, not thrown or swallowed, so the UI can show them.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  /** The latest result; kept while a new query (e.g. a changed search) is running, so lists do not flicker. */
  value: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useLiveQuery<T>(querier: () => T | Promise<T>, deps: readonly unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((s) => ({ ...s, loading: true }));
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error) => setState((s) => ({ ...s, error, loading: false })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the querier depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
