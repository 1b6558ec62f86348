/**
 * An attack report: highlights of every kind of fact, a panel with the right facts, editing and saving,
 * the popup and its exports, and reloading without duplicates.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightTexts, KINDS, measures, waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

const ARTICLE = '/rocket-attack.html';
// The article's news is the first card (card 0); an earlier attack it mentions ("In January, a drone attack
// on the same base") is a card of its own below it.
const field = (label: string, card = 0) => ({ card, label });
const SAVE = { card: 0, button: '^Save incident$' };
const STATUS = { card: 0, css: '[role=status]' };

async function openReport(page: Page, url: string): Promise<PanelDriver> {
  await page.goto(url);
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible(SAVE)).toBe(true);
  return panel;
}

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page.getByRole('list', { name: 'Saved incidents' }).getByRole('listitem');
}

test('an attack report gets a highlight of every kind of fact it contains, and a panel with the facts', async ({ page, server, pageErrors, context }) => {
  // The extension makes no network requests: everything seen here is the fixture page's own.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const panel = await openReport(page, server.url(ARTICLE));

  const hl = await highlightTexts(page);
  for (const kind of KINDS) {
    expect(hl[`incident-lens-${kind}`], `highlight incident-lens-${kind}`).toBeTruthy();
    expect(hl[`incident-lens-${kind}`].length).toBeGreaterThan(0);
  }
  const all = (k: string) => hl[`incident-lens-${k}`].join(' | ');
  expect(all('date')).toMatch(/Tuesday/);
  expect(all('weapon')).toMatch(/rocket/i);
  expect(all('count')).toMatch(/three/i);
  expect(all('place')).toMatch(/Erbil/i);
  expect(all('casualties')).toMatch(/two|wound|killed/i);
  expect(all('actor')).toMatch(/militias|airport|base/i);
  // Every range lies in the page's visible text, never in a script, style or our own panel.
  const stray = await page.evaluate(() => {
    const bad: string[] = [];
    CSS.highlights.forEach((h, name) => {
      for (const r of h as unknown as Iterable<Range>) {
        const el = r.startContainer.parentElement;
        if (!el || el.closest('script,style,noscript,template,incident-lens-panel')) bad.push(name);
      }
    });
    return bad;
  });
  expect(stray).toEqual([]);

  // The page's DOM is unchanged apart from the panel host and one style element (no wrapper elements).
  expect(await page.locator('incident-lens-mark').count()).toBe(0);
  expect(await page.locator('style#incident-lens-highlight-style').count()).toBe(1);
  expect(await page.locator('incident-lens-panel').count()).toBe(1);
  // Closed to the page: its scripts see no shadow root at all (DevTools, and so this test, still do).
  expect(await page.evaluate(() => document.querySelector('incident-lens-panel')?.shadowRoot ?? null)).toBeNull();
  expect(await panel.mode()).toBe('closed');
  // Nothing in the panel invites the browser's autofill (which sends form signatures off the machine):
  // no <form>, and every field says autocomplete="off".
  expect(await panel.count('form, input:not([autocomplete="off"]), select:not([autocomplete="off"]), textarea')).toBe(0);
  expect(await panel.count('input')).toBeGreaterThan(5);

  expect(await panel.value(field('Date'))).toBe('2024-03-12');
  expect(await panel.value(field('Weapon'))).toBe('rocket');
  expect(await panel.value(field('Projectiles'))).toBe('3');
  expect(await panel.value(field('Place'))).toMatch(/Erbil/);
  expect(await panel.value(field('Country'))).toBe('IQ');
  expect(await panel.value(field('Injured'))).toBe('2');
  expect(await panel.value(field('Killed'))).toMatch(/^(0|)$/);

  // The stages are on the page's performance timeline (shared with the content script's world).
  for (const stage of ['gate', 'readability', 'extract', 'highlight']) {
    expect((await measures(page, `incident-lens:${stage}`)).length, stage).toBe(1);
  }
  expect(pageErrors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('chrome-extension://'))).toEqual([]);
});

// The fixture's standfirst says "officials blamed Iran-backed militias for the attack", before the lead.
test('the panel shows the accused perpetrator', async ({ page, server }) => {
  const panel = await openReport(page, server.url(ARTICLE));
  expect(await panel.value(field('Perpetrator'))).toMatch(/militias/i);
  expect(await panel.value(field('Perpetrator status'))).toBe('accused');
});

test('an earlier attack the article mentions gets a card of its own below the news', async ({ page, server }) => {
  const panel = await openReport(page, server.url(ARTICLE));
  expect(await panel.count('section.card')).toBe(2);
  expect(await panel.value(field('Weapon', 1))).toBe('drone');
  expect(await panel.value(field('Date', 1))).toMatch(/^2024-01/);
  expect(await panel.value(field('Killed', 1))).toBe('0');
  expect(await panel.value(field('Place', 1))).toMatch(/Erbil/);
});

test('clicking a fact scrolls its highlight into view and flashes it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  const panel = await openReport(page, server.url(ARTICLE));
  // The "no one was killed" sentence is far below a 400 px viewport.
  await page.evaluate(() => window.scrollTo(0, 0));
  const killedShown = { card: 0, button: '^Show killed in the page$' };
  const injuredShown = { card: 0, button: '^Show injured in the page$' };
  await panel.click((await panel.exists(killedShown)) ? killedShown : injuredShown);
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('incident-lens-flash'))).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const r = [...(CSS.highlights.get('incident-lens-flash') as unknown as Iterable<Range>)][0];
        const rect = r.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('the panel collapses to a pill, expands again, and can be dismissed (removing the highlights)', async ({ page, server }) => {
  const panel = await openReport(page, server.url(ARTICLE));
  await panel.click({ button: '^Collapse panel$' });
  await expect.poll(() => panel.exists(SAVE)).toBe(false);
  await panel.click({ button: 'Expand Incident Lens' });
  await expect.poll(() => panel.visible(SAVE)).toBe(true);
  await panel.click({ button: '^Close Incident Lens$' });
  await expect(page.locator('incident-lens-panel')).toHaveCount(0);
  expect(Object.keys(await highlightTexts(page))).toEqual([]);
  expect(await page.locator('style#incident-lens-highlight-style').count()).toBe(0);
});

test('in a narrow window the panel starts as a pill so it does not cover the article', async ({ page, server }) => {
  await page.setViewportSize({ width: 760, height: 800 });
  await page.goto(server.url(ARTICLE));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  const pill = { button: 'Expand Incident Lens \\(2 incidents\\)' };
  await expect.poll(() => panel.visible(pill)).toBe(true);
  const box = (await panel.box(pill))!;
  expect(box.width).toBeLessThan(260);
  expect(box.height).toBeLessThan(60);
  await panel.click(pill);
  await expect.poll(() => panel.visible(SAVE)).toBe(true);
});

test('invalid input is reported and everything typed is kept', async ({ page, server }) => {
  const panel = await openReport(page, server.url(ARTICLE));
  await panel.fill(field('Injured'), '7');
  await panel.fill(field('Country'), 'IRAQ');
  await panel.click(SAVE);
  await expect.poll(() => panel.visible({ card: 0, css: '[role=alert]' })).toBe(true);
  expect(await panel.value(field('Country'))).toBe('IRAQ');
  expect(await panel.value(field('Injured'))).toBe('7');
  expect(await panel.exists(STATUS)).toBe(false);
});

test('editing a fact and saving stores the edited value; the popup lists it and its exports match', async ({ page, server, context, extensionId }) => {
  const url = server.url(ARTICLE);
  const panel = await openReport(page, url);
  await panel.fill(field('Injured'), '5');
  await panel.fill(field('Target'), 'airport car park');
  await panel.click(SAVE);
  await expect.poll(() => panel.text(STATUS)).toBe('Saved');

  const popup = await context.newPage();
  const rows = await openPopup(popup, extensionId);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(/Erbil/);

  const [jsonDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
  const jsonPath = test.info().outputPath('export.json');
  await jsonDownload.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'incident-collection', version: 1 });
  expect(exported.incidents).toHaveLength(1);
  const inc = exported.incidents[0];
  expect(inc.injured.best).toBe(5);
  expect(inc.target.text).toBe('airport car park');
  expect(inc.weapon.category).toBe('rocket');
  expect(inc.projectiles.best).toBe(3);
  expect(inc.date.value).toBe('2024-03-12');
  expect(inc.location.country).toBe('IQ');
  expect(inc.source.url).toBe(url);
  expect(inc.status).toBe('confirmed');

  const [csvDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvPath = test.info().outputPath('export.csv');
  await csvDownload.saveAs(csvPath);
  const csv = Papa.parse<Record<string, string>>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  expect(csv.data).toHaveLength(1);
  expect(csv.data[0]).toMatchObject({ injured: '5', target: 'airport car park', country: 'IQ', date: '2024-03-12', source_url: url });
  expect(csv.data[0].location).toMatch(/Erbil/);
});

test('reloading shows the saved incident as saved, and saving again does not duplicate it', async ({ page, server, context, extensionId }) => {
  const url = server.url(ARTICLE);
  let panel = await openReport(page, url);
  await panel.fill(field('Injured'), '6');
  await panel.click(SAVE);
  await expect.poll(() => panel.text(STATUS)).toBe('Saved');

  await page.reload();
  await waitForPipeline(page, 'highlight');
  panel = new PanelDriver(page);
  await expect.poll(() => panel.count('button.save', 0)).toBe(1);
  await expect.poll(() => panel.text(STATUS)).toBe('Saved');
  expect(await panel.value(field('Injured'))).toBe('6');
  await panel.fill(field('Killed'), '1');
  await panel.click(SAVE);
  await expect.poll(() => panel.text(STATUS)).toBe('Saved');

  const popup = await context.newPage();
  const rows = await openPopup(popup, extensionId);
  await expect(rows).toHaveCount(1);
  await page.reload();
  await waitForPipeline(page, 'highlight');
  await expect.poll(() => new PanelDriver(page).value(field('Killed'))).toBe('1');
  await popup.reload();
  await expect(rows).toHaveCount(1);
});
