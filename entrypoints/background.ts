/**
 * The background owns the database (IndexedDB opened here belongs to the extension's origin, not the news
 * site's) and runs the extractor, so the gazetteer and the extraction code never load into news pages.
 * It answers three typed messages; utils/messaging.ts validates both directions.
 */
import { analyseArticle } from '../lib/extract';
import { getIncidentsForUrl, openIncidentDb, saveIncident } from '../lib/store';
import { onMessage } from '../utils/messaging';

export default defineBackground(() => {
  const db = openIncidentDb();

  onMessage('analyse', (req) => {
    return analyseArticle({
      text: req.text,
      published: req.published,
      title: req.title,
      url: req.url,
      outlet: req.outlet,
    });
  });

  onMessage('saveIncident', async ({ incident }) => {
    try {
      return { ok: true as const, incident: await saveIncident(db, incident) };
    } catch (err) {
      // The panel shows this text next to the Save button and keeps what the reader typed.
      return { ok: false as const, error: err instanceof Error ? err.message : String(err) };
    }
  });

  onMessage('savedForUrl', ({ url }) => getIncidentsForUrl(db, url));
});
