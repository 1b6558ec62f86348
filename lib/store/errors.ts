/**
 * Errors the store rejects with. Their messages are written for the reader (the popup and the panel
 * show them as they are); `code` is for callers that want to branch.
 */
export type StoreErrorCode = 'invalid' | 'quota' | 'not_found' | 'write_failed' | 'conflict';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The underlying error (DOMException, Dexie error, zod error), for logs. */
  readonly original?: unknown;
  constructor(code: StoreErrorCode, message: string, original?: unknown) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.original = original;
  }
}

/** A save from a view opened before the record was changed elsewhere (the popup, another tab). */
export class ConflictError extends StoreError {
  /** The record as it is stored now. */
  readonly current: unknown;
  constructor(current: unknown) {
    super('conflict', 'This incident was changed in your collection after this page was opened (in the popup or another tab). Keep your version or load the saved one.');
    this.current = current;
  }
}

export const QUOTA_MESSAGE =
  "Your browser's storage is full, so nothing was saved. Export your incidents, delete some you no " +
  'longer need (or free space used by other sites), then try again.';

/** True for IndexedDB's QuotaExceededError however it arrives (raw DOMException, Dexie wrapper, nested). */
export function isQuotaError(err: unknown): boolean {
  for (let e: any = err, depth = 0; e && depth < 5; e = e.inner ?? e.cause, depth++) {
    if (e.name === 'QuotaExceededError' || e.name === 'QuotaExceeded') return true;
    // Old Firefox / Safari report quota problems as a DOMException with code 22 (or 1014 in Firefox).
    if (typeof e.code === 'number' && (e.code === 22 || e.code === 1014)) return true;
    // Dexie's BulkError keeps the per-item failures.
    if (e.failures && Object.values(e.failures).some((f) => isQuotaError(f))) return true;
  }
  return false;
}

/**
 * Turn whatever a failed write threw into a StoreError with a human message. `what` completes
 * "Could not … " (e.g. "save the incident").
 */
export function toWriteError(err: unknown, what: string): StoreError {
  if (err instanceof StoreError) return err;
  if (isQuotaError(err)) return new StoreError('quota', QUOTA_MESSAGE, err);
  const detail = err instanceof Error ? err.message : String(err);
  return new StoreError('write_failed', `Could not ${what}: the browser's database refused the write (${detail}). Nothing was changed.`, err);
}
