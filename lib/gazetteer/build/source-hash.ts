/**
 * Fingerprint of the files in this repository that data/geonames.generated.js is built from, so a test
 * can tell when the data is stale (a folding rule, an alias or a site changed without a rebuild).
 * Node only: used by the build script and the unit tests, never by the runtime.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_FILES = ['fold.ts', 'format.ts', 'words.ts', 'aliases.ts', 'sites.ts', 'build/build-gazetteer.ts'];

export function sourceHash(): string {
  let h = 0x811c9dc5;
  for (const f of SOURCE_FILES) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n');
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}
