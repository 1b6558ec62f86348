/**
 * Inline editor for a saved incident's main facts. It builds a patch of only what changed, so a
 * figure the reader did not touch keeps its qualifier ("at least 5") and raw text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { WEAPONS, type Count, type Incident, type Weapon } from '../lib/schema';
import type { IncidentPatch } from '../lib/store';
import { foldText } from '../lib/store';

export interface IncidentEditFormProps {
  incident: Incident;
  onSave: (patch: IncidentPatch) => Promise<void>;
  onCancel: () => void;
}

const PERP_STATUSES = ['unknown', 'claimed', 'accused', 'suspected'] as const;

function countInput(c: Count): string {
  return c.status === 'not_mentioned' || c.best === null ? '' : String(c.best);
}

/** '' → not mentioned; a whole number → an exact count; anything else → an error message. */
function parseCount(text: string, label: string): Count | string {
  const t = text.trim();
  if (t === '') return { best: null, min: null, max: null, qualifier: 'vague', status: 'not_mentioned' };
  if (!/^\d{1,6}$/.test(t)) return `${label} must be a whole number, or empty when the article does not say.`;
  const n = Number(t);
  return { best: n, min: n, max: n, qualifier: 'exact', status: n === 0 ? 'none_reported' : 'reported' };
}

function precisionOf(value: string): Incident['date']['precision'] {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

export function IncidentEditForm({ incident, onSave, onCancel }: IncidentEditFormProps) {
  const idp = `edit-${incident.id}`;
  const [date, setDate] = useState(incident.date.value ?? '');
  const [place, setPlace] = useState(incident.location?.name ?? '');
  const [country, setCountry] = useState(incident.location?.country ?? '');
  const [weapon, setWeapon] = useState<string>(incident.weapon.category ?? '');
  const [killed, setKilled] = useState(countInput(incident.killed));
  const [injured, setInjured] = useState(countInput(incident.injured));
  const [perp, setPerp] = useState(incident.perpetrator.name ?? '');
  const [perpStatus, setPerpStatus] = useState<string>(incident.perpetrator.status);
  const [target, setTarget] = useState(incident.target?.text ?? '');
  const [notes, setNotes] = useState(incident.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);
  // Move focus into the editor when it opens (the Edit button that had it is gone).
  useEffect(() => firstField.current?.focus(), []);

  function buildPatch(): IncidentPatch | string {
    const patch: IncidentPatch = {};

    const d = date.trim();
    if (d !== (incident.date.value ?? '')) {
      if (d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) return 'Date must be YYYY-MM-DD, YYYY-MM or YYYY (or empty if unknown).';
      patch.date = d
        ? { value: d, precision: precisionOf(d), basis: incident.date.basis }
        : { value: null, precision: 'unknown', basis: incident.date.basis };
    }

    const name = place.trim();
    const cc = country.trim().toUpperCase();
    if (cc && !/^[A-Z]{2}$/.test(cc)) return 'Country must be a two-letter code such as UA, IQ or IL (or empty).';
    const loc = incident.location;
    if (name !== (loc?.name ?? '') || cc !== (loc?.country ?? '')) {
      if (!name && !cc) patch.location = null;
      else {
        // A renamed place no longer matches the gazetteer's coordinates: drop them rather than keep a
        // wrong point on the map. A spelling/case fix ("erbil" → "Erbil") keeps them.
        const samePlace = !!loc && foldText(loc.name) === foldText(name) && (loc.country ?? '') === cc;
        patch.location = {
          name,
          raw: loc?.raw ?? name,
          country: cc || null,
          ...(samePlace && loc?.admin1 ? { admin1: loc.admin1 } : {}),
          lat: samePlace ? loc!.lat : null,
          lon: samePlace ? loc!.lon : null,
          precision: samePlace ? loc!.precision : 'unknown',
        };
      }
    }

    if (weapon !== (incident.weapon.category ?? '')) {
      patch.weapon = { category: (weapon || null) as Weapon | null };
    }

    if (killed !== countInput(incident.killed)) {
      const c = parseCount(killed, 'Killed');
      if (typeof c === 'string') return c;
      patch.killed = c;
    }
    if (injured !== countInput(incident.injured)) {
      const c = parseCount(injured, 'Injured');
      if (typeof c === 'string') return c;
      patch.injured = c;
    }

    if (perp.trim() !== (incident.perpetrator.name ?? '') || perpStatus !== incident.perpetrator.status) {
      patch.perpetrator = { name: perp.trim() || null, status: perpStatus as Incident['perpetrator']['status'] };
    }
    if (target.trim() !== (incident.target?.text ?? '')) {
      patch.target = target.trim() ? { ...(incident.target?.type ? { type: incident.target.type } : {}), text: target.trim() } : null;
    }
    if (notes !== (incident.notes ?? '')) patch.notes = notes;
    return patch;
  }

  async function submit(e: Event) {
    e.preventDefault();
    const patch = buildPatch();
    if (typeof patch === 'string') {
      setError(patch);
      return;
    }
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
    <form class="edit-form" onSubmit={submit} aria-label="Edit incident" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div class="field-grid">
        <label for={`${idp}-date`}>Date</label>
        <input id={`${idp}-date`} value={date} onInput={(e) => setDate(e.currentTarget.value)} placeholder="YYYY-MM-DD" ref={firstField} />
        <label for={`${idp}-place`}>Place</label>
        <input id={`${idp}-place`} value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
        <label for={`${idp}-country`}>Country code</label>
        <input id={`${idp}-country`} value={country} maxLength={2} size={3} onInput={(e) => setCountry(e.currentTarget.value)} placeholder="UA" />
        <label for={`${idp}-weapon`}>Weapon</label>
        <select id={`${idp}-weapon`} value={weapon} onChange={(e) => setWeapon(e.currentTarget.value)}>
          <option value="">unknown</option>
          {WEAPONS.map((w) => (
            <option key={w} value={w}>
              {w.replace('_', ' ')}
            </option>
          ))}
        </select>
        <label for={`${idp}-killed`}>Killed</label>
        <input id={`${idp}-killed`} inputMode="numeric" value={killed} onInput={(e) => setKilled(e.currentTarget.value)} placeholder="not mentioned" />
        <label for={`${idp}-injured`}>Injured</label>
        <input id={`${idp}-injured`} inputMode="numeric" value={injured} onInput={(e) => setInjured(e.currentTarget.value)} placeholder="not mentioned" />
        <label for={`${idp}-perp`}>Perpetrator</label>
        <input id={`${idp}-perp`} value={perp} onInput={(e) => setPerp(e.currentTarget.value)} />
        <label for={`${idp}-perp-status`}>Attribution</label>
        <select id={`${idp}-perp-status`} value={perpStatus} onChange={(e) => setPerpStatus(e.currentTarget.value)}>
          {PERP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label for={`${idp}-target`}>Target</label>
        <input id={`${idp}-target`} value={target} onInput={(e) => setTarget(e.currentTarget.value)} />
        <label for={`${idp}-notes`}>Notes</label>
        <textarea id={`${idp}-notes`} rows={2} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
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
