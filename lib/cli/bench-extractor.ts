/**
 * The extractor's own figures for `npm run bench`: the cold start of a short report in fresh processes
 * (cold-start.ts), and, from one run of the stress child (stress-run.ts, the fuzz test's runner): the
 * cold start of a 10 KB article, how time grows from 10 KB to 1 MB of article text, and the worst
 * pathological input at the full length the extractor reads.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REALISTIC_1MB, runStressChild } from './stress-run';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));

export interface ColdStart {
  importMs: number;
  firstMs: number;
  secondMs: number;
  thirdMs: number;
}

/** Median over `runs` fresh processes (each pays module loading, pattern compilation and the gazetteer). */
export async function coldStart(runs = 3): Promise<ColdStart> {
  const all: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(HERE, 'cold-start.ts')], { cwd: join(HERE, '../..') });
    all.push(JSON.parse(stdout.trim().split('\n').pop()!));
  }
  const med = (k: keyof ColdStart) => all.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
  return { importMs: med('importMs'), firstMs: med('firstMs'), secondMs: med('secondMs'), thirdMs: med('thirdMs') };
}

export interface StressFigures {
  /** First and second analysis of a 10 KB article in the child's fresh process. */
  coldArticle: { firstMs: number; secondMs: number } | null;
  scaling: { ms10k: number; ms1m: number; ratio: number } | null;
  cases: { name: string; chars: number; ms: number; msPerKb: number }[];
  worst: { name: string; ms: number; msPerKb: number } | null;
  /** A case that overstayed its deadline, or the child's failure. */
  problem: string | null;
}

/** The stress cases at `size` characters (a case gets 60 s before the child is killed). */
export async function stressFigures(size = 200_000): Promise<StressFigures> {
  const r = await runStressChild({ size, caseDeadlineMs: () => 60_000 });
  const perKb = (c: { ms: number; read: number }) => c.ms / (c.read / 1000);
  const big = r.cases.find((c) => c.name === REALISTIC_1MB);
  const cases = r.cases.filter((c) => c !== big).map((c) => ({ name: c.name, chars: c.chars, ms: c.ms, msPerKb: perKb(c) }));
  const worst = cases.length ? cases.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a)) : null;
  return {
    coldArticle: r.cold ? { firstMs: r.cold.firstMs, secondMs: r.cold.secondMs } : null,
    scaling: big && r.realistic ? { ms10k: r.realistic.ms, ms1m: big.ms, ratio: big.ms / r.realistic.ms } : null,
    cases,
    worst: worst && { name: worst.name, ms: worst.ms, msPerKb: worst.msPerKb },
    problem: r.timedOut ? `${r.timedOut.name} still running after ${Math.round(r.timedOut.afterMs)} ms` : r.error,
  };
}
