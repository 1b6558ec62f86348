import { afterEach, describe, expect, it, vi } from 'vitest';
import { readImportFile, toJsonExport } from '../../../lib/export';
import type { Incident } from '../../../lib/schema';
import { applyImportUpdates, importIncidents, listIncidents, saveIncident, StoreError, updateIncident, type IncidentDb } from '../../../lib/store';
import { count, makeIncident, makeSource } from '../factories';
import { freshDb } from './helpers';

let db: IncidentDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const NOW = new Date('2026-11-30T12:00:00Z');

/** A record from its own page and lead sentence (the factory's default passage is shared). */
function distinct(k: number, overrides: Partial<Incident> = {}): Incident {
  const source = makeSource({
    url: `https://news.example.org/2024/report-${k}`,
    selector: { type: 'TextQuoteSelector', exact: `Lead sentence number ${k} about a strike.`, prefix: '', suffix: '' },
  });
  return makeIncident({ source, sources: [source], savedAt: '2024-03-12T10:00:00.000Z', updatedAt: '2024-03-12T10:00:00.000Z', ...overrides });
}

describe('importIncidents', () => {
  it('adds new records keeping their times, and reports rejected ones by file index and rule', async () => {
    db = freshDb();
    const a = distinct(1);
    const b = distinct(2, { notes: 'ours' });
    const records: unknown[] = [
      a,
      { ...distinct(3), date: { value: '2024-02-31', precision: 'day', basis: 'explicit' } },
      b,
      { ...distinct(4), killed: 'many' },
      distinct(5, { evidence: [{ field: 'weapon', quote: 'rockets', start: 9, end: 2 }] }),
      distinct(6, { killed: { ...count(3, 'range'), min: 4, max: 2 } }),
      distinct(7, { savedAt: '2027-01-01T00:00:00.000Z' }),
      distinct(8, { notes: 'n'.repeat(20_001) }),
    ];
    const r = await importIncidents(db, records, { now: NOW });
    expect(r.imported).toBe(2);
    expect(r.errors.map((e) => [e.index, e.rule])).toEqual([
      [1, 'impossible_date'],
      [3, 'schema'],
      [4, 'evidence_order'],
      [5, 'min_over_max'],
      [6, 'future_saved_time'],
      [7, 'oversized'],
    ]);
    expect(r.errors[0].message).toBe('Incident 2: date 2024-02-31 is not a real calendar date');
    expect(r.errors[0].id).toBe((records[1] as Incident).id);
    const all = await listIncidents(db);
    expect(all.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.find((i) => i.id === a.id)!.savedAt).toBe('2024-03-12T10:00:00.000Z');
  });

  it('skips a record already saved at the same or an older version, and an id repeated in the file', async () => {
    db = freshDb();
    const saved = await saveIncident(db, distinct(1, { notes: 'mine' }));
    const older = { ...saved, notes: 'theirs', updatedAt: '2020-01-01T00:00:00.000Z' };
    const fresh = distinct(2);
    const r = await importIncidents(db, [{ ...saved, notes: 'theirs' }, older, fresh, fresh], { now: new Date() });
    expect(r.imported).toBe(1);
    expect(r.skipped).toBe(3);
    expect(r.skippedRecords.map((s) => [s.index, s.reason])).toEqual([
      [0, 'already_saved'],
      [1, 'repeated_in_file'],
      [3, 'repeated_in_file'],
    ]);
    expect(r.updates).toEqual([]);
    expect((await listIncidents(db)).find((i) => i.id === saved.id)!.notes).toBe('mine');
  });

  it('offers a newer version of a saved record as an update, without writing it', async () => {
    db = freshDb();
    const saved = await saveIncident(db, distinct(1, { notes: 'mine' }));
    const newer = { ...saved, killed: count(7), notes: 'corrected toll', updatedAt: new Date(Date.parse(saved.updatedAt!) + 60_000).toISOString() };
    const r = await importIncidents(db, [newer], { now: new Date(Date.now() + 120_000) });
    expect(r.imported).toBe(0);
    expect(r.updates).toHaveLength(1);
    expect(r.updates[0]).toMatchObject({ index: 0, id: saved.id, current: saved, incoming: newer });
    expect(await listIncidents(db)).toEqual([saved]);

    const applied = await applyImportUpdates(db, r.updates, { now: new Date(Date.now() + 120_000) });
    expect(applied).toEqual({ applied: [saved.id], stale: [] });
    const [after] = await listIncidents(db);
    expect(after.killed.best).toBe(7);
    expect(after.notes).toBe('corrected toll');
    expect(after.savedAt).toBe(saved.savedAt);
    expect(after.updatedAt).toBe(newer.updatedAt);
  });

  it('does not apply an offered update when the record was edited or deleted meanwhile', async () => {
    db = freshDb();
    const one = await saveIncident(db, distinct(1));
    const two = await saveIncident(db, distinct(2));
    const later = new Date(Date.now() + 3_600_000);
    const bump = (i: Incident) => ({ ...i, notes: 'from the other machine', updatedAt: new Date(Date.now() + 60_000).toISOString() });
    const r = await importIncidents(db, [bump(one), bump(two)], { now: later });
    expect(r.updates).toHaveLength(2);
    await new Promise((res) => setTimeout(res, 5));
    await updateIncident(db, one.id, { notes: 'edited here after the file was read' });
    await db.incidents.delete(two.id);
    const applied = await applyImportUpdates(db, r.updates, { now: later });
    expect(applied.applied).toEqual([]);
    expect(applied.stale.map((s) => s.id)).toEqual([one.id, two.id]);
    expect(applied.stale[0].message).toMatch(/edited since/);
    expect(applied.stale[1].message).toMatch(/no longer in your collection/);
    expect((await listIncidents(db))[0].notes).toBe('edited here after the file was read');
  });

  it('merges a record whose passage is already saved (same URL, fragment ignored, same lead) instead of duplicating', async () => {
    db = freshDb();
    const saved = await saveIncident(db, makeIncident({ notes: 'checked with the ministry', killed: count(2) }));
    const otherOutlet = makeSource({ url: 'https://other.example.net/story', title: 'Another outlet', selector: null });
    const sameLead = makeIncident({
      source: makeSource({ url: makeSource().url + '#top' }),
      sources: [makeSource(), otherOutlet],
      killed: count(5),
      notes: 'seen on a second site',
    });
    expect(sameLead.id).not.toBe(saved.id);
    const r = await importIncidents(db, [sameLead], { now: new Date(Date.now() + 60_000) });
    expect(r.imported).toBe(0);
    expect(r.merged).toEqual([{ index: 0, id: saved.id, incomingId: sameLead.id }]);
    const all = await listIncidents(db);
    expect(all).toHaveLength(1);
    const merged = all[0];
    expect(merged.id).toBe(saved.id);
    expect(merged.killed.best).toBe(2); // the reader's saved facts stay
    expect(merged.sources.map((s) => s.url)).toEqual([makeSource().url, otherOutlet.url]);
    expect(merged.notes).toBe('checked with the ministry\n\nseen on a second site');
    // Importing the same file again changes nothing more.
    const again = await importIncidents(db, [sameLead], { now: new Date(Date.now() + 60_000) });
    expect(again.merged).toHaveLength(1);
    const after = await listIncidents(db);
    expect(after[0].sources).toHaveLength(2);
    expect(after[0].notes).toBe('checked with the ministry\n\nseen on a second site');
  });

  it('merges two records of one file that quote the same passage', async () => {
    db = freshDb();
    const first = distinct(1);
    const copy = { ...distinct(1), id: 'copy-of-first', notes: 'second copy' };
    const r = await importIncidents(db, [first, copy], { now: NOW });
    expect(r.imported).toBe(1);
    expect(r.merged).toEqual([{ index: 1, id: first.id, incomingId: 'copy-of-first' }]);
    const all = await listIncidents(db);
    expect(all).toHaveLength(1);
    expect(all[0].notes).toBe('second copy');
  });

  it('writes nothing when the write fails part-way (one transaction)', async () => {
    db = freshDb();
    await saveIncident(db, distinct(0));
    await db.open();
    const table = db.incidents;
    const realPut = table.put.bind(table);
    // Write the first record for real, then fail as a full disk would: the transaction must roll back.
    vi.spyOn(table, 'bulkPut').mockImplementation((async (rows: any[]) => {
      await realPut(rows[0]);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as any);
    const err = await importIncidents(db, [distinct(1), distinct(2), distinct(3)], { now: NOW }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.code).toBe('quota');
    vi.restoreAllMocks();
    expect(await listIncidents(db)).toHaveLength(1);
  });

  it('round trip: an export imported into an empty collection gives the same records', async () => {
    db = freshDb();
    const records = [distinct(1), distinct(2, { location: null, notes: 'لا توجد إصابات\n"цитата", 引用' }), distinct(3, { killed: count(12, 'vague') })];
    const file = readImportFile(toJsonExport(records, NOW));
    const r = await importIncidents(db, file.records, { now: NOW });
    expect(r).toMatchObject({ imported: 3, skipped: 0, errors: [], merged: [], updates: [] });
    const all = await listIncidents(db);
    expect(all.sort((x, y) => x.id.localeCompare(y.id))).toEqual([...records].sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('lets the page run between batches of checks on a big import', async () => {
    db = freshDb();
    const records = Array.from({ length: 2000 }, (_, k) => distinct(100 + k));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const r = await importIncidents(db, records, { now: NOW });
    clearInterval(timer);
    expect(r.imported).toBe(2000);
    // Checks yield every 500 records: timers ran during the import (a frozen loop would give 0).
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
