import { describe, expect, it } from 'vitest';
import { notMentioned, type Analysis, type Count, type Incident, type Weapon } from '../../../lib/schema';
import { parseGold, type GoldArticle, type GoldIncident } from '../../../lib/eval/gold';
import {
  countValue,
  dateMatches,
  foldName,
  gateFailures,
  locationMatches,
  scoreArticle,
  scoreSet,
  weaponFamily,
  weaponsCompatible,
} from '../../../lib/eval/score';
import { formatSet } from '../../../lib/eval/report';

const count = (best: number | null): Count =>
  best === null
    ? notMentioned()
    : best === 0
      ? { best: 0, min: 0, max: 0, qualifier: 'exact', status: 'none_reported' }
      : { best, min: best, max: best, qualifier: 'exact', status: 'reported' };

function incident(p: {
  date?: string | null;
  weapon?: Weapon | null;
  place?: string | null;
  raw?: string;
  country?: string | null;
  projectiles?: number | null;
  killed?: number | null;
  injured?: number | null;
}): Incident {
  return {
    id: Math.random().toString(36).slice(2),
    date: { value: p.date ?? null, precision: 'day', basis: 'explicit' },
    weapon: { category: p.weapon ?? null },
    projectiles: count(p.projectiles ?? null),
    location: p.place
      ? { name: p.place, raw: p.raw ?? p.place, country: p.country ?? null, lat: null, lon: null, precision: 'site' }
      : null,
    killed: count(p.killed ?? null),
    injured: count(p.injured ?? null),
    target: null,
    perpetrator: { name: null, status: 'unknown' },
    damage: null,
    evidence: [],
    source: { url: '', title: '', published: null, selector: null },
    status: 'detected',
    sources: [],
  };
}

const goldInc = (p: Partial<GoldIncident>): GoldIncident => ({
  date: null,
  weapon: null,
  projectiles: null,
  location: [],
  country: null,
  killed: null,
  injured: null,
  perpetrator: null,
  ...p,
});

const main = goldInc({
  date: '2024-10-01',
  weapon: 'rocket',
  projectiles: 3,
  location: ['Baghdad International Airport', 'Baghdad airport'],
  country: 'IQ',
  killed: 0,
  injured: 0,
});
const second = goldInc({ date: '2024-08', weapon: 'rocket', location: ['Ain al-Assad', 'Ain al-Asad'], country: 'IQ', injured: 7 });
const third = goldInc({ date: '2024-09', location: ['US diplomatic complex in Baghdad', 'Baghdad'], country: 'IQ' });
const attack: GoldArticle = { id: 'a1', published: '2024-10-01', is_attack_report: true, incidents: [main, second, third] };
const notAttack: GoldArticle = { id: 'n1', published: null, is_attack_report: false, incidents: [] };

const right = () =>
  incident({ date: '2024-10-01', weapon: 'rocket', place: 'Baghdad International Airport', country: 'IQ', projectiles: 3, killed: 0, injured: 0 });
const analysis = (isAttackReport: boolean, incidents: Incident[]): Analysis => ({ isAttackReport, confidence: isAttackReport ? 0.9 : 0.1, incidents });

describe('field rules', () => {
  it('compares dates by prefix, the prediction at least as precise as the gold', () => {
    expect(dateMatches('2024-10-01', '2024-10-01')).toBe(true);
    expect(dateMatches('2024-08-20', '2024-08')).toBe(true);
    expect(dateMatches('2024-08', '2024-08-20')).toBe(false);
    expect(dateMatches('2024-09-30', '2024-10-01')).toBe(false);
    expect(dateMatches(null, '2024')).toBe(false);
    expect(dateMatches(null, null)).toBe(true);
    expect(dateMatches('2024', null)).toBe(false);
  });

  it('matches places folded, by equality or whole-word containment, on name or raw', () => {
    const loc = (name: string, raw = name) => ({ name, raw, country: null, lat: null, lon: null, precision: 'site' as const });
    expect(locationMatches(loc('BAGHDAD airport'), ['Baghdad airport'])).toBe(true);
    expect(locationMatches(loc('Ain al Asad'), ['Ain al-Asad'])).toBe(true);
    expect(locationMatches(loc('Balad'), ['Al-Balad air base'])).toBe(true); // contained in a gold name
    expect(locationMatches(loc('the Balad air base in Salahuddin'), ['Balad air base'])).toBe(true); // contains one
    expect(locationMatches(loc('Diwaniyah'), ['Diwaniya'])).toBe(false); // no fuzzy spelling
    expect(locationMatches(loc('Sāmarrā’'), ['Samarra'])).toBe(true); // accents and apostrophes folded
    expect(locationMatches(loc('Iraqi Kurdistan'), ['Iraq'])).toBe(false); // whole words only
    expect(locationMatches(loc('somewhere', 'near Erbil airport'), ['Erbil'])).toBe(true); // raw counts
    expect(locationMatches(null, ['Erbil'])).toBe(false);
    expect(locationMatches(null, [])).toBe(true);
    expect(locationMatches(loc('Erbil'), [])).toBe(false);
    expect(locationMatches(loc(''), ['Erbil'])).toBe(false);
    expect(foldName('  Ḥadītha – Dam ')).toBe('haditha dam');
  });

  it('reads counts: best, 0 for none reported, null for not mentioned', () => {
    expect(countValue(count(3))).toBe(3);
    expect(countValue(count(0))).toBe(0);
    expect(countValue({ ...notMentioned(), status: 'none_reported' })).toBe(0);
    expect(countValue(notMentioned())).toBeNull();
    // best filled in but status says not mentioned: the status wins (never 0 for "not mentioned").
    expect(countValue({ ...count(0), status: 'not_mentioned' })).toBeNull();
  });

  it('groups weapons into families', () => {
    expect(weaponFamily('rocket')).toBe(weaponFamily('mortar'));
    expect(weaponFamily('drone')).toBe(weaponFamily('airstrike'));
    expect(weaponFamily('explosive')).toBe(weaponFamily('suicide_bombing'));
    expect(weaponFamily('gunfire')).toBe(weaponFamily('melee'));
    expect(weaponFamily('rocket')).not.toBe(weaponFamily('explosive'));
    expect(weaponFamily(null)).toBeNull();
    expect(weaponsCompatible('missile', 'artillery')).toBe(true);
    expect(weaponsCompatible(null, 'rocket')).toBe(true);
    expect(weaponsCompatible('gunfire', 'rocket')).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('scores a perfect main incident and finds the others', () => {
    const s = scoreArticle(attack, {
      analysis: analysis(true, [
        right(),
        incident({ date: '2024-08', weapon: 'mortar', place: 'Ain al-Asad base', injured: 7 }), // family-compatible
        incident({ place: 'Baghdad' }),
      ]),
    });
    expect(s.outcome).toBe('TP');
    expect(s.main!.headline).toBe(true);
    expect(s.main!.matchedBy).toBe('place');
    expect(s.main!.fields.every((f) => f.ok)).toBe(true);
    expect(s.others.map((o) => o.found)).toEqual([true, true]);
  });

  it('compares the incident at the gold place, not just the first one', () => {
    const s = scoreArticle(attack, { analysis: analysis(true, [incident({ place: 'Ain al-Asad', weapon: 'rocket' }), right()]) });
    expect(s.main!.predictedIndex).toBe(1);
    expect(s.main!.headline).toBe(true);
    // The incident used for the main one is not reused for the others; Ain al-Asad (#0) is free.
    expect(s.others[0]).toMatchObject({ found: true, predictedIndex: 0 });
    expect(s.others[1].found).toBe(false);
  });

  it('falls back to the first incident and reports each wrong field with expected and got', () => {
    const s = scoreArticle(attack, {
      analysis: analysis(true, [incident({ date: '2024-09-30', weapon: 'mortar', place: 'Taji', country: 'IQ', projectiles: 3, killed: null, injured: 0 })]),
    });
    expect(s.main!.matchedBy).toBe('first');
    expect(s.main!.headline).toBe(false);
    const wrong = Object.fromEntries(s.main!.fields.filter((f) => !f.ok).map((f) => [f.field, [f.expected, f.got]]));
    expect(wrong).toEqual({
      date: ['2024-10-01', '2024-09-30'],
      weapon: ['rocket', 'mortar'],
      location: ['Baghdad International Airport | Baghdad airport', 'Taji'],
      killed: ['0', '∅'],
    });
    // Same family: weapon_family is right although the weapon is not.
    expect(s.main!.fields.find((f) => f.field === 'weapon_family')!.ok).toBe(true);
  });

  it('scores incidents even when detection missed, and handles no incidents', () => {
    const missed = scoreArticle(attack, { analysis: analysis(false, [right()]) });
    expect(missed.outcome).toBe('FN');
    expect(missed.main!.headline).toBe(true);
    const none = scoreArticle(attack, { analysis: analysis(true, []) });
    expect(none.main!.matchedBy).toBe('none');
    expect(none.main!.fields.every((f) => !f.ok)).toBe(true);
  });

  it('counts a failed load as a miss and keeps the error', () => {
    const s = scoreArticle(attack, { analysis: null, error: 'empty file' });
    expect(s.outcome).toBe('FN');
    expect(s.error).toBe('empty file');
    expect(s.main!.fields.every((f) => !f.ok)).toBe(true);
  });

  it('flags schema problems and evidence that does not match the text', () => {
    const inc = right();
    inc.evidence = [
      { field: 'weapon', quote: 'rockets', start: 6, end: 13 },
      { field: 'projectiles', quote: 'three', start: 0, end: 5 },
    ];
    const text = 'Three rockets hit.';
    const s = scoreArticle(attack, { analysis: analysis(true, [inc]), text });
    expect(s.evidenceMismatches).toBe(1); // "Three" ≠ "three"
    const bad = scoreArticle(attack, { analysis: { ...analysis(true, [right()]), confidence: 2 } });
    expect(bad.schemaErrors.length).toBeGreaterThan(0);
  });

  it('has no main incident to score for a non-attack article', () => {
    const fp = scoreArticle(notAttack, { analysis: analysis(true, [right()]) });
    expect(fp.outcome).toBe('FP');
    expect(fp.main).toBeNull();
    expect(scoreArticle(notAttack, { analysis: analysis(false, []) }).outcome).toBe('TN');
  });
});

describe('scoreSet and the gate', () => {
  const seeds = (ok: boolean) =>
    scoreSet('seeds', [
      scoreArticle(attack, { analysis: analysis(true, [right()]) }),
      scoreArticle({ ...attack, id: 'a2' }, { analysis: analysis(ok, [ok ? right() : incident({ place: 'Taji' })]) }),
    ]);
  const pages = (fp: boolean) =>
    scoreSet('pages', [scoreArticle(notAttack, { analysis: analysis(fp, []) }), scoreArticle({ ...attack, id: 'p-attack' }, { analysis: analysis(false, []) })]);

  it('computes detection P/R/F1, per-field accuracy, headline and other-incident recall', () => {
    const s = seeds(false);
    expect(s.detection).toEqual({ tp: 1, fp: 0, fn: 1, tn: 0, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(s.headline).toEqual({ right: 1, total: 2, rate: 0.5 });
    expect(s.fields.date).toEqual({ right: 1, total: 2, rate: 0.5 });
    expect(s.others).toEqual({ right: 0, total: 4, rate: 0 });
    const p = pages(false);
    expect(p.detection).toMatchObject({ tp: 0, fp: 0, fn: 1, tn: 1, precision: null, recall: 0, f1: 0 });
  });

  it('passes only with perfect seeds and no false positive among pages', () => {
    const none = {};
    expect(gateFailures([seeds(true), pages(false)], none)).toEqual([]); // without floors a missed page attack does not fail the gate
    expect(gateFailures([seeds(false), pages(false)], none).join(' ')).toMatch(/not detected: a2.*not fully right: a2/);
    expect(gateFailures([seeds(true), pages(true)], none)).toEqual(['pages: wrongly taken for attack reports: n1']);
    expect(gateFailures([seeds(true)], none)).toEqual(['pages: set missing']);
  });

  it('fails a set whose figures fall below its floors, naming each one', () => {
    const floors = { seeds: { detectionF1: 0.9, headline: 0.9 } };
    expect(gateFailures([seeds(true), pages(false)], floors)).toEqual([]);
    expect(gateFailures([seeds(false), pages(false)], floors)).toEqual(
      expect.arrayContaining(['seeds: detectionF1 0.67 below the floor 0.90', 'seeds: headline 0.50 below the floor 0.90']),
    );
    // The fixture's other incidents are never found.
    expect(gateFailures([seeds(true), pages(false)], { seeds: { detectionF1: 0, headline: 0, others: 0.1 } })).toEqual(['seeds: others 0.00 below the floor 0.10']);
  });

  it('prints one line per article with expected ≠ got', () => {
    const report = formatSet(seeds(false));
    expect(report).toMatch(/✗ a2 .*FN.*main \(no incident at the gold place; compared #0\): date 2024-10-01 ≠ ∅; weapon rocket ≠ ∅/);
    // Main incident right but other incidents missed: still marked wrong, with what was missed.
    expect(report).toMatch(/✗ a1 .*main ✓ {2}\| {2}others 0\/2/);
    expect(report).toMatch(/missed others: #1 2024-08 rocket Ain al-Assad/);
  });
});

describe('parseGold', () => {
  it('reads JSON lines and rejects malformed ones with the line number', () => {
    const line = JSON.stringify(attack);
    expect(parseGold(`${line}\n\n${JSON.stringify(notAttack)}\n`)).toHaveLength(2);
    expect(() => parseGold(`${line}\n{"id": "x"}`)).toThrow(/gold\.jsonl:2/);
    expect(() => parseGold(`${line}\n${line}`)).toThrow(/duplicate id a1/);
    expect(() => parseGold('not json')).toThrow(/gold\.jsonl:1: not JSON/);
  });
});
