/**
 * An attack report: highlights of every kind of fact, a panel with the right facts, editing and saving,
 * the popup and its exports, and reloading without duplicates.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { highlightTexts, KINDS, measures, panel, waitForPipeline } from './support/page';

const ARTICLE = '/rocket-attack.html';
// The article's news is the first card; an earlier attack it mentions ("In January, a drone attack on
// the same base") is a card of its own below it.
const mainCard = (page: Page) => panel(page).locator('section.card').first();

async function openReport(page: Page, url: string) {
  await page.goto(url);
  await waitForPipeline(page, 'highlight');
  await expect(mainCard(page).getByRole('button', { name: 'Save incident' })).toBeVisible();
}

async function openPopup(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page.getByRole('list', { name: 'Saved incidents' }).getByRole('listitem');
}

test('an attack report gets a highlight of every kind of fact it contains, and a panel with the facts', async ({ page, server, pageErrors, context }) => {
  // The extension makes no network requests: everything seen here is the fixture page's own.
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await openReport(page, server.url(ARTICLE));

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
  expect(await page.evaluate(() => document.querySelector('incident-lens-panel')?.shadowRoot?.mode)).toBe('open');

  const p = mainCard(page);
  await expect(p.getByLabel('Date', { exact: true })).toHaveValue('2024-03-12');
  await expect(p.getByLabel('Weapon', { exact: true })).toHaveValue('rocket');
  await expect(p.getByLabel('Projectiles', { exact: true })).toHaveValue('3');
  await expect(p.getByLabel('Place', { exact: true })).toHaveValue(/Erbil/);
  await expect(p.getByLabel('Country', { exact: true })).toHaveValue('IQ');
  await expect(p.getByLabel('Injured', { exact: true })).toHaveValue('2');
  await expect(p.getByLabel('Killed', { exact: true })).toHaveValue(/^(0|)$/);

  // The stages are on the page's performance timeline (shared with the content script's world).
  for (const stage of ['gate', 'readability', 'extract', 'highlight']) {
    expect((await measures(page, `incident-lens:${stage}`)).length, stage).toBe(1);
  }
  expect(pageErrors).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('chrome-extension://'))).toEqual([]);
});

// The fixture's standfirst says "officials blamed Iran-backed militias for the attack", before the lead.
test('the panel shows the accused perpetrator', async ({ page, server }) => {
  await openReport(page, server.url(ARTICLE));
  await expect(mainCard(page).getByLabel('Perpetrator', { exact: true })).toHaveValue(/militias/i);
  await expect(mainCard(page).getByLabel('Perpetrator status', { exact: true })).toHaveValue('accused');
});

test('an earlier attack the article mentions gets a card of its own below the news', async ({ page, server }) => {
  await openReport(page, server.url(ARTICLE));
  const cards = panel(page).locator('section.card');
  await expect(cards).toHaveCount(2);
  const earlier = cards.nth(1);
  await expect(earlier.getByLabel('Weapon', { exact: true })).toHaveValue('drone');
  await expect(earlier.getByLabel('Date', { exact: true })).toHaveValue(/^2024-01/);
  await expect(earlier.getByLabel('Killed', { exact: true })).toHaveValue('0');
  await expect(earlier.getByLabel('Place', { exact: true })).toHaveValue(/Erbil/);
});

test('clicking a fact scrolls its highlight into view and flashes it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  await openReport(page, server.url(ARTICLE));
  // The "no one was killed" sentence is far below a 400 px viewport.
  await page.evaluate(() => window.scrollTo(0, 0));
  const killedShown = mainCard(page).getByRole('button', { name: 'Show killed in the page' });
  const injuredShown = mainCard(page).getByRole('button', { name: 'Show injured in the page' });
  const button = (await killedShown.count()) ? killedShown : injuredShown;
  await button.click();
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
  await openReport(page, server.url(ARTICLE));
  const p = panel(page);
  await p.getByRole('button', { name: 'Collapse panel' }).click();
  await expect(p.getByRole('button', { name: 'Save incident' })).toHaveCount(0);
  await p.getByRole('button', { name: /Expand Incident Lens/ }).click();
  await expect(p.getByRole('button', { name: 'Save incident' }).first()).toBeVisible();
  await p.getByRole('button', { name: 'Close Incident Lens' }).click();
  await expect(page.locator('incident-lens-panel')).toHaveCount(0);
  expect(Object.keys(await highlightTexts(page))).toEqual([]);
  expect(await page.locator('style#incident-lens-highlight-style').count()).toBe(0);
});

test('in a narrow window the panel starts as a pill so it does not cover the article', async ({ page, server }) => {
  await page.setViewportSize({ width: 760, height: 800 });
  await page.goto(server.url(ARTICLE));
  await waitForPipeline(page, 'highlight');
  const pill = panel(page).getByRole('button', { name: /Expand Incident Lens \(2 incidents\)/ });
  await expect(pill).toBeVisible();
  const box = (await pill.boundingBox())!;
  expect(box.width).toBeLessThan(260);
  expect(box.height).toBeLessThan(60);
  await pill.click();
  await expect(mainCard(page).getByRole('button', { name: 'Save incident' })).toBeVisible();
});

test('invalid input is reported and everything typed is kept', async ({ page, server }) => {
  await openReport(page, server.url(ARTICLE));
  const p = mainCard(page);
  await p.getByLabel('Injured', { exact: true }).fill('7');
  await p.getByLabel('Country', { exact: true }).fill('IRAQ');
  await p.getByRole('button', { name: 'Save incident' }).click();
  await expect(p.getByRole('alert')).toBeVisible();
  await expect(p.getByLabel('Country', { exact: true })).toHaveValue('IRAQ');
  await expect(p.getByLabel('Injured', { exact: true })).toHaveValue('7');
  await expect(p.getByRole('status')).toHaveCount(0);
});

test('editing a fact and saving stores the edited value; the popup lists it and its exports match', async ({ page, server, context, extensionId }) => {
  const url = server.url(ARTICLE);
  await openReport(page, url);
  const p = mainCard(page);
  await p.getByLabel('Injured', { exact: true }).fill('5');
  await p.getByLabel('Target', { exact: true }).fill('airport car park');
  await p.getByRole('button', { name: 'Save incident' }).click();
  await expect(p.getByRole('status')).toHaveText('Saved');

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
  await openReport(page, url);
  await mainCard(page).getByLabel('Injured', { exact: true }).fill('6');
  await mainCard(page).getByRole('button', { name: 'Save incident' }).click();
  await expect(mainCard(page).getByRole('status')).toHaveText('Saved');

  await page.reload();
  await waitForPipeline(page, 'highlight');
  const p = mainCard(page);
  await expect(p.getByRole('button', { name: 'Save incident' })).toHaveCount(1);
  await expect(p.getByRole('status')).toHaveText('Saved');
  await expect(p.getByLabel('Injured', { exact: true })).toHaveValue('6');
  await p.getByLabel('Killed', { exact: true }).fill('1');
  await p.getByRole('button', { name: 'Save incident' }).click();
  await expect(p.getByRole('status')).toHaveText('Saved');

  const popup = await context.newPage();
  const rows = await openPopup(popup, extensionId);
  await expect(rows).toHaveCount(1);
  await page.reload();
  await waitForPipeline(page, 'highlight');
  await expect(mainCard(page).getByLabel('Killed', { exact: true })).toHaveValue('1');
  await popup.reload();
  await expect(rows).toHaveCount(1);
});
