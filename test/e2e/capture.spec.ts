/** "New incident from selection": the reader selects a passage and gets a card pre-filled from it, anchored to it. */
import { expect, test } from './fixtures';
import { highlightTexts, waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

test('a selected passage becomes a new card with its facts, quoted from where it is', async ({ page, server }) => {
  // The context menu and the shortcut cannot be driven from a test; the panel's button is the same action.
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.count('section.card')).toBe(2);

  // The reader selects a paragraph with the mouse (a triple click): the one about the earlier drone attack.
  const paragraph = page.locator('p', { hasText: 'In January' }).first();
  await paragraph.click({ clickCount: 3 });
  const selected = await page.evaluate(() => document.getSelection()!.toString());
  expect(selected).toMatch(/drone attack/);

  // … and asks for a card from it.
  await panel.click({ button: '^New incident from selection$' });
  await expect.poll(() => panel.count('section.card')).toBe(3);
  const card = 2;
  // The captured card's date was read from the selection ("Tuesday night"), and is quoted from it.
  const facts = (await panel.facts())[card];
  expect(facts).toMatchObject({ Weapon: 'drone', Date: '2024-01' });
  // Its facts are quoted from the selection.
  await panel.click({ card, label: 'Weapon' });
  await page.keyboard.press('Escape'); // close the native list; the field keeps focus
  expect(await panel.text({ card, css: '.quote' })).toMatch(/drone/);
  await panel.click({ card, button: '^Save incident$' });
  await expect.poll(() => panel.text({ card, css: '[role=status]' })).toBe('Saved');
});

test('with nothing selected the panel says what to do', async ({ page, server }) => {
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.count('section.card')).toBe(2);
  await page.evaluate(() => document.getSelection()!.removeAllRanges());
  await panel.click({ button: '^New incident from selection$' });
  await expect.poll(() => panel.text({ css: '.note' })).toMatch(/Select the passage/);
  expect(await panel.count('section.card')).toBe(2);
  expect(Object.keys(await highlightTexts(page)).length).toBeGreaterThan(0);
});
