/**
 * JSON export/import: the "incident-collection" envelope of incident-schema.md.
 */
import type { Incident } from '../schema';
import { checkImportRecord, MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS, violationText, type ImportRule } from '../store/import-rules';
import { chunks, chunksSync, joinSync, nestedItemJson, type FormatWriter, type RecordSource, type WriterOptions } from './stream';

export const EXPORT_FORMAT = 'incident-collection';
export const EXPORT_VERSION = 1;
export { MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS };

/**
 * The envelope written piece by piece. The result is exactly JSON.stringify(envelope, null, 2) + '\n'
 * (tested), so a streamed file and one written at once are the same bytes.
 */
function jsonFormat(now: Date): FormatWriter {
  const head = `{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exported": ${JSON.stringify(now.toISOString())},\n  "incidents": [`;
  return {
    head: () => head,
    record: (i, _index, first) => (first ? '\n' : ',\n') + nestedItemJson(i),
    tail: (wroteAny) => (wroteAny ? '\n  ]\n}\n' : ']\n}\n'),
  };
}

export interface JsonExportOptions extends WriterOptions {
  now?: Date;
}

/** Streaming JSON export; joined, exactly `toJsonExport`. */
export function jsonChunks(records: RecordSource, options: JsonExportOptions = {}): AsyncGenerator<string> {
  return chunks(jsonFormat(options.now ?? new Date()), records, options);
}

/** The export file: pretty-printed envelope with every valid record (a damaged one is reported via onSkipped). */
export function toJsonExport(incidents: Iterable<Incident | unknown>, now: Date = new Date(), options: WriterOptions = {}): string {
  return joinSync(chunksSync(jsonFormat(now), incidents, options));
}

/** The file as a whole cannot be read (not JSON, not our format, a version we do not know, too big). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/**
 * True when the text ends inside a string or with brackets still open: a file cut short (an
 * interrupted download or copy). One linear pass, run only once JSON.parse has already failed.
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 0x5c) k++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** The reader's message for a file over the size limit, or null. Call it with File.size BEFORE reading the file. */
export function importSizeError(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  return `This file is ${mb(bytes)}, more than the ${mb(MAX_IMPORT_BYTES)} an Incident Lens export can be, so nothing was imported.`;
}

export interface ImportFile {
  exported: string;
  /** The raw entries of `incidents`, unchecked: give them to the store's importIncidents (indices match). */
  records: unknown[];
}

/**
 * Read the envelope of an export file. Throws ImportFileError (a message for the reader) when the
 * file as a whole is unusable, so nothing half-read gets imported: too large, not JSON (a truncated
 * file), not our format, a version we do not know, too many records.
 */
export function readImportFile(text: string): ImportFile {
  // UTF-16 length ≤ UTF-8 bytes, so this never rejects a file under the limit; the byte check on
  // File.size (importSizeError) is the precise one, done before the file is read at all.
  const sizeError = importSizeError(text.length);
  if (sizeError) throw new ImportFileError(sizeError);
  let data: unknown;
  try {
    // A UTF-8 BOM (some editors add one) is not JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const cut = looksTruncated(text);
    throw new ImportFileError(
      `This file is not valid JSON${cut ? ' (it looks cut short: was it copied or downloaded completely?)' : ''}, so nothing was imported (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportFileError('This is not an Incident Lens export: expected an object with "format": "incident-collection".');
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== EXPORT_FORMAT) {
    throw new ImportFileError(
      `This is not an Incident Lens export: its "format" is ${JSON.stringify(obj.format ?? null)?.slice(0, 80)}, expected "incident-collection".`,
    );
  }
  if (obj.version !== EXPORT_VERSION) {
    const newer = typeof obj.version === 'number' && obj.version > EXPORT_VERSION;
    throw new ImportFileError(
      newer
        ? `This file was written by a newer Incident Lens (format version ${obj.version}); this version reads version ${EXPORT_VERSION} only. Update the extension and try again.`
        : `Unknown export version ${JSON.stringify(obj.version ?? null)?.slice(0, 40)}; expected ${EXPORT_VERSION}.`,
    );
  }
  const problems: string[] = [];
  if (typeof obj.exported !== 'string') problems.push('exported: expected a string');
  if (!Array.isArray(obj.incidents)) problems.push('incidents: expected an array');
  if (problems.length) throw new ImportFileError(`This export file is damaged (${problems.join('; ')}), so nothing was imported.`);
  const records = obj.incidents as unknown[];
  if (records.length > MAX_IMPORT_RECORDS) {
    throw new ImportFileError(
      `This file holds ${records.length.toLocaleString('en')} incidents, more than the ${MAX_IMPORT_RECORDS.toLocaleString('en')} one import can take, so nothing was imported.`,
    );
  }
  return { exported: obj.exported as string, records };
}

export interface ParsedImport {
  /** The records that passed every import rule, in file order. */
  incidents: Incident[];
  /** Their positions in the file's `incidents` array (parallel to `incidents`). */
  indices: number[];
  /** One entry per record that did not; `index` is its position in the file's `incidents` array. */
  errors: { index: number; message: string; rule: ImportRule; id: string | null }[];
}

/**
 * Read an export file and check every record by the import rules (lib/store/import-rules.ts).
 * Throws ImportFileError when the file as a whole is unusable.
 */
export function parseJsonImport(text: string, now: Date = new Date()): ParsedImport {
  const { records } = readImportFile(text);
  const out: ParsedImport = { incidents: [], indices: [], errors: [] };
  records.forEach((value, index) => {
    const r = checkImportRecord(value, now);
    if (r.ok) {
      out.incidents.push(r.incident);
      out.indices.push(index);
    } else {
      out.errors.push({ index, id: r.id, rule: r.violations[0].rule, message: violationText(index, r.violations) });
    }
  });
  return out;
}
