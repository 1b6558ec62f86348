import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  acledCsvChunks,
  csvChunks,
  CSV_COLUMNS,
  geoJsonChunks,
  jsonChunks,
  neutraliseFormula,
  parseJsonImport,
  toAcledCsv,
  toBlobParts,
  toCsv,
  toGeoJson,
  toGeoJsonString,
  toJsonExport,
  type SkippedRecord,
} from '../../../lib/export';
import type { Incident } from '../../../lib/schema';
import { count, makeIncident, makeLocation, makeSource, notMentionedCount } from '../factories';

const NOW = new Date('2026-11-30T12:00:00Z');

function csvRecords(csv: string): Record<string, string>[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, k) => [h, r[k]])));
}

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const x of items) {
    await new Promise((r) => setTimeout(r, 0));
    yield x;
  }
}

async function join(chunks: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const c of chunks) out.push(c);
  return out;
}

/** Damaged rows as a broken store or another program might leave them. */
const MALFORMED: unknown[] = [
  null,
  42,
  'text',
  {},
  { id: 'no-fields' },
  { ...makeIncident({ id: 'wrong-types' }), killed: 'three', location: 'Kyiv' },
  { ...makeIncident({ id: 'no-source' }), source: undefined },
  { ...makeIncident({ id: 'bad-evidence' }), evidence: [{ field: 'nope' }] },
];

describe('streaming writers equal the whole-file writers', () => {
  const records = Array.from({ length: 23 }, (_, k) =>
    makeIncident({
      location: k % 4 === 0 ? null : makeLocation({ lat: 30 + k / 10, lon: 40 + k / 10 }),
      notes: k % 3 === 0 ? `note ${k}, with "quotes"\nand a line` : undefined,
    }),
  );
  const mixed: unknown[] = [...records.slice(0, 10), MALFORMED[5], ...records.slice(10), MALFORMED[0]];

  it('CSV, ACLED CSV, JSON and GeoJSON: same bytes from an array, an async source, any chunk size', async () => {
    for (const chunkRecords of [1, 5, 200]) {
      const opts = { chunkRecords };
      expect((await join(csvChunks(slowly(mixed), { ...opts, bom: true }))).join('')).toBe(toCsv(mixed, { bom: true }));
      expect((await join(acledCsvChunks(slowly(mixed), opts))).join('')).toBe(toAcledCsv(mixed));
      expect((await join(jsonChunks(slowly(mixed), { ...opts, now: NOW }))).join('')).toBe(toJsonExport(mixed, NOW));
      expect((await join(geoJsonChunks(mixed, opts))).join('')).toBe(toGeoJsonString(mixed));
    }
  });

  it('the header comes first, alone, and rows come in chunks of the size asked', async () => {
    const parts = await join(csvChunks(records, { chunkRecords: 10 }));
    expect(parts[0]).toBe(CSV_COLUMNS.join(',') + '\r\n');
    expect(parts).toHaveLength(1 + 3);
    expect(parts[1].split('\r\n').length - 1).toBeGreaterThanOrEqual(10);
  });

  it('JSON and GeoJSON are exactly what JSON.stringify writes (so any JSON reader reads them)', () => {
    const json = toJsonExport(records, NOW);
    expect(json).toBe(JSON.stringify({ format: 'incident-collection', version: 1, exported: NOW.toISOString(), incidents: records }, null, 2) + '\n');
    expect(toJsonExport([], NOW)).toBe(JSON.stringify({ format: 'incident-collection', version: 1, exported: NOW.toISOString(), incidents: [] }, null, 2) + '\n');
    expect(toGeoJsonString(records)).toBe(JSON.stringify(toGeoJson(records), null, 2) + '\n');
    expect(toGeoJsonString([])).toBe(JSON.stringify({ type: 'FeatureCollection', features: [] }, null, 2) + '\n');
  });

  it('toBlobParts collects the chunks and lets the event loop run between them', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const progress: number[] = [];
    const parts = await toBlobParts(csvChunks(records, { chunkRecords: 4 }), (n) => progress.push(n));
    clearInterval(timer);
    expect(parts.join('')).toBe(toCsv(records));
    expect(progress.at(-1)).toBe(toCsv(records).length);
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('writers are total: a malformed record is left out and reported, never thrown on', () => {
  const good = makeIncident();
  const input = [good, ...MALFORMED, good];

  for (const [name, write] of [
    ['CSV', (rs: unknown[], onSkipped: (s: SkippedRecord) => void) => toCsv(rs, { onSkipped })],
    ['ACLED CSV', (rs: unknown[], onSkipped: (s: SkippedRecord) => void) => toAcledCsv(rs, { onSkipped })],
    ['JSON', (rs: unknown[], onSkipped: (s: SkippedRecord) => void) => toJsonExport(rs, NOW, { onSkipped })],
    ['GeoJSON', (rs: unknown[], onSkipped: (s: SkippedRecord) => void) => toGeoJsonString(rs, { onSkipped })],
  ] as const) {
    it(name, () => {
      const skipped: SkippedRecord[] = [];
      const out = write(input, (s) => skipped.push(s));
      expect(skipped.map((s) => s.index)).toEqual(MALFORMED.map((_, k) => k + 1));
      expect(skipped.every((s) => s.kind === 'malformed' && /damaged and was left out/.test(s.message))).toBe(true);
      expect(skipped.find((s) => s.id === 'wrong-types')!.message).toMatch(/killed/);
      if (name.endsWith('CSV')) expect(csvRecords(out)).toHaveLength(2);
      else {
        const parsed = JSON.parse(out);
        expect((parsed.incidents ?? parsed.features).length).toBe(2);
      }
    });
  }

  it('with no callback, still writes the good records', () => {
    expect(() => toCsv(MALFORMED)).not.toThrow();
    expect(csvRecords(toCsv([...MALFORMED, good]))).toHaveLength(1);
  });
});

describe('CSV columns', () => {
  it('adds year, count qualifier/min/max, number of sources and the supporting quote after the documented ones', () => {
    const other = makeSource({ url: 'https://second.example/a', selector: null });
    const inc = makeIncident({
      date: { value: '2024-03', precision: 'month', basis: 'explicit' },
      killed: { best: 5, min: 5, max: null, qualifier: 'at_least', status: 'reported' },
      injured: notMentionedCount(),
      projectiles: { best: 3, min: 2, max: 4, qualifier: 'range', status: 'reported' },
      sources: [makeSource(), makeSource({ url: makeSource().url + '#x' }), other],
    });
    const [rec] = csvRecords(toCsv([inc]));
    expect(rec.date).toBe('2024-03');
    expect(rec.year).toBe('2024');
    expect([rec.killed, rec.killed_qualifier, rec.killed_min, rec.killed_max]).toEqual(['5', 'at_least', '5', '']);
    expect([rec.injured, rec.injured_qualifier, rec.injured_min, rec.injured_max]).toEqual(['', '', '', '']);
    expect([rec.projectiles, rec.projectiles_qualifier, rec.projectiles_min, rec.projectiles_max]).toEqual(['3', 'range', '2', '4']);
    expect(rec.source_count).toBe('2'); // the fragment does not make another article
    expect(rec.quote).toBe(makeSource().selector!.exact);
    const noLead = makeIncident({ source: makeSource({ selector: null }), evidence: [{ field: 'killed', quote: 'two died', start: 0, end: 8 }] });
    expect(csvRecords(toCsv([noLead]))[0].quote).toBe('two died');
  });
});

describe('formula cells are neutralised in every writer that a spreadsheet opens', () => {
  const attacks = [
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '   =HYPERLINK("http://x.example")',
    '\u00a0+1',
    '\u3000=1',
    '\u200b=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    '  ＝1',
    '﹦1',
    '−1',
    '=1\n=2',
  ];

  it('prefixes a quote to each, keeps plain and inner signs as they are', () => {
    for (const a of attacks) expect(neutraliseFormula(a), JSON.stringify(a)).toBe(`'${a}`);
    for (const safe of ['Kyiv', 'a = b', 'x-ray', 'mail@example.com', '', ' Kyiv', 'A=1']) expect(neutraliseFormula(safe)).toBe(safe);
  });

  it('in every text column of our CSV and the ACLED-style CSV; numbers stay numbers', () => {
    for (const a of attacks) {
      const src = makeSource({ url: a, title: a, outlet: a, selector: { exact: a } });
      const inc = makeIncident({
        location: makeLocation({ name: a, admin1: a, lat: -33.5, lon: -70.6 }),
        target: { text: a, type: 'civilian' },
        perpetrator: { name: a, status: 'claimed' },
        damage: a,
        notes: a,
        weapon: { category: 'rocket', raw: a },
        source: src,
        sources: [src],
      });
      const [rec] = csvRecords(toCsv([inc]));
      for (const col of ['location', 'admin1', 'target', 'perpetrator', 'source_url', 'source_title', 'notes', 'weapon_raw', 'damage']) {
        expect(rec[col], `${col} ${JSON.stringify(a)}`).toBe(`'${a}`);
      }
      // The quote is the lead sentence trimmed: still a formula once trimmed, still neutralised.
      expect(rec.quote, JSON.stringify(a)).toBe(`'${a.trim()}`);
      expect(rec.latitude).toBe('-33.5');
      const [acled] = csvRecords(toAcledCsv([inc]));
      for (const col of ['actor1', 'admin1', 'location', 'source', 'notes']) {
        expect(acled[col].startsWith(`'`), `${col} ${JSON.stringify(a)}`).toBe(true);
      }
      expect(acled.longitude).toBe('-70.6');
    }
  });
});

describe('newlines, quotes, commas and non-Latin text in every text field', () => {
  const texts = [
    'line one\nline two, with "quotes"',
    'CRLF\r\nafter, "x"',
    'هجوم صاروخي على قاعدة، "اقتباس"\nسطر ثان',
    'Ракетний удар по Харкову, «лапки» "quotes"\r\nдругий рядок',
    '火箭袭击，"引号"\n第二行',
    ' leading and trailing space ',
  ];

  function everywhere(t: string, k: number): Incident {
    const src = makeSource({ url: `https://example.org/${k}?q=${encodeURIComponent(t)}`, title: t, outlet: t, selector: { exact: t, prefix: t, suffix: t } });
    return makeIncident({
      date: { value: '2024-03-11', precision: 'day', basis: 'explicit', raw: t },
      weapon: { category: 'explosive', raw: t },
      location: makeLocation({ name: t, raw: t, admin1: t }),
      target: { text: t, type: t },
      perpetrator: { name: t, status: 'accused' },
      damage: t,
      notes: t,
      evidence: [{ field: 'weapon', quote: t, start: 0, end: t.length }],
      source: src,
      sources: [src],
    });
  }
  const records = texts.map(everywhere);

  it('CSV reads back cell for cell', () => {
    const rows = csvRecords(toCsv(records, { bom: true }));
    expect(rows).toHaveLength(texts.length);
    rows.forEach((rec, k) => {
      for (const col of ['location', 'admin1', 'target', 'perpetrator', 'source_title', 'notes', 'weapon_raw', 'damage', 'quote']) {
        expect(rec[col], col).toBe(col === 'quote' ? texts[k].trim() : texts[k]);
      }
    });
  });

  it('ACLED CSV reads back cell for cell', () => {
    const rows = csvRecords(toAcledCsv(records));
    rows.forEach((rec, k) => {
      expect(rec.location).toBe(texts[k]);
      expect(rec.admin1).toBe(texts[k]);
      expect(rec.actor1).toBe(texts[k]);
      expect(rec.source).toBe(texts[k].trim());
      expect(rec.notes).toBe([texts[k].trim(), texts[k].trim()].join(' | '));
    });
  });

  it('JSON export → import gives back the same records; GeoJSON parses with every property intact', () => {
    const parsed = parseJsonImport(toJsonExport(records, NOW), NOW);
    expect(parsed.errors).toEqual([]);
    expect(parsed.incidents).toEqual(records);
    const fc = JSON.parse(toGeoJsonString(records));
    fc.features.forEach((f: any, k: number) => {
      expect(f.properties.location).toBe(texts[k]);
      expect(f.properties.notes).toBe(texts[k]);
    });
  });
});

describe('counts in CSV', () => {
  it('not mentioned is empty, none reported is 0', () => {
    const [rec] = csvRecords(toCsv([makeIncident({ killed: notMentionedCount(), injured: count(0) })]));
    expect(rec.killed).toBe('');
    expect(rec.injured).toBe('0');
    expect(rec.injured_qualifier).toBe('exact');
  });
});
