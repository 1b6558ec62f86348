/**
 * Content script on every http(s) page: a cheap gate first, then (only for likely attack reports)
 * Readability, analysis in the background, highlights and the panel. See pipeline.ts.
 *
 * Teardown is one call: every listener, highlight and UI piece hangs off one AbortController, which is
 * aborted when the reader dismisses the panel or when WXT invalidates this script (extension update or a
 * newer copy of the script starting).
 */
import { run } from './pipeline';

/** Set on the isolated world's window: a second injection into the same world does nothing. */
const LOADED = Symbol.for('incident-lens.news-content');

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const w = window as unknown as Record<symbol, AbortController | undefined>;
    const previous = w[LOADED];
    if (previous && !previous.signal.aborted) return;

    const controller = new AbortController();
    w[LOADED] = controller;
    const teardown = () => controller.abort();
    ctx.onInvalidated(teardown);
    controller.signal.addEventListener('abort', () => {
      if (w[LOADED] === controller) w[LOADED] = undefined;
    });

    run(ctx, controller.signal, teardown).catch((err) => {
      // Never an uncaught error on a news page; a debug line for whoever is looking.
      console.debug('[incident-lens]', err);
    });
  },
});
