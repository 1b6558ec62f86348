import { describe, expect, it } from 'vitest';
import { checkImportRecord, IMPORT_LIMITS, isRealPartialDate, parseTimestamp, type ImportRule } from '../../../lib/store';
import { count, makeIncident, makeSource } from '../factories';

const NOW = new Date('2026-11-30T12:00:00Z');

/** The rules a record breaks (empty when it passes). */
function rulesOf(value: unknown): ImportRule[] {
  const r = checkImportRecord(value, NOW);
  return r.ok ? [] : r.violations.map((v) => v.rule);
}
function messageOf(value: unknown): string {
  const r = checkImportRecord(value, NOW);
  if (r.ok) throw new Error('expected a rejection');
  return r.violations.map((v) => v.message).join(' / ');
}

describe('calendar dates', () => {
  it('knows real days, months and leap years', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-12-31', '2024-04-30']) expect(isRealPartialDate(ok), ok).toBe(true);
    for (const bad of ['2024-02-31', '2023-02-29', '1900-02-29', '2024-13', '2024-00', '2024-04-31', '2024-01-00', '2024-01-32', '24-01-01']) {
      expect(isRealPartialDate(bad), bad).toBe(false);
    }
  });

  it('reads ISO date-times with a zone and nothing else', () => {
    expect(parseTimestamp('2024-03-12T10:00:00.000Z')).toBe(Date.UTC(2024, 2, 12, 10));
    expect(parseTimestamp('2024-03-12T12:00:00+02:00')).toBe(Date.UTC(2024, 2, 12, 10));
    for (const bad of ['2024-03-12', '2024-02-31T10:00:00Z', '2024-03-12T25:00:00Z', 'yesterday', '2024-03-12T10:00:00']) expect(parseTimestamp(bad), bad).toBeNull();
  });
});

describe('checkImportRecord: every rule, with a reason', () => {
  it('passes a good record and returns it without unknown keys', () => {
    const inc = makeIncident({ savedAt: '2026-11-30T11:00:00.000Z', updatedAt: '2026-11-30T11:59:00.000Z' });
    const r = checkImportRecord({ ...inc, sourceUrls: ['x'], extra: 1 }, NOW);
    expect(r).toEqual({ ok: true, incident: inc });
  });

  it('schema: wrong shapes are named by path', () => {
    expect(rulesOf(null)).toEqual(['schema']);
    expect(rulesOf('a string')).toEqual(['schema']);
    expect(rulesOf([makeIncident()])).toEqual(['schema']);
    const noId = { ...makeIncident() } as Record<string, unknown>;
    delete noId.id;
    expect(messageOf(noId)).toMatch(/^id: /);
    expect(messageOf({ ...makeIncident(), killed: 'many' })).toMatch(/killed/);
    expect(messageOf({ ...makeIncident(), location: { name: 'X' } })).toMatch(/location\./);
    // The id of a rejected record is reported when there is one.
    const r = checkImportRecord({ ...makeIncident({ id: 'abc' }), killed: 3 }, NOW);
    expect(r.ok === false && r.id).toBe('abc');
  });

  it('impossible_date: 31 February, month 13, a published day that does not exist', () => {
    const feb31 = makeIncident({ date: { value: '2024-02-31', precision: 'day', basis: 'explicit' } });
    expect(rulesOf(feb31)).toEqual(['impossible_date']);
    expect(messageOf(feb31)).toBe('date 2024-02-31 is not a real calendar date');
    expect(rulesOf(makeIncident({ date: { value: '2024-13', precision: 'month', basis: 'explicit' } }))).toEqual(['impossible_date']);
    expect(rulesOf(makeIncident({ date: { value: '2023-02-29', precision: 'day', basis: 'explicit' } }))).toEqual(['impossible_date']);
    const src = makeSource({ published: '2024-04-31' });
    expect(messageOf(makeIncident({ source: src, sources: [src] }))).toMatch(/source\.published 2024-04-31 is not a real calendar date/);
  });

  it('future_date: an incident cannot have happened after the import', () => {
    expect(rulesOf(makeIncident({ date: { value: '2027-01-05', precision: 'day', basis: 'explicit' } }))).toEqual(['future_date']);
    // Tomorrow in another time zone is tolerated; next month is not.
    expect(rulesOf(makeIncident({ date: { value: '2026-12-01', precision: 'day', basis: 'explicit' } }))).toEqual([]);
    expect(rulesOf(makeIncident({ date: { value: '2026-11', precision: 'month', basis: 'explicit' } }))).toEqual([]);
  });

  it('oversized: every limited field names its size and limit', () => {
    const over = (n: number) => 'x'.repeat(n + 1);
    const cases: [string, unknown][] = [
      ['id', makeIncident({ id: over(IMPORT_LIMITS.id) })],
      ['notes', makeIncident({ notes: over(IMPORT_LIMITS.notes) })],
      ['damage', makeIncident({ damage: over(IMPORT_LIMITS.damage) })],
      ['perpetrator.name', makeIncident({ perpetrator: { name: over(IMPORT_LIMITS.name), status: 'claimed' } })],
      ['target.text', makeIncident({ target: { text: over(IMPORT_LIMITS.targetText) } })],
      ['weapon.raw', makeIncident({ weapon: { category: 'rocket', raw: over(IMPORT_LIMITS.raw) } })],
      ['source.url', makeIncident({ source: makeSource({ url: 'https://x.example/' + over(IMPORT_LIMITS.url) }), sources: [] })],
      ['source.title', makeIncident({ source: makeSource({ title: over(IMPORT_LIMITS.title) }), sources: [] })],
      ['sources.0.selector.exact', makeIncident({ sources: [makeSource({ selector: { exact: over(IMPORT_LIMITS.passage) } })] })],
      ['evidence.0.quote', makeIncident({ evidence: [{ field: 'weapon', quote: over(IMPORT_LIMITS.evidenceQuote), start: 0, end: 5 }] })],
    ];
    for (const [field, value] of cases) {
      expect(rulesOf(value), field).toEqual(['oversized']);
      expect(messageOf(value), field).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')} is [\\d,]+ characters long \\(the limit is [\\d,]+\\)$`));
    }
    const manySources = makeIncident({ sources: Array.from({ length: IMPORT_LIMITS.sourcesItems + 1 }, () => makeSource()) });
    expect(messageOf(manySources)).toBe(`it has ${IMPORT_LIMITS.sourcesItems + 1} sources (the limit is ${IMPORT_LIMITS.sourcesItems})`);
    // At the limit is fine.
    expect(rulesOf(makeIncident({ notes: 'x'.repeat(IMPORT_LIMITS.notes) }))).toEqual([]);
  });

  it('min_over_max: in any count', () => {
    const bad = makeIncident({ killed: { ...count(4, 'range'), min: 5, max: 3 } });
    expect(rulesOf(bad)).toEqual(['min_over_max']);
    expect(messageOf(bad)).toBe('killed: min 5 is more than max 3');
    expect(rulesOf(makeIncident({ projectiles: { ...count(4), min: 9, max: 1 } }))).toEqual(['min_over_max']);
    // "more than 5": best 5, min 6, no max is a valid count.
    expect(rulesOf(makeIncident({ injured: { best: 5, min: 6, max: null, qualifier: 'more_than', status: 'reported' } }))).toEqual([]);
  });

  it('evidence_order: a span that ends before it starts', () => {
    const bad = makeIncident({ evidence: [{ field: 'killed', quote: 'two killed', start: 40, end: 30 }] });
    expect(rulesOf(bad)).toEqual(['evidence_order']);
    expect(messageOf(bad)).toBe('evidence 1 (killed) ends at 30, before it starts at 40');
  });

  it('future_saved_time and bad_timestamp: saved times must be real and not ahead of this clock', () => {
    expect(rulesOf(makeIncident({ savedAt: '2026-12-25T00:00:00.000Z' }))).toEqual(['future_saved_time']);
    expect(messageOf(makeIncident({ updatedAt: '2027-01-01T00:00:00Z' }))).toBe('updatedAt 2027-01-01T00:00:00Z is in the future');
    // A few minutes of clock difference between two machines is tolerated.
    expect(rulesOf(makeIncident({ savedAt: '2026-11-30T12:05:00.000Z' }))).toEqual([]);
    expect(rulesOf(makeIncident({ savedAt: 'last Tuesday' }))).toEqual(['bad_timestamp']);
  });

  it('reports every broken rule of one record', () => {
    const bad = makeIncident({
      date: { value: '2024-02-30', precision: 'day', basis: 'explicit' },
      killed: { ...count(2), min: 3, max: 2 },
      updatedAt: '2030-01-01T00:00:00Z',
    });
    expect(rulesOf(bad).sort()).toEqual(['future_saved_time', 'impossible_date', 'min_over_max']);
  });
});
