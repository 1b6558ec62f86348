/**
 * Scoring of extractor output against the gold annotations, exactly as ../shared/corpus/README.md says.
 * Pure: no I/O, so the rules are unit-tested with made-up gold and predictions (test/unit/eval/).
 *
 * Per set: detection precision/recall/F1 on is_attack_report. For each gold attack report's main (first)
 * incident, the predicted incident at the same place (else the first predicted one) is compared field by
 * field; the headline is the share of main incidents whose date, weapon, projectiles, location, killed and
 * injured are all right. Other gold incidents are scored by recall (same place, compatible weapon).
 */
import { FLOORS, type Floors } from './floors';
import { Analysis, type Count, type Incident, type LocationFact, type Weapon } from '../schema';
import type { GoldArticle, GoldIncident } from './gold';

// ---------------------------------------------------------------------------------------------------
// Weapon families

/**
 * Families of weapons that a reader would call "the same kind of attack", so that a near miss
 * (rockets reported as mortars, a drone strike as an airstrike) is told apart from a wrong one.
 *  - indirect: fired from a distance at a place — rockets, missiles, mortar and artillery shells.
 *  - air: delivered from the air — drones (armed or one-way) and airstrikes.
 *  - bomb: explosives placed or carried — IEDs, car bombs, grenades, mines, suicide bombings.
 *  - assault: attackers on the spot — gunfire, knives and blows, vehicle ramming.
 *  - arson and other stand alone.
 */
export const WEAPON_FAMILY: Record<Weapon, string> = {
  rocket: 'indirect',
  missile: 'indirect',
  mortar: 'indirect',
  artillery: 'indirect',
  drone: 'air',
  airstrike: 'air',
  explosive: 'bomb',
  suicide_bombing: 'bomb',
  gunfire: 'assault',
  melee: 'assault',
  vehicle: 'assault',
  arson: 'arson',
  other: 'other',
};

export function weaponFamily(w: Weapon | null | undefined): string | null {
  return w ? (WEAPON_FAMILY[w] ?? null) : null;
}

/** For other-incident recall: weapons agree when either is unknown or both are of one family. */
export function weaponsCompatible(pred: Weapon | null | undefined, gold: Weapon | null): boolean {
  if (!pred || !gold) return true;
  return weaponFamily(pred) === weaponFamily(gold);
}

// ---------------------------------------------------------------------------------------------------
// Field comparisons

/** Fold for name comparison: accents and case removed, punctuation to spaces ("Ain al-Asad" = "ain al asad"). */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '') // "Qadisiyya's" and "Qadisiyyas" are the same token
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Equal, or one contains the other as whole words ("Balad" ~ "Balad air base", not "Iraq" ~ "Iraqi"). */
function namesMatch(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

/**
 * The predicted location is right when its name or its raw text matches any acceptable gold name.
 * Gold [] means the text names no place: only a null location is right.
 */
export function locationMatches(pred: LocationFact | null | undefined, gold: string[]): boolean {
  if (gold.length === 0) return !pred || (!pred.name.trim() && !pred.raw.trim());
  if (!pred) return false;
  return [pred.name, pred.raw].some((p) => gold.some((g) => namesMatch(p, g)));
}

/** Date by prefix: a prediction at least as precise as the gold and agreeing with it ("2024-08-20" for "2024-08"). */
export function dateMatches(pred: string | null | undefined, gold: string | null): boolean {
  if (gold === null) return pred === null || pred === undefined;
  return typeof pred === 'string' && pred.startsWith(gold);
}

/** The number a Count stands for: best, or 0 for "none reported"; null for "not mentioned". */
export function countValue(c: Count | null | undefined): number | null {
  if (!c || c.status === 'not_mentioned') return null;
  if (c.best === null && c.status === 'none_reported') return 0;
  return c.best;
}

// ---------------------------------------------------------------------------------------------------
// Results

export const FIELDS = ['date', 'weapon', 'weapon_family', 'projectiles', 'location', 'country', 'killed', 'injured'] as const;
export type FieldName = (typeof FIELDS)[number];
/** The fields that must all be right for a main incident to count in the headline. */
export const HEADLINE_FIELDS: readonly FieldName[] = ['date', 'weapon', 'projectiles', 'location', 'killed', 'injured'];

export interface FieldResult {
  field: FieldName;
  ok: boolean;
  expected: string;
  got: string;
}

export type Outcome = 'TP' | 'FP' | 'FN' | 'TN';

export interface MainScore {
  /** Index of the predicted incident compared, or null when there was none. */
  predictedIndex: number | null;
  /** How it was chosen: same place as the gold, the first one for lack of a match, or nothing predicted. */
  matchedBy: 'place' | 'first' | 'none';
  fields: FieldResult[];
  /** All HEADLINE_FIELDS right. */
  headline: boolean;
}

export interface OtherScore {
  /** Index in the gold incidents (1-based position after the main one is index 1). */
  goldIndex: number;
  found: boolean;
  predictedIndex: number | null;
  expected: string;
}

export interface ArticleScore {
  id: string;
  gold: boolean;
  predicted: boolean;
  confidence: number | null;
  outcome: Outcome;
  /** The file could not be read or the extractor threw: scored as "not an attack, nothing extracted". */
  error?: string;
  main: MainScore | null;
  others: OtherScore[];
  predictedIncidents: number;
  /** zod problems with the extractor's Analysis (the extension validates messages, so these would break it). */
  schemaErrors: string[];
  /** Evidence spans whose quote is not text.slice(start, end): the highlights would land wrong. */
  evidenceMismatches: number;
}

export interface Ratio {
  right: number;
  total: number;
  /** right/total, or null when total is 0. */
  rate: number | null;
}

export interface DetectionScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface SetScore {
  name: string;
  articles: ArticleScore[];
  detection: DetectionScore;
  fields: Record<FieldName, Ratio>;
  headline: Ratio;
  others: Ratio;
  errors: number;
  schemaInvalid: number;
  evidenceMismatches: number;
}

function ratio(right: number, total: number): Ratio {
  return { right, total, rate: total ? right / total : null };
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (Array.isArray(v)) return v.length ? v.map((x) => String(x)).join(' | ') : '∅';
  return String(v);
}

function showLocation(l: LocationFact | null | undefined): string {
  if (!l) return '∅';
  return l.raw && foldName(l.raw) !== foldName(l.name) ? `${l.name} (“${l.raw}”)` : l.name;
}

function summariseGold(g: GoldIncident): string {
  return [g.date ?? '?', g.weapon ?? '?', g.location[0] ?? '?'].join(' ');
}

/** Compare one predicted incident (or none) with a gold incident, field by field. */
export function compareIncident(pred: Incident | null | undefined, gold: GoldIncident): FieldResult[] {
  const pDate = pred?.date.value ?? null;
  const pWeapon = pred?.weapon.category ?? null;
  const pLoc = pred?.location ?? null;
  const counts = (k: 'projectiles' | 'killed' | 'injured'): FieldResult => {
    const got = pred ? countValue(pred[k]) : null;
    return { field: k, ok: !!pred && got === gold[k], expected: show(gold[k]), got: pred ? show(got) : '(no incident)' };
  };
  const none = '(no incident)';
  return [
    { field: 'date', ok: !!pred && dateMatches(pDate, gold.date), expected: show(gold.date), got: pred ? show(pDate) : none },
    { field: 'weapon', ok: !!pred && pWeapon === gold.weapon, expected: show(gold.weapon), got: pred ? show(pWeapon) : none },
    {
      field: 'weapon_family',
      ok: !!pred && weaponFamily(pWeapon) === weaponFamily(gold.weapon),
      expected: show(weaponFamily(gold.weapon)),
      got: pred ? show(weaponFamily(pWeapon)) : none,
    },
    counts('projectiles'),
    { field: 'location', ok: !!pred && locationMatches(pLoc, gold.location), expected: show(gold.location), got: pred ? showLocation(pLoc) : none },
    { field: 'country', ok: !!pred && (pLoc?.country ?? null) === gold.country, expected: show(gold.country), got: pred ? show(pLoc?.country) : none },
    counts('killed'),
    counts('injured'),
  ];
}

/** Which predicted incident stands for the gold main one: the first at the same place, else the first. */
export function pickMain(preds: Incident[], gold: GoldIncident): { index: number | null; by: MainScore['matchedBy'] } {
  if (preds.length === 0) return { index: null, by: 'none' };
  if (gold.location.length) {
    const i = preds.findIndex((p) => locationMatches(p.location, gold.location));
    if (i >= 0) return { index: i, by: 'place' };
  }
  return { index: 0, by: 'first' };
}

/** Evidence quotes that do not equal the text at their offsets (only checkable when the text is known). */
export function countEvidenceMismatches(incidents: Incident[], text: string | undefined): number {
  if (text === undefined) return 0;
  let bad = 0;
  for (const inc of incidents) {
    for (const e of inc.evidence ?? []) {
      if (!(e.start <= e.end && e.end <= text.length && text.slice(e.start, e.end) === e.quote)) bad++;
    }
  }
  return bad;
}

export interface Prediction {
  /** The extractor's output, or null when the file could not be read / the extractor threw. */
  analysis: Analysis | null;
  error?: string;
  /** The text given to the extractor, to check evidence offsets. */
  text?: string;
}

export function scoreArticle(gold: GoldArticle, prediction: Prediction): ArticleScore {
  const analysis = prediction.analysis;
  const schema = analysis ? Analysis.safeParse(analysis) : null;
  const schemaErrors = schema && !schema.success
    ? schema.error.issues.slice(0, 5).map((x) => `${x.path.join('.')}: ${x.message}`)
    : [];
  const predicted = analysis?.isAttackReport === true;
  // The incidents are scored whatever the detection says: detection has its own score, and the extractor
  // engineer wants to see the fields even for a missed detection.
  const preds: Incident[] = Array.isArray(analysis?.incidents) ? analysis!.incidents : [];
  const outcome: Outcome = gold.is_attack_report ? (predicted ? 'TP' : 'FN') : predicted ? 'FP' : 'TN';

  let main: MainScore | null = null;
  const others: OtherScore[] = [];
  if (gold.is_attack_report && gold.incidents.length) {
    const g = gold.incidents[0];
    const { index, by } = pickMain(preds, g);
    const fields = compareIncident(index === null ? null : preds[index], g);
    const headline = HEADLINE_FIELDS.every((f) => fields.find((r) => r.field === f)?.ok);
    main = { predictedIndex: index, matchedBy: by, fields, headline };

    // Other incidents: greedy one-to-one, in gold order, never reusing the main incident's prediction.
    const used = new Set<number>(index === null ? [] : [index]);
    gold.incidents.slice(1).forEach((gi, k) => {
      const j = preds.findIndex(
        (p, idx) =>
          !used.has(idx) &&
          (gi.location.length === 0 || locationMatches(p.location, gi.location)) &&
          weaponsCompatible(p.weapon?.category, gi.weapon),
      );
      if (j >= 0) used.add(j);
      others.push({ goldIndex: k + 1, found: j >= 0, predictedIndex: j >= 0 ? j : null, expected: summariseGold(gi) });
    });
  }

  return {
    id: gold.id,
    gold: gold.is_attack_report,
    predicted,
    confidence: typeof analysis?.confidence === 'number' ? analysis.confidence : null,
    outcome,
    ...(prediction.error ? { error: prediction.error } : {}),
    main,
    others,
    predictedIncidents: preds.length,
    schemaErrors,
    evidenceMismatches: countEvidenceMismatches(preds, prediction.text),
  };
}

export function detectionScore(articles: Pick<ArticleScore, 'outcome'>[]): DetectionScore {
  const c = { TP: 0, FP: 0, FN: 0, TN: 0 };
  for (const a of articles) c[a.outcome]++;
  const precision = c.TP + c.FP ? c.TP / (c.TP + c.FP) : null;
  const recall = c.TP + c.FN ? c.TP / (c.TP + c.FN) : null;
  const f1Den = 2 * c.TP + c.FP + c.FN;
  return { tp: c.TP, fp: c.FP, fn: c.FN, tn: c.TN, precision, recall, f1: f1Den ? (2 * c.TP) / f1Den : null };
}

export function scoreSet(name: string, articles: ArticleScore[]): SetScore {
  const mains = articles.filter((a) => a.main).map((a) => a.main!);
  const fields = Object.fromEntries(
    FIELDS.map((f) => [f, ratio(mains.filter((m) => m.fields.find((r) => r.field === f)?.ok).length, mains.length)]),
  ) as Record<FieldName, Ratio>;
  const others = articles.flatMap((a) => a.others);
  return {
    name,
    articles,
    detection: detectionScore(articles),
    fields,
    headline: ratio(mains.filter((m) => m.headline).length, mains.length),
    others: ratio(others.filter((o) => o.found).length, others.length),
    errors: articles.filter((a) => a.error).length,
    schemaInvalid: articles.filter((a) => a.schemaErrors.length).length,
    evidenceMismatches: articles.reduce((n, a) => n + a.evidenceMismatches, 0),
  };
}

/**
 * The CI gate: the seed set perfect (every attack report detected, every main incident fully right)
 * and no page of the pages set wrongly taken for an attack report. Returns the reasons it fails.
 */
export function gateFailures(sets: SetScore[], floors: Record<string, Floors> = FLOORS): string[] {
  const reasons: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const set = sets.find((s) => s.name === name);
    if (!set) continue; // a missing gated set is reported below for seeds and pages; others may be run alone with --set
    for (const [key, figure] of Object.entries(headlineFigures(set))) {
      const min = floor[key as keyof Floors];
      if (min !== undefined && figure !== null && figure < min - 1e-9) reasons.push(`${name}: ${key} ${figure.toFixed(2)} below the floor ${min.toFixed(2)}`);
    }
  }
  const seeds = sets.find((s) => s.name === 'seeds');
  const pages = sets.find((s) => s.name === 'pages');
  if (!seeds) reasons.push('seeds: set missing');
  else {
    const positives = seeds.articles.filter((a) => a.gold);
    const missed = positives.filter((a) => a.outcome !== 'TP').map((a) => a.id);
    if (positives.length === 0) reasons.push('seeds: no attack reports in gold');
    if (missed.length) reasons.push(`seeds: not detected: ${missed.join(', ')}`);
    const wrong = seeds.articles.filter((a) => a.main && !a.main.headline).map((a) => a.id);
    if (wrong.length) reasons.push(`seeds: main incident not fully right: ${wrong.join(', ')}`);
    if (seeds.detection.fp) reasons.push(`seeds: ${seeds.detection.fp} false positive(s)`);
  }
  if (!pages) reasons.push('pages: set missing');
  else {
    const fps = pages.articles.filter((a) => a.outcome === 'FP').map((a) => a.id);
    if (fps.length) reasons.push(`pages: wrongly taken for attack reports: ${fps.join(', ')}`);
  }
  return reasons;
}

/** The figures a set is judged by (the eval table's columns), each a share from 0 to 1 or null when it has no cases. */
export function headlineFigures(set: SetScore): Record<keyof Floors, number | null> {
  return {
    detectionF1: set.detection.f1,
    headline: set.headline.rate,
    place: set.fields.location.rate,
    killed: set.fields.killed.rate,
    injured: set.fields.injured.rate,
    others: set.others.rate,
  };
}
