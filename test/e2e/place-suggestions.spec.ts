/** Correcting a place: gazetteer suggestions as the reader types; choosing one brings its coordinates. */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { waitForPipeline } from './support/page';
import { PanelDriver } from './support/panel-driver';

const PLACE = { card: 0, label: 'Place' };
const COORDS = { card: 0, label: 'Coordinates' };

test('typing a place offers gazetteer matches; choosing one fills country and coordinates, which are saved and exported', async ({ page, server, context, extensionId }) => {
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible(PLACE)).toBe(true);
  expect(await panel.value(COORDS)).toMatch(/^36\.\d+, 4[34]\.\d+$/); // Erbil's airport

  // The reader corrects the place: the rockets were aimed at Ain al-Asad, not Erbil.
  await panel.fill(PLACE, 'Ain al-As');
  await expect.poll(() => panel.count('[role=option]', 0), { timeout: 5_000 }).toBeGreaterThan(0);
  expect(await panel.text({ card: 0, css: '[role=listbox]' })).toMatch(/Ain al-Asad/);
  // No coordinates until one is chosen: the card says so.
  expect(await panel.value(COORDS)).toBe('');
  expect(await panel.text({ card: 0, css: '.notice' })).toMatch(/no coordinates/i);

  // Keyboard: down to the first match, Enter chooses it (and does not save).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => panel.value(PLACE)).toMatch(/Ain al-Asad/);
  expect(await panel.value({ card: 0, label: 'Country' })).toBe('IQ');
  expect(await panel.value(COORDS)).toMatch(/^33\.\d+, 42\.\d+$/);
  expect(await panel.exists({ card: 0, css: '[role=status]' })).toBe(false);

  await panel.click({ card: 0, button: '^Save incident$' });
  await expect.poll(() => panel.text({ card: 0, css: '[role=status]' })).toBe('Saved');
  await page.reload();
  await waitForPipeline(page, 'highlight');
  const again = new PanelDriver(page);
  await expect.poll(() => again.value(PLACE)).toMatch(/Ain al-Asad/);
  expect(await again.value(COORDS)).toMatch(/^33\.\d+, 42\.\d+$/);

  // The exports carry the chosen place's coordinates.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const download = async (name: string) => {
    const [d] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name }).click()]);
    const path = test.info().outputPath(d.suggestedFilename());
    await d.saveAs(path);
    return readFile(path, 'utf8');
  };
  const csv = Papa.parse<Record<string, string>>((await download('Export CSV')).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(csv.data[0]).toMatchObject({ location: expect.stringMatching(/Ain al-Asad/), country: 'IQ' });
  expect(Number(csv.data[0].latitude)).toBeCloseTo(33.8, 0);
  expect(Number(csv.data[0].longitude)).toBeCloseTo(42.4, 0);
  const geo = JSON.parse(await download('Export GeoJSON'));
  const [lon, lat] = geo.features[0].geometry.coordinates;
  expect(lat).toBeCloseTo(33.8, 0);
  expect(lon).toBeCloseTo(42.4, 0);
});

test('a place the gazetteer lacks takes pasted coordinates; wrong ones are refused with a reason', async ({ page, server }) => {
  await page.goto(server.url('/rocket-attack.html'));
  await waitForPipeline(page, 'highlight');
  const panel = new PanelDriver(page);
  await expect.poll(() => panel.visible(PLACE)).toBe(true);
  await panel.fill(PLACE, 'Kasnazan checkpoint');
  await panel.fill(COORDS, '96.23, 44.1'); // no latitude beyond 90
  await page.keyboard.press('Enter');
  await expect.poll(() => panel.text({ card: 0, css: '.error-text' })).toMatch(/./);
  await panel.fill(COORDS, '36.2312, 44.1021');
  await page.keyboard.press('Enter');
  await expect.poll(() => panel.text({ card: 0, css: '[role=status]' })).toBe('Saved');
  expect(await panel.exists({ card: 0, css: '.notice' })).toBe(false);
});
