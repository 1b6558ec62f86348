/**
 * The machinery every writer shares: records in (an array, any iterable, or an async iterable such as
 * a database cursor), string chunks out, header first. The non-streaming writers (toCsv, …) are the
 * same generators joined, so a streamed file is byte for byte the file written at once.
 *
 * Writers are TOTAL: a record that is not a valid Incident (a malformed stored row: missing fields,
 * wrong types) never throws; it is skipped and reported through `onSkipped`, and the file stays
 * well-formed. Skipping (rather than writing empty cells) keeps every row that is written true to
 * the schema, so an export always imports back.
 */
import { Incident } from '../schema';
import { describeIssues } from '../store/import-rules';

export type RecordSource = Iterable<unknown> | AsyncIterable<unknown>;

export interface SkippedRecord {
  /** Position in the records given. */
  index: number;
  id: string | null;
  /** 'malformed': not a valid record; 'no_coordinates': GeoJSON only, nothing to place on a map. */
  kind: 'malformed' | 'no_coordinates';
  message: string;
}

export interface WriterOptions {
  /** Called once per record left out of the file. */
  onSkipped?: (skipped: SkippedRecord) => void;
  /** Records per chunk (after the header chunk). Default 200. */
  chunkRecords?: number;
}

/** A format: its opening, one record's text (or null to leave it out), its closing. */
export interface FormatWriter {
  head(): string;
  /** `first` is true for the first record WRITTEN (separators in JSON). */
  record(incident: Incident, index: number, first: boolean): string | null;
  tail(wroteAny: boolean): string;
}

const DEFAULT_CHUNK = 200;

/** The valid record, or a report of why this one cannot be written. */
export function asWritable(value: unknown, index: number): { ok: true; incident: Incident } | { ok: false; skipped: SkippedRecord } {
  const r = Incident.safeParse(value);
  if (r.success) return { ok: true, incident: r.data };
  const rawId = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return {
    ok: false,
    skipped: {
      index,
      id: typeof rawId === 'string' ? rawId : null,
      kind: 'malformed',
      message: `Record ${index + 1}${typeof rawId === 'string' ? ` (${rawId.slice(0, 64)})` : ''} is damaged and was left out: ${describeIssues(r.error)}.`,
    },
  };
}

/** Feeds one record to the format; returns its text or '' (skipped). Never throws on bad records. */
function step(fmt: FormatWriter, value: unknown, index: number, state: { wrote: boolean }, opts: WriterOptions): string {
  const w = asWritable(value, index);
  if (!w.ok) {
    opts.onSkipped?.(w.skipped);
    return '';
  }
  const text = fmt.record(w.incident, index, !state.wrote);
  if (text === null) return '';
  state.wrote = true;
  return text;
}

/**
 * The records' text grouped `chunkRecords` at a time: `push` returns a chunk when one is full, `end` the
 * rest with the format's tail. One buffer for the sync and the async writers below.
 */
function chunker(fmt: FormatWriter, opts: WriterOptions) {
  const per = Math.max(1, opts.chunkRecords ?? DEFAULT_CHUNK);
  const state = { wrote: false };
  let buf = '';
  let n = 0;
  let index = 0;
  return {
    push(value: unknown): string {
      buf += step(fmt, value, index++, state, opts);
      if (++n < per) return '';
      const out = buf;
      buf = '';
      n = 0;
      return out;
    },
    end: () => buf + fmt.tail(state.wrote),
  };
}

/** Synchronous chunks (arrays and other iterables). */
export function* chunksSync(fmt: FormatWriter, records: Iterable<unknown>, opts: WriterOptions = {}): Generator<string> {
  const c = chunker(fmt, opts);
  yield fmt.head();
  for (const value of records) {
    const out = c.push(value);
    if (out) yield out;
  }
  const last = c.end();
  if (last) yield last;
}

/** Chunks from any source; an async source (a database cursor) is read as it is written. */
export async function* chunks(fmt: FormatWriter, records: RecordSource, opts: WriterOptions = {}): AsyncGenerator<string> {
  if (!(Symbol.asyncIterator in records)) {
    yield* chunksSync(fmt, records, opts);
    return;
  }
  const c = chunker(fmt, opts);
  yield fmt.head();
  for await (const value of records) {
    const out = c.push(value);
    if (out) yield out;
  }
  const last = c.end();
  if (last) yield last;
}

/**
 * `value` pretty-printed (2 spaces) as an item of an array that is itself a member of the top-level
 * object, i.e. indented by 4: exactly what JSON.stringify(container, null, 2) writes there. Done by
 * stringifying that nesting and cutting it off, which is several times faster than re-indenting.
 */
export function nestedItemJson(value: unknown): string {
  const text = JSON.stringify({ a: [value] }, null, 2);
  return text.slice(NEST_HEAD.length, text.length - NEST_TAIL.length);
}
const NEST_HEAD = '{\n  "a": [\n';
const NEST_TAIL = '\n  ]\n}';

export function joinSync(parts: Iterable<string>): string {
  let out = '';
  for (const p of parts) out += p;
  return out;
}

/**
 * Collect chunks into parts for `new Blob(parts)`, giving the event loop a turn after every chunk
 * so the popup keeps painting (and can show `onProgress`) during a large export. No single giant
 * string is built: the Blob joins the parts natively.
 */
export async function toBlobParts(source: AsyncIterable<string> | Iterable<string>, onProgress?: (bytesSoFar: number) => void): Promise<string[]> {
  const parts: string[] = [];
  let size = 0;
  for await (const part of source) {
    if (!part) continue;
    parts.push(part);
    size += part.length;
    onProgress?.(size);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return parts;
}
