/**
 * The popup merges two records of one attack, shows every outlet's figure where they disagree (the most
 * conservative stands by default; the reader picks another), and splits a source back out; and a panel
 * opened before a popup edit does not overwrite it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

async function saveFrom(page: Page, url: string, asNew = false) {
  await page.goto(url);
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible({ card: 0, button: '^Save incident$' })).toBe(true);
  await panel.click({ card: 0, button: '^Save incident$' });
  if (asNew) {
    await expect.poll(() => panel.exists({ card: 0, css: '.conflict' })).toBe(true);
    await panel.click({ card: 0, button: '^Save as a new incident$' });
  }
  await expect.poll(() => panel.text({ card: 0, css: '.badge' })).toMatch(/^Saved/);
  return panel;
}

test('merge two records in the popup, choose among the outlets’ figures, split one back out', async ({ page, context, server, extensionId }) => {
  await saveFrom(page, server.url('/rocket-attack.html'));
  await saveFrom(page, server.url('/rocket-attack-wire.html'), true);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // One row per record (a row's own lists, such as its sources, are not rows).
  const records = popup.getByRole('list', { name: 'Saved incidents' }).getByRole('article');
  const rows = records;
  await expect(records).toHaveCount(2);
  await rows.nth(0).getByRole('button', { name: /^Merge incident/ }).click();
  await rows.nth(1).getByRole('button', { name: /^Merge into incident/ }).click();
  await expect(popup.getByText(/Merged: .* now has 2 sources/)).toBeVisible();
  await expect(records).toHaveCount(1);

  // The outlets disagree on the number of rockets (three / two): both shown, two stands by default.
  await rows.first().getByRole('button', { name: /^Sources of incident/ }).click();
  const choice = rows.first().getByRole('group', { name: /Projectiles: the sources disagree/ });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(choice.getByRole('radio', { name: /^2 .*most conservative/ })).toBeChecked();
  await choice.getByRole('radio', { name: /^3 / }).click();
  await expect(choice.getByRole('radio', { name: /^3 / })).toBeChecked();
  await expect(popup.getByText('Projectiles: 3 now stands.')).toBeVisible();

  // Split the wire report back out: two records again.
  await rows.first().getByRole('button', { name: /^Split Gulf Wire out/ }).click();
  await expect(records).toHaveCount(2);
  // The wire report stands alone again, with its own figures.
  await expect(records.filter({ hasText: 'Gulf Wire' })).toContainText('3 injured');
});

test('a panel opened before a popup edit does not overwrite it: the reader is asked', async ({ page, context, server, extensionId }) => {
  const panel = await saveFrom(page, server.url('/rocket-attack.html'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const row = popup.getByRole('list', { name: 'Saved incidents' }).getByRole('listitem').first();
  await row.getByRole('button', { name: /^Edit/ }).click();
  await popup.getByRole('form', { name: 'Edit incident' }).getByLabel('Injured').fill('at least 4');
  await popup.getByRole('button', { name: 'Save changes' }).click();
  await expect(popup.getByText('Changes saved.')).toBeVisible();

  await page.bringToFront();
  await panel.fill({ card: 0, label: 'Killed' }, '1');
  await panel.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => panel.text({ card: 0, css: '.conflict' })).toMatch(/changed in your collection.*injured at least 4/);
  await panel.click({ card: 0, button: '^Keep my version$' });
  await expect.poll(() => panel.text({ card: 0, css: '[role=status]' })).toBe('Saved');
});
