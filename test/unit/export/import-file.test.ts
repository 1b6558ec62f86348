import { describe, expect, it } from 'vitest';
import { ImportFileError, importSizeError, MAX_IMPORT_BYTES, parseJsonImport, readImportFile, toJsonExport } from '../../../lib/export';
import { makeIncident, makeSource } from '../factories';

const NOW = new Date('2026-11-30T12:00:00Z');
const envelope = (incidents: unknown) => JSON.stringify({ format: 'incident-collection', version: 1, exported: NOW.toISOString(), incidents });

describe('hostile import files', () => {
  it('a truncated file is rejected whole, saying it looks cut short', () => {
    const full = toJsonExport([makeIncident(), makeIncident()], NOW);
    for (const cut of [10, 200, full.length / 2, full.length - 5]) {
      const text = full.slice(0, Math.floor(cut));
      expect(() => readImportFile(text)).toThrow(ImportFileError);
      expect(() => readImportFile(text)).toThrow(/not valid JSON \(it looks cut short/);
    }
    expect(() => readImportFile('')).toThrow(/not valid JSON/);
    expect(() => readImportFile('{"format": "incident-collection", }')).toThrow(/not valid JSON, so nothing/);
  });

  it('wrong shapes: not an object, another format, another version, damaged envelope', () => {
    for (const text of ['[]', 'null', '42', '"incident-collection"', '{"type":"FeatureCollection","features":[]}']) {
      expect(() => readImportFile(text), text).toThrow(/not an Incident Lens export/);
    }
    expect(() => readImportFile(JSON.stringify({ format: 'incident-collection', version: 2, exported: 'x', incidents: [] }))).toThrow(/newer Incident Lens \(format version 2\)/);
    expect(() => readImportFile(JSON.stringify({ format: 'incident-collection', version: '1', exported: 'x', incidents: [] }))).toThrow(/Unknown export version "1"/);
    expect(() => readImportFile(envelope({}))).toThrow(/damaged \(incidents: expected an array\)/);
    expect(() => readImportFile(JSON.stringify({ format: 'incident-collection', version: 1, incidents: [] }))).toThrow(/exported: expected a string/);
  });

  it('keeps the good records, reports each bad one with its file index and rule', () => {
    const good = makeIncident();
    const text = '\uFEFF' + envelope([good, 7, { ...makeIncident(), date: { value: '2024-13-01', precision: 'day', basis: 'explicit' } }, [], good]);
    const r = parseJsonImport(text, NOW);
    expect(r.incidents).toEqual([good, good]);
    expect(r.indices).toEqual([0, 4]);
    expect(r.errors.map((e) => [e.index, e.rule])).toEqual([
      [1, 'schema'],
      [2, 'impossible_date'],
      [3, 'schema'],
    ]);
    expect(r.errors[1].message).toBe('Incident 3: date 2024-13-01 is not a real calendar date');
  });

  it('a file over 50 MB is refused by its size before it is read, and as text at once', () => {
    expect(importSizeError(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeError(MAX_IMPORT_BYTES + 1)).toMatch(/^This file is 50 MB, more than the 50 MB an Incident Lens export can be/);
    expect(importSizeError(200 * 1048576)).toMatch(/^This file is 200 MB/);
    // The same limit when the text is handed over anyway: refused without parsing (measured: well under 50 ms).
    const huge = '{"format":"incident-collection","version":1,"exported":"x","incidents":[' + ' '.repeat(MAX_IMPORT_BYTES) + ']}';
    const t = performance.now();
    expect(() => readImportFile(huge)).toThrow(/more than the 50 MB/);
    expect(performance.now() - t).toBeLessThan(50);
  });

  it('a file just under 50 MB is read and checked record by record (measured)', () => {
    const one = makeIncident({ notes: 'n'.repeat(200) });
    const rec = JSON.stringify(one, null, 2);
    const n = Math.floor((MAX_IMPORT_BYTES * 0.95) / (rec.length + 8));
    const records = Array.from({ length: n }, (_, k) => ({ ...one, id: `rec-${k}`, source: makeSource({ url: `https://big.example/${k}` }), sources: [] }));
    const text = toJsonExport(records, NOW);
    expect(text.length).toBeGreaterThan(40 * 1048576);
    expect(text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    const t = performance.now();
    const r = parseJsonImport(text, NOW);
    const ms = performance.now() - t;
    expect(r.errors).toEqual([]);
    expect(r.incidents).toHaveLength(n);
    console.log(`parsed and checked ${n} records, ${(text.length / 1048576).toFixed(1)} MB, in ${ms.toFixed(0)} ms`);
  }, 60_000);
});
