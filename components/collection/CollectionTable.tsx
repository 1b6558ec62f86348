/**
 * Every field of the filtered incidents in a sortable, virtualised table: only the rows in view are
 * rendered, and only their full records are read from the store (the ordering uses the in-memory
 * summaries). Click or arrow keys select a row; the map and the timeline show the same selection.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { countryName, weaponName } from '../../lib/collection/labels';
import { readByIds, type ReadRecord } from '../../lib/collection/query';
import type { IncidentSummary, SummarySortKey } from '../../lib/collection/summary';
import type { IncidentDb } from '../../lib/store';
import { countText, safeHttpUrl } from '../incidentFormat';
import { useVirtualizer } from '../useVirtualizer';

export interface TableSort {
  key: SummarySortKey;
  dir: 'asc' | 'desc';
}

export interface CollectionTableProps {
  db: IncidentDb;
  rows: readonly IncidentSummary[];
  sort: TableSort;
  onSort: (sort: TableSort) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Changes when the store changes, so cached full records are read again. */
  version: string;
}

const ROW_H = 40;
const COLUMNS: { label: string; sort?: SummarySortKey; cls?: string }[] = [
  { label: 'Date', sort: 'date' },
  { label: 'Place', sort: 'place' },
  { label: 'Country', sort: 'country' },
  { label: 'Weapon', sort: 'weapon' },
  { label: 'Projectiles', cls: 'num' },
  { label: 'Killed', sort: 'killed', cls: 'num' },
  { label: 'Injured', sort: 'injured', cls: 'num' },
  { label: 'Perpetrator' },
  { label: 'Target' },
  { label: 'Sources' },
  { label: 'Quote', cls: 'quote' },
];

export function CollectionTable({ db, rows, sort, onSort, selectedId, onSelect, version }: CollectionTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [details, setDetails] = useState<Map<string, ReadRecord>>(new Map());
  const v = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 10, paddingStart: 0 });
  const items = v.getVirtualItems();

  useEffect(() => setDetails(new Map()), [version]);
  // Read the full records of the rows in view (and a few around them) that are not cached yet.
  const wanted = items.map((i) => rows[i.index]?.id).filter((id): id is string => !!id && !details.has(id));
  useEffect(() => {
    if (!wanted.length) return;
    let live = true;
    readByIds(db, wanted).then((got) => {
      if (!live) return;
      setDetails((d) => {
        const next = d.size > 2000 ? new Map<string, ReadRecord>() : new Map(d);
        for (const [k, r] of got) next.set(k, r);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [wanted.join(',')]);

  // A selection made elsewhere (map, timeline) scrolls its row into view.
  const selIndex = selectedId ? rows.findIndex((r) => r.id === selectedId) : -1;
  useEffect(() => {
    if (selIndex >= 0) v.scrollToIndex(selIndex, { align: 'auto' });
  }, [selectedId, selIndex >= 0]);

  const top = items[0]?.start ?? 0;
  const bottom = v.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const move = (d: number) => {
    const k = Math.max(0, Math.min(rows.length - 1, (selIndex < 0 ? -1 : selIndex) + d));
    if (rows[k]) onSelect(rows[k].id);
  };

  return (
    <section class="table-panel" aria-labelledby="table-heading">
      <div class="panel-head">
        <h2 id="table-heading">Incidents</h2>
        <span class="muted">{rows.length.toLocaleString('en')} rows · arrow keys move the selection</span>
      </div>
      <div
        class="table-wrap"
        ref={scroller}
        tabIndex={0}
        aria-label="Incidents table; arrow keys move the selection"
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            move(e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      >
        <table class="incident-table" aria-rowcount={rows.length + 1} data-testid="incident-table">
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => {
                const active = c.sort && sort.key === c.sort;
                return (
                  <th key={c.label} class={c.cls} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {c.sort ? (
                      <button
                        type="button"
                        class="th-sort"
                        onClick={() => onSort({ key: c.sort!, dir: active && sort.dir === 'desc' ? 'asc' : 'desc' })}
                        aria-label={`Sort by ${c.label.toLowerCase()}`}
                      >
                        {c.label}
                        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr class="spacer" style={{ height: `${top}px` }} aria-hidden="true" />}
            {items.map((item) => {
              const s = rows[item.index];
              if (!s) return null;
              return (
                <Row
                  key={s.id}
                  summary={s}
                  record={details.get(s.id)}
                  index={item.index}
                  selected={s.id === selectedId}
                  onSelect={onSelect}
                />
              );
            })}
            {bottom > 0 && <tr class="spacer" style={{ height: `${bottom}px` }} aria-hidden="true" />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row({ summary: s, record, index, selected, onSelect }: { summary: IncidentSummary; record?: ReadRecord; index: number; selected: boolean; onSelect: (id: string) => void }) {
  const cells: (string | preact.JSX.Element)[] = [s.dateKey || '—', s.place || '—', countryName(s.countryKey) || '—', weaponName(s.weaponKey) || '—'];
  if (!record) cells.push('…', s.killed === null ? '—' : String(s.killed), s.injured === null ? '—' : String(s.injured), '', '', '', '');
  else if (record.kind === 'damaged') cells.push(<span class="damaged-cell">Damaged record: {record.problem}</span>, '', '', '', '', '', '');
  else {
    const i = record.incident;
    const extra = i.sources.filter((x) => x.url !== i.source.url).length;
    const href = safeHttpUrl(i.source.url);
    cells.push(
      countText(i.projectiles) ?? '—',
      countText(i.killed) ?? '—',
      countText(i.injured) ?? '—',
      i.perpetrator.name ? `${i.perpetrator.name} (${i.perpetrator.status})` : i.perpetrator.status === 'unknown' ? '—' : i.perpetrator.status,
      i.target?.text ?? '—',
      <>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" title={i.source.url}>
            <bdi>{i.source.title || i.source.url}</bdi>
          </a>
        ) : (
          <bdi>{i.source.title || i.source.url}</bdi>
        )}
        {i.source.outlet ? ` — ${i.source.outlet}` : ''}
        {extra > 0 ? ` (+${extra})` : ''}
      </>,
      <span title={i.source.selector?.exact ?? ''} dir="auto">
        {i.source.selector?.exact ?? '—'}
      </span>,
    );
  }
  return (
    <tr
      class={selected ? 'selected' : undefined}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      data-id={s.id}
      onClick={() => onSelect(s.id)}
    >
      {cells.map((c, k) => (
        <td key={k} class={COLUMNS[k].cls}>
          {c}
        </td>
      ))}
    </tr>
  );
}
