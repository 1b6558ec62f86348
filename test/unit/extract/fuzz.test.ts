/**
 * No input makes the extractor super-linear. One hostile or broken page (a paragraph without
 * punctuation, a run of "al-", of non-breaking spaces, of capitalised names...) must not stall the
 * background worker that analyses every tab: each pathological text of SIZE characters must be analysed
 * within a generous multiple of what realistic text costs per KB, measured in the same process a moment
 * before (so a slow or busy machine moves both), and within an absolute cap.
 *
 * The inputs come from a seeded generator (lib/cli/stress-inputs.ts): the same text on every run. They
 * run in a child process (lib/cli/stress-run.ts) that is killed when a case overstays, so a regression
 * fails here with the case's name instead of hanging the test run. Before the fixes in lib/extract most
 * of these cases took 3–30 s at this size, some minutes. `npm run bench` runs them at 200,000 characters,
 * all the extractor reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../lib/extract';
import { realisticText, stressCases } from '../../../lib/cli/stress-inputs';
import { REALISTIC_1MB, runStressChild, type StressReport } from '../../../lib/cli/stress-run';

/** Characters per pathological case. */
const SIZE = 100_000;
/** A case may cost this many times realistic text per KB (the worst linear ones cost 2–5×)... */
const MULTIPLE = 15;
/** ...1 MB of realistic text (read up to maxChars) this many times the 10 KB text per KB... */
const REALISTIC_MULTIPLE = 5;
/** ...but no case more than CAP_MS, and none need be faster than FLOOR_MS. */
const CAP_MS = 3_000;
const FLOOR_MS = 200;

const msPerKb = (r: { chars: number; ms: number }) => r.ms / (r.chars / 1000);
const limitFor = (name: string, read: number, realistic: { chars: number; ms: number }) =>
  Math.min(CAP_MS, Math.max(FLOOR_MS, (name === REALISTIC_1MB ? REALISTIC_MULTIPLE : MULTIPLE) * msPerKb(realistic) * (read / 1000)));

let report: StressReport;

beforeAll(async () => {
  report = await runStressChild({
    size: SIZE,
    // Past twice its limit (and a few seconds) a case is failed as it is: no need to wait minutes.
    caseDeadlineMs: (chars, realistic) => 2 * limitFor('', chars, realistic) + 5_000,
  });
}, 300_000);

describe('the generator', () => {
  it('is deterministic and gives the sizes asked for', () => {
    expect(realisticText(7, 5_000)).toBe(realisticText(7, 5_000));
    expect(realisticText(7, 5_000)).not.toBe(realisticText(8, 5_000));
    expect(realisticText(7, 5_000)).toHaveLength(5_000);
    const cases = stressCases(SIZE);
    expect(cases.map((c) => c.text)).toEqual(stressCases(SIZE).map((c) => c.text));
    for (const c of cases) expect(c.text.length, c.name).toBeGreaterThanOrEqual(SIZE - 100);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it('realistic text reads as an attack report', () => {
    const a = analyseArticle({ text: realisticText(3, 10_000), published: '2024-06-01' });
    expect(a.isAttackReport).toBe(true);
    expect(a.incidents.length).toBeGreaterThan(0);
  });
});

describe('pathological inputs are analysed in time proportional to their length', () => {
  it('the child process ran every case', () => {
    expect(report.timedOut, `${report.timedOut?.name} still running after ${report.timedOut?.afterMs.toFixed(0)} ms`).toBeNull();
    expect(report.error).toBeNull();
    expect(report.realistic).not.toBeNull();
    expect(report.cases.map((c) => c.name)).toEqual([...stressCases(SIZE).map((c) => c.name), REALISTIC_1MB]);
  });

  it.each([...stressCases(SIZE).map((c) => c.name), REALISTIC_1MB])('%s', (name) => {
    const result = report.cases.find((c) => c.name === name);
    expect(result, report.timedOut?.name === name ? `${name}: killed after ${report.timedOut.afterMs.toFixed(0)} ms` : `${name}: not run`).toBeDefined();
    const limit = limitFor(name, result!.read, report.realistic!);
    expect(
      result!.ms,
      `${name}: ${result!.ms.toFixed(0)} ms for ${result!.read} chars (realistic text: ${msPerKb(report.realistic!).toFixed(2)} ms/KB, limit ${limit.toFixed(0)} ms)`,
    ).toBeLessThanOrEqual(limit);
  });
});
