/**
 * Nothing leaves the reader's machine: the extension's own pages and its background worker are not
 * allowed to open connections (manifest CSP connect-src 'none'), even to a server on this machine.
 */
import { expect, test } from './fixtures';

// no-cors: only the content security policy can stop this request (not the cross-origin rules).
const tryFetch = (url: string) =>
  fetch(url, { mode: 'no-cors' }).then(
    (r) => `reached: ${r.status}`,
    (e: Error) => `blocked: ${e.message}`,
  );

test('the same request from a web page goes through (the control for the two tests below)', async ({ page, server }) => {
  await page.goto(server.url('/not-article.html'));
  expect(await page.evaluate(tryFetch, server.url('/rocket-attack.html'))).toMatch(/^reached/);
});

test('the popup cannot open a connection', async ({ context, extensionId, server }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  expect(await popup.evaluate(tryFetch, server.url('/rocket-attack.html'))).toMatch(/^blocked/);
});

test('the background worker cannot open a connection', async ({ context, extensionId, server }) => {
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker'));
  expect(await worker.evaluate(tryFetch, server.url('/rocket-attack.html'))).toMatch(/^blocked/);
});

test('the manifest asks only to inject the analyser where the gate already runs, and exposes nothing to pages', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const manifest = JSON.parse((await page.locator('body').innerText()) || '{}');
  expect(manifest.permissions ?? []).toEqual(['scripting', 'contextMenus']);
  // Host access is exactly the gate script's matches: nothing beyond what the content script had.
  expect(manifest.content_scripts).toHaveLength(1);
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...manifest.content_scripts[0].matches].sort());
  // Nothing a page could fetch to detect the extension.
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('a page cannot fetch the analyser bundle or any extension file', async ({ page, server, extensionId }) => {
  await page.goto(server.url('/rocket-attack.html'));
  const results = await page.evaluate(async (id) => {
    const out: string[] = [];
    for (const path of ['news-analyser.js', 'news-gate.js', 'manifest.json']) {
      try {
        const r = await fetch(`chrome-extension://${id}/${path}`);
        out.push(`${path}: ${r.status}`);
      } catch {
        out.push(`${path}: blocked`);
      }
    }
    return out;
  }, extensionId);
  expect(results).toEqual(['news-analyser.js: blocked', 'news-gate.js: blocked', 'manifest.json: blocked']);
});
