/**
 * The extractor on the stress inputs (stress-inputs.ts), in a child process that the caller can stop:
 * a super-linear pattern makes analyseArticle run for minutes, and synchronous code cannot be
 * interrupted from inside its own process. Used by the fuzz test and by `npm run bench`.
 *
 * As a script: tsx lib/cli/stress-run.ts [--size N] [--cold-only]
 * prints one JSON line per step, as soon as it is done:
 *   { type: 'cold', importMs, firstMs, secondMs, heapBytes }  loading the extractor, its first analysis
 *                                                             in this fresh process, a second one
 *   { type: 'realistic', chars, ms }                          realistic text of 10 KB (fastest of 3)
 *   { type: 'start', name }  then  { type: 'case', name, chars, read, ms }   for each stress case
 *   { type: 'done' }
 * The last case is 1 MB of realistic text, of which the extractor reads `read` characters (maxChars).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REALISTIC_1MB = 'realistic 1 MB';
const MAX_CHARS = 200_000; // analyseArticle's default maxChars
const PUBLISHED = '2024-06-01';

export type StressLine =
  | { type: 'cold'; importMs: number; firstMs: number; secondMs: number; heapBytes: number }
  | { type: 'realistic'; chars: number; ms: number }
  | { type: 'start'; name: string }
  | { type: 'case'; name: string; chars: number; read: number; ms: number }
  | { type: 'done' };

export interface StressReport {
  cold: Extract<StressLine, { type: 'cold' }> | null;
  realistic: Extract<StressLine, { type: 'realistic' }> | null;
  cases: Extract<StressLine, { type: 'case' }>[];
  /** The case (or step) that was still running when its deadline passed; the child was killed. */
  timedOut: { name: string; afterMs: number } | null;
  /** The child's exit, when it failed, with the end of its stderr. */
  error: string | null;
}

export interface StressOptions {
  /** Characters per stress case. */
  size: number;
  /** Stop after the cold-start line. */
  coldOnly?: boolean;
  /** How long a case may run before the child is killed, given its length and the realistic timing. */
  caseDeadlineMs: (chars: number, realistic: { chars: number; ms: number }) => number;
  /** Deadline for loading, the first analysis and the realistic timing (default 120 s). */
  setupDeadlineMs?: number;
  onLine?: (line: StressLine) => void;
}

const THIS_FILE = fileURLToPath(import.meta.url);
const REPO_ROOT = resolve(dirname(THIS_FILE), '../..');

/** Run the stress cases in a fresh `node --import tsx` process; never throws, never hangs. */
export function runStressChild(options: StressOptions): Promise<StressReport> {
  const report: StressReport = { cold: null, realistic: null, cases: [], timedOut: null, error: null };
  const args = ['--import', 'tsx', THIS_FILE, '--size', String(options.size), ...(options.coldOnly ? ['--cold-only'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let timer: NodeJS.Timeout | null = null;
  let running = 'setup';
  let since = performance.now();
  const arm = (name: string, ms: number) => {
    if (timer) clearTimeout(timer);
    running = name;
    since = performance.now();
    timer = setTimeout(() => {
      report.timedOut = { name: running, afterMs: performance.now() - since };
      child.kill('SIGKILL');
    }, ms);
  };
  arm('setup', options.setupDeadlineMs ?? 120_000);
  createInterface({ input: child.stdout }).on('line', (text) => {
    let line: StressLine;
    try {
      line = JSON.parse(text) as StressLine;
    } catch {
      return; // not ours (a library's console output)
    }
    options.onLine?.(line);
    if (line.type === 'cold') report.cold = line;
    else if (line.type === 'realistic') report.realistic = line;
    else if (line.type === 'start') {
      const chars = line.name === REALISTIC_1MB ? MAX_CHARS : options.size;
      arm(line.name, options.caseDeadlineMs(chars, report.realistic ?? { chars: 10_000, ms: 100 }));
    } else if (line.type === 'case') {
      report.cases.push(line);
      if (timer) clearTimeout(timer);
    }
  });
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (!report.timedOut && code !== 0) report.error = `exit ${code ?? signal}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`;
      done(report);
    });
    child.on('error', (err) => {
      report.error = String(err);
      done(report);
    });
  });
}

async function childMain(): Promise<void> {
  const argv = process.argv.slice(2);
  const size = Number(argv[argv.indexOf('--size') + 1]) || 100_000;
  const say = (line: StressLine) => void process.stdout.write(JSON.stringify(line) + '\n');

  const t0 = performance.now();
  const { analyseArticle } = await import('../extract');
  const { realisticText, stressCases } = await import('./stress-inputs');
  const importMs = performance.now() - t0;
  const first = realisticText(1, 10_000);
  const h0 = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  analyseArticle({ text: first, published: PUBLISHED });
  const firstMs = performance.now() - t1;
  const heapBytes = process.memoryUsage().heapUsed - h0;
  const t2 = performance.now();
  analyseArticle({ text: realisticText(5, 10_000), published: PUBLISHED });
  say({ type: 'cold', importMs, firstMs, secondMs: performance.now() - t2, heapBytes });
  if (argv.includes('--cold-only')) {
    say({ type: 'done' });
    return;
  }

  const time = (text: string) => {
    const t = performance.now();
    analyseArticle({ text, published: PUBLISHED });
    return performance.now() - t;
  };
  const cases = stressCases(size);
  for (const c of stressCases(500)) time(c.text); // compile every pattern the cases reach
  const baseline = realisticText(2, 10_000);
  const realisticMs = Math.min(time(baseline), time(baseline), time(baseline));
  say({ type: 'realistic', chars: baseline.length, ms: realisticMs });
  for (const c of [...cases, { name: REALISTIC_1MB, text: realisticText(4, 1_000_000) }]) {
    say({ type: 'start', name: c.name });
    const read = Math.min(c.text.length, MAX_CHARS);
    let ms = time(c.text);
    // A timing is an upper bound (a GC, another process): a slow one is taken again, the faster kept.
    if (ms / read > (5 * realisticMs) / baseline.length) ms = Math.min(ms, time(c.text));
    say({ type: 'case', name: c.name, chars: c.text.length, read, ms });
  }
  say({ type: 'done' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  childMain().catch((err) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
