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
  manifest: {
    name: 'Incident Lens',
    description:
      'Finds attack reports in the news you read, highlights their facts and keeps a local incident dataset.',
    permissions: ['storage', 'downloads'],
  },
});
