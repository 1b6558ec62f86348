/**
 * Pages that change under the extension, and pages that try to hold it up: a single-page site navigating
 * between two articles and a non-article, a live blog that appends an attack, a 5 MB article, and a tab
 * with a pathological paragraph that must not delay another tab's report.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightTexts } from './support/page';
import { PanelDriver } from './support/panel-driver';

const placeOf = (page: Page, card: number) => () => new PanelDriver(page).value({ card, label: 'Place' });
const cardCount = (page: Page) => () => new PanelDriver(page).count('section.card');
const hasPanel = (page: Page) => () => page.locator('incident-lens-panel').count();

/** Long tasks on the page's main thread (anything over 50 ms), recorded from the start of the document. */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      // Only tasks after the gate started: the page's own parsing of its HTML is not ours.
      const gate = performance.getEntriesByName('incident-lens:gate')[0];
      for (const e of list.getEntries()) if (gate && e.startTime + e.duration > gate.startTime) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

test('a single-page site: each soft navigation replaces the panel and highlights; a non-article clears them', async ({ page, server, pageErrors }) => {
  await page.goto(server.url('/spa.html?story=mosul'));
  await expect.poll(placeOf(page, 0)).toMatch(/Mosul/);
  expect((await highlightTexts(page))['incident-lens-place']?.join(' ')).toMatch(/Mosul/);

  await page.locator('#to-kandahar').click();
  expect(page.url()).toContain('story=kandahar');
  await expect.poll(placeOf(page, 0), { timeout: 10_000 }).toMatch(/Kandahar/);
  await expect.poll(cardCount(page)).toBe(1);
  const places = (await highlightTexts(page))['incident-lens-place']?.join(' ') ?? '';
  expect(places).toMatch(/Kandahar/);
  expect(places).not.toMatch(/Mosul/);

  await page.locator('#to-bakery').click();
  await expect.poll(hasPanel(page), { timeout: 10_000 }).toBe(0);
  expect(await highlightTexts(page)).toEqual({});

  // Back to the first story through the history: analysed again.
  await page.goBack();
  await page.goBack();
  await expect.poll(placeOf(page, 0), { timeout: 10_000 }).toMatch(/Mosul/);
  await expect.poll(hasPanel(page)).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('a live blog: an attack appended after load joins the panel, and what the reader typed is kept', async ({ page, server }) => {
  await page.goto(server.url('/live-blog.html'));
  await expect.poll(placeOf(page, 0)).toMatch(/[KQ]iryat Shmona/);
  const panel = new PanelDriver(page);
  const target = { card: 0, label: 'Target' };
  await panel.fill(target, 'residential street');

  await page.evaluate(() => (window as unknown as { addEntry(): void }).addEntry());
  await expect.poll(cardCount(page), { timeout: 15_000 }).toBe(2);
  expect(await panel.value(target)).toBe('residential street');
  expect(await placeOf(page, 0)()).toMatch(/[KQ]iryat Shmona/);
  expect(await placeOf(page, 1)()).toMatch(/Haifa/);
  expect((await highlightTexts(page))['incident-lens-place']?.join(' ')).toMatch(/Haifa/);
});

test.describe.configure({ timeout: 90_000 });

test('a 5 MB article: the start is analysed in bounded steps, the panel says it is partial', async ({ page, server, pageErrors }) => {
  await recordLongTasks(page);
  await page.goto(server.url('/long-article.html'));
  // Hundreds of facts to anchor (the generated text is all attacks): the panel can take seconds, in short steps.
  await expect.poll(placeOf(page, 0), { timeout: 45_000 }).toMatch(/Odesa/);
  expect(await new PanelDriver(page).text({ css: '.note' })).toMatch(/Too long to analyse fully/);
  const tasks = await longTasks(page);
  console.log(`5 MB article: long tasks ${tasks.map((t) => Math.round(t)).join(', ') || 'none over 50 ms'}`);
  // Before: one 470–760 ms task (Readability on the whole page). The bound is loose for a busy 2-core
  // machine; the bench reports the figure.
  expect(Math.max(0, ...tasks)).toBeLessThan(400);
  expect(pageErrors).toEqual([]);
});

test('a tab stuck on a pathological paragraph does not hold up a plain report in another tab', async ({ context, server }) => {
  const stuck = await context.newPage();
  await stuck.goto(server.url('/pathological.html'));
  // Wait until its analysis is under way in the background.
  await stuck.waitForFunction(() => performance.getEntriesByName('incident-lens:readability').length > 0, null, { timeout: 15_000 });

  const plain = await context.newPage();
  const t0 = Date.now();
  await plain.goto(server.url('/rocket-attack.html'));
  await expect.poll(() => new PanelDriver(plain).visible({ card: 0 }), { timeout: 2_000, intervals: [50] }).toBe(true);
  console.log(`plain report's panel after ${Date.now() - t0} ms while the other tab is analysed`);
  // The stuck tab gets its panel in the end (its text is analysed in steps, within the time budget).
  await expect.poll(() => new PanelDriver(stuck).visible({ card: 0 }), { timeout: 20_000 }).toBe(true);
});
