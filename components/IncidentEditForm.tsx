/**
 * The popup's editor for a saved incident: the panel's form (components/panel/form.ts), so both edit the
 * same way — counts keep their qualifier and range, dates their precision, the place field suggests
 * gazetteer places and a Coordinates field takes typed or pasted ones — plus projectiles and notes. Only
 * what changed goes into the patch.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { WEAPONS, type Incident, type LocationFact } from '../lib/schema';
import type { IncidentPatch } from '../lib/store';
import { missingCoordinatesNotice } from '../lib/geo/coordinates';
import { COUNT_HINT } from '../lib/format/count-text';
import { applyForm, coordsText, placeWithoutCoordinates, PERPETRATOR_STATUSES, toForm, type FormField, type IncidentForm } from './panel/form';
import { usePlaceCombobox, type SuggestPlaces } from './usePlaceCombobox';

export interface IncidentEditFormProps {
  incident: Incident;
  onSave: (patch: IncidentPatch) => Promise<void>;
  onCancel: () => void;
  /** Gazetteer suggestions for the place field (the background answers). */
  suggestPlaces?: SuggestPlaces;
}

const TEXT_FIELDS: Array<{ field: FormField; label: string; placeholder?: string; count?: boolean }> = [
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD, YYYY-MM or YYYY' },
  { field: 'place', label: 'Place' },
  { field: 'country', label: 'Country code', placeholder: 'UA' },
  { field: 'coords', label: 'Coordinates', placeholder: 'lat, lon, e.g. 33.31, 44.36' },
  { field: 'projectiles', label: 'Projectiles', placeholder: 'not mentioned', count: true },
  { field: 'killed', label: 'Killed', placeholder: 'not mentioned', count: true },
  { field: 'injured', label: 'Injured', placeholder: 'not mentioned', count: true },
  { field: 'perpetrator', label: 'Perpetrator' },
  { field: 'target', label: 'Target' },
];

/** The patch that turns `before` into `after`: the fields that differ (the store owns id and times). */
function patchOf(before: Incident, after: Incident): IncidentPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Incident)[]) {
    if (key === 'id' || key === 'savedAt' || key === 'updatedAt') continue;
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as IncidentPatch;
}

export function IncidentEditForm({ incident, onSave, onCancel, suggestPlaces }: IncidentEditFormProps) {
  const idp = `edit-${incident.id}`;
  const [form, setForm] = useState<IncidentForm>(() => toForm(incident));
  const [chosen, setChosen] = useState<LocationFact | null>(null);
  const [notes, setNotes] = useState(incident.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  // Move focus into the editor when it opens (the Edit button that had it is gone).
  useEffect(() => firstField.current?.focus(), []);
  const set = (field: FormField, value: string) => setForm((f) => ({ ...f, [field]: value }));
  const place = usePlaceCombobox(
    suggestPlaces,
    (o) => {
      setChosen(o.location);
      setForm((f) => ({ ...f, place: o.location.name, country: o.location.country ?? '', coords: coordsText(o.location) }));
    },
    `${idp}-place-options`,
  );

  async function submit(e: Event) {
    e.preventDefault();
    const applied = applyForm(incident, form, chosen);
    if (!applied.ok) {
      setError(Object.values(applied.errors).filter(Boolean).join(' '));
      return;
    }
    const patch = patchOf(incident, { ...applied.incident, notes });
    if (!notes && incident.notes === undefined) delete (patch as { notes?: string }).notes;
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(patch);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form class="edit-form" onSubmit={submit} aria-label="Edit incident" autoComplete="off" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div class="field-grid">
        {TEXT_FIELDS.map((f, n) => {
          const id = `${idp}-${f.field}`;
          const isPlace = f.field === 'place';
          return (
            <>
              <label for={id} key={`${f.field}-label`}>
                {f.label}
              </label>
              <div class="field" key={f.field}>
                <input
                  id={id}
                  ref={n === 0 ? firstField : undefined}
                  autoComplete="off"
                  value={form[f.field]}
                  placeholder={f.placeholder}
                  title={f.count ? COUNT_HINT : undefined}
                  {...(isPlace ? place.inputProps : {})}
                  onInput={(e) => {
                    const v = e.currentTarget.value;
                    set(f.field, v);
                    if (isPlace) {
                      // A new name drops the coordinates the old one came with.
                      setChosen(null);
                      set('coords', '');
                      place.typed(v);
                    }
                  }}
                  onKeyDown={(e) => {
                    if (isPlace) place.keyDown(e);
                  }}
                />
                {isPlace ? place.list : null}
                {f.field === 'coords' && form.place.trim() && !form.coords.trim() ? (
                  <span class="notice">{missingCoordinatesNotice(placeWithoutCoordinates(form.place))}</span>
                ) : null}
              </div>
            </>
          );
        })}
        <label for={`${idp}-weapon`}>Weapon</label>
        <select id={`${idp}-weapon`} autoComplete="off" value={form.weapon} onChange={(e) => set('weapon', e.currentTarget.value)}>
          <option value="">unknown</option>
          {WEAPONS.map((w) => (
            <option key={w} value={w}>
              {w.replace('_', ' ')}
            </option>
          ))}
        </select>
        <label for={`${idp}-perp-status`}>Attribution</label>
        <select id={`${idp}-perp-status`} autoComplete="off" value={form.perpetratorStatus} onChange={(e) => set('perpetratorStatus', e.currentTarget.value)}>
          {PERPETRATOR_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label for={`${idp}-notes`}>Notes</label>
        <textarea id={`${idp}-notes`} autoComplete="off" rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row-actions">
        <button type="submit" class="primary" disabled={busy}>
          Save changes
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
