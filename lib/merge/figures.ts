/**
 * Figures that disagree between sources ("three rockets" / "two rockets fell"): every distinct
 * figure with the sources that give it, and which one the record states.
 *
 * The default is the most conservative figure, as ACLED codes fatalities ("if sources differ, the
 * lowest credible figure"). Concretely, options are ranked by:
 *  1. a number before no number: an explicit figure (incl. "none reported", which is 0) before
 *     "casualties reported" without a count, and both before a source that does not mention it
 *     ("not mentioned" is the absence of a figure, never a 0: it never beats a figure);
 *  2. the lowest figure the text commits to: "3" -> 3, "at least 9" / "more than 9" -> 9 (the number
 *     as written; the qualifier stays on the figure), a range "10–12" -> 10, "about 10" -> 10,
 *     "up to 12" -> 12 (the only number given), "dozens" -> 12 (the extractor's ACLED convention);
 *     "none reported" -> 0, so an outlet saying "no casualties" is the conservative default against
 *     one saying "two killed" (the reader sees both and can pick);
 *  3. on a tie, the plainer claim: exact, range, about, at least, more than, up to, vague
 *     ("3" before "at least 3");
 *  4. then the figure more sources give, then the order the sources were added.
 */
import type { Count, FigureField, Incident, Source } from '../schema';
import { allSources, sourceKey } from './sources';

export interface FigureOption {
  /** Identifies this figure among the record's options (stable across calls). */
  key: string;
  count: Count;
  /** The sources that give this figure, in the record's order (empty for the reader's own edit). */
  sources: Source[];
  sourceKeys: string[];
  /** The most conservative of the sources' figures: what the record states unless the reader picks. */
  isDefault: boolean;
  /** What the record states now. */
  isCurrent: boolean;
  /** A figure the reader typed that no source gives. */
  edited: boolean;
}

/** Two counts are the same figure when they say the same thing; the wording (`raw`) may differ. */
export function figureKey(c: Count): string {
  if (c.status === 'not_mentioned') return 'not_mentioned';
  if (c.status === 'none_reported') return 'none_reported';
  return ['reported', c.qualifier, c.best, c.min, c.max, c.intercepted ?? '', c.impacted ?? ''].join('|');
}

const QUALIFIER_ORDER: Count['qualifier'][] = ['exact', 'range', 'about', 'at_least', 'more_than', 'up_to', 'vague'];

/** [tier, lowest committed figure]: tier 0 a number, 1 reported without one, 2 not mentioned. */
export function conservativeFloor(c: Count): [number, number] {
  if (c.status === 'not_mentioned') return [2, 0];
  if (c.status === 'none_reported') return [0, 0];
  const lowest = c.qualifier === 'range' || c.qualifier === 'at_least' || c.qualifier === 'more_than' ? (c.min ?? c.best) : (c.best ?? c.min);
  return lowest === null ? [1, 0] : [0, lowest];
}

function compareConservative(a: { count: Count; n: number; first: number }, b: { count: Count; n: number; first: number }): number {
  const [ta, fa] = conservativeFloor(a.count);
  const [tb, fb] = conservativeFloor(b.count);
  return (
    ta - tb ||
    fa - fb ||
    QUALIFIER_ORDER.indexOf(a.count.qualifier) - QUALIFIER_ORDER.indexOf(b.count.qualifier) ||
    b.n - a.n ||
    a.first - b.first
  );
}

/**
 * Every distinct figure the record's sources give for `field`, most conservative first, plus the
 * record's own figure when the reader typed one no source gives. Sources that carry no figures at
 * all (saved before sources kept them) are left out: they say nothing either way.
 */
export function figureOptions(record: Incident, field: FigureField): FigureOption[] {
  const groups = new Map<string, { count: Count; sources: Source[]; n: number; first: number }>();
  allSources(record).forEach((s, i) => {
    const c = s.figures?.[field];
    if (!c) return;
    const k = figureKey(c);
    const g = groups.get(k);
    if (g) (g.sources.push(s), g.n++);
    else groups.set(k, { count: c, sources: [s], n: 1, first: i });
  });
  const ranked = [...groups.entries()].sort((a, b) => compareConservative(a[1], b[1]));
  const currentKey = figureKey(record[field]);
  const options: FigureOption[] = ranked.map(([key, g], i) => ({
    key,
    count: g.count,
    sources: g.sources,
    sourceKeys: g.sources.map(sourceKey),
    isDefault: i === 0,
    isCurrent: key === currentKey,
    edited: false,
  }));
  if (!groups.has(currentKey)) {
    options.push({ key: currentKey, count: record[field], sources: [], sourceKeys: [], isDefault: false, isCurrent: true, edited: true });
  }
  return options;
}

/** The most conservative figure the sources give, or null when no source carries one. */
export function conservativeFigure(record: Incident, field: FigureField): Count | null {
  return figureOptions(record, field).find((o) => o.isDefault)?.count ?? null;
}

/** True when the sources give more than one figure for `field` (the panel shows them side by side). */
export function figuresDisagree(record: Incident, field: FigureField): boolean {
  return figureOptions(record, field).filter((o) => !o.edited).length > 1;
}

export class MergeError extends Error {
  readonly code: 'not_found' | 'only_source' | 'same_record' | 'no_such_figure';
  constructor(code: MergeError['code'], message: string) {
    super(message);
    this.name = 'MergeError';
    this.code = code;
  }
}

/**
 * The reader picks the figure that stands: the record states it, and it stays chosen when sources
 * are added later (`figuresChosen`). `option` is a FigureOption or its key. The count is stored as
 * the source gave it (wording included); no source or figure is dropped.
 */
export function chooseFigure(record: Incident, field: FigureField, option: FigureOption | string): Incident {
  const key = typeof option === 'string' ? option : option.key;
  const found = figureOptions(record, field).find((o) => o.key === key);
  if (!found) throw new MergeError('no_such_figure', `None of this incident's sources gives that ${field} figure.`);
  const chosen = new Set(record.figuresChosen ?? []);
  chosen.add(field);
  return { ...record, [field]: found.count, figuresChosen: [...chosen].sort() as FigureField[] };
}

/** Back to the default: the most conservative figure, no longer the reader's pick. */
export function useConservativeFigure(record: Incident, field: FigureField): Incident {
  const next: Incident = { ...record, figuresChosen: (record.figuresChosen ?? []).filter((f) => f !== field) };
  if (!next.figuresChosen!.length) delete next.figuresChosen;
  const c = conservativeFigure(record, field);
  if (c) next[field] = c;
  return next;
}
