/**
 * The popup and the collection page on a seeded collection (made-up records, lib/collection/synthetic):
 * what the list, the map's points, the timeline's bars and the table's rows show matches the records
 * and the filters; filter then export gives only the filtered rows; light and dark screenshots.
 */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedIncidents } from './support/seed';
import { synthIncident } from '../../lib/collection/synthetic';
import { countryName } from '../../lib/collection/labels';
import { baseProjection } from '../../lib/collection/map-view';
import type { Incident } from '../../lib/schema';

const N = 80;
const records: Incident[] = Array.from({ length: N }, (_, k) => synthIncident(k, 7));
const damaged = { id: 'damaged-row-1', weapon: 'garbled', source: { title: 'Half-written record' } };
const SHOTS = process.env.SCREENSHOT_DIR;

async function seededPage(page: Page, extensionId: string, path: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await seedIncidents(page, [...records, damaged]);
  await page.goto(`chrome-extension://${extensionId}/${path}`);
}

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = test.info().outputPath(d.suggestedFilename());
  await d.saveAs(path);
  return readFile(path, 'utf8');
}

const csvIds = (text: string) => {
  const csv = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.errors).toEqual([]);
  return csv.data.map((r) => r.id).sort();
};
const idsOf = (xs: Incident[]) => xs.map((i) => i.id).sort();

test('popup: filters, search by the country as shown, sort, a virtualised list, and export of the filtered rows', async ({ page, extensionId, pageErrors }) => {
  await page.setViewportSize({ width: 400, height: 600 });
  await seededPage(page, extensionId, 'popup.html');
  const list = page.getByRole('list', { name: 'Saved incidents' });
  await expect(page.getByTestId('count')).toHaveText(`${N + 1} saved`);
  // Virtualised: a handful of rows in the DOM, not all of them.
  const shown = await list.getByRole('listitem').count();
  expect(shown).toBeGreaterThan(2);
  expect(shown).toBeLessThan(20);
  // The damaged row is listed, as damaged, and search finds it by its title.
  await page.getByLabel('Search incidents').fill('half-written');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('Damaged record');

  // Search matches the country as shown ("Iraq"), though records store "IQ".
  await page.getByLabel('Search incidents').fill('Iraq');
  const iraq = records.filter((r) => r.location?.country === 'IQ');
  await expect(page.getByTestId('count')).toHaveText(`${iraq.length} of ${N + 1} match`);
  await expect(list.getByRole('listitem').first()).toContainText('Iraq');
  // The search result is live: deleting a row removes it; Undo brings it back.
  const firstHeading = await list.getByRole('listitem').first().getByRole('heading').textContent();
  await list.getByRole('listitem').first().getByRole('button', { name: /^Delete incident/ }).click();
  await expect(page.getByTestId('count')).toHaveText(`${iraq.length - 1} of ${N} match`);
  await expect(list.getByRole('listitem').first().getByRole('heading')).not.toHaveText(firstHeading!);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('count')).toHaveText(`${iraq.length} of ${N + 1} match`);
  await expect(list.getByRole('listitem').first().getByRole('heading')).toHaveText(firstHeading!);

  // Weapon + perpetrator status filters, combined with the search.
  await page.getByLabel('Search incidents').fill('');
  await page.getByLabel('Weapon', { exact: true }).selectOption('drone');
  await page.getByLabel('Perpetrator', { exact: true }).selectOption('claimed');
  const want = records.filter((r) => r.weapon.category === 'drone' && r.perpetrator.status === 'claimed');
  await expect(page.getByTestId('count')).toHaveText(`${want.length} of ${N + 1} match`);
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(want.length, 20));
  for (const row of await list.getByRole('listitem').all()) await expect(row).toContainText('Drone');

  // Export writes the filtered rows only; "all" writes everything valid.
  expect(csvIds(await download(page, 'Export CSV'))).toEqual(idsOf(want));
  // The ACLED-style file too: ACLED's columns, our id in event_id_cnty, drone strikes as air/drone strikes.
  const acled = Papa.parse<Record<string, string>>((await download(page, 'Export ACLED-style CSV')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(acled.data.map((r) => r.event_id_cnty).sort()).toEqual(idsOf(want));
  for (const row of acled.data) expect(row).toMatchObject({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText(`Exported ${want.length} matching incident`);
  await page.getByLabel('What to export').selectOption('all');
  expect(csvIds(await download(page, 'Export CSV'))).toEqual(idsOf(records));
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toContainText('1 damaged record was left out');

  // Sort by casualties: the first row is the record with the most killed + injured.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Sort').selectOption('casualties-desc');
  const top = [...records].sort((a, b) => (b.killed.best ?? 0) + (b.injured.best ?? 0) - ((a.killed.best ?? 0) + (a.injured.best ?? 0)))[0];
  await expect(list.getByRole('listitem').first()).toContainText(top.location!.name);

  // Scrolling to the end reaches the last record, the undated damaged one (pages load as the end
  // comes into view).
  await page.getByLabel('Sort').selectOption('date-desc');
  const scroller = page.getByTestId('incident-scroller');
  for (let k = 0; k < 100; k++) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    if (await list.getByText('Damaged record').count()) break;
    await page.waitForTimeout(100);
  }
  await expect(list.getByText('Damaged record', { exact: true })).toBeVisible();

  if (SHOTS) {
    await page.getByLabel('Sort').selectOption('date-desc');
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${SHOTS}/popup-${scheme}.png` });
    }
  }
  expect(pageErrors).toEqual([]);
});

test('popup: "Open collection" opens the collection page with the same filter', async ({ page, context, extensionId }) => {
  await seededPage(page, extensionId, 'popup.html');
  await page.getByLabel('Country', { exact: true }).selectOption('UA');
  await expect(page.getByTestId('count')).toContainText('match');
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open collection' }).click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(`chrome-extension://${extensionId}/collection.html#c=UA`);
  const ua = records.filter((r) => r.location?.country === 'UA');
  await expect(tab.getByTestId('collection-count')).toHaveText(`${ua.length} shown of ${N + 1} saved`);
});

test('collection page: points, bars and rows match the records and the filters; selection is shared; filter then export', async ({ page, extensionId, pageErrors }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await seededPage(page, extensionId, 'collection.html');
  const count = page.getByTestId('collection-count');
  await expect(count).toHaveText(`${N + 1} shown of ${N + 1} saved`);
  const map = page.getByTestId('map-canvas');
  const timeline = page.getByTestId('timeline');
  const barTotal = async () => (await timeline.locator('g.bar').evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-total'))))).reduce((a, b) => a + b, 0);

  // Every located record is a point; every dated record is in a bar; every record is a row.
  await expect(map).toHaveAttribute('data-points', String(records.filter((r) => r.location?.lat != null).length));
  expect(await barTotal()).toBe(records.filter((r) => r.date.value).length);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', String(N + 2));

  // A country filter narrows all three alike.
  await page.getByLabel('Country', { exact: true }).selectOption('NG');
  const ng = records.filter((r) => r.location?.country === 'NG');
  await expect(count).toHaveText(`${ng.length} shown of ${N + 1} saved`);
  await expect(map).toHaveAttribute('data-points', String(ng.length));
  expect(await barTotal()).toBe(ng.length);
  for (const row of await page.getByTestId('incident-table').locator('tbody tr[data-id]').all()) await expect(row.locator('td').nth(2)).toHaveText(countryName('NG'));

  // Brushing the timeline across its first half filters the table to that span (the bars keep their context).
  const box = (await timeline.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 5 });
  await page.mouse.up();
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to > from).toBe(true);
  const inSpan = ng.filter((r) => r.date.value && r.date.value.padEnd(10, '-99') >= from && r.date.value.slice(0, 10) <= to);
  await expect(count).toHaveText(`${inSpan.length} shown of ${N + 1} saved`);

  // Selecting a row shows it in the details and marks its bar on the timeline.
  const first = page.getByTestId('incident-table').locator('tbody tr[data-id]').first();
  const id = await first.getAttribute('data-id');
  await first.click();
  await expect(page.getByTestId('details')).toHaveAttribute('data-id', id!);
  await expect(timeline.locator('.selected-mark')).toHaveCount(1);
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('incident-table').locator('..').press('ArrowDown');
  await expect(page.getByTestId('details')).not.toHaveAttribute('data-id', id!);

  // Filter then export: only the filtered rows, in every format.
  expect(csvIds(await download(page, 'Export CSV'))).toEqual(idsOf(inSpan));
  const json = JSON.parse(await download(page, 'Export JSON'));
  expect(json.incidents.map((i: Incident) => i.id).sort()).toEqual(idsOf(inSpan));
  const geo = JSON.parse(await download(page, 'Export GeoJSON'));
  expect(geo.features).toHaveLength(inSpan.length);

  // "Filter to this view" on a zoomed map adds the area to the shared filter.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(`${N + 1} shown of ${N + 1} saved`);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Filter to this view' }).click();
  await expect(page).toHaveURL(/#area=/);
  const area = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('area')!.split(',').map(Number);
  const inside = records.filter((r) => r.location && r.location.lat! >= area[1] && r.location.lat! <= area[3] && r.location.lon! >= area[0] && r.location.lon! <= area[2]);
  await expect(count).toHaveText(`${inside.length} shown of ${N + 1} saved`);
  expect(csvIds(await download(page, 'Export CSV'))).toEqual(idsOf(inside));
  await page.getByRole('button', { name: 'Clear map area' }).click();
  await page.getByRole('button', { name: 'Reset view' }).click();

  if (SHOTS) {
    await first.click().catch(() => {});
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${SHOTS}/collection-${scheme}.png`, fullPage: true });
    }
    // Zoomed on the Middle East: towns as dots, province centroids as dashed rings, clusters apart.
    const box = (await map.boundingBox())!;
    const [x, y] = baseProjection(box.width, box.height)([40, 35])!;
    for (let k = 0; k < 6; k++) {
      await page.mouse.move(box.x + x, box.y + y);
      await page.mouse.wheel(0, -300);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      await page.locator('.map-panel').screenshot({ path: `${SHOTS}/collection-map-zoomed-${scheme}.png` });
    }
  }
  expect(pageErrors).toEqual([]);
});

test('collection page: keyboard and screen-reader names on its controls', async ({ page, extensionId }) => {
  await seededPage(page, extensionId, 'collection.html');
  for (const name of ['Zoom in', 'Zoom out', 'Reset view', 'Filter to this view', 'Export CSV', 'Sort by date', 'Sort by killed']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  for (const label of ['Search incidents', 'From', 'To', 'Weapon', 'Country', 'Perpetrator', 'Per']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Map of \d+ located incidents/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Timeline: \d+ dated incidents per/ })).toBeVisible();
  // Sorting by a column header button.
  await page.getByRole('button', { name: 'Sort by killed' }).click();
  await expect(page.getByRole('columnheader', { name: /killed/i })).toHaveAttribute('aria-sort', 'descending');
  const top = Math.max(...records.map((r) => r.killed.best ?? -1));
  await expect(page.getByTestId('incident-table').locator('tbody tr[data-id]').first().locator('td').nth(5)).toContainText(String(top));
  // The timeline by keyboard: arrows choose a bar, Enter filters to it.
  await page.getByTestId('timeline').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue('');
});
