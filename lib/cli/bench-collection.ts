/**
 * The collection's figures for `npm run bench`: the built extension in headless Chromium, its store
 * seeded with `small` and then `large` made-up incidents (lib/collection/synthetic.ts), each in a
 * fresh profile, measuring what the reader waits for:
 *   - popup first render: navigation → first rows painted (performance mark in the page)
 *   - search ("iraq", the country as shown) and filter (weapon = drone): the change → its first page painted
 *   - collection page first render: navigation → first table rows painted (map and timeline with them);
 *     and when every record has streamed in (reported, no goal)
 *   - full CSV export from the popup: click → download received
 * Each large figure is printed as a ratio to the small one of the same run.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { synthIncident } from '../collection/synthetic';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../../test/e2e/support/browser';
import { seedIncidents } from '../../test/e2e/support/seed';

export interface CollectionFigures {
  records: number;
  seedSeconds: number;
  popupFirstRenderMs: number;
  searchMs: number;
  filterMs: number;
  /** A search nothing matches: the whole store is read to be sure (no goal; reported as a limit). */
  noMatchSearchMs: number;
  collectionFirstRenderMs: number;
  collectionCompleteMs: number;
  csvExportMs: number;
  csvBytes: number;
}

export interface CollectionBench {
  small: CollectionFigures;
  large: CollectionFigures;
  ratios: Record<'popupFirstRender' | 'search' | 'filter' | 'noMatchSearch' | 'collectionFirstRender' | 'collectionComplete' | 'csvExport' | 'csvExportPerRecord', number>;
  goals: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The startTime of a performance mark (ms after navigation), once it exists. */
async function markTime(page: Page, name: string, timeout = 600_000): Promise<number> {
  const h = await page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name, { timeout, polling: 20 });
  return (await h.jsonValue()) as number;
}

/** Run `act` and return the duration of the next `incident-lens:popup-query` measure it causes. */
async function queryTime(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('incident-lens:popup-query').length);
  await act();
  const h = await page.waitForFunction(
    (k) => {
      const e = performance.getEntriesByName('incident-lens:popup-query');
      return e.length > k ? e[e.length - 1].duration : null;
    },
    before,
    { timeout: 600_000, polling: 10 },
  );
  return (await h.jsonValue()) as number;
}

/** Wait until the popup's lazy reads (count, country list) are done, so they do not compete with the next figure. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const t = document.querySelector('[data-testid="count"]')?.textContent ?? '';
      return /\d/.test(t) && !t.includes('…') && document.querySelectorAll('select[id$="-country"] option').length > 1;
    },
    undefined,
    { timeout: 600_000 },
  );
  await page.waitForTimeout(300);
}

async function figuresFor(records: number, reps: number, log: (s: string) => void): Promise<CollectionFigures> {
  const b = await launchWithExtension();
  try {
    const base = `chrome-extension://${b.extensionId}`;
    // Seeded from a page of its own, closed before measuring (its heap does not weigh on the figures).
    const seeder = await b.context.newPage();
    await seeder.goto(`${base}/popup.html`);
    const t0 = performance.now();
    const seedBatch = 5000;
    for (let k = 0; k < records; k += seedBatch) {
      const batch = Array.from({ length: Math.min(seedBatch, records - k) }, (_, j) => synthIncident(k + j, 3));
      await seedIncidents(seeder, batch);
    }
    await seeder.close();
    const seedSeconds = (performance.now() - t0) / 1000;
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    log(`  ${records.toLocaleString('en')} records seeded in ${seedSeconds.toFixed(1)} s`);

    // One unmeasured load first: right after a bulk write the database is still compacting, which is
    // not what a reader opening the popup meets.
    await page.goto(`${base}/popup.html`);
    await markTime(page, 'incident-lens:popup-first-rows');
    await settled(page);
    await page.waitForTimeout(records > 10_000 ? 10_000 : 1000);

    const first: number[] = [];
    const search: number[] = [];
    const filter: number[] = [];
    for (let r = 0; r < reps; r++) {
      await page.goto(`${base}/popup.html`);
      first.push(await markTime(page, 'incident-lens:popup-first-rows'));
      await settled(page);
      search.push(await queryTime(page, () => page.getByLabel('Search incidents').fill('iraq')));
      await settled(page);
      await queryTime(page, () => page.getByLabel('Search incidents').fill(''));
      filter.push(await queryTime(page, () => page.getByLabel('Weapon', { exact: true }).selectOption('drone').then(() => {})));
      await settled(page);
    }

    // A search that matches nothing must read every record before it can say so.
    await page.goto(`${base}/popup.html`);
    await markTime(page, 'incident-lens:popup-first-rows');
    await settled(page);
    const noMatchSearchMs = await queryTime(page, () => page.getByLabel('Search incidents').fill('qqxzv'));

    // Full CSV export (no filter) from the popup.
    await page.goto(`${base}/popup.html`);
    await markTime(page, 'incident-lens:popup-first-rows');
    await settled(page);
    const e0 = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const path = await download.path();
    const csvExportMs = performance.now() - e0;
    const { statSync } = await import('node:fs');
    const csvBytes = path ? statSync(path).size : 0;

    const coll: number[] = [];
    let complete = NaN;
    const cpage = await b.context.newPage();
    await cpage.setViewportSize({ width: 1400, height: 1000 });
    for (let r = 0; r < reps; r++) {
      await cpage.goto(`${base}/collection.html`);
      coll.push(await markTime(cpage, 'incident-lens:collection-first-rows'));
      if (r === 0) complete = await markTime(cpage, 'incident-lens:collection-complete');
    }
    return {
      records,
      seedSeconds,
      popupFirstRenderMs: median(first),
      searchMs: median(search),
      filterMs: median(filter),
      noMatchSearchMs,
      collectionFirstRenderMs: median(coll),
      collectionCompleteMs: complete,
      csvExportMs,
      csvBytes,
    };
  } finally {
    await b.close();
  }
}

/** Null (with the reason printed) when there is no built extension or no Chromium to run it in. */
export async function collectionBench(opts: { small?: number; large?: number; reps?: number; log?: (s: string) => void } = {}): Promise<CollectionBench | { skipped: string }> {
  const log = opts.log ?? console.log;
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) return { skipped: 'no built extension (run `npm run build` first)' };
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const small = opts.small ?? 1000;
  const large = opts.large ?? 100_000;
  const reps = opts.reps ?? 3;
  log(`\ncollection: the built extension in headless Chromium, ${small.toLocaleString('en')} then ${large.toLocaleString('en')} records, ${reps} runs each (medians)`);
  const s = await figuresFor(small, reps, log);
  const l = await figuresFor(large, reps, log);
  const ratio = (a: number, b: number) => a / b;
  const ratios = {
    popupFirstRender: ratio(l.popupFirstRenderMs, s.popupFirstRenderMs),
    search: ratio(l.searchMs, s.searchMs),
    filter: ratio(l.filterMs, s.filterMs),
    noMatchSearch: ratio(l.noMatchSearchMs, s.noMatchSearchMs),
    collectionFirstRender: ratio(l.collectionFirstRenderMs, s.collectionFirstRenderMs),
    collectionComplete: ratio(l.collectionCompleteMs, s.collectionCompleteMs),
    csvExport: ratio(l.csvExportMs, s.csvExportMs),
    csvExportPerRecord: ratio(l.csvExportMs / l.records, s.csvExportMs / s.records),
  };
  const row = (name: string, a: number, b: number, r: number, goal: string) =>
    log(`  ${name.padEnd(34)} ${a.toFixed(0).padStart(7)} ms  ${b.toFixed(0).padStart(8)} ms   ×${r.toFixed(2).padStart(6)}   ${goal}`);
  log(`  ${''.padEnd(34)} ${String(small).padStart(10)} ${String(large).padStart(11)}   ratio`);
  row('popup first render', s.popupFirstRenderMs, l.popupFirstRenderMs, ratios.popupFirstRender, 'goal ≤ 1.5');
  row('search "iraq" (first page)', s.searchMs, l.searchMs, ratios.search, 'goal ≤ 1.5');
  row('filter weapon = drone (first page)', s.filterMs, l.filterMs, ratios.filter, 'goal ≤ 1.5');
  row('search matching nothing', s.noMatchSearchMs, l.noMatchSearchMs, ratios.noMatchSearch, '(reads every record; no goal)');
  row('collection page first render', s.collectionFirstRenderMs, l.collectionFirstRenderMs, ratios.collectionFirstRender, '');
  row('collection page, all records in', s.collectionCompleteMs, l.collectionCompleteMs, ratios.collectionComplete, `(${(large / small).toFixed(0)}× the records)`);
  row('full CSV export', s.csvExportMs, l.csvExportMs, ratios.csvExport, `per record ×${ratios.csvExportPerRecord.toFixed(2)} (linear ≈ 1)`);
  return { small: s, large: l, ratios, goals: 'first render, search and filter ≤ 1.5× the small figure; export linear (per-record ratio ≈ 1)' };
}
