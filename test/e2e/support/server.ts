/**
 * A static server on 127.0.0.1 for the e2e tests and the demo: serves test/fixtures/e2e (files written for
 * this project), plus generated pages (/huge.html, /long-article.html, /pathological.html), so that
 * megabytes of test pages are not stored in the repository.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { realisticText, stressCases } from '../../../lib/cli/stress-inputs';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/e2e', import.meta.url));

/** A page far larger than any article: many thousands of elements, attack words in the title. */
export function hugePage(elements = 60_000): string {
  const rows: string[] = [];
  for (let i = 0; i < elements / 3; i++) rows.push(`<div class="r"><span>row ${i}</span><b>rocket</b></div>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rocket attack live blog: every update</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-13T08:00:00Z"></head>
<body><article><h1>Rocket attack live blog</h1><p>Three rockets were fired at the town on Tuesday, wounding two people, officials said in a statement.</p>
${rows.join('\n')}</article></body></html>`;
}

/** A column that leaves room for the docked panel (else it starts as a pill). */
const NARROW = '<style>body { max-width: 560px; margin: 2rem; overflow-wrap: anywhere; }</style>';

/** An article of about `chars` characters (5 MB by default): an attack lead, then thousands of paragraphs. */
export function longArticle(chars = 5_000_000): string {
  const paragraphs = realisticText(7, chars).split('\n\n').map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drone strike on the port: the full record</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-02T09:00:00Z">${NARROW}</head>
<body><article><h1>Drone strike on the port: the full record</h1>
<p>Two drones struck a fuel depot in the port city of Odesa on Sunday, injuring four workers, the regional governor said.</p>
${paragraphs.join('\n')}</article></body></html>`;
}

/** A plain report whose single paragraph is 200,000 characters of the extractor's slowest hostile input. */
export function pathologicalArticle(chars = 200_000): string {
  const worst = stressCases(chars).find((c) => c.name === 'al- names')!;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rocket attack claimed</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-13T08:00:00Z">${NARROW}</head>
<body><article><h1>Rocket attack claimed</h1><p>${worst.text}</p></article></body></html>`;
}

const GENERATED: Record<string, () => string> = {
  '/huge.html': () => hugePage(),
  '/long-article.html': () => longArticle(),
  '/pathological.html': () => pathologicalArticle(),
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const generate = GENERATED[pathname];
      if (generate) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
        res.end(generate());
        return;
      }
      const file = normalize(join(FIXTURES_DIR, pathname === '/' ? 'rocket-attack.html' : pathname));
      if (!file.startsWith(FIXTURES_DIR + sep)) throw new Error('outside fixtures');
      const body = await readFile(file);
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
