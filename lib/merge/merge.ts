/**
 * Merging records that report the same attack from several outlets, and splitting a source back out.
 * Pure: records in, records out. Nothing is lost on the way: every source is kept with its own
 * figures, quote and evidence; the record states one figure per field (figures.ts says which).
 */
import { FIGURE_FIELDS, notMentioned, type FigureField, type Incident, type Source } from '../schema';
import { allSources, sourceKey, stampPrimary } from './sources';
import { MergeError, figureOptions } from './figures';

/**
 * After the sources changed: each figure follows the most conservative source, except a figure the
 * reader picked that a source still gives, and a figure the reader typed themselves (no source gave
 * it before the change), which stay as they are.
 */
function refreshFigures(before: Incident, after: Incident): Incident {
  const out: Incident = { ...after };
  const chosen = new Set(before.figuresChosen ?? []);
  for (const field of FIGURE_FIELDS) {
    const was = figureOptions(before, field).find((o) => o.isCurrent);
    if (was?.edited) continue;
    const now = figureOptions(out, field);
    const stillGiven = now.some((o) => !o.edited && o.key === was?.key);
    if (chosen.has(field) && stillGiven) continue;
    chosen.delete(field);
    const def = now.find((o) => o.isDefault);
    if (def) out[field] = def.count;
  }
  if (chosen.size) out.figuresChosen = [...chosen].sort() as FigureField[];
  else delete out.figuresChosen;
  return out;
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b || a.includes(b)) return a;
  return `${a}\n\n${b}`;
}

/**
 * "Add as another source": `record` keeps its id, facts and evidence, and gains every source of
 * `incoming` (deduplicated by page URL + lead passage), each with its own figures and quote. Facts
 * `record` lacks (no date, weapon, place, target, perpetrator, damage) are taken from `incoming`;
 * notes are joined. Figures follow figures.ts (the most conservative unless the reader picked one).
 */
export function addAsSource(record: Incident, incoming: Incident): Incident {
  if (record.id === incoming.id) throw new MergeError('same_record', 'An incident cannot be merged with itself.');
  const kept = stampPrimary(record);
  const other = stampPrimary(incoming);
  const sources = allSources({ ...kept, sources: [...kept.sources, ...other.sources] });
  const merged: Incident = {
    ...kept,
    source: sources[0],
    sources,
    date: kept.date.value === null && other.date.value !== null ? other.date : kept.date,
    weapon: kept.weapon.category === null && other.weapon.category !== null ? other.weapon : kept.weapon,
    location: kept.location ?? other.location,
    target: kept.target ?? other.target,
    perpetrator: kept.perpetrator.name === null && kept.perpetrator.status === 'unknown' ? other.perpetrator : kept.perpetrator,
    damage: kept.damage ?? other.damage,
    status: kept.status === 'confirmed' || other.status === 'confirmed' ? 'confirmed' : kept.status,
  };
  const notes = joinNotes(kept.notes, other.notes);
  if (notes !== undefined) merged.notes = notes;
  return refreshFigures(kept, merged);
}

/**
 * A deterministic id for the record split out of `recordId` by source `key`: splitting the same
 * source of the same record always gives the same id (the function stays pure, and a retried
 * split cannot create two records). UUID-shaped, version nibble 8 ("custom").
 */
export function splitRecordId(recordId: string, key: string): string {
  const text = `${recordId}\u0000${key}`;
  // cyrb128: four 32-bit lanes of a simple multiplicative hash. Not cryptographic; ids only need to differ.
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface SplitOptions {
  /** Id for the split-out record (default: `splitRecordId(record.id, key)`). */
  newId?: string;
}

/**
 * Take one source back out: returns [the record without it, a new record made from that source].
 * The kept record keeps its id; if the primary source leaves, the next source becomes primary and
 * its evidence the record's. The new record has the source's own figures (a figure it did not give
 * is "not mentioned"), quote and evidence, and the kept record's other facts (date, weapon, place,
 * target...), which the reader can then correct. Throws MergeError for an unknown source or the
 * record's only source.
 */
export function splitSource(record: Incident, key: string, opts: SplitOptions = {}): [Incident, Incident] {
  const stamped = stampPrimary(record);
  const sources = stamped.sources;
  const at = sources.findIndex((s) => sourceKey(s) === key);
  if (at < 0) throw new MergeError('not_found', 'That source is not (or no longer) part of this incident.');
  if (sources.length < 2) throw new MergeError('only_source', 'This is the incident’s only source; there is nothing to split it from.');
  const gone: Source = sources[at];
  const rest = sources.filter((_, i) => i !== at);
  const keptRaw: Incident = {
    ...stamped,
    source: rest[0],
    sources: rest,
    evidence: at === 0 ? (rest[0].evidence ?? []) : stamped.evidence,
  };
  const kept = refreshFigures(stamped, keptRaw);
  const split: Incident = {
    id: opts.newId ?? splitRecordId(record.id, key),
    date: record.date,
    weapon: record.weapon,
    projectiles: gone.figures?.projectiles ?? notMentioned(),
    location: record.location,
    killed: gone.figures?.killed ?? notMentioned(),
    injured: gone.figures?.injured ?? notMentioned(),
    target: record.target,
    perpetrator: record.perpetrator,
    damage: record.damage,
    evidence: gone.evidence ?? [],
    source: gone,
    sources: [gone],
    status: 'confirmed',
  };
  return [kept, split];
}
