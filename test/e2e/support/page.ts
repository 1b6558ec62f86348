/**
 * Reading the extension's effects from a page. Chromium shares the document's CSS.highlights registry and
 * performance timeline between the content script's isolated world and the page's main world (checked:
 * a content script's Highlight and performance.measure are visible to page.evaluate), so plain
 * page.evaluate sees them.
 */
import type { Page } from '@playwright/test';

export const KINDS = ['date', 'weapon', 'count', 'place', 'casualties', 'actor'] as const;

/** For each registered incident-lens highlight: the text of each of its ranges. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('incident-lens-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

export async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}


/** Wait until the content script has finished (the last measure it writes on every path that got past the gate). */
export async function waitForPipeline(page: Page, stage: 'gate' | 'readability' | 'extract' | 'highlight', timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, `incident-lens:${stage}`, { timeout });
}

/**
 * Wait until the extension is done with the page: the gate said no, or the analyser marked `done` (panel
 * shown, or nothing to show); then half a second for the panel's first paint.
 */
export async function settle(page: Page, timeout = 60_000): Promise<void> {
  await waitForPipeline(page, 'gate');
  await page.waitForFunction(
    () => {
      const gate = performance.getEntriesByName('incident-lens:gate').at(-1) as PerformanceMeasure | undefined;
      return (gate?.detail as { pass?: boolean } | undefined)?.pass === false || performance.getEntriesByName('incident-lens:done').length > 0;
    },
    null,
    { timeout },
  );
  await page.waitForTimeout(500);
}

