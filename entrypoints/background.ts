/**
 * The background owns the database (IndexedDB opened here belongs to the extension's origin, not the news
 * site's) and runs the extractor, so the gazetteer and the extraction code never load into news pages.
 * It injects the analyser into frames whose gate passed, and answers the typed messages of
 * utils/messaging.ts, which validates both directions.
 */
import { browser } from 'wxt/browser';
import { analyseInSteps } from '../lib/extract/steps';
import { getIncidentsForUrl, openIncidentDb, openRejectionDb, rejectDetection, rejectedKeysForUrl, saveIncident, undoRejection } from '../lib/store';
import { onMessage } from '../utils/messaging';

/** The analyser bundle (entrypoints/news-analyser): not web-accessible, so pages cannot fetch or probe it. */
const ANALYSER_FILE = '/news-analyser.js';

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
    analyseInSteps({
      text: req.text,
      published: req.published,
      title: req.title,
      url: req.url,
      outlet: req.outlet,
    }),
  );

  onMessage('saveIncident', async ({ incident }) => {
    try {
      return { ok: true as const, incident: await saveIncident(db, incident) };
    } catch (err) {
      // The panel shows this text next to the Save button and keeps what the reader typed.
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
