/**
 * Playwright Test as the runner, puppeteer-core as the driver: a fixture server per worker (the Chromium
 * suite's, serving test/fixtures/e2e), and per test a fresh Firefox profile with the built add-on.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';

export const test = base.extend<{ firefox: FirefoxWithExtension; tab: Page; pageErrors: string[] }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({}, use) => {
    const ff = await launchFirefoxWithExtension();
    try {
      await use(ff);
    } finally {
      await ff.close();
    }
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  tab: async ({ firefox, pageErrors }, use) => {
    const tab = await firefox.browser.newPage();
    tab.setDefaultTimeout(20_000);
    // Uncaught errors in the page (its own scripts or anything we did to it) fail the tests that check.
    tab.on('pageerror', (e) => pageErrors.push(e instanceof Error ? e.message : String(e)));
    await use(tab);
  },
});

export { expect };
