/**
 * Playwright fixtures: a fixture server per worker, and per test a fresh Chromium profile with the built
 * extension loaded (`context`, `page`, `extensionId` replace Playwright's own browser fixtures).
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';

export const test = base.extend<{ context: BrowserContext; page: Page; extensionId: string; pageErrors: string[] }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extensionId: async ({ context }, use) => {
    const [sw] = context.serviceWorkers();
    await use(new URL((sw ?? (await context.waitForEvent('serviceworker'))).url()).host);
  },
  context: async ({}, use) => {
    const b = await launchWithExtension();
    await use(b.context);
    await b.close();
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ context, pageErrors }, use) => {
    const page = await context.newPage();
    // Uncaught errors in a page (from its own scripts or anything we did to it) fail the tests that check.
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await use(page);
  },
});

export { expect };
