/**
 * Fill the extension's database directly (for collections of thousands of records, saving them one by
 * one through a news page would take hours). The rows are exactly what the store writes
 * (lib/collection/synthetic.ts `storedRow`: the record, its source URLs and derived keys); the page
 * must be an extension page that has opened the database once, so Dexie created the current schema.
 */
import type { Page } from 'playwright-core';
import { storedRow } from '../../../lib/collection/synthetic';
import { deriveFields } from '../../../lib/store/derived';
import type { Incident } from '../../../lib/schema';

export async function seedIncidents(page: Page, incidents: readonly (Incident | Record<string, unknown>)[], batch = 4000): Promise<void> {
  // Wait until the page's Dexie has created the database at its current version.
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'incident-lens' && (d.version ?? 0) > 0));
  for (let k = 0; k < incidents.length; k += batch) {
    // A malformed row gets its derived keys too: every write through Dexie does (lib/store/db.ts).
    const rows = incidents.slice(k, k + batch).map((i) => ('date' in i && 'source' in i ? storedRow(i as Incident) : { ...i, ...deriveFields(i) }));
    // One JSON string, parsed in the page: much faster to send than a deep object graph.
    await page.evaluate(
      (json) =>
        new Promise<void>((resolve, reject) => {
          const rows = JSON.parse(json) as unknown[];
          const open = indexedDB.open('incident-lens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('incidents', 'readwrite');
            const store = tx.objectStore('incidents');
            for (const r of rows) store.put(r);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      JSON.stringify(rows),
    );
  }
}
