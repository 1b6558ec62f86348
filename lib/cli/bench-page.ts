/**
 * What the extension costs in a real page, measured in Debian's Chromium with the built extension
 * (`npm run bench` builds it first). Figures for `.eval/bench.json` under `page`:
 *   - content_script_kb: what every page loads before the gate decides (news-gate.js), and the analyser
 *     loaded only on pages that pass;
 *   - longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask', i.e. over 50 ms; 0 when
 *     none) from the moment the gate starts, on every corpus page (their scripts removed, so every task is
 *     ours or rendering we caused) and on a 5 MB article;
 *   - spa_heap_growth_mb: JS heap after 50 soft navigations of a single-page site, minus after the first;
 *   - first_analysis_ms: in a fresh browser (the worker has just started), from navigation to highlights.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../../test/e2e/support/browser';
import { longArticle, startFixtureServer } from '../../test/e2e/support/server';
import { settle } from '../../test/e2e/support/page';

export interface PageFigures {
  content_script_kb: { gate: number; analyser: number };
  longest_task_ms: { corpus_median: number; corpus_worst: number; corpus_worst_page: string; article_5mb: number; pages: Record<string, number> };
  spa_heap_growth_mb: number;
  spa_navigations: number;
  first_analysis_ms: { to_highlights: number; extract_stage: number };
}

const kb = (file: string) => Math.round((statSync(join(EXTENSION_DIR, file)).size / 1024) * 10) / 10;

/** A long-task recorder, installed before any page script. */
function recordLongTasks() {
  const w = window as unknown as { __ilTasks: Array<[number, number]> };
  w.__ilTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__ilTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

async function longestTask(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await settle(page);
  // Only tasks that end after the gate started: the page's own parsing and first layout are not ours.
  const tasks = await page.evaluate(() => {
    const gate = performance.getEntriesByName('incident-lens:gate')[0];
    const all = (window as unknown as { __ilTasks: Array<[number, number]> }).__ilTasks;
    return all.filter(([start, duration]) => gate && start + duration > gate.startTime).map(([, duration]) => duration);
  });
  return Math.round(Math.max(0, ...tasks));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Serves the corpus pages without their scripts (and without anything from other origins). */
async function corpusServer(dir: string) {
  const server = createServer((req, res) => {
    try {
      const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
      if (!/^[\w.-]+\.html$/.test(name)) throw new Error('not a page');
      const html = readFileSync(join(dir, name), 'utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

export async function pageFigures(pagesDir: string, log: (line: string) => void = console.log): Promise<PageFigures> {
  const content_script_kb = { gate: kb('news-gate.js'), analyser: kb('news-analyser.js') };
  log(`  content script before the gate: ${content_script_kb.gate} kB (the analyser, ${content_script_kb.analyser} kB, loads only where the gate passes)`);
  const fixtures = await startFixtureServer();
  const corpus = await corpusServer(pagesDir);
  try {
    // First analysis after the worker starts: a fresh browser, the first report it sees.
    let b = await launchWithExtension();
    let first: PageFigures['first_analysis_ms'];
    try {
      const page = await b.context.newPage();
      const t0 = Date.now();
      await page.goto(fixtures.url('/rocket-attack.html'));
      await page.waitForFunction(() => performance.getEntriesByName('incident-lens:highlight').length > 0, null, { timeout: 30_000 });
      const toHighlights = Date.now() - t0;
      const extract = await page.evaluate(() => performance.getEntriesByName('incident-lens:extract')[0].duration);
      first = { to_highlights: toHighlights, extract_stage: Math.round(extract) };
      log(`  first analysis after the worker starts: ${toHighlights} ms from navigation to highlights (background round trip ${first.extract_stage} ms)`);
    } finally {
      await b.close();
    }

    b = await launchWithExtension();
    try {
      // Nothing from other origins: saved pages reference fonts and trackers that would only time out.
      await b.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await b.context.addInitScript(recordLongTasks);
      const pages: Record<string, number> = {};
      const page = await b.context.newPage();
      for (const f of readdirSync(pagesDir).filter((n) => n.endsWith('.html')).sort()) {
        try {
          pages[f.replace(/\.html$/, '')] = await longestTask(page, `${corpus.origin}/${f}`);
        } catch (err) {
          log(`  ${f}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
        }
      }
      const values = Object.values(pages);
      const worst = Object.entries(pages).sort((a, c) => c[1] - a[1])[0] ?? ['', 0];
      const article5mb = await longestTask(page, fixtures.url('/long-article.html'));
      log(`  longest task from the gate on: corpus pages median ${median(values)} ms, worst ${worst[1]} ms (${worst[0]}); 5 MB article ${article5mb} ms  (0 = none over 50 ms)`);

      // 50 soft navigations between two articles of a single-page site.
      const cdp = await b.context.newCDPSession(page);
      await page.goto(fixtures.url('/spa.html?story=mosul'));
      await settle(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const before = await heap();
      const navigations = 50;
      for (let i = 0; i < navigations; i++) {
        const n = await page.evaluate(() => performance.getEntriesByName('incident-lens:highlight').length);
        await page.locator(i % 2 ? '#to-mosul' : '#to-kandahar').click();
        await page.waitForFunction((k) => performance.getEntriesByName('incident-lens:highlight').length > k, n, { timeout: 15_000 });
      }
      await page.waitForTimeout(500);
      const growth = Math.round(((await heap()) - before) / 2 ** 20 * 100) / 100;
      log(`  heap growth after ${navigations} soft navigations: ${growth} MB`);
      return {
        content_script_kb,
        longest_task_ms: { corpus_median: median(values), corpus_worst: worst[1], corpus_worst_page: worst[0], article_5mb: article5mb, pages },
        spa_heap_growth_mb: growth,
        spa_navigations: navigations,
        first_analysis_ms: first,
      };
    } finally {
      await b.close();
    }
  } finally {
    await fixtures.close();
    await corpus.close();
  }
}

/** For a quick look: `npx tsx lib/cli/bench-page.ts [PAGES_DIR]`. */
if (import.meta.url === `file://${process.argv[1]}`) {
  void pageFigures(process.argv[2] ?? '../shared/corpus/pages').then((f) => console.log(JSON.stringify(f, null, 2)));
}
