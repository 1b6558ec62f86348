/** The list of saved incidents (already filtered and ordered newest first by the caller). */
import type { Incident } from '../lib/schema';
import type { IncidentPatch } from '../lib/store';
import { IncidentEditForm } from './IncidentEditForm';
import { IncidentRow } from './IncidentRow';

export interface IncidentListProps {
  incidents: Incident[];
  editingId: string | null;
  /** The row whose Edit button gets focus back after its editor closed. */
  returnFocusId?: string | null;
  onEdit: (incident: Incident) => void;
  onCancelEdit: () => void;
  onSaveEdit: (incident: Incident, patch: IncidentPatch) => Promise<void>;
  onDelete: (incident: Incident) => void;
}

export function IncidentList({ incidents, editingId, returnFocusId, onEdit, onCancelEdit, onSaveEdit, onDelete }: IncidentListProps) {
  return (
    <ul class="incident-list" aria-label="Saved incidents">
      {incidents.map((inc) => (
        <li key={inc.id}>
          {inc.id === editingId ? (
            <IncidentEditForm incident={inc} onCancel={onCancelEdit} onSave={(patch) => onSaveEdit(inc, patch)} />
          ) : (
            <IncidentRow incident={inc} onEdit={onEdit} onDelete={onDelete} focusEdit={inc.id === returnFocusId} />
          )}
        </li>
      ))}
    </ul>
  );
}
