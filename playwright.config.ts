import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: Debian's Chromium with the built extension (.output/chrome-mv3; `npm run test:e2e`
 * builds first) against pages served from test/fixtures/e2e on 127.0.0.1. Each test gets a fresh browser
 * profile, hence a fresh extension database. One worker: a persistent context with an extension per test
 * is heavy on a 2-core machine.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./test/e2e/support/summary-reporter.ts']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
