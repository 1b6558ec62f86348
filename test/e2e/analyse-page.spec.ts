/**
 * "Analyse this page": the reader asks for a page the gate skipped. The toolbar popup's button and the
 * keyboard shortcut both send `analyseTab` to the background for the active tab.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { settle } from './support/page';
import { PanelDriver } from './support/panel-driver';

/** Press the popup's "Analyse this page" with `page` as the active tab. */
async function analyseFromPopup(context: BrowserContext, extensionId: string, page: Page) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.bringToFront(); // the tab the reader is looking at; the popup floats above it
  await popup.getByRole('button', { name: 'Analyse this page' }).click();
  return popup;
}

test('a page the gate skipped is analysed when the reader asks, and says so when there is nothing', async ({ page, context, server, extensionId }) => {
  // A feature story: no attack words in its title or lead, so the gate stops it; a mortar attack is
  // reported further down.
  await page.goto(server.url('/gate-skipped.html'));
  await settle(page);
  expect(await page.locator('incident-lens-panel').count()).toBe(0);

  await analyseFromPopup(context, extensionId, page);
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.value({ card: 0, label: 'Weapon' }), { timeout: 15_000 }).toBe('mortar');
  expect(await panel.value({ card: 0, label: 'Place' })).toMatch(/Aleppo/);

  // A page with no attack at all: the panel says so instead of staying silent.
  await page.goto(server.url('/not-article.html'));
  await settle(page);
  await analyseFromPopup(context, extensionId, page);
  await expect.poll(() => new PanelDriver(page).text({ css: '.note' }), { timeout: 15_000 }).toMatch(/found no/);
});
