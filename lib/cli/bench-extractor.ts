/**
 * The extractor's own figures for `npm run bench`: the cold start in a fresh process, how analysis time
 * grows from 10 KB to 1 MB of article text, and the worst pathological input (the fuzz test's cases at
 * the full length the extractor reads).
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { analyseArticle } from '../extract';
import { realisticText, stressCases } from './stress-inputs';

const run = promisify(execFile);
const HERE = dirname(fileURLToPath(import.meta.url));
const PUBLISHED = '2024-06-01';

function timeOnce(text: string): number {
  const t = performance.now();
  analyseArticle({ text, published: PUBLISHED });
  return performance.now() - t;
}
const fastest = (text: string, runs: number) => Math.min(...Array.from({ length: runs }, () => timeOnce(text)));

export interface ColdStart {
  importMs: number;
  firstMs: number;
  secondMs: number;
  thirdMs: number;
}

/** Median over `runs` fresh processes (each pays module loading, pattern compilation and the gazetteer). */
export async function coldStart(runs = 3, text: 'short' | 'long' = 'short'): Promise<ColdStart> {
  const all: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(HERE, 'cold-start.ts'), text], { cwd: join(HERE, '../..') });
    all.push(JSON.parse(stdout.trim().split('\n').pop()!));
  }
  const med = (k: keyof ColdStart) => all.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
  return { importMs: med('importMs'), firstMs: med('firstMs'), secondMs: med('secondMs'), thirdMs: med('thirdMs') };
}

/** 10 KB vs 1 MB of realistic article text (the extractor reads up to its maxChars of the latter). */
export function scaling(): { ms10k: number; ms1m: number; ratio: number } {
  const small = realisticText(11, 10_000);
  const big = realisticText(12, 1_000_000);
  fastest(small, 2); // warm
  const ms10k = fastest(small, 5);
  const ms1m = fastest(big, 2);
  return { ms10k, ms1m, ratio: ms1m / ms10k };
}

/** Every stress case at `size` characters, once each; the worst by time per KB. */
export function fuzz(size = 200_000, onCase?: (name: string, ms: number) => void): { cases: { name: string; chars: number; ms: number; msPerKb: number }[]; worst: { name: string; ms: number; msPerKb: number } } {
  const cases = stressCases(size).map((c) => {
    const ms = timeOnce(c.text);
    onCase?.(c.name, ms);
    return { name: c.name, chars: c.text.length, ms, msPerKb: ms / (c.text.length / 1000) };
  });
  const worst = cases.reduce((a, b) => (b.msPerKb > a.msPerKb ? b : a));
  return { cases, worst: { name: worst.name, ms: worst.ms, msPerKb: worst.msPerKb } };
}
