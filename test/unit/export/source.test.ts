import { afterEach, describe, expect, it } from 'vitest';
import { csvChunks, incidentPages, jsonChunks, toCsv, toJsonExport, type SkippedRecord } from '../../../lib/export';
import { importIncidents, type IncidentDb } from '../../../lib/store';
import { makeIncident, makeSource } from '../factories';
import { freshDb } from '../store/helpers';

let db: IncidentDb;
afterEach(() => db?.close());

const NOW = new Date('2026-11-30T12:00:00Z');

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('incidentPages: exporting straight from the database', () => {
  it('streams every record page by page; the file equals the one written from a list', async () => {
    db = freshDb();
    const records = Array.from({ length: 1234 }, (_, k) =>
      makeIncident({ id: `id-${String(k).padStart(5, '0')}`, source: makeSource({ url: `https://e.example/${k}` }), sources: [], savedAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }),
    );
    expect((await importIncidents(db, records, { now: NOW })).imported).toBe(1234);
    expect(await collect(csvChunks(incidentPages(db, { pageSize: 100 })))).toBe(toCsv(records));
    expect(await collect(jsonChunks(incidentPages(db), { now: NOW }))).toBe(toJsonExport(records, NOW));
  });

  it('applies the current filter, and a malformed stored row neither breaks the filter nor the writer', async () => {
    db = freshDb();
    const kyiv = makeIncident({ id: 'a', notes: 'Kyiv', source: makeSource({ url: 'https://e.example/1' }), sources: [] });
    const erbil = makeIncident({ id: 'c', notes: 'Erbil', source: makeSource({ url: 'https://e.example/2' }), sources: [] });
    await importIncidents(db, [kyiv, erbil], { now: NOW });
    // A row written by something else: no source, weapon of the wrong type.
    await db.incidents.put({ id: 'b', weapon: 'rocket', notes: 'Kyiv' } as any);
    const skipped: SkippedRecord[] = [];
    // A filter written for good records throws on row b (no source): that row is left out, nothing breaks.
    const onlyKyiv = (i: { notes?: string; source: { url: string } }) => i.source.url.length > 0 && i.notes === 'Kyiv';
    const csv = await collect(csvChunks(incidentPages(db, { filter: onlyKyiv }), { onSkipped: (s) => skipped.push(s) }));
    expect(csv).toBe(toCsv([kyiv]));
    const all = await collect(csvChunks(incidentPages(db, { pageSize: 1 }), { onSkipped: (s) => skipped.push(s) }));
    expect(all).toBe(toCsv([kyiv, erbil]));
    expect(skipped.map((s) => [s.id, s.kind])).toEqual([['b', 'malformed']]);
  });
});
