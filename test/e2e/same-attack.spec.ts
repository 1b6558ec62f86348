/** The same attack saved from two outlets: the second save offers the first record; one record, two sources. */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

async function openCard(page: Page, url: string) {
  await page.goto(url);
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible({ card: 0, button: '^Save incident$' })).toBe(true);
  return panel;
}

test('saving a second outlet’s report of a saved attack offers “Add as another source”; the export has one row, two sources', async ({ page, server, context, extensionId }) => {
  const first = await openCard(page, server.url('/rocket-attack.html'));
  await first.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => first.text({ card: 0, css: '[role=status]' })).toBe('Saved');

  const wire = await openCard(page, server.url('/rocket-attack-wire.html'));
  expect(await wire.value({ card: 0, label: 'Projectiles' })).toBe('2');
  await wire.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => wire.text({ card: 0, css: '.conflict' })).toMatch(/already saved.*Erbil.*Northern Ledger/);
  await wire.click({ card: 0, button: '^Add as another source$' });
  await expect.poll(() => wire.text({ card: 0, css: '.badge' })).toBe('Saved · 2 sources');

  // Opening the first outlet again shows the one record, with both sources.
  const again = await openCard(page, server.url('/rocket-attack.html'));
  await expect.poll(() => again.text({ card: 0, css: '.badge' })).toBe('Saved · 2 sources');

  // The popup's CSV: one row for the attack, two sources; the JSON keeps both outlets' own figures.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [csvDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvPath = test.info().outputPath('export.csv');
  await csvDownload.saveAs(csvPath);
  const csv = Papa.parse<Record<string, string>>((await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.data).toHaveLength(1);
  expect(csv.data[0].source_count).toBe('2');
  const [jsonDownload] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON' }).click()]);
  const jsonPath = test.info().outputPath('export.json');
  await jsonDownload.saveAs(jsonPath);
  const [record] = JSON.parse(await readFile(jsonPath, 'utf8')).incidents;
  const projectiles = [record.source, ...record.sources].map((s: { figures?: { projectiles?: { best: number } } }) => s.figures?.projectiles?.best).filter((n: unknown) => n != null);
  expect(projectiles).toEqual(expect.arrayContaining([2]));
});

test('“Save as a new incident” keeps them apart when the reader says they differ', async ({ page, server }) => {
  const first = await openCard(page, server.url('/rocket-attack.html'));
  await first.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => first.text({ card: 0, css: '[role=status]' })).toBe('Saved');
  const wire = await openCard(page, server.url('/rocket-attack-wire.html'));
  await wire.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => wire.exists({ card: 0, css: '.conflict' })).toBe(true);
  await wire.click({ card: 0, button: '^Save as a new incident$' });
  await expect.poll(() => wire.text({ card: 0, css: '.badge' })).toBe('Saved');
});
