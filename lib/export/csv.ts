/**
 * CSV export: one row per incident, RFC 4180 (CRLF line ends, fields with a comma, quote, CR/LF or an
 * edge space quoted, quotes doubled), a header, the flat columns of incident-schema.md in that order,
 * then extra columns after them (so tools that read the documented columns by position are unaffected).
 *
 * Quoting is papaparse's `unparse`, row by row: it is the same library that reads our CSV back in the
 * tests, and it gets the edge cases (BOM, edge spaces, embedded CR) right; the only rule it does not
 * cover as we need is formula neutralising, done here before it sees a cell.
 */
import Papa from 'papaparse';
import type { Count, Incident } from '../schema';
import { normaliseUrl } from '../store/urls';
import { chunks, chunksSync, joinSync, type FormatWriter, type RecordSource, type WriterOptions } from './stream';

export const CSV_COLUMNS = [
  'date',
  'date_precision',
  'weapon',
  'projectiles',
  'location',
  'country',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'killed',
  'injured',
  'target',
  'perpetrator',
  'perpetrator_status',
  'source_url',
  'source_title',
  'published',
  'notes',
  // Extras, only after the documented columns.
  'id',
  'weapon_raw',
  'damage',
  'year',
  'killed_qualifier',
  'killed_min',
  'killed_max',
  'injured_qualifier',
  'injured_min',
  'injured_max',
  'projectiles_qualifier',
  'projectiles_min',
  'projectiles_max',
  'source_count',
  'quote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A cell: numbers stay numbers (never neutralised), null is an empty cell. */
export type Cell = string | number | null;

/**
 * The best figure of a count, or null when the text did not mention it (empty cell, never 0).
 * "No casualties" (none_reported) is a real 0.
 */
export function countCell(c: Count): number | null {
  if (c.status === 'not_mentioned') return null;
  return c.best;
}

/** A count's qualifier, min and max; all empty when the count was not mentioned. */
function countDetail(c: Count): [string | null, number | null, number | null] {
  return c.status === 'not_mentioned' ? [null, null, null] : [c.qualifier, c.min, c.max];
}

/** How many different articles support the record (primary + merged, fragment ignored). */
export function sourceCount(i: Incident): number {
  return new Set([i.source, ...i.sources].map((s) => normaliseUrl(s.url)).filter(Boolean)).size;
}

/** The passage the record rests on: the lead sentence, else its evidence quotes. */
export function supportingQuote(i: Incident): string | null {
  const lead = i.source.selector?.exact?.trim();
  if (lead) return lead;
  const quotes = [...new Set(i.evidence.map((e) => e.quote.trim()).filter(Boolean))];
  return quotes.length ? quotes.join(' … ') : null;
}

/** The flat record of one incident: shared by CSV and GeoJSON properties. */
export function flattenIncident(i: Incident): Record<CsvColumn, Cell> {
  const [kq, kmin, kmax] = countDetail(i.killed);
  const [iq, imin, imax] = countDetail(i.injured);
  const [pq, pmin, pmax] = countDetail(i.projectiles);
  return {
    date: i.date.value,
    date_precision: i.date.precision,
    weapon: i.weapon.category,
    projectiles: countCell(i.projectiles),
    location: i.location?.name ?? null,
    country: i.location?.country ?? null,
    admin1: i.location?.admin1 ?? null,
    latitude: i.location?.lat ?? null,
    longitude: i.location?.lon ?? null,
    geo_precision: i.location?.precision ?? null,
    killed: countCell(i.killed),
    injured: countCell(i.injured),
    target: i.target?.text ?? null,
    perpetrator: i.perpetrator.name,
    perpetrator_status: i.perpetrator.status,
    source_url: i.source.url,
    source_title: i.source.title,
    published: i.source.published,
    notes: i.notes ?? null,
    id: i.id,
    weapon_raw: i.weapon.raw ?? null,
    damage: i.damage,
    // A number column of its own: spreadsheets reformat the date cell, never this one.
    year: i.date.value ? Number(i.date.value.slice(0, 4)) : null,
    killed_qualifier: kq,
    killed_min: kmin,
    killed_max: kmax,
    injured_qualifier: iq,
    injured_min: imin,
    injured_max: imax,
    projectiles_qualifier: pq,
    projectiles_min: pmin,
    projectiles_max: pmax,
    source_count: sourceCount(i),
    quote: supportingQuote(i),
  };
}

// Spreadsheets run a cell as a formula when it starts with = + - @ (OWASP "CSV injection"), and
// several trim leading whitespace first or map full-width and small forms (＝＋－＠, ﹦﹢﹣﹫, the
// minus sign) onto them. Tab, CR and LF lead too: some importers strip them and see what follows.
// One anchored pass: the whitespace class and the trigger class are disjoint, so no backtracking.
const FORMULA_START = /^(?:[\t\r\n]|[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63\uFE66\uFE6B\u2212])/u;

/**
 * Neutralise a TEXT cell a spreadsheet would run as a formula, by prefixing a single quote.
 * Numbers are never passed here, so a longitude of -73.9 stays a number.
 * (papaparse's own escapeFormulae misses leading spaces and full-width signs, hence our own.)
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions extends WriterOptions {
  /**
   * Prefix a UTF-8 byte order mark. Excel needs it to read UTF-8 (else Arabic, Cyrillic, accents
   * come out garbled); use it for files people download, not for machine round-trips.
   */
  bom?: boolean;
}

const UNPARSE = { newline: '\r\n', quotes: false, header: false, skipEmptyLines: false } as const;

/** One CSV line (CRLF included): text cells neutralised, numbers as numbers, null empty. */
export function csvLine(cells: readonly Cell[]): string {
  const row = cells.map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? v : neutraliseFormula(v)));
  return Papa.unparse([row], UNPARSE) + '\r\n';
}

/** A CSV format over any column list and row function (ours and the ACLED-style one). */
export function csvFormat<C extends string>(columns: readonly C[], row: (i: Incident) => Record<C, Cell>, bom = false): FormatWriter {
  return {
    head: () => (bom ? '\uFEFF' : '') + csvLine(columns),
    record: (i) => {
      const flat = row(i);
      return csvLine(columns.map((c) => flat[c]));
    },
    tail: () => '',
  };
}

const ourFormat = (options: CsvOptions) => csvFormat(CSV_COLUMNS, flattenIncident, options.bom);

/** Streaming CSV: the header chunk, then rows in chunks; joined, exactly `toCsv`. */
export function csvChunks(records: RecordSource, options: CsvOptions = {}): AsyncGenerator<string> {
  return chunks(ourFormat(options), records, options);
}

export function toCsv(incidents: Iterable<Incident | unknown>, options: CsvOptions = {}): string {
  return joinSync(chunksSync(ourFormat(options), incidents, options));
}
