/**
 * Nothing leaves the reader's machine: the extension's own pages and its background worker are not
 * allowed to open connections (manifest CSP connect-src 'none'), even to a server on this machine.
 */
import { expect, test } from './fixtures';

const tryFetch = (url: string) =>
  fetch(url).then(
    (r) => `reached: ${r.status}`,
    (e: Error) => `blocked: ${e.message}`,
  );

test('the popup cannot open a connection', async ({ context, extensionId, server }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await popup.evaluate(tryFetch, server.url('/rocket-attack.html'))).toMatch(/^blocked/);
});

test('the background worker cannot open a connection', async ({ context, extensionId, server }) => {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker'));
  expect(await worker.evaluate(tryFetch, server.url('/rocket-attack.html'))).toMatch(/^blocked/);
});

test('the manifest asks for no permissions', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const manifest = JSON.parse((await page.locator('body').innerText()) || '{}');
  expect(manifest.permissions ?? []).toEqual([]);
  expect(manifest.host_permissions ?? []).toEqual([]);
});
