import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { firefoxGazetteerScripts } from './scripts/firefox-gazetteer-scripts';

// Firefox only: the gazetteer's data goes into background scripts of under 5 MB each, the most
// addons.mozilla.org's linter will parse (see scripts/firefox-gazetteer-scripts.ts).
let gazetteerSplit: ReturnType<typeof firefoxGazetteerScripts> | undefined;
const firefoxGazetteer = () => (gazetteerSplit ??= firefoxGazetteerScripts(import.meta.dirname));

/** Every web page: where the gate runs and where the analyser may be injected. */
const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  // The UI is Preact; WXT has no Preact module, so the Vite plugin is added directly.
  vite: async (env) => ({ plugins: [preact(), ...(env.browser === 'firefox' ? [(await firefoxGazetteer()).plugin] : [])] }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      if (wxt.config.browser === 'firefox') (await firefoxGazetteer()).publicAssets(files);
    },
    'build:manifestGenerated': async (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') (await firefoxGazetteer()).manifest(manifest);
    },
  },
  // Vite 8's minifier turns Dexie's String.fromCharCode(65535) into a raw U+FFFF, and Chromium then
  // refuses the script as not UTF-8 (the extension silently fails to load).
  experimental: { escapeUnicode: true },
  // Nothing should try to launch a browser during `wxt` commands; tests start their own Chromium.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Incident Lens',
    description:
      'Finds attack reports in the news you read, highlights their facts and keeps a local incident dataset.',
    // The only script every page loads is the small gate (entrypoints/news-gate). It is declared here rather
    // than as a WXT content script so that no ContentScriptContext runs in pages (its start-up message and
    // event are visible to, and can be replayed by, the page).
    content_scripts: [{ matches: PAGE_MATCHES, js: ['news-gate.js'], run_at: 'document_idle' }],
    // `scripting` + host permissions equal to the gate's matches: the background injects the analyser
    // (entrypoints/news-analyser) into a frame only after its gate passed. No access beyond what the content
    // script already had, so no new install warning; nothing is web-accessible, so pages cannot probe for it.
    // The database is IndexedDB and exports are <a download> links, which need no permission.
    // `contextMenus`: "New incident from selection" in the page's context menu (no install warning).
    permissions: ['scripting', 'contextMenus'],
    host_permissions: PAGE_MATCHES,
    // "Analyse this page" from the keyboard (the popup has the same as a button).
    commands: {
      'analyse-page': { suggested_key: { default: 'Alt+Shift+A' }, description: 'Analyse this page with Incident Lens' },
      // Keyboard-only use: into the panel; Escape there gives focus back to the page.
      'focus-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Move focus into the Incident Lens panel' },
      'capture-selection': { suggested_key: { default: 'Alt+Shift+S' }, description: 'New incident from the selected text' },
    },
    // Nothing leaves the reader's machine: extension pages (popup, background) may not open any
    // connection at all. (Content scripts live under each page's own policy; they make no requests.)
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'self'; connect-src 'none'"
        : { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
    // Firefox needs a stable add-on id (storage and IndexedDB are keyed by it); Chrome would only warn
    // about the unknown key. The extension collects and transmits nothing. Firefox 140 (the oldest ESR
    // still supported) is the first to read data_collection_permissions (Android: 142) and has the CSS
    // Custom Highlight API.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'incident-lens@incident-lens.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
