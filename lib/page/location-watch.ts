/**
 * Notices navigations that do not reload the page (history.pushState/replaceState, back/forward within a
 * single-page site). Polls `location.href` rather than listening to events: the Navigation API is missing
 * in Firefox ESR, history methods cannot be wrapped from an isolated world, and any event we listened to on
 * `window` could be dispatched by the page itself. One string comparison a second costs nothing.
 * Only the URL without its fragment counts: "#comments" is the same article.
 */
export interface LocationWatchOptions {
  /** How often to look (ms). */
  intervalMs?: number;
  /** Read the current URL (tests pass their own). */
  read?: () => string;
  /** Also called on every tick; returning true stops the watch (e.g. the extension was updated). */
  orphaned?: () => boolean;
}

export function withoutFragment(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Calls `onChange(newUrl, oldUrl)` after each change of the page URL until `signal` aborts. */
export function watchLocation(signal: AbortSignal, onChange: (url: string, previous: string) => void, opts: LocationWatchOptions = {}): void {
  const read = opts.read ?? (() => location.href);
  let last = withoutFragment(read());
  const timer = setInterval(() => {
    if (opts.orphaned?.()) {
      clearInterval(timer);
      return;
    }
    const now = withoutFragment(read());
    if (now === last) return;
    const previous = last;
    last = now;
    onChange(now, previous);
  }, opts.intervalMs ?? 1000);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
