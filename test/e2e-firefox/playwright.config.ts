import { defineConfig } from '@playwright/test';

/**
 * The Firefox end-to-end tests: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, with the
 * built .output/firefox-mv2 installed as a temporary add-on (`npm run test:firefox` builds first). Playwright
 * Test is only the runner here (fixtures, expect, reporting); it launches no browser of its own.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['../e2e/support/summary-reporter.ts']],
  outputDir: '../../test-results/firefox',
});
