/**
 * CSV export: one row per incident, RFC 4180 (papaparse; CRLF line ends, quotes doubled), a header,
 * the flat columns of incident-schema.md in that order, then a few extra columns after them (so tools
 * that read the documented columns by position are unaffected).
 */
import Papa from 'papaparse';
import type { Count, Incident } from '../schema';

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

/** The flat record of one incident: shared by CSV and GeoJSON properties. */
export function flattenIncident(i: Incident): Record<CsvColumn, Cell> {
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
  };
}

// Spreadsheets treat a cell starting with these as a formula (OWASP "CSV injection"). Tab and CR too,
// because some spreadsheets strip them and then see the next character.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a TEXT cell a spreadsheet would run as a formula, by prefixing a single quote.
 * Numbers are never passed here, so a longitude of -73.9 stays a number.
 * (papaparse's own escapeFormulae default regex misses multi-line cells, hence our own.)
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /**
   * Prefix a UTF-8 byte order mark. Excel needs it to read UTF-8 (else Arabic, Cyrillic, accents
   * come out garbled); use it for files people download, not for machine round-trips.
   */
  bom?: boolean;
}

export function toCsv(incidents: readonly Incident[], options: CsvOptions = {}): string {
  const rows = incidents.map((inc) => {
    const flat = flattenIncident(inc);
    return CSV_COLUMNS.map((col) => {
      const v = flat[col];
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') return v;
      return neutraliseFormula(v);
    });
  });
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', quotes: false, header: true, skipEmptyLines: false },
  );
  // papaparse writes no line end after the last record; RFC 4180 allows either, most tools expect one.
  return (options.bom ? '\uFEFF' : '') + csv + '\r\n';
}
