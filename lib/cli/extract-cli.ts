/**
 * npm run -s extract -- [--published YYYY-MM-DD] [--url URL] FILE...
 * npm run -s extract -- --manifest FILE.jsonl      (one { "file", "published", "url" } per line)
 *
 * One JSON line per file: { file, isAttackReport, confidence, title, published, incidents } — or
 * { file, error } for a file that cannot be read, is empty or is not an article; the other files still
 * run, and the exit code is 1 if any failed. .html/.htm goes through happy-dom and lib/article's
 * readArticle exactly as in the browser; anything else is read as plain text.
 *
 * A manifest runs every article in this one process (one cold start); a bad manifest line gives an
 * error line with its line number. At the end, stderr gets the count, the time and articles per second.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyseArticle } from '../extract';
import { loadArticleFile } from './input';
import { isIsoDay, parseManifest } from './manifest';
import { runMain } from './run';

interface Args {
  published: string | null;
  url?: string;
  files: string[];
  manifest?: string;
}

const USAGE = 'usage: npm run -s extract -- [--published YYYY-MM-DD] [--url URL] FILE...\n       npm run -s extract -- --manifest FILE.jsonl';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { published: null, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) args.files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !isIsoDay(v)) return `--published wants a date as YYYY-MM-DD, got ${JSON.stringify(v ?? '')}`;
      args.published = v;
    } else if (a === '--url' || a.startsWith('--url=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return '--url wants a URL';
      args.url = v;
    } else if (a === '--manifest' || a.startsWith('--manifest=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) return '--manifest wants a .jsonl file';
      args.manifest = v;
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else args.files.push(a);
  }
  if (args.manifest && args.files.length) return 'give either --manifest or FILEs, not both';
  if (!args.manifest && !args.files.length) return 'no FILE given';
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args === USAGE ? USAGE : `extract: ${args}\n${USAGE}`);
    return 2;
  }
  let jobs: { file: string; published: string | null; url?: string; line?: number; error?: string }[];
  if (args.manifest) {
    const path = resolve(args.manifest);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      console.error(`extract: cannot read the manifest ${args.manifest}: ${err instanceof Error ? err.message : String(err)}`);
      return 2;
    }
    jobs = parseManifest(text, dirname(path)).map((j) => ('error' in j ? { file: '', published: null, line: j.line, error: j.error } : j));
  } else jobs = args.files.map((file) => ({ file, published: args.published, url: args.url }));

  const started = performance.now();
  let failed = 0;
  let done = 0;
  for (const job of jobs) {
    const where = job.line !== undefined ? { manifestLine: job.line } : {};
    if (job.error) {
      failed++;
      console.log(JSON.stringify({ file: job.file || null, ...where, error: job.error }));
      continue;
    }
    const line = await extractOne(job.file, job.published, job.url);
    if ('error' in line) failed++;
    else done++;
    console.log(JSON.stringify({ ...line, ...where }));
  }
  if (args.manifest) {
    const seconds = (performance.now() - started) / 1000;
    console.error(`extract: ${done} of ${jobs.length} articles in ${seconds.toFixed(2)} s, ${(done / Math.max(seconds, 1e-6)).toFixed(1)} articles/s${failed ? `, ${failed} failed` : ''}`);
  }
  return failed ? 1 : 0;
}

/** One article → its output line (or an error line); never throws. */
async function extractOne(file: string, published: string | null, url?: string): Promise<Record<string, unknown>> {
  const loaded = await loadArticleFile(file, { published, url });
  if (!loaded.ok) return { file, error: loaded.error };
  const { input, title } = loaded.loaded;
  try {
    const analysis = analyseArticle(input);
    return { file, isAttackReport: analysis.isAttackReport, confidence: analysis.confidence, title, published: input.published, incidents: analysis.incidents };
  } catch (err) {
    return { file, error: `extractor failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

runMain('extract', main);
