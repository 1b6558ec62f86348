/** A panel opened before the record changed elsewhere does not overwrite that change unasked. */
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

async function open(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible({ card: 0, button: '^Save incident$' })).toBe(true);
  return { page, panel };
}
const SAVE = { card: 0, button: '^Save incident$' };
const STATUS = { card: 0, css: '[role=status]' };

test('a stale save is refused with both versions shown; the reader keeps theirs or loads the saved one', async ({ context, server }) => {
  const url = server.url('/rocket-attack.html');
  const a = await open(context, url);
  await a.panel.fill({ card: 0, label: 'Injured' }, '3');
  await a.panel.click(SAVE);
  await expect.poll(() => a.panel.text(STATUS)).toBe('Saved');

  // A second tab shows the saved record and changes it.
  const b = await open(context, url);
  await expect.poll(() => b.panel.value({ card: 0, label: 'Injured' })).toBe('3');
  await b.panel.fill({ card: 0, label: 'Injured' }, 'at least 5');
  await b.panel.click(SAVE);
  await expect.poll(() => b.panel.text(STATUS)).toBe('Saved');

  // The first tab, now stale, edits and saves: nothing is overwritten, the reader is asked.
  await a.page.bringToFront();
  await a.panel.fill({ card: 0, label: 'Killed' }, '1');
  await a.panel.click(SAVE);
  await expect.poll(() => a.panel.text({ card: 0, css: '.conflict' })).toMatch(/changed in your collection.*injured at least 5/);
  await a.panel.click({ card: 0, button: '^Load the saved version$' });
  expect(await a.panel.value({ card: 0, label: 'Injured' })).toBe('at least 5');
  expect(await a.panel.value({ card: 0, label: 'Killed' })).not.toBe('1'); // what was typed gave way to the saved record

  // Now up to date, a save goes through; then the second tab is the stale one and keeps its own version.
  await a.panel.fill({ card: 0, label: 'Killed' }, '1');
  await a.panel.click(SAVE);
  await expect.poll(() => a.panel.text(STATUS)).toBe('Saved');
  await b.page.bringToFront();
  await b.panel.fill({ card: 0, label: 'Target' }, 'the runway');
  await b.panel.click(SAVE);
  await expect.poll(() => b.panel.exists({ card: 0, css: '.conflict' })).toBe(true);
  await b.panel.click({ card: 0, button: '^Keep my version$' });
  await expect.poll(() => b.panel.text(STATUS)).toBe('Saved');

  // What is stored is the second tab's version: reload shows it.
  await a.page.reload();
  await waitForPipeline(a.page, 'highlight');
  const again = new PanelDriver(a.page);
  await expect.poll(() => again.value({ card: 0, label: 'Target' })).toBe('the runway');
});
