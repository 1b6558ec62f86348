/**
 * The sources of a record: `source` (the article it was first saved from) and `sources` (every
 * article it was saved from; normally `source` is its first entry, but older or imported records
 * may leave it out). Two sources are the same when they quote the same passage of the same page,
 * the rule the store already dedupes by (lib/store/incidents.ts `unionSources`).
 */
import { FIGURE_FIELDS, type Incident, type Source } from '../schema';
import { normaliseUrl } from '../store/urls';

/** A stable string naming one source within a record: page URL (fragment dropped) + lead passage. */
export function sourceKey(s: Source): string {
  return `${normaliseUrl(s.url)}\n${s.selector?.exact ?? ''}`;
}

/** Every source of the record, the primary first, each once. */
export function allSources(record: Incident): Source[] {
  const seen = new Map<string, number>();
  const out: Source[] = [];
  for (const s of [record.source, ...record.sources]) {
    const k = sourceKey(s);
    const at = seen.get(k);
    if (at === undefined) {
      seen.set(k, out.length);
      out.push(s);
    } else {
      out[at] = fillSource(out[at], s);
    }
  }
  return out;
}

/** `a`, with what it lacks (figures, quote, evidence) taken from `b`, another copy of the same source. */
export function fillSource(a: Source, b: Source): Source {
  if (a === b) return a;
  const out: Source = { ...a };
  if (b.figures) {
    const figures = { ...(a.figures ?? {}) };
    for (const f of FIGURE_FIELDS) if (!figures[f] && b.figures[f]) figures[f] = b.figures[f];
    out.figures = figures;
  }
  if (out.quote === undefined && b.quote !== undefined) out.quote = b.quote;
  if (out.evidence === undefined && b.evidence !== undefined) out.evidence = b.evidence;
  return out;
}

/**
 * The record's primary source with the record's own figures, lead passage and evidence written onto
 * it, when it does not carry them yet (a record saved from one article: its figures ARE that
 * article's). Done before merging, so the figures survive as that outlet's once other outlets join.
 */
export function withOwnFigures(record: Incident): Source {
  const s = record.source;
  const own: Source = { ...s };
  const figures = { ...(s.figures ?? {}) };
  let changed = false;
  for (const f of FIGURE_FIELDS) {
    if (!figures[f]) {
      figures[f] = record[f];
      changed = true;
    }
  }
  if (changed) own.figures = figures;
  if (own.quote === undefined && s.selector?.exact) own.quote = s.selector.exact;
  if (own.evidence === undefined && record.evidence.length) own.evidence = record.evidence;
  return own;
}

/** The record with its primary source carrying its figures, in `source` and in `sources` alike. */
export function stampPrimary(record: Incident): Incident {
  const [first, ...rest] = allSources(record);
  const primary = withOwnFigures({ ...record, source: first });
  return { ...record, source: primary, sources: [primary, ...rest] };
}
