/**
 * A page that attacks the panel: it wraps attachShadow before we run, looks for the shadow root, clicks and
 * types at the host, replays the start-up event a WXT content script would listen to, and rewrites its own
 * URL to an article the reader saved from. Nothing is stored, nothing is read, the panel stays.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

const records = async (page: Page, extensionId: string) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.waitForTimeout(500);
  return page.getByRole('list', { name: 'Saved incidents' }).getByRole('listitem').count();
};

test('a hostile page cannot read, fill, save through or tear down the panel', async ({ page, context, server, extensionId }) => {
  // The reader saved a correction from another article on the same site.
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const reader = new PanelDriver(page);
  await expect.poll(() => reader.visible({ card: 0, button: '^Save incident$' })).toBe(true);
  await reader.fill({ card: 0, label: 'Target' }, 'secret correction by the reader');
  await reader.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => reader.text({ card: 0, css: '[role=status]' })).toBe('Saved');

  const hostile = await context.newPage();
  await hostile.goto(server.url('/hostile-panel.html'));
  await waitForPipeline(hostile, 'highlight');
  const panel = new PanelDriver(hostile);
  await expect.poll(() => panel.visible({ card: 0 })).toBe(true);

  const report = await hostile.evaluate((id) => (window as unknown as { __attack(id: string): Record<string, unknown> }).__attack(id), extensionId);
  expect(report).toMatchObject({ host: true, shadowRoot: false, grabbed: 0, reattached: false });
  await hostile.waitForTimeout(1500);
  // The panel stays, with its highlights.
  expect(await hostile.locator('incident-lens-panel').count()).toBe(1);
  expect(await panel.visible({ card: 0 })).toBe(true);
  expect(await hostile.evaluate(() => CSS.highlights.has('incident-lens-place'))).toBe(true);

  // The page points its URL at the article the reader saved from: the panel lists that saved record, and the
  // page still cannot read it.
  await hostile.evaluate(() => history.pushState({}, '', '/rocket-attack.html'));
  await expect.poll(() => panel.text(), { timeout: 15_000 }).toMatch(/Saved/);
  await hostile.evaluate((id) => (window as unknown as { __attack(id: string): unknown }).__attack(id), extensionId);
  const loot = await hostile.evaluate(() => JSON.stringify((window as unknown as { __loot: unknown[] }).__loot));
  expect(loot).not.toMatch(/secret correction|Kherson|Erbil|Save incident/);
  expect(await hostile.evaluate(() => JSON.stringify(window.localStorage) + document.cookie)).not.toMatch(/secret/);

  // Nothing new was stored: the reader's one record only.
  expect(await records(await context.newPage(), extensionId)).toBe(1);
});
