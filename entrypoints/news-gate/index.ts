/**
 * The only script every http(s) page loads: the cheap gate, and nothing else. When the page looks like an
 * attack report, the background injects the analyser (Readability, anchoring, the panel) into this frame;
 * other pages never load it. See lib/page/handoff.ts and README "What every page pays".
 *
 * Lifecycle: one AbortController for the page's life (aborted when the extension goes away) and one per
 * analysed article (aborted on a soft navigation, or when the reader closes the panel). No ContentScriptContext:
 * its "script started" message and event are visible to, and can be replayed by, the page.
 */
import { browser } from 'wxt/browser';
import { defineExtensionMessaging } from '@webext-core/messaging';
import { gate } from '../../lib/page/gate';
import { measure } from '../../lib/page/timing';
import { watchLocation } from '../../lib/page/location-watch';
import { ANALYSE_NOW, CAPTURE_SELECTION, registeredAnalyser, type AnalyserApi } from '../../lib/page/handoff';

/** Set on the isolated world's window: a second injection into the same world does nothing. */
const LOADED = Symbol.for('incident-lens.news-gate');
/** After a soft navigation, wait this long for the single-page site to render the new article. */
const SETTLE_MS = 800;

// Not the validated channel of utils/messaging.ts: that one brings zod, and this script must stay tiny.
// The background validates the request like any other.
const gateChannel = defineExtensionMessaging<{ loadAnalyser(): { ok: boolean; error?: string } }>();

async function loadAnalyser(): Promise<AnalyserApi | undefined> {
  const answer = await gateChannel.sendMessage('loadAnalyser', undefined);
  if (!answer.ok) throw new Error(answer.error ?? 'the analyser could not be loaded');
  return registeredAnalyser();
}

function start(): void {
  const w = window as unknown as Record<symbol, boolean | undefined>;
  if (w[LOADED]) return;
  w[LOADED] = true;

  const life = new AbortController();
  let current: AbortController | null = null;
  // After an extension update or removal this copy is orphaned: it stops, taking its UI with it.
  const orphaned = () => {
    if (browser.runtime?.id) return false;
    life.abort();
    return true;
  };

  /** From the reader's selection: into the panel that is up, or a new panel with that card. */
  async function capture(): Promise<void> {
    const analyser = registeredAnalyser() ?? (await loadAnalyser());
    if (!analyser) return;
    if (analyser.hasPanel()) return analyser.captureIntoPanel();
    current?.abort();
    const run = new AbortController();
    current = run;
    life.signal.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
    await analyser.analyse(run.signal, () => run.abort(), { selection: true });
  }

  /** `force`: the reader asked (toolbar popup, shortcut), so the gate is not asked. */
  async function check(force = false): Promise<void> {
    current?.abort();
    const run = new AbortController();
    current = run;
    life.signal.addEventListener('abort', () => run.abort(), { once: true, signal: run.signal });
    const t = performance.now();
    const verdict = gate(document);
    measure('gate', t, { pass: verdict.pass, ...(force ? { force } : {}) });
    if ((!verdict.pass && !force) || run.signal.aborted) return;
    const analyser = registeredAnalyser() ?? (await loadAnalyser());
    if (!analyser || run.signal.aborted) return;
    await analyser.analyse(run.signal, () => run.abort(), { force });
  }
  const checkQuietly = (force = false) =>
    check(force).catch((err) => {
      // Never an uncaught error on a news page; a debug line for whoever is looking.
      console.debug('[incident-lens]', err);
    });

  checkQuietly();
  // Only the extension can send this (runtime messages never come from pages).
  const onRequest = (message: unknown) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === ANALYSE_NOW) void checkQuietly(true);
    if (type === CAPTURE_SELECTION) capture().catch((err) => console.debug('[incident-lens]', err));
  };
  browser.runtime.onMessage.addListener(onRequest);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onRequest), { once: true });
  let settle: ReturnType<typeof setTimeout> | undefined;
  watchLocation(
    life.signal,
    () => {
      // The previous article's highlights and panel go at once; the new page is looked at once it settles.
      current?.abort();
      current = null;
      clearTimeout(settle);
      settle = setTimeout(() => void checkQuietly(), SETTLE_MS);
    },
    { orphaned },
  );
  life.signal.addEventListener('abort', () => clearTimeout(settle), { once: true });
}

export default defineUnlistedScript(start);
