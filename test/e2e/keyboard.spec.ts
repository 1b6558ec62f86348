/** The panel from the keyboard: Enter in a field saves the card, Escape collapses the panel. */
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

test('Enter in a field saves; Escape collapses the panel to its pill', async ({ page, server }) => {
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible({ card: 0, label: 'Injured' })).toBe(true);

  await panel.fill({ card: 0, label: 'Injured' }, '4');
  await page.keyboard.press('Enter');
  await expect.poll(() => panel.text({ card: 0, css: '[role=status]' })).toBe('Saved');
  expect(await panel.value({ card: 0, label: 'Injured' })).toBe('4');

  // Tab moves on within the card, in reading order.
  await panel.click({ card: 0, label: 'Killed' });
  await page.keyboard.press('Tab');
  expect(await panel.call<string>({}, '(root) => root.activeElement && root.activeElement.id')).toMatch(/-injured$/);

  await page.keyboard.press('Escape');
  await expect.poll(() => panel.visible({ button: '^Expand Incident Lens' })).toBe(true);
  expect(await panel.exists({ card: 0 })).toBe(false);
});
