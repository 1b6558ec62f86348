import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseJsonImport, toCsv, toJsonExport } from '../../../lib/export';
import { addAsSource, chooseFigure, figureOptions } from '../../../lib/merge';
import { outletA, outletB, outletC } from './fixtures';

describe('a merged record in the exports', () => {
  const merged = addAsSource(addAsSource(outletA(), outletB()), outletC());
  const picked = chooseFigure(merged, 'killed', figureOptions(merged, 'killed').find((o) => o.count.best === 1)!);

  it('JSON keeps every source with its figures, quote and evidence, and reads back the same', () => {
    const now = new Date('2024-04-01T00:00:00Z');
    const back = parseJsonImport(toJsonExport([picked], now), now);
    expect(back.errors).toEqual([]);
    expect(back.incidents).toEqual([picked]);
    expect(back.incidents[0].sources.map((s) => s.figures?.projectiles?.best)).toEqual([3, 2, 4]);
    expect(back.incidents[0].figuresChosen).toEqual(['killed']);
  });

  it('CSV carries the number of sources and the figure that stands', () => {
    const { data } = Papa.parse<Record<string, string>>(toCsv([picked]).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ source_count: '3', killed: '1', projectiles: '2' });
  });
});
