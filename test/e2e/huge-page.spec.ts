/** A page far larger than any article (60,000 elements, attack words in its title): refused cheaply. */
import { expect, test } from './fixtures';
import { measures, settle } from './support/page';

// Trace snapshots of a 60,000-element DOM cost ~10 s per test; this one needs none.
test.use({ trace: 'off' });

test('a huge page is refused before Readability and nothing is shown', async ({ page, server, pageErrors }) => {
  await page.goto(server.url('/huge.html'));
  await settle(page);
  const [gate] = await measures(page, 'incident-lens:gate');
  const [readability] = await measures(page, 'incident-lens:readability');
  console.log(`huge page (60,000 elements): gate ${gate.toFixed(2)} ms, readability step ${readability?.toFixed(2)} ms`);
  // Refused by the element-count check (tens of ms), not parsed (Readability on 60,000 elements takes seconds).
  expect(readability).toBeLessThan(1000);
  expect(await page.evaluate(() => (performance.getEntriesByName('incident-lens:readability')[0] as PerformanceMeasure).detail)).toEqual({ ok: false, reason: 'too-large' });
  expect(await measures(page, 'incident-lens:extract')).toEqual([]);
  expect(await page.locator('incident-lens-panel').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
