/**
 * The Firefox build moves the gazetteer's large strings into background scripts under the linter's 5 MB
 * limit (scripts/firefox-gazetteer-scripts.ts). Run them as Firefox would, in order in one global scope,
 * then the stub that replaces the data module: every export must come back exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { createContext, runInContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { ResolvedPublicFile } from 'wxt';
import * as data from '../../../lib/gazetteer/data/geonames.generated';
import { firefoxGazetteerScripts } from '../../../scripts/firefox-gazetteer-scripts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('Firefox gazetteer scripts', async () => {
  const split = await firefoxGazetteerScripts(ROOT.replace(/\/$/, ''));
  const files: ResolvedPublicFile[] = [];
  split.publicAssets(files);
  const scripts = files.map((f) => ('contents' in f ? f.contents : ''));

  it('are each under 5 MB, in plain ASCII', () => {
    expect(scripts.length).toBeGreaterThan(1);
    for (const s of scripts) {
      expect(Buffer.byteLength(s)).toBeLessThan(5 * 1024 * 1024);
      expect(/^[\x00-\x7f]*$/.test(s)).toBe(true);
    }
  });

  it('give back every export of the data module exactly', () => {
    const ctx = createContext({});
    for (const s of scripts) runInContext(s, ctx);
    const stub = (split.plugin.load as (id: string) => string)(`${ROOT}lib/gazetteer/data/geonames.generated.js`);
    runInContext(stub.replace(/^export const (\w+) =/gm, 'globalThis.$1 ='), ctx);
    for (const [name, value] of Object.entries(data)) expect(ctx[name], name).toEqual(value);
  });

  it('list the data scripts before background.js in the manifest', () => {
    const manifest = { manifest_version: 2, name: 'x', version: '1', background: { scripts: ['background.js'] } };
    split.manifest(manifest as never);
    expect(manifest.background.scripts).toEqual([...files.map((f) => f.relativeDest), 'background.js']);
  });
});
