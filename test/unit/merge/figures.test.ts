import { describe, expect, it } from 'vitest';
import type { Count, Incident } from '../../../lib/schema';
import {
  addAsSource,
  chooseFigure,
  conservativeFigure,
  figureOptions,
  figuresDisagree,
  MergeError,
  sourceKey,
  useConservativeFigure,
} from '../../../lib/merge';
import { count, makeIncident, makeSource, notMentionedCount } from '../factories';
import { counted, frozen, none, outletA, outletB, outletC } from './fixtures';

/** A record whose sources gave these figures for `killed`, first source first. */
function withKilled(...figures: Count[]): Incident {
  let rec: Incident | null = null;
  figures.forEach((c, i) => {
    const source = makeSource({ url: `https://outlet${i}.example/a`, outlet: `Outlet ${i}` });
    const r = makeIncident({ source, sources: [source], killed: c });
    rec = rec ? addAsSource(rec, r) : r;
  });
  return rec!;
}
const chosen = (r: Incident) => r.killed;

describe('figureOptions: every figure with the sources that give it', () => {
  it('lists disagreeing figures, each with its outlets, most conservative first', () => {
    const merged = addAsSource(addAsSource(outletA(), outletB()), outletC());
    const opts = figureOptions(merged, 'projectiles');
    expect(opts.map((o) => [o.count.best, o.count.qualifier, o.sources.map((s) => s.outlet)])).toEqual([
      [2, 'exact', ['Outlet B']],
      [3, 'exact', ['Outlet A']],
      [4, 'at_least', ['Outlet C']],
    ]);
    expect(opts.map((o) => o.isDefault)).toEqual([true, false, false]);
    expect(merged.projectiles.best).toBe(2);
    expect(opts[0].isCurrent).toBe(true);
    // Each source keeps its own wording.
    expect(opts.map((o) => o.count.raw)).toEqual(['Two rockets', 'Three rockets', 'At least four rockets']);
    expect(figuresDisagree(merged, 'projectiles')).toBe(true);
  });

  it('groups sources that give the same figure in other words', () => {
    const a = outletA();
    const b = outletB({ projectiles: { ...count(3), raw: 'a salvo of three rockets' } });
    const merged = addAsSource(a, b);
    const opts = figureOptions(merged, 'projectiles');
    expect(opts).toHaveLength(1);
    expect(opts[0].sources.map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet B']);
    expect(figuresDisagree(merged, 'projectiles')).toBe(false);
  });

  it('shows a figure the reader typed, that no source gives, as an edit', () => {
    const merged = addAsSource(outletA(), outletB());
    const edited = { ...merged, projectiles: count(5) };
    const opts = figureOptions(edited, 'projectiles');
    expect(opts.at(-1)).toMatchObject({ edited: true, isCurrent: true, sources: [] });
    expect(opts.filter((o) => o.isCurrent)).toHaveLength(1);
  });
});

describe('the conservative default (ACLED: the lowest credible figure)', () => {
  it('takes the lowest number', () => {
    expect(chosen(withKilled(count(5), count(3), count(4))).best).toBe(3);
  });
  it('reads "at least 9" and "more than 9" as 9, keeping the qualifier', () => {
    expect(chosen(withKilled(count(10), counted(9, 'at_least')))).toMatchObject({ best: 9, qualifier: 'at_least' });
    expect(chosen(withKilled(count(10), counted(9, 'more_than')))).toMatchObject({ best: 9, qualifier: 'more_than' });
    // Same number: the plain figure before the hedged one.
    expect(chosen(withKilled(counted(9, 'at_least'), count(9)))).toMatchObject({ best: 9, qualifier: 'exact' });
  });
  it('reads a range "10–12" as its low end, and "about 10" and "up to 12" as their number', () => {
    const range = { best: 11, min: 10, max: 12, qualifier: 'range', status: 'reported', raw: '10 to 12' } as Count;
    expect(chosen(withKilled(count(11), range))).toMatchObject({ qualifier: 'range', min: 10 });
    expect(chosen(withKilled(range, count(10)))).toMatchObject({ qualifier: 'exact', best: 10 });
    expect(chosen(withKilled(count(12), counted(10, 'about')))).toMatchObject({ qualifier: 'about', best: 10 });
    expect(chosen(withKilled(counted(12, 'up_to'), count(11)))).toMatchObject({ qualifier: 'exact', best: 11 });
    expect(chosen(withKilled(counted(12, 'vague'), count(20)))).toMatchObject({ qualifier: 'vague', best: 12 });
  });
  it('treats "none reported" as a figure (0) and "not mentioned" as no figure', () => {
    expect(chosen(withKilled(count(2), none())).status).toBe('none_reported');
    expect(chosen(withKilled(notMentionedCount(), count(2))).best).toBe(2);
    expect(chosen(withKilled(notMentionedCount(), notMentionedCount())).status).toBe('not_mentioned');
    const vagueReported: Count = { best: null, min: null, max: null, qualifier: 'vague', status: 'reported', raw: 'casualties' };
    expect(chosen(withKilled(notMentionedCount(), vagueReported))).toMatchObject({ status: 'reported', best: null });
    expect(chosen(withKilled(vagueReported, count(3))).best).toBe(3);
  });
  it('on a full tie, takes the figure more sources give', () => {
    const r = withKilled(counted(4, 'about'), count(4), counted(4, 'about'));
    expect(figureOptions(r, 'killed').map((o) => [o.count.qualifier, o.sources.length])).toEqual([
      ['exact', 1],
      ['about', 2],
    ]);
  });
});

describe('chooseFigure', () => {
  it('states the picked figure and keeps it when another source joins', () => {
    const merged = frozen(addAsSource(outletA(), outletB()));
    const three = figureOptions(merged, 'projectiles').find((o) => o.count.best === 3)!;
    const picked = chooseFigure(merged, 'projectiles', three);
    expect(picked.projectiles.best).toBe(3);
    expect(picked.figuresChosen).toEqual(['projectiles']);
    expect(merged.projectiles.best).toBe(2); // the input is untouched
    // A new source with a lower figure does not override the reader's pick...
    const one = outletC({ projectiles: count(1) });
    expect(addAsSource(picked, one).projectiles.best).toBe(3);
    // ...but the unpicked fields still follow the most conservative source.
    expect(addAsSource(picked, one).injured.status).toBe('none_reported');
    // Back to the default.
    const reset = useConservativeFigure(addAsSource(picked, one), 'projectiles');
    expect(reset.projectiles.best).toBe(1);
    expect(reset.figuresChosen).toBeUndefined();
    expect(conservativeFigure(reset, 'projectiles')?.best).toBe(1);
  });
  it('accepts an option key, and refuses a figure no source gives', () => {
    const merged = addAsSource(outletA(), outletB());
    const key = figureOptions(merged, 'projectiles')[1].key;
    expect(chooseFigure(merged, 'projectiles', key).projectiles.best).toBe(3);
    expect(() => chooseFigure(merged, 'projectiles', 'reported|exact|99|99|99||')).toThrow(MergeError);
  });
  it('keeps a figure the reader typed when a source is added', () => {
    const a = { ...addAsSource(outletA(), outletB()), killed: count(7) };
    const merged = addAsSource(a, outletC());
    expect(merged.killed.best).toBe(7);
    // ...and every source's own figure is still there to pick.
    expect(figureOptions(merged, 'killed').map((o) => o.sourceKeys.length)).toEqual([1, 1, 1, 0]);
    expect(new Set(figureOptions(merged, 'killed').flatMap((o) => o.sourceKeys))).toEqual(
      new Set([outletA(), outletB(), outletC()].map((r) => sourceKey(r.source))),
    );
  });
});
