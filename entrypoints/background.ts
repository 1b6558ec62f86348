/**
 * The background owns the database (IndexedDB opened here belongs to the extension's origin, not the news
 * site's) and runs the extractor, so the gazetteer and the extraction code never load into news pages.
 * It injects the analyser into frames whose gate passed, and answers the typed messages of
 * utils/messaging.ts, which validates both directions.
 */
import { browser } from 'wxt/browser';
import { analyseInSteps } from '../lib/extract/steps';
import { locationFromSuggestion, suggestionLabel, suggestPlaces } from '../lib/gazetteer/suggest';
import type { Incident } from '../lib/schema';
import { addIncidentAsSource, ConflictError, getIncidentsForUrl, likelyDuplicatesOf, openIncidentDb, openRejectionDb, rejectDetection, rejectedKeysForUrl, saveIncident, undoRejection } from '../lib/store';
import { onMessage } from '../utils/messaging';
import { ANALYSE_NOW, CAPTURE_SELECTION, FOCUS_PANEL } from '../lib/page/handoff';

/** The analyser bundle (entrypoints/news-analyser): not web-accessible, so pages cannot fetch or probe it. */
const ANALYSER_FILE = '/news-analyser.js';
const GATE_FILE = '/news-gate.js';
/** The keyboard command declared in wxt.config.ts. */
const ANALYSE_COMMAND = 'analyse-page';
const FOCUS_COMMAND = 'focus-panel';
const CAPTURE_COMMAND = 'capture-selection';
const CAPTURE_MENU = 'incident-lens-capture';

/** Send a message to a tab's gate script, injecting it first where it is missing. */
async function tellGate(tabId: number, frameId: number, type: string): Promise<{ ok: boolean; error?: string }> {
  const ask = () => browser.tabs.sendMessage(tabId, { type }, { frameId });
  try {
    await ask();
    return { ok: true };
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GATE_FILE] });
      await ask();
      return { ok: true };
    } catch (err) {
      // Pages extensions may not touch (the browser's own, the web store) end here.
      return { ok: false, error: `This page cannot be analysed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
}

/** Move keyboard focus into the tab's panel; a page without one is analysed instead. */
async function focusPanel(tabId: number): Promise<void> {
  // Only a panel answers; the gate script alone does not.
  const answer = await browser.tabs.sendMessage(tabId, { type: FOCUS_PANEL }, { frameId: 0 }).catch(() => undefined);
  if (!(answer as { ok?: boolean } | undefined)?.ok) await analyseTab(tabId);
}

/**
 * Ask the tab's gate script to analyse its page whatever the gate says. A tab opened before the extension
 * was installed or updated has no gate script yet: it is injected first.
 */
function analyseTab(tabId: number): Promise<{ ok: boolean; error?: string }> {
  return tellGate(tabId, 0, ANALYSE_NOW);
}

export default defineBackground(() => {
  const db = openIncidentDb();
  const rejections = openRejectionDb();

  onMessage('loadAnalyser', async (_req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return { ok: false, error: 'not sent from a tab' };
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ANALYSER_FILE] });
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  });

  // In bounded steps: a huge text from one tab must not hold up the analyses of the others.
  onMessage('analyse', (req) =>
    analyseInSteps(
      {
        text: req.text,
        published: req.published,
        title: req.title,
        url: req.url,
        outlet: req.outlet,
      },
      // The reader asked for this page: what was found is shown even if it does not read as an attack report.
      { keepIncidents: !!req.force },
    ),
  );

  // "Analyse this page": the popup's button and the keyboard shortcut.
  onMessage('analyseTab', ({ tabId }) => analyseTab(tabId));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (tab?.id == null) return;
    if (command === ANALYSE_COMMAND) void analyseTab(tab.id);
    if (command === FOCUS_COMMAND) void focusPanel(tab.id);
    if (command === CAPTURE_COMMAND) void tellGate(tab.id, 0, CAPTURE_SELECTION);
  });

  // "New incident from selection" in the page's context menu, on selected text only.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({ id: CAPTURE_MENU, title: 'New incident from selection', contexts: ['selection'] });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU && tab?.id != null) void tellGate(tab.id, info.frameId ?? 0, CAPTURE_SELECTION);
  });

  onMessage('saveIncident', async ({ incident, expectedUpdatedAt, checkDuplicates }) => {
    try {
      // A new record first: is it an attack already in the collection, from another outlet?
      if (checkDuplicates && !expectedUpdatedAt) {
        const duplicates = await likelyDuplicatesOf(db, incident);
        if (duplicates.length) {
          return { ok: false as const, error: 'This may be an attack you already saved from another report.', duplicates: duplicates.slice(0, 5) };
        }
      }
      return { ok: true as const, incident: await saveIncident(db, incident, expectedUpdatedAt === undefined ? {} : { expectedUpdatedAt }) };
    } catch (err) {
      // Changed elsewhere since the panel opened: the panel shows both and lets the reader choose.
      if (err instanceof ConflictError) return { ok: false as const, error: err.message, conflict: err.current as Incident };
      // The panel shows this text next to the Save button and keeps what the reader typed.
      return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
    }
  });

  // Place suggestions as the reader types: the gazetteer lives here, never in the page.
  onMessage('suggestPlaces', ({ query, near }) =>
    suggestPlaces(query, { limit: 8, ...(near ? { near } : {}) }).map((s) => ({ label: suggestionLabel(s), location: locationFromSuggestion(s) })),
  );

  onMessage('addAsSource', async ({ incident, targetId }) => {
    try {
      return { ok: true as const, incident: (await addIncidentAsSource(db, targetId, incident)).kept };
    } catch (err) {
      return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
    }
  });

  onMessage('savedForUrl', ({ url }) => getIncidentsForUrl(db, url));

  onMessage('rejectDetection', async ({ incident }) => {
    try {
      return { ok: true as const, key: await rejectDetection(rejections, incident) };
    } catch (err) {
      return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
    }
  });
  onMessage('undoRejection', async ({ key }) => {
    try {
      await undoRejection(rejections, key);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  });
  onMessage('rejectedForUrl', ({ url }) => rejectedKeysForUrl(rejections, url));
});
