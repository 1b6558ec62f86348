/**
 * Reading the extension's effects from a Firefox page, as a reader would see them: highlights, the panel and
 * its fields. Firefox's content scripts see the page through Xray wrappers, but the Highlight they register
 * lands in the document's own CSS.highlights, so the page's main world (where puppeteer evaluates) sees it.
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { navigateTab, shadowRootOf } from './bidi';

export const KINDS = ['date', 'weapon', 'count', 'place', 'casualties', 'actor'] as const;
export const PANEL_TAG = 'incident-lens-panel';

/** For each registered incident-lens highlight: the text of each of its ranges. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('incident-lens-')) out[name] = [...(h as unknown as Iterable<Range>)].map((r) => r.toString());
    });
    return out;
  });
}

/** Highlighted ranges that start outside the page's visible text (a script, a style, our own panel). */
export async function strayHighlights(page: Page): Promise<string[]> {
  return page.evaluate((tag) => {
    const bad: string[] = [];
    CSS.highlights.forEach((h, name) => {
      for (const r of h as unknown as Iterable<Range>) {
        const el = r.startContainer.parentElement;
        if (!el || el.closest(`script,style,noscript,template,${tag}`)) bad.push(name);
      }
    });
    return bad;
  }, PANEL_TAG);
}

/**
 * The panel's shadow root, open or closed. This is the ONE place the Firefox tests reach into it.
 * A closed root is invisible to page scripts (host.shadowRoot is null), but WebDriver BiDi serialises it
 * when asked, and the reference works as any node handle: querySelector, clicks, typing through BiDi input.
 */
export async function panelRoot(page: Page, timeout = 20_000): Promise<ElementHandle<ShadowRoot>> {
  const host = await page.waitForSelector(PANEL_TAG, { timeout });
  if (!host) throw new Error(`no <${PANEL_TAG}> in the page`);
  const root = await shadowRootOf(page, host);
  if (!root) throw new Error(`<${PANEL_TAG}> has no shadow root`);
  return root;
}

/** The panel's incident cards, the article's news first. */
export async function cards(page: Page): Promise<ElementHandle<Element>[]> {
  return (await panelRoot(page)).$$('section.card');
}

/** Wait for the panel to show its first card with a Save button; returns that card. */
export async function waitForPanel(page: Page, timeout = 20_000): Promise<ElementHandle<Element>> {
  const root = await panelRoot(page, timeout);
  const save = await root.waitForSelector('section.card ::-p-aria([name="Save incident"][role="button"])', { timeout });
  if (!save) throw new Error('no Save incident button in the panel');
  return (await root.$('section.card'))!;
}

/** The form control a visible <label> names (by its exact text), inside a card. */
export async function field(card: ElementHandle<Element>, label: string): Promise<ElementHandle<HTMLInputElement | HTMLSelectElement>> {
  const handle = await card.evaluateHandle(
    (c, text) => [...c.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)?.control ?? null,
    label,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no field labelled "${label}"`);
  return el as ElementHandle<HTMLInputElement | HTMLSelectElement>;
}

export const valueOf = (el: ElementHandle<HTMLInputElement | HTMLSelectElement>) => el.evaluate((e) => e.value);

/** Replace a text field's value by typing, as a reader would (select all, type). */
export async function typeInto(el: ElementHandle<HTMLInputElement | HTMLSelectElement>, text: string): Promise<void> {
  await el.click();
  await el.evaluate((e) => (e as HTMLInputElement).select());
  await el.type(text);
}

/** A button by its accessible name, inside a card or the panel. */
export async function button(scope: ElementHandle<Element | ShadowRoot>, name: string): Promise<ElementHandle<Element> | null> {
  return scope.$(`::-p-aria([name="${name}"][role="button"])`);
}

/** The text of the element with the given ARIA role inside a card ('' when there is none). */
export async function roleText(card: ElementHandle<Element>, role: 'status' | 'alert'): Promise<string> {
  return card.evaluate((c, r) => c.querySelector(`[role="${r}"]`)?.textContent?.trim() ?? '', role);
}

/**
 * Wait until the content script is done with a page that shows nothing: its stage marks (README: "readable
 * from the page") say the gate ran and, if the gate let the page through, that the analysis came back.
 */
export async function settle(page: Page, timeout = 20_000): Promise<void> {
  const has = (name: string) => `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;
  await page.waitForFunction(has('incident-lens:gate'), { timeout });
  const read = await page.evaluate(
    () => (performance.getEntriesByName('incident-lens:readability')[0] as PerformanceMeasure | undefined)?.detail as { ok?: boolean } | undefined,
  );
  if (read?.ok) await page.waitForFunction(has('incident-lens:extract'), { timeout });
  await new Promise((r) => setTimeout(r, 500));
}

/**
 * Open one of the add-on's own pages (e.g. popup.html) in a new tab, as a reader opening the popup gets a
 * fresh one. Query it with page.evaluate only: puppeteer did not see this navigation, so its cached
 * document handle ($, $$eval) may belong to the tab's previous document.
 */
export async function openExtensionPage(browser: Browser, extensionOrigin: string, path: string): Promise<Page> {
  const tab = await browser.newPage();
  await navigateTab(tab, `${extensionOrigin}/${path.replace(/^\//, '')}`);
  return tab;
}

/** The popup's list of saved incidents: the text of each row ([] while the list is empty or absent). */
export async function savedRows(popup: Page): Promise<string[]> {
  return popup.evaluate(() => [...document.querySelectorAll('ul[aria-label="Saved incidents"] > li')].map((e) => e.textContent ?? ''));
}
