/**
 * The popup's list of saved incidents, virtualised: only the rows in view are in the DOM, so 20 or
 * 100,000 matches cost the same to show. Rows are measured as they render (an open editor is taller).
 * When the end of what is loaded comes into view, `onNeedMore` asks for the next page.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ReadRecord } from '../lib/collection/query';
import type { Incident } from '../lib/schema';
import type { IncidentPatch } from '../lib/store';
import { IncidentEditForm } from './IncidentEditForm';
import type { SuggestPlaces } from './usePlaceCombobox';
import { IncidentRow, type IncidentRowProps } from './IncidentRow';
import { useVirtualizer } from './useVirtualizer';

export interface IncidentListProps {
  records: ReadRecord[];
  /** All matches, when known (for screen readers' "item 3 of 1,204"). */
  matching?: number;
  editingId: string | null;
  /** The row whose Edit button gets focus back after its editor closed. */
  returnFocusId?: string | null;
  onEdit: (incident: Incident) => void;
  onCancelEdit: () => void;
  onSaveEdit: (incident: Incident, patch: IncidentPatch) => Promise<void>;
  /** Gazetteer suggestions for the editor's place field. */
  suggestPlaces?: SuggestPlaces;
  merging?: IncidentRowProps['merging'];
  sources?: IncidentRowProps['sources'];
  onDelete: (incident: Incident) => void;
  onDeleteDamaged: (id: string) => void;
  onNeedMore: () => void;
}

const keyOf = (r: ReadRecord) => (r.kind === 'ok' ? r.incident.id : r.id);

export function IncidentList(props: IncidentListProps) {
  const { records, editingId, returnFocusId, onEdit, onCancelEdit, onSaveEdit, onDelete, onDeleteDamaged, onNeedMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: records.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 118,
    getItemKey: (k) => keyOf(records[k]),
    overscan: 4,
  });
  const items = v.getVirtualItems();
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= records.length - 8) onNeedMore();
  }, [last, records.length]);

  return (
    <div class="incident-scroller" ref={scroller} data-testid="incident-scroller">
      <ul class="incident-list" aria-label="Saved incidents" style={{ height: `${v.getTotalSize()}px` }}>
        {items.map((item) => {
          const r = records[item.index];
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={v.measureElement}
              aria-setsize={props.matching ?? -1}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {r.kind === 'damaged' ? (
                <DamagedRow id={r.id} problem={r.problem} onDelete={onDeleteDamaged} />
              ) : r.incident.id === editingId ? (
                <IncidentEditForm incident={r.incident} onCancel={onCancelEdit} onSave={(patch) => onSaveEdit(r.incident, patch)} suggestPlaces={props.suggestPlaces} />
              ) : (
                <IncidentRow incident={r.incident} onEdit={onEdit} onDelete={onDelete} focusEdit={r.incident.id === returnFocusId} merging={props.merging} sources={props.sources} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A stored row that is not a valid record: shown, never hidden (the reader decides), and never fatal. */
export function DamagedRow({ id, problem, onDelete }: { id: string; problem: string; onDelete: (id: string) => void }) {
  return (
    <article class="incident damaged" aria-label={`Damaged record ${id}`}>
      <h2 class="incident-heading">
        <span>Damaged record</span>
        <span class="incident-date">{id}</span>
      </h2>
      <p class="muted">This stored record is malformed ({problem}); it is left out of exports.</p>
      <div class="row-actions">
        <button type="button" class="danger" onClick={() => onDelete(id)} aria-label={`Delete damaged record ${id}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
