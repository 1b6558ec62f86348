/**
 * The extractor in bounded steps, for the background: it serves every tab, and one synchronous analysis of
 * a huge or hostile text would hold up all the others. A text longer than one window is cut at paragraph
 * (else sentence, else hard) boundaries into windows analysed one at a time, yielding to the event loop in
 * between so other tabs' requests run; past the time budget the rest is left out and `coverage` says so.
 * A text of one window — every ordinary article — is analysed exactly as `analyseArticle` does.
 */
import type { Analysis, Incident } from '../schema';
import { analyseArticle, type AnalyseOptions, type ArticleInput } from './index';

export interface StepOptions extends AnalyseOptions {
  /** Characters per step. The extractor's worst measured rate (~8 ms per KB) keeps a step under ~250 ms. */
  windowChars?: number;
  /** Stop starting new steps after this long (ms). */
  budgetMs?: number;
  /** How to let other work run between steps (tests pass their own). */
  pause?: () => Promise<void>;
  now?: () => number;
}

export const WINDOW_CHARS = 30_000;
export const BUDGET_MS = 3_000;

/** [start, end) windows covering `text`, each at most `size` long, cut where a reader would. */
export function windowsOf(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const min = start + Math.floor(size / 2);
      const para = text.lastIndexOf('\n\n', end);
      const sentence = text.lastIndexOf('. ', end);
      if (para >= min) end = para + 2;
      else if (sentence >= min) end = sentence + 2;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

function shifted(incident: Incident, offset: number): Incident {
  if (!offset) return incident;
  return { ...incident, evidence: incident.evidence.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset })) };
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function analyseInSteps(input: ArticleInput, options: StepOptions = {}): Promise<Analysis> {
  const size = options.windowChars ?? WINDOW_CHARS;
  if (input.text.length <= size) return analyseArticle(input, options);
  const now = options.now ?? (() => performance.now());
  const pause = options.pause ?? nextTurn;
  const budget = options.budgetMs ?? BUDGET_MS;
  const t0 = now();
  const result: Analysis = { isAttackReport: false, confidence: 0, incidents: [] };
  const ids = new Set<string>();
  let analysedChars = 0;
  for (const [start, end] of windowsOf(input.text, size)) {
    if (start > 0) {
      if (now() - t0 > budget) break;
      await pause();
    }
    // Later windows are read as the rest of an attack report once the lead was found to be one (their
    // first sentences rarely look like a news lead), and without the headline, which is the lead's.
    const part = analyseArticle(
      { ...input, text: input.text.slice(start, end), ...(start > 0 ? { title: undefined } : {}) },
      { ...options, maxChars: size, keepIncidents: start > 0 && result.isAttackReport },
    );
    analysedChars = end;
    // The first window holds the headline and lead: it decides what the article is about.
    if (start === 0) {
      result.isAttackReport = part.isAttackReport;
      result.confidence = part.confidence;
    }
    if (!result.isAttackReport && !part.isAttackReport) continue;
    for (const incident of part.incidents) {
      if (ids.has(incident.id)) continue;
      ids.add(incident.id);
      result.incidents.push(shifted(incident, start));
    }
    if (!result.isAttackReport && part.isAttackReport) {
      result.isAttackReport = true;
      result.confidence = part.confidence;
    }
  }
  if (analysedChars < input.text.length) result.coverage = { analysedChars, totalChars: input.text.length };
  return result;
}
