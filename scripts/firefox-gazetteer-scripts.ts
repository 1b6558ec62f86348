/**
 * Firefox packaging of the gazetteer. addons.mozilla.org's linter (`web-ext lint`) refuses to parse any
 * script over 5 MB (FILE_TOO_LARGE is an error, so the add-on could not be signed), and the gazetteer's data
 * module alone (lib/gazetteer/data/geonames.generated.js) is larger than that. For the Firefox build only,
 * its large string exports are moved into a few classic background scripts of under 2.5 MB each, loaded
 * before background.js (an MV2 background page runs its scripts in order, in one global scope), and the
 * module is replaced by a stub that joins them back. Nothing else changes: the lookups read the same
 * strings; the Chrome build and the CLI import the module as it is.
 */
import type { Plugin } from 'vite';
import type { Browser } from 'wxt/browser';
import type { ResolvedPublicFile } from 'wxt';

const DATA_MODULE = '/lib/gazetteer/data/geonames.generated.js';
const GLOBAL = '__incidentLensGazetteer';
const PIECE_CHARS = 2_500_000;
const LARGE = 500_000;

const ascii = (s: string) => s.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** A JS string literal of plain ASCII (anything else as \uXXXX), so no reader can mistake the encoding. */
const literal = (s: string) => ascii(JSON.stringify(s));
/** The same as a template literal: the data's tabs and newlines stay one byte each. */
const template = (s: string) => `\`${ascii(s.replace(/[\\`\r]|\$\{/g, (c) => (c === '\r' ? '\\r' : `\\${c}`)))}\``;

/** Cut at line ends so that every piece stays under PIECE_CHARS. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PIECE_CHARS, text.length);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

export async function firefoxGazetteerScripts(root: string) {
  const data: Record<string, unknown> = await import(`${root}${DATA_MODULE}`);
  const files: { name: string; contents: string }[] = [];
  const stub: string[] = [`const d = globalThis.${GLOBAL};`, `if (!d) throw new Error('gazetteer data scripts missing: they must load before this script');`];
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string' && value.length > LARGE) {
      for (const piece of pieces(value)) {
        const file = `gazetteer-${files.length + 1}.js`;
        files.push({ name: file, contents: `((globalThis.${GLOBAL} ??= {})[${literal(name)}] ??= []).push(${template(piece)});\n` });
      }
      stub.push(`export const ${name} = d[${literal(name)}].join('');`);
    } else {
      stub.push(`export const ${name} = ${JSON.stringify(value)};`);
    }
  }
  const plugin: Plugin = {
    name: 'incident-lens:firefox-gazetteer-scripts',
    enforce: 'pre',
    load: (id) => (id.endsWith(DATA_MODULE) ? stub.join('\n') : null),
  };
  return {
    plugin,
    publicAssets: (out: ResolvedPublicFile[]) => out.push(...files.map((f) => ({ relativeDest: f.name, contents: f.contents }))),
    manifest: (manifest: Browser.runtime.Manifest) => {
      const bg = manifest.background as { scripts?: string[] } | undefined;
      if (!bg?.scripts) throw new Error('Firefox build without background.scripts');
      bg.scripts.unshift(...files.map((f) => f.name));
    },
  };
}
