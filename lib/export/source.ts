/**
 * The collection as an async source for the streaming writers: read from the database a page at a
 * time (by id, each page its own short read), so an export of any size never holds the whole
 * collection in memory and never keeps a transaction open while the file is written.
 */
import type { Incident } from '../schema';
import type { IncidentDb } from '../store/db';
import { toIncident } from '../store/incidents';

export interface IncidentPagesOptions {
  /** Rows per read. Default 500. */
  pageSize?: number;
  /** Keep only these (the popup's current filter). */
  filter?: (incident: Incident) => boolean;
}

/**
 * Every saved record in id order, as stored (a malformed row is yielded as is: the writers skip
 * and report it). A filter that throws on a malformed row leaves that row out.
 */
export async function* incidentPages(db: IncidentDb, options: IncidentPagesOptions = {}): AsyncGenerator<Incident> {
  const size = Math.max(1, options.pageSize ?? 500);
  let last: string | undefined;
  for (;;) {
    const rows = last === undefined ? await db.incidents.orderBy('id').limit(size).toArray() : await db.incidents.where('id').above(last).limit(size).toArray();
    if (rows.length === 0) return;
    for (const row of rows) {
      const incident = toIncident(row);
      if (options.filter) {
        let keep = false;
        try {
          keep = options.filter(incident);
        } catch {
          keep = false;
        }
        if (!keep) continue;
      }
      yield incident;
    }
    if (rows.length < size) return;
    last = rows[rows.length - 1].id;
  }
}
