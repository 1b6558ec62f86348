/**
 * Firefox, as a reader uses it: an attack report gets highlights and the panel, correcting and saving
 * works, the popup lists and exports the saved incident; a page that is not an attack report gets
 * nothing; dismissing the panel takes everything away again; the popup may not open connections. Same
 * fixture pages and expectations as the Chromium suite.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { expect, test } from './fixtures';
import {
  button,
  cards,
  field,
  highlightTexts,
  KINDS,
  openExtensionPage,
  PANEL_TAG,
  panelRoot,
  roleText,
  savedRows,
  settle,
  strayHighlights,
  typeInto,
  valueOf,
  waitForPanel,
} from './support/page';

const ARTICLE = '/rocket-attack.html';

/** A download is renamed into place when done, but poll until the whole file parses all the same. */
async function readJsonWhenComplete(path: string) {
  let parsed: any;
  await expect
    .poll(async () => {
      try {
        parsed = JSON.parse(await readFile(path, 'utf8'));
        return true;
      } catch {
        return false;
      }
    })
    .toBe(true);
  return parsed;
}

test('an attack report gets a highlight of every kind of fact and a panel with the facts', async ({ tab, server, pageErrors }) => {
  // Every request the tab makes: the extension makes none, so all are the fixture page's own.
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  await tab.goto(server.url(ARTICLE));
  const card = await waitForPanel(tab);

  const hl = await highlightTexts(tab);
  for (const kind of KINDS) expect(hl[`incident-lens-${kind}`]?.length ?? 0, `highlight incident-lens-${kind}`).toBeGreaterThan(0);
  const all = (k: string) => hl[`incident-lens-${k}`].join(' | ');
  expect(all('date')).toMatch(/Tuesday/);
  expect(all('weapon')).toMatch(/rocket/i);
  expect(all('count')).toMatch(/three/i);
  expect(all('place')).toMatch(/Erbil/i);
  expect(all('casualties')).toMatch(/two|wound|killed/i);
  expect(all('actor')).toMatch(/militias|airport|base/i);
  expect(await strayHighlights(tab)).toEqual([]);
  // Firefox 140+ has the CSS Custom Highlight API, so the page's DOM gets no wrapper elements.
  expect(await tab.$$eval('incident-lens-mark', (m) => m.length)).toBe(0);
  expect(await tab.$$eval(PANEL_TAG, (p) => p.length)).toBe(1);

  expect(await valueOf(await field(card, 'Date'))).toBe('2024-03-12');
  expect(await valueOf(await field(card, 'Weapon'))).toBe('rocket');
  expect(await valueOf(await field(card, 'Projectiles'))).toBe('3');
  expect(await valueOf(await field(card, 'Place'))).toMatch(/Erbil/);
  expect(await valueOf(await field(card, 'Country'))).toBe('IQ');
  expect(await valueOf(await field(card, 'Injured'))).toBe('2');
  expect(await valueOf(await field(card, 'Perpetrator'))).toMatch(/militias/i);
  // The earlier attack the article mentions is a card of its own.
  const incidentCards = await cards(tab);
  expect(incidentCards).toHaveLength(2);
  expect(await valueOf(await field(incidentCards[1], 'Weapon'))).toBe('drone');

  expect(pageErrors).toEqual([]);
  // (data: URLs are decoded in memory: Firefox lists one for a font of its own.)
  expect(requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:'))).toEqual([]);
});

test('correcting a fact and saving stores it; the popup lists and exports it; reloading shows it saved without a duplicate', async ({ tab, server, firefox }) => {
  const url = server.url(ARTICLE);
  await tab.goto(url);
  let card = await waitForPanel(tab);
  await typeInto(await field(card, 'Injured'), '5');
  await typeInto(await field(card, 'Target'), 'airport car park');
  await (await button(card, 'Save incident'))!.click();
  await expect.poll(() => roleText(card, 'status')).toBe('Saved');

  // The popup, opened in a tab of its own: the saved incident is listed, with the corrected value.
  let popup = await openExtensionPage(firefox.browser, firefox.extensionOrigin, 'popup.html');
  await expect.poll(() => savedRows(popup)).toHaveLength(1);
  expect((await savedRows(popup))[0]).toMatch(/Erbil/);
  expect((await savedRows(popup))[0]).toMatch(/\b5 injured/);

  // Exporting JSON from the popup: a file with the corrected record (a Blob and <a download>, no permission).
  const exportJson = await popup.evaluateHandle(() => document.querySelector('button[aria-label="Export JSON"]'));
  await (exportJson.asElement() as ElementHandle<Element>).click();
  const jsonFiles = () => readdirSync(firefox.downloadDir).filter((f) => f.endsWith('.json'));
  await expect.poll(jsonFiles).toHaveLength(1);
  const exported = await readJsonWhenComplete(join(firefox.downloadDir, jsonFiles()[0]));
  expect(exported).toMatchObject({ format: 'incident-collection', version: 1 });
  expect(exported.incidents).toHaveLength(1);
  expect(exported.incidents[0].injured.best).toBe(5);
  expect(exported.incidents[0].target.text).toBe('airport car park');
  expect(exported.incidents[0].source.url).toBe(url);
  await popup.close();

  // Reloading the article: the card says Saved and shows the saved value; saving again updates, not adds.
  await tab.reload();
  card = await waitForPanel(tab);
  await expect.poll(() => roleText(card, 'status')).toBe('Saved');
  expect(await valueOf(await field(card, 'Injured'))).toBe('5');
  await typeInto(await field(card, 'Killed'), '1');
  await (await button(card, 'Save incident'))!.click();
  await expect.poll(() => roleText(card, 'status')).toBe('Saved');
  popup = await openExtensionPage(firefox.browser, firefox.extensionOrigin, 'popup.html');
  await expect.poll(() => savedRows(popup)).toHaveLength(1);
  expect((await savedRows(popup))[0]).toMatch(/\b1 killed · 5 injured/);
});

test('invalid input is reported in the panel and everything typed is kept', async ({ tab, server }) => {
  await tab.goto(server.url(ARTICLE));
  const card = await waitForPanel(tab);
  await typeInto(await field(card, 'Injured'), '7');
  await typeInto(await field(card, 'Country'), 'IRAQ');
  await (await button(card, 'Save incident'))!.click();
  await expect.poll(() => roleText(card, 'alert')).not.toBe('');
  expect(await valueOf(await field(card, 'Country'))).toBe('IRAQ');
  expect(await valueOf(await field(card, 'Injured'))).toBe('7');
  expect(await roleText(card, 'status')).toBe('');
});

test('a page that is not an attack report gets no highlights and no panel', async ({ tab, server, pageErrors }) => {
  await tab.goto(server.url('/sports-match.html'));
  await settle(tab);
  expect(await tab.$$eval(PANEL_TAG, (p) => p.length)).toBe(0);
  expect(await highlightTexts(tab)).toEqual({});
  expect(await tab.$$eval('style#incident-lens-highlight-style', (s) => s.length)).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('dismissing the panel removes it, every highlight and the highlight style', async ({ tab, server }) => {
  await tab.goto(server.url(ARTICLE));
  await waitForPanel(tab);
  const panel = await panelRoot(tab);
  await (await button(panel, 'Close Incident Lens'))!.click();
  await expect.poll(() => tab.$$eval(PANEL_TAG, (p) => p.length)).toBe(0);
  expect(await highlightTexts(tab)).toEqual({});
  expect(await tab.$$eval('style#incident-lens-highlight-style', (s) => s.length)).toBe(0);
});

// no-cors: an opaque response would be enough to send data out, and CORS cannot stop it; only the CSP can.
const tryFetch = (url: string) =>
  fetch(url, { mode: 'no-cors' }).then(
    () => 'reached',
    (e: Error) => `blocked: ${e.message}`,
  );

test('the popup may not open a connection, even to this machine (manifest CSP connect-src none)', async ({ firefox, tab, server }) => {
  const target = server.url('/not-article.html');
  // The control: the same request from a web page goes through, so the popup's refusal is the CSP's doing.
  await tab.goto(server.url(ARTICLE));
  expect(await tab.evaluate(tryFetch, target)).toBe('reached');
  const popup = await openExtensionPage(firefox.browser, firefox.extensionOrigin, 'popup.html');
  expect(await popup.evaluate(tryFetch, target)).toMatch(/^blocked/);
});
