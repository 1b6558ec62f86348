/**
 * The collection page: a map, a timeline and a table of the saved incidents, under one filter (date
 * span, map area, weapon, country, perpetrator status, text) kept in the address. Selecting an
 * incident in any of the three shows it in the others and in the details beside the map. Exports
 * write the filtered set (or everything) in every format.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { compileFilter, matches, type CollectionFilter } from '../../lib/collection/filter';
import { presentCountries, readByIds, type ReadRecord } from '../../lib/collection/query';
import { sortSummaries } from '../../lib/collection/summary';
import { filterToHash } from '../../lib/collection/url';
import type { IncidentDb } from '../../lib/store';
import { ExportImportBar } from '../ExportImportBar';
import { FilterBar } from '../FilterBar';
import { casualtiesLabel, countText, dateLabel, placeLabel, safeHttpUrl, weaponLabel } from '../incidentFormat';
import { useLiveQuery } from '../useLiveQuery';
import { CollectionTable, type TableSort } from './CollectionTable';
import { Timeline } from './Timeline';
import { useSummaries } from './useSummaries';
import { WorldMap } from './WorldMap';

export interface CollectionAppProps {
  db: IncidentDb;
  initialFilter: CollectionFilter;
}

export function CollectionApp({ db, initialFilter }: CollectionAppProps) {
  const [filter, setFilter] = useState(initialFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [sort, setSort] = useState<TableSort>({ key: 'date', dir: 'desc' });
  const [notice, setNotice] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    history.replaceState(null, '', filterToHash(filter) || location.pathname);
  }, [filter]);

  // What the store is asked for: the index-friendly parts and the text. The date span and the map
  // area are applied in memory, so the timeline can show the span in context and the map the area.
  const loadKey = JSON.stringify({ ...filter, from: null, to: null, area: null });
  const loadFilter = useMemo(() => ({ ...filter, from: null, to: null, area: null }), [loadKey]);
  const summaries = useSummaries(db, loadFilter);
  // Counting walks the whole store: only after the first rows are on screen.
  const firstShown = summaries.list.length > 0 || !summaries.loading;
  const total = useLiveQuery(async () => (firstShown ? db.incidents.count() : undefined), [db, firstShown]);
  const version = `${total.value}|${summaries.loading}`;
  const countries = useLiveQuery(async () => (firstShown ? presentCountries(db) : []), [db, firstShown]);

  const { mapPoints, timelineRecords, tableRows } = useMemo(() => {
    const all = summaries.list;
    const noArea = compileFilter({ ...filter, area: null });
    const noDates = compileFilter({ ...filter, from: null, to: null });
    const full = compileFilter(filter);
    return {
      mapPoints: all.filter((s) => matches(s, s.lat, s.lon, noArea)),
      timelineRecords: all.filter((s) => matches(s, s.lat, s.lon, noDates)),
      tableRows: sortSummaries(
        all.filter((s) => matches(s, s.lat, s.lon, full)),
        sort.key,
        sort.dir,
      ),
    };
  }, [summaries.list, filter, sort]);

  // The first rows on screen: the figure the bench reads.
  useEffect(() => {
    if (tableRows.length && !performance.getEntriesByName('incident-lens:collection-first-rows').length) {
      requestAnimationFrame(() => performance.mark('incident-lens:collection-first-rows'));
    }
    if (!summaries.loading && !performance.getEntriesByName('incident-lens:collection-complete').length) {
      requestAnimationFrame(() => performance.mark('incident-lens:collection-complete'));
    }
  }, [tableRows, summaries.loading]);

  const selectedSummary = selectedId ? summaries.list.find((s) => s.id === selectedId) : undefined;
  const selected = useLiveQuery<ReadRecord | undefined>(async () => (selectedId ? (await readByIds(db, [selectedId])).get(selectedId) : undefined), [db, selectedId]);

  return (
    <main class="collection">
      <header class="collection-header">
        <h1>Incident Lens — collection</h1>
        <span class="muted" role="status" data-testid="collection-count">
          {summaries.loading && !summaries.list.length
            ? 'Loading…'
            : `${tableRows.length.toLocaleString('en')} shown of ${(total.value ?? 0).toLocaleString('en')} saved${summaries.loading ? ' (still reading…)' : ''}`}
        </span>
        <ExportImportBar
          db={db}
          filter={filter}
          allowImport={false}
          onNotice={(text) => setNotice({ kind: 'info', text })}
          onError={(text) => setNotice({ kind: 'error', text })}
          onImported={() => {}}
        />
      </header>
      {notice && (
        <div class={notice.kind === 'error' ? 'error' : 'notice'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" class="link" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      {summaries.error !== undefined && (
        <div class="error" role="alert">
          Could not read your saved incidents: {String(summaries.error)}
        </div>
      )}
      <FilterBar filter={filter} onChange={setFilter} countries={countries.value ?? []} idPrefix="collection" />

      <div class="top-row">
        <WorldMap points={mapPoints} area={filter.area} selectedId={selectedId} onSelect={setSelectedId} onArea={(area) => setFilter({ ...filter, area })} />
        <aside class="details" aria-labelledby="details-heading">
          <h2 id="details-heading">Selected incident</h2>
          <Details record={selected.value} />
        </aside>
      </div>
      <Timeline
        records={timelineRecords}
        from={filter.from}
        to={filter.to}
        selectedDate={selectedSummary?.dateKey || null}
        onSpan={(from, to) => setFilter({ ...filter, from, to })}
      />
      <CollectionTable db={db} rows={tableRows} sort={sort} onSort={setSort} selectedId={selectedId} onSelect={setSelectedId} version={version} />
    </main>
  );
}

function Details({ record }: { record: ReadRecord | undefined }) {
  if (!record) return <p class="muted">Choose an incident on the map, in the timeline's table or with the arrow keys in the table.</p>;
  if (record.kind === 'damaged') return <p class="error">Damaged record {record.id}: {record.problem}</p>;
  const i = record.incident;
  const href = safeHttpUrl(i.source.url);
  return (
    <dl class="details-list" data-testid="details" data-id={i.id}>
      <dt>Place</dt>
      <dd>
        <bdi>{placeLabel(i)}</bdi> <span class="muted">({i.location?.precision ?? 'unknown'} precision)</span>
      </dd>
      <dt>Date</dt>
      <dd>{dateLabel(i)}</dd>
      <dt>Weapon</dt>
      <dd>
        {weaponLabel(i)}
        {i.weapon.raw ? ` (${i.weapon.raw})` : ''}
        {countText(i.projectiles) ? ` · ${countText(i.projectiles)} projectiles` : ''}
      </dd>
      <dt>Casualties</dt>
      <dd>{casualtiesLabel(i)}</dd>
      {i.perpetrator.name && (
        <>
          <dt>Perpetrator</dt>
          <dd>
            <bdi>{i.perpetrator.name}</bdi> ({i.perpetrator.status})
          </dd>
        </>
      )}
      {i.target && (
        <>
          <dt>Target</dt>
          <dd>{i.target.text}</dd>
        </>
      )}
      <dt>Source</dt>
      <dd>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <bdi>{i.source.title || i.source.url}</bdi>
          </a>
        ) : (
          <bdi>{i.source.title || i.source.url}</bdi>
        )}
        {i.sources.length > 1 && <span class="muted"> (+{i.sources.length - 1} more)</span>}
      </dd>
      {i.source.selector?.exact && (
        <>
          <dt>Quote</dt>
          <dd>
            <blockquote dir="auto">{i.source.selector.exact}</blockquote>
          </dd>
        </>
      )}
    </dl>
  );
}
