import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The UI is Preact; WXT has no Preact module, so the Vite plugin is added directly.
  vite: () => ({ plugins: [preact()] }),
  // Vite 8's minifier turns Dexie's String.fromCharCode(65535) into a raw U+FFFF, and Chromium then
  // refuses the script as not UTF-8 (the extension silently fails to load).
  experimental: { escapeUnicode: true },
  // Nothing should try to launch a browser during `wxt` commands; tests start their own Chromium.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Incident Lens',
    description:
      'Finds attack reports in the news you read, highlights their facts and keeps a local incident dataset.',
    // No permissions: the database is IndexedDB and exports are <a download> links, which need none.
    permissions: [],
    // Nothing leaves the reader's machine: extension pages (popup, background) may not open any
    // connection at all. (Content scripts live under each page's own policy; they make no requests.)
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
    // Firefox needs a stable add-on id (storage and IndexedDB are keyed by it); Chrome would only warn
    // about the unknown key. The extension collects and transmits nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'incident-lens@incident-lens.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
