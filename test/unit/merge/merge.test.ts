import { describe, expect, it } from 'vitest';
import { Incident } from '../../../lib/schema';
import { addAsSource, allSources, figureOptions, MergeError, sourceKey, splitRecordId, splitSource } from '../../../lib/merge';

const sourceCount = (r: Incident) => allSources(r).length;
import { count, makeIncident, makeSource } from '../factories';
import { frozen, outletA, outletB, outletC } from './fixtures';

const keys = (r: Incident) => allSources(r).map(sourceKey);
const outlets = (r: Incident) => allSources(r).map((s) => s.outlet);

describe('addAsSource', () => {
  it('keeps one record, with every source and each source’s own figures and quote', () => {
    const a = frozen(outletA());
    const b = frozen(outletB());
    const merged = addAsSource(a, b);
    expect(merged.id).toBe(a.id);
    expect(Incident.parse(merged)).toEqual(merged);
    expect(outlets(merged)).toEqual(['Outlet A', 'Outlet B']);
    expect(merged.source.outlet).toBe('Outlet A');
    expect(sourceCount(merged)).toBe(2);
    const [sa, sb] = merged.sources;
    expect(sa.figures).toEqual({ killed: a.killed, injured: a.injured, projectiles: a.projectiles });
    expect(sb.figures).toEqual({ killed: b.killed, injured: b.injured, projectiles: b.projectiles });
    expect(sa.quote).toBe(a.source.selector!.exact);
    expect(sb.quote).toBe(b.source.selector!.exact);
    // B's highlights are kept with B (they are offsets into B's article, not A's).
    expect(sb.evidence).toEqual(b.evidence);
    expect(merged.evidence).toEqual(a.evidence);
    // `source` is the same as the first entry of `sources`.
    expect(merged.source).toEqual(sa);
  });

  it('dedupes a source by page (fragment ignored) and lead passage, filling what the kept copy lacks', () => {
    const a = outletA();
    const again = outletA({ source: { ...a.source, url: `${a.source.url}#comments` }, sources: [] });
    const merged = addAsSource(a, again);
    expect(sourceCount(merged)).toBe(1);
    // The same page with another lead passage is another source (one article, two incidents merged).
    const other = outletA({ source: { ...a.source, selector: { exact: 'A second barrage followed an hour later.' } } });
    other.sources = [other.source];
    expect(sourceCount(addAsSource(a, other))).toBe(2);
  });

  it('takes in every source of a record that was itself merged', () => {
    const bc = addAsSource(outletB(), outletC());
    const all = addAsSource(outletA(), bc);
    expect(outlets(all)).toEqual(['Outlet A', 'Outlet B', 'Outlet C']);
    expect(all.sources.every((s) => s.figures?.projectiles)).toBe(true);
  });

  it('fills facts the kept record lacks and joins notes; keeps its own otherwise', () => {
    const a = outletA({ location: null, perpetrator: { name: null, status: 'unknown' }, damage: null, notes: 'Checked with A.' });
    const b = outletB({ perpetrator: { name: 'Kataib Hezbollah', status: 'accused' }, damage: 'two vehicles burnt', status: 'confirmed' });
    const merged = addAsSource(a, b);
    expect(merged.location).toEqual(b.location);
    expect(merged.perpetrator).toEqual(b.perpetrator);
    expect(merged.damage).toBe('two vehicles burnt');
    expect(merged.notes).toBe('Checked with A.\n\nB names the contractors’ employer.');
    expect(merged.status).toBe('confirmed');
    expect(merged.weapon).toEqual(a.weapon);
    expect(merged.date).toEqual(a.date);
  });

  it('works on records saved before sources carried figures (sources missing `source`)', () => {
    const legacy = outletA();
    const old = { ...legacy, sources: [] }; // an old import: the primary is not in `sources`
    const merged = addAsSource(old, outletB());
    expect(outlets(merged)).toEqual(['Outlet A', 'Outlet B']);
    expect(merged.sources[0].figures?.projectiles?.best).toBe(3);
  });

  it('refuses to merge a record with itself', () => {
    const a = outletA();
    expect(() => addAsSource(a, a)).toThrow(MergeError);
  });
});

describe('splitSource', () => {
  const three = () => addAsSource(addAsSource(outletA(), outletB()), outletC());

  it('takes a source out into a new record made from its own figures', () => {
    const merged = frozen(three());
    const keyB = sourceKey(outletB().source);
    const [kept, split] = splitSource(merged, keyB);
    expect(kept.id).toBe(merged.id);
    expect(outlets(kept)).toEqual(['Outlet A', 'Outlet C']);
    expect(Incident.parse(kept)).toEqual(kept);
    expect(Incident.parse(split)).toEqual(split);
    expect(split.id).not.toBe(merged.id);
    expect(split.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(outlets(split)).toEqual(['Outlet B']);
    const b = outletB();
    expect([split.projectiles, split.killed, split.injured]).toEqual([b.projectiles, b.killed, b.injured]);
    expect(split.evidence).toEqual(b.evidence);
    expect(split.status).toBe('confirmed');
    // The kept record's figures now follow its remaining sources (B gave the lowest rocket count).
    expect(kept.projectiles.best).toBe(3);
    expect(figureOptions(kept, 'projectiles').map((o) => o.count.best)).toEqual([3, 4]);
  });

  it('gives the split record a stable id: the same split twice gives the same id, another source another', () => {
    const merged = three();
    const kB = sourceKey(outletB().source);
    const kC = sourceKey(outletC().source);
    expect(splitSource(merged, kB)[1].id).toBe(splitSource(merged, kB)[1].id);
    expect(splitSource(merged, kB)[1].id).not.toBe(splitSource(merged, kC)[1].id);
    expect(splitRecordId(merged.id, kB)).toBe(splitSource(merged, kB)[1].id);
    expect(splitSource(merged, kB, { newId: 'given' })[1].id).toBe('given');
  });

  it('when the primary source leaves, the next becomes primary and brings its highlights', () => {
    const merged = three();
    const [kept, split] = splitSource(merged, sourceKey(outletA().source));
    expect(kept.source.outlet).toBe('Outlet B');
    expect(kept.evidence).toEqual(outletB().evidence);
    expect(split.evidence).toEqual(outletA().evidence);
    expect(split.source.outlet).toBe('Outlet A');
  });

  it('drops a pick whose figure left with the source, keeps one that stays', () => {
    const merged = three();
    const c4 = figureOptions(merged, 'projectiles').find((o) => o.count.best === 4)!;
    const picked = { ...merged, projectiles: c4.count, figuresChosen: ['projectiles' as const] };
    const [withoutC] = splitSource(picked, sourceKey(outletC().source));
    expect(withoutC.projectiles.best).toBe(2);
    expect(withoutC.figuresChosen).toBeUndefined();
    const [withoutB] = splitSource(picked, sourceKey(outletB().source));
    expect(withoutB.projectiles.best).toBe(4);
    expect(withoutB.figuresChosen).toEqual(['projectiles']);
  });

  it('refuses an unknown source and a record’s only source', () => {
    const a = outletA();
    expect(() => splitSource(a, sourceKey(a.source))).toThrow(/only source/);
    expect(() => splitSource(three(), 'https://nowhere.example\nx')).toThrow(MergeError);
  });
});

describe('split then merge back', () => {
  it('gives back every source with its figures, and the same figures on the record', () => {
    const merged = addAsSource(addAsSource(outletA(), outletB()), outletC());
    for (const s of allSources(merged)) {
      const [kept, split] = splitSource(merged, sourceKey(s));
      const back = addAsSource(kept, split);
      expect(back.id).toBe(merged.id);
      expect(new Set(keys(back))).toEqual(new Set(keys(merged)));
      const figuresOf = (r: Incident) => Object.fromEntries(allSources(r).map((x) => [sourceKey(x), x.figures]));
      expect(figuresOf(back)).toEqual(figuresOf(merged));
      expect([back.projectiles, back.killed, back.injured]).toEqual([merged.projectiles, merged.killed, merged.injured]);
      expect(Incident.parse(back)).toEqual(back);
    }
  });

  it('never loses a source or a figure over many merges and splits', () => {
    // A seeded random walk over five single-source records.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let records = Array.from({ length: 5 }, (_, i) => {
      const source = makeSource({ url: `https://o${i}.example/x`, outlet: `O${i}` });
      return makeIncident({ source, sources: [source], killed: count(i), projectiles: count(10 - i) });
    });
    const figureOf = new Map(records.map((r) => [sourceKey(r.source), [r.killed.best, r.projectiles.best]]));
    for (let step = 0; step < 200; step++) {
      if (records.length > 1 && rnd(2) === 0) {
        const i = rnd(records.length);
        let j = rnd(records.length - 1);
        if (j >= i) j++;
        const merged = addAsSource(records[i], records[j]);
        records = records.filter((_, k) => k !== i && k !== j).concat(merged);
      } else {
        const i = rnd(records.length);
        const srcs = allSources(records[i]);
        if (srcs.length < 2) continue;
        const [kept, split] = splitSource(records[i], sourceKey(srcs[rnd(srcs.length)]));
        records = records.filter((_, k) => k !== i).concat(kept, split);
      }
      const all = records.flatMap(allSources);
      expect(all).toHaveLength(5);
      for (const s of all) {
        expect([s.figures?.killed?.best ?? records.find((r) => sourceKey(r.source) === sourceKey(s))?.killed.best, s.figures?.projectiles?.best ?? records.find((r) => sourceKey(r.source) === sourceKey(s))?.projectiles.best]).toEqual(figureOf.get(sourceKey(s)));
      }
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
  });
});
