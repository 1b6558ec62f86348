/** The same attack saved from two outlets: the second save offers the first record; one record, two sources. */
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

test('saving a second outlet’s report of a saved attack offers “Add as another source”', async ({ page, server }) => {
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
