/**
 * JSON export/import: the "incident-collection" envelope of incident-schema.md.
 */
import { Incident, IncidentCollection } from '../schema';

export const EXPORT_FORMAT = 'incident-collection';
export const EXPORT_VERSION = 1;

/** The export file: pretty-printed envelope with every record as stored. */
export function toJsonExport(incidents: readonly Incident[], now: Date = new Date()): string {
  const envelope: IncidentCollection = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported: now.toISOString(),
    incidents: [...incidents],
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** The file as a whole cannot be read (not JSON, not our format, a version we do not know). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

export interface ParsedImport {
  /** The records that passed validation, in file order. */
  incidents: Incident[];
  /** One entry per record that did not; `index` is its position in the file's `incidents` array. */
  errors: { index: number; message: string }[];
}

function issuesText(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  const shown = issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return shown.join('; ') + (issues.length > 3 ? ` (and ${issues.length - 3} more)` : '');
}

/**
 * Read an export file. Throws ImportFileError (a message for the reader) when the file as a whole
 * is unusable, so nothing half-read gets imported; otherwise validates record by record.
 */
export function parseJsonImport(text: string): ParsedImport {
  let data: unknown;
  try {
    // A UTF-8 BOM (some editors add one) is not JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ImportFileError(
      `This file is not valid JSON, so nothing was imported (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ImportFileError('This is not an Incident Lens export: expected an object with "format": "incident-collection".');
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== EXPORT_FORMAT) {
    throw new ImportFileError(
      `This is not an Incident Lens export: its "format" is ${JSON.stringify(obj.format ?? null)}, expected "incident-collection".`,
    );
  }
  if (obj.version !== EXPORT_VERSION) {
    const newer = typeof obj.version === 'number' && obj.version > EXPORT_VERSION;
    throw new ImportFileError(
      newer
        ? `This file was written by a newer Incident Lens (format version ${obj.version}); this version reads version ${EXPORT_VERSION} only. Update the extension and try again.`
        : `Unknown export version ${JSON.stringify(obj.version ?? null)}; expected ${EXPORT_VERSION}.`,
    );
  }
  const envelope = IncidentCollection.safeParse(obj);
  if (!envelope.success) {
    throw new ImportFileError(`This export file is damaged (${issuesText(envelope.error.issues)}), so nothing was imported.`);
  }

  const incidents: Incident[] = [];
  const errors: ParsedImport['errors'] = [];
  envelope.data.incidents.forEach((value, index) => {
    const r = Incident.safeParse(value);
    if (r.success) incidents.push(r.data);
    else errors.push({ index, message: `Incident ${index + 1}: ${issuesText(r.error.issues)}` });
  });
  return { incidents, errors };
}
