/** Rejecting a detection: its card and highlights go, Undo brings them back, and a reload remembers. */
import { expect, test } from './fixtures';
import { highlightTexts, waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

const ARTICLE = '/rocket-attack.html';

test('a rejected card stays rejected when the page is opened again; Undo takes it back', async ({ page, server }) => {
  await page.goto(server.url(ARTICLE));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.count('section.card')).toBe(2);
  const dronePlaces = async () => (await highlightTexts(page))['incident-lens-weapon']?.filter((t) => /drone/i.test(t)).length ?? 0;
  expect(await dronePlaces()).toBeGreaterThan(0);

  // The earlier drone attack is not what this reader codes: reject it.
  expect(await panel.value({ card: 1, label: 'Weapon' })).toBe('drone');
  await panel.click({ card: 1, button: '^Reject$' });
  await expect.poll(() => panel.text({ css: 'section.rejected' })).toMatch(/rejected/);
  await expect.poll(dronePlaces).toBe(0);

  // Reject the main card too, then take it back.
  await panel.click({ card: 0, button: '^Reject$' });
  await expect.poll(() => panel.count('section.rejected')).toBe(2);
  await panel.click({ css: 'section.rejected', button: '^Undo$' });
  await expect.poll(() => panel.count('section.rejected')).toBe(1);
  expect(await panel.value({ card: 0, label: 'Weapon' })).toBe('rocket');

  await page.reload();
  await waitForPipeline(page, 'highlight');
  const again = new PanelDriver(page);
  await expect.poll(() => again.count('section.card')).toBe(1);
  expect(await again.value({ card: 0, label: 'Weapon' })).toBe('rocket');
  expect(await again.value({ card: 0, label: 'Place' })).toMatch(/Erbil/);
  expect(await dronePlaces()).toBe(0);
});
