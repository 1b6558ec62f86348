import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  exportFileName,
  ImportFileError,
  neutraliseFormula,
  parseJsonImport,
  toCsv,
  toGeoJson,
  toJsonExport,
} from '../../../lib/export';
import { count, makeIncident, makeLocation, makeSource, notMentionedCount } from '../factories';

const parseCsv = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe('toJsonExport / parseJsonImport', () => {
  it('writes the pretty envelope and reads it back', () => {
    const incidents = [makeIncident({ status: 'confirmed' }), makeIncident({ location: null })];
    const text = toJsonExport(incidents, new Date('2024-05-01T12:00:00Z'));
    expect(text).toContain('\n  "format": "incident-collection"');
    const obj = JSON.parse(text);
    expect(obj).toMatchObject({ format: 'incident-collection', version: 1, exported: '2024-05-01T12:00:00.000Z' });
    expect(Object.keys(obj)).toEqual(['format', 'version', 'exported', 'incidents']);
    expect(parseJsonImport(text)).toEqual({ incidents, indices: [0, 1], errors: [] });
  });

  it('rejects a corrupt file as a whole, with a clear message', () => {
    const text = toJsonExport([makeIncident()]).slice(0, 200);
    expect(() => parseJsonImport(text)).toThrow(ImportFileError);
    expect(() => parseJsonImport(text)).toThrow(/not valid JSON/);
    expect(() => parseJsonImport('')).toThrow(/not valid JSON/);
  });

  it('rejects other formats and versions', () => {
    expect(() => parseJsonImport('[]')).toThrow(/not an Incident Lens export/);
    expect(() => parseJsonImport('{"type":"FeatureCollection","features":[]}')).toThrow(/not an Incident Lens export/);
    const v2 = JSON.stringify({ format: 'incident-collection', version: 2, exported: 'x', incidents: [] });
    expect(() => parseJsonImport(v2)).toThrow(/newer Incident Lens \(format version 2\)/);
    const noArray = JSON.stringify({ format: 'incident-collection', version: 1, exported: 'x', incidents: {} });
    expect(() => parseJsonImport(noArray)).toThrow(/damaged/);
  });

  it('keeps the good records and reports the bad one by index', () => {
    const good1 = makeIncident();
    const good2 = makeIncident();
    const bad = { ...makeIncident(), date: { value: '12 March', precision: 'day', basis: 'explicit' } };
    const text = JSON.stringify({ format: 'incident-collection', version: 1, exported: 'x', incidents: [good1, bad, good2] });
    const r = parseJsonImport('\uFEFF' + text);
    expect(r.incidents.map((i) => i.id)).toEqual([good1.id, good2.id]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].index).toBe(1);
    expect(r.errors[0].message).toMatch(/^Incident 2: date\.value/);
  });
});

describe('toCsv', () => {
  it('writes the documented columns first, in order, with a header and CRLF', () => {
    const csv = toCsv([makeIncident()]);
    const header = csv.split('\r\n')[0].split(',');
    expect(header.slice(0, 19)).toEqual([
      'date', 'date_precision', 'weapon', 'projectiles', 'location', 'country', 'admin1', 'latitude', 'longitude',
      'geo_precision', 'killed', 'injured', 'target', 'perpetrator', 'perpetrator_status', 'source_url',
      'source_title', 'published', 'notes',
    ]);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(toCsv([], { bom: true })).toMatch(/^\uFEFFdate,/);
  });

  it('round-trips commas, quotes, newlines and unicode through papaparse', () => {
    const tricky = makeIncident({
      location: makeLocation({ name: 'Kharkiv, "Saltivka" district', country: 'UA', admin1: 'Харківська область' }),
      target: { text: 'apartment block\nand a school' },
      perpetrator: { name: 'حزب الله', status: 'accused' },
      source: makeSource({ title: 'Attaque à Kharkiv — « 3 morts » 🚀' }),
      notes: 'line one\r\nline two, with "quotes"',
    });
    const rows = parseCsv(toCsv([tricky])).data;
    expect(rows).toHaveLength(2);
    const rec = Object.fromEntries(rows[0].map((h, k) => [h, rows[1][k]]));
    expect(rec.location).toBe('Kharkiv, "Saltivka" district');
    expect(rec.admin1).toBe('Харківська область');
    expect(rec.target).toBe('apartment block\nand a school');
    expect(rec.perpetrator).toBe('حزب الله');
    expect(rec.source_title).toBe('Attaque à Kharkiv — « 3 morts » 🚀');
    expect(rec.notes).toBe('line one\r\nline two, with "quotes"');
  });

  it('writes numbers as numbers, not-mentioned as empty and none-reported as 0', () => {
    const inc = makeIncident({
      location: makeLocation({ lat: -33.45, lon: -70.66 }),
      killed: notMentionedCount(),
      injured: count(0),
      projectiles: count(12, 'vague'),
    });
    const [header, row] = parseCsv(toCsv([inc])).data;
    const rec = Object.fromEntries(header.map((h, k) => [h, row[k]]));
    expect(rec.latitude).toBe('-33.45'); // negative numbers are not "neutralised"
    expect(rec.longitude).toBe('-70.66');
    expect(rec.killed).toBe('');
    expect(rec.injured).toBe('0');
    expect(rec.projectiles).toBe('12');
  });

  it('neutralises text cells a spreadsheet would run as formulas', () => {
    const evil = makeIncident({
      notes: '=HYPERLINK("http://evil.example","click")',
      target: { text: '+1+cmd|" /C calc"!A0' },
      perpetrator: { name: '-2+3', status: 'claimed' },
      damage: '@SUM(1+1)\nsecond line',
      source: makeSource({ title: '\t=1+1', url: '\rhttps://x.example' }),
    });
    const [header, row] = parseCsv(toCsv([evil])).data;
    const rec = Object.fromEntries(header.map((h, k) => [h, row[k]]));
    expect(rec.notes).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rec.target).toBe(`'+1+cmd|" /C calc"!A0`);
    expect(rec.perpetrator).toBe(`'-2+3`);
    expect(rec.damage).toBe(`'@SUM(1+1)\nsecond line`);
    expect(rec.source_title).toBe(`'\t=1+1`);
    expect(rec.source_url).toBe(`'\rhttps://x.example`);
    expect(neutraliseFormula('Kyiv')).toBe('Kyiv');
  });
});

describe('toGeoJson', () => {
  it('makes a Point [lon, lat] feature per incident with coordinates, skipping the rest', () => {
    const placed = makeIncident({ location: makeLocation({ lat: 50.45, lon: 30.52, name: 'Kyiv', country: 'UA' }) });
    const noPlace = makeIncident({ location: null });
    const noCoords = makeIncident({ location: makeLocation({ lat: null, lon: null }) });
    const fc = toGeoJson([placed, noPlace, noCoords]);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0];
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [30.52, 50.45] });
    expect(f.id).toBe(placed.id);
    expect(f.properties).toMatchObject({ location: 'Kyiv', country: 'UA', weapon: 'rocket', killed: 0, id: placed.id });
    expect(f.properties).not.toHaveProperty('latitude');
    // flat: no nested objects
    expect(Object.values(f.properties).every((v) => v === null || typeof v !== 'object')).toBe(true);
  });
});

describe('exportFileName', () => {
  it('uses the local date', () => {
    expect(exportFileName('json', new Date(2024, 0, 5, 23, 59))).toBe('incident-lens-2024-01-05.json');
    expect(exportFileName('csv', new Date(2024, 11, 31))).toBe('incident-lens-2024-12-31.csv');
    expect(exportFileName('geojson', new Date(2024, 11, 31))).toBe('incident-lens-2024-12-31.geojson');
  });
});
