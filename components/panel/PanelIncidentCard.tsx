/**
 * One incident in the panel: its facts as labelled inputs, a "show in page" button for every fact that
 * has a highlight, and "Save incident". What the reader typed lives in component state and is kept when
 * validation or saving fails.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlaceCombobox, type PlaceOption } from '../usePlaceCombobox';

export type { PlaceOption };
import type { EvidenceField, Incident, LocationFact } from '../../lib/schema';
import { WEAPONS } from '../../lib/schema';
import { missingCoordinatesNotice } from '../../lib/geo/coordinates';
import { COUNT_HINT, countToText } from '../../lib/format/count-text';
import { applyForm, coordsText, placeWithoutCoordinates, toForm, PERPETRATOR_STATUSES, type FormErrors, type FormField, type IncidentForm } from './form';

export interface Duplicate {
  incident: Incident;
  reasons: string[];
}
export type SaveOutcome =
  | { ok: true; incident: Incident }
  | { ok: false; error: string; conflict?: Incident; duplicates?: Duplicate[] };

export interface PanelIncidentCardProps {
  index: number;
  incident: Incident;
  saved: boolean;
  /** Evidence fields that have a highlight in the page. */
  anchored: ReadonlySet<EvidenceField>;
  onShow: (fields: EvidenceField[]) => void;
  /** Gazetteer places for what is typed in the place field (answered by the background). */
  suggestPlaces?: (query: string) => Promise<PlaceOption[]>;
  /**
   * `expectedUpdatedAt`: the stored version this card shows (null for an unsaved detection);
   * `checkDuplicates`: answer with likely duplicates in the collection instead of saving.
   */
  onSave: (incident: Incident, expectedUpdatedAt?: string | null, checkDuplicates?: boolean) => Promise<SaveOutcome>;
  /** "Add as another source" of the saved record `targetId`. */
  onAddAsSource?: (incident: Incident, targetId: string) => Promise<SaveOutcome>;
  /** Not an incident (or not this one): remembered for the page. Absent for saved records. */
  onReject?: () => void;
  /** The detector's confidence that the page reports an attack, 0..1. */
  confidence?: number;
  /** Focus or the pointer entered (true) or left (false) the card. */
  onFocusChange?: (on: boolean) => void;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string }
  /** The record was changed elsewhere since this card was built: the reader chooses. */
  | { kind: 'conflict'; message: string; current: Incident }
  /** Saved records that probably report the same attack: add as a source, or save as new. */
  | { kind: 'duplicates'; message: string; list: Duplicate[]; incident: Incident };

interface FactDef {
  field: FormField;
  label: string;
  evidence: EvidenceField[];
  input: 'text' | 'number' | 'weapon' | 'status';
  placeholder?: string;
}

const FACTS: FactDef[] = [
  { field: 'date', label: 'Date', evidence: ['date'], input: 'text', placeholder: 'YYYY-MM-DD' },
  { field: 'weapon', label: 'Weapon', evidence: ['weapon'], input: 'weapon' },
  { field: 'projectiles', label: 'Projectiles', evidence: ['projectiles'], input: 'number' },
  { field: 'place', label: 'Place', evidence: ['location'], input: 'text' },
  { field: 'country', label: 'Country', evidence: ['location'], input: 'text', placeholder: 'ISO code, e.g. IL' },
  { field: 'coords', label: 'Coordinates', evidence: [], input: 'text', placeholder: 'lat, lon, e.g. 33.31, 44.36' },
  { field: 'killed', label: 'Killed', evidence: ['killed'], input: 'number' },
  { field: 'injured', label: 'Injured', evidence: ['injured'], input: 'number' },
  { field: 'target', label: 'Target', evidence: ['target'], input: 'text' },
  { field: 'perpetrator', label: 'Perpetrator', evidence: ['perpetrator'], input: 'text' },
  { field: 'perpetratorStatus', label: 'Perpetrator status', evidence: [], input: 'status' },
];

const KIND_CLASS: Partial<Record<EvidenceField, string>> = {
  date: 'k-date',
  weapon: 'k-weapon',
  projectiles: 'k-count',
  location: 'k-place',
  killed: 'k-casualties',
  injured: 'k-casualties',
  target: 'k-actor',
  perpetrator: 'k-actor',
};

/**
 * Edits and saves act on the reader's own input only: events a script made (`isTrusted` false) are
 * ignored. The panel's root is closed, so this is the second lock, not the only one.
 */
export function onlyTrusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

export function PanelIncidentCard(props: PanelIncidentCardProps) {
  const { index, incident, anchored } = props;
  const [base, setBase] = useState(incident);
  const [form, setForm] = useState<IncidentForm>(() => toForm(incident));
  const [errors, setErrors] = useState<FormErrors>({});
  const [state, setState] = useState<SaveState>(props.saved ? { kind: 'saved' } : { kind: 'idle' });
  const [dirty, setDirty] = useState(false);
  const idp = `il-${index}`;

  // The place field is a combobox over the gazetteer: choosing fills country and coordinates (and, on
  // save, province and precision); typing a new name drops the coordinates it came with.
  const [chosen, setChosen] = useState<LocationFact | null>(null);
  const place = usePlaceCombobox(
    props.suggestPlaces,
    (o) => {
      setChosen(o.location);
      setForm((f) => ({ ...f, place: o.location.name, country: o.location.country ?? '', coords: coordsText(o.location) }));
      setDirty(true);
    },
    `${idp}-place-options`,
  );
  const typePlace = (value: string) => {
    set('place', value);
    setChosen(null);
    setForm((f) => ({ ...f, coords: '' }));
    place.typed(value);
  };

  const set = (field: FormField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setDirty(true);
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const save = async (overwrite?: Incident, asNew = false) => {
    const applied = applyForm(base, form, chosen);
    if (!applied.ok) {
      setErrors(applied.errors);
      setState({ kind: 'error', message: 'Check the highlighted fields.' });
      return;
    }
    setErrors({});
    setState({ kind: 'saving' });
    let outcome: SaveOutcome;
    try {
      // Overwriting after a conflict: against the version the reader has now seen.
      const expected = overwrite ? (overwrite.updatedAt ?? null) : base.status === 'confirmed' ? (base.updatedAt ?? null) : null;
      // A first save asks the collection for the same attack from other outlets (unless the reader said new).
      const firstSave = base.status !== 'confirmed' && !overwrite && !asNew;
      outcome = await props.onSave(overwrite ? { ...applied.incident, id: overwrite.id } : applied.incident, expected, firstSave);
    } catch (err) {
      outcome = { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (outcome.ok) {
      // The store may have matched an earlier record (same passage): later saves update that one.
      setBase(outcome.incident);
      setForm(toForm(outcome.incident));
      setDirty(false);
      setState({ kind: 'saved' });
    } else if (outcome.duplicates?.length) {
      setState({ kind: 'duplicates', message: outcome.error, list: outcome.duplicates, incident: applied.incident });
    } else if (outcome.conflict) {
      setState({ kind: 'conflict', message: outcome.error, current: outcome.conflict });
    } else {
      setState({ kind: 'error', message: outcome.error });
    }
  };
  const addAsSource = async (incident: Incident, targetId: string) => {
    if (!props.onAddAsSource) return;
    setState({ kind: 'saving' });
    const outcome = await props.onAddAsSource(incident, targetId).catch((err) => ({ ok: false as const, error: String(err) }));
    if (outcome.ok) {
      setBase(outcome.incident);
      setForm(toForm(outcome.incident));
      setDirty(false);
      setState({ kind: 'saved' });
    } else setState({ kind: 'error', message: outcome.error });
  };
  const loadSaved = (current: Incident) => {
    setBase(current);
    setForm(toForm(current));
    setErrors({});
    setDirty(false);
    setState({ kind: 'saved' });
  };

  const summary = [form.weapon || 'attack', form.place, form.date].filter(Boolean).join(' · ');
  // The article's words behind each fact: shown on hover (title) and under the field in focus.
  const quoteOf = (fields: EvidenceField[]) => base.evidence.find((e) => fields.includes(e.field))?.quote;
  const [focused, setFocused] = useState<FormField | null>(null);
  // A choice the reader must make (same attack saved before, or changed elsewhere) is brought into view.
  const choiceRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.kind === 'duplicates' || state.kind === 'conflict') choiceRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state.kind]);
  const focusedQuote = focused ? quoteOf(FACTS.find((f) => f.field === focused)?.evidence ?? []) : undefined;
  const statusText =
    state.kind === 'saved' && !dirty ? 'Saved' : state.kind === 'saved' ? 'Edited, not saved yet' : state.kind === 'saving' ? 'Saving…' : null;

  return (
    <section
      class="card"
      aria-labelledby={`${idp}-title`}
      data-incident-id={base.id}
      onFocusIn={() => props.onFocusChange?.(true)}
      onFocusOut={(e) => {
        if (!(e.currentTarget as Element).contains(e.relatedTarget as Node | null)) props.onFocusChange?.(false);
      }}
      onMouseEnter={() => props.onFocusChange?.(true)}
      onMouseLeave={() => props.onFocusChange?.(false)}
    >
      <h3 id={`${idp}-title`} class="card-title">
        <span>Incident {index + 1}</span>
        <span class="summary">{summary}</span>
        {state.kind === 'saved' && !dirty ? <span class="badge">Saved{base.sources.length > 1 ? ` · ${base.sources.length} sources` : ''}</span> : null}
      </h3>
      {props.confidence !== undefined ? (
        <p class="confidence" title="How sure the detector is that this page reports an attack">
          Detector confidence {Math.round(props.confidence * 100)}%
        </p>
      ) : null}
      <div class="facts">
        {FACTS.map((f) => {
          const id = `${idp}-${f.field}`;
          const shown = f.evidence.filter((e) => anchored.has(e));
          const err = errors[f.field];
          const quote = quoteOf(f.evidence);
          return (
            <div class={`fact ${err ? 'invalid' : ''}`} key={f.field}>
              <label for={id}>{f.label}</label>
              {f.input === 'weapon' ? (
                <select id={id} autoComplete="off" title={quote ? `From the article: “${quote}”` : undefined} aria-describedby={quote ? `${id}-quote` : undefined} onFocus={() => setFocused(f.field)} onBlur={() => setFocused((x) => (x === f.field ? null : x))} value={form.weapon} onChange={onlyTrusted((e) => set('weapon', (e.target as HTMLSelectElement).value))}>
                  <option value="">—</option>
                  {WEAPONS.map((w) => (
                    <option value={w} key={w}>
                      {w.replace('_', ' ')}
                    </option>
                  ))}
                </select>
              ) : f.input === 'status' ? (
                <select id={id} autoComplete="off" value={form.perpetratorStatus} onChange={onlyTrusted((e) => set('perpetratorStatus', (e.target as HTMLSelectElement).value))}>
                  {PERPETRATOR_STATUSES.map((s) => (
                    <option value={s} key={s}>
                      {s}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  type="text"
                  // Nothing we show may trigger the browser's autofill (it sends form signatures off the machine).
                  autoComplete="off"
                  placeholder={f.input === 'number' ? 'not mentioned' : f.placeholder}
                  value={form[f.field]}
                  aria-invalid={err ? 'true' : undefined}
                  aria-describedby={[err ? `${id}-err` : '', quote ? `${id}-quote` : ''].filter(Boolean).join(' ') || undefined}
                  title={quote ? `From the article: “${quote}”` : f.input === 'number' ? COUNT_HINT : undefined}
                  onFocus={() => setFocused(f.field)}
                  onBlur={() => setFocused((x) => (x === f.field ? null : x))}
                  onInput={onlyTrusted((e) => (f.field === 'place' ? typePlace : (v: string) => set(f.field, v))((e.target as HTMLInputElement).value))}
                  // Enter in a field saves the card, as in a form (there is no <form>: nothing to autofill).
                  aria-keyshortcuts={shown.length ? 'Alt+ArrowDown' : undefined}
                  {...(f.field === 'place' ? place.inputProps : {})}
                  onKeyDown={onlyTrusted((e: KeyboardEvent) => {
                    if (f.field === 'place' && place.keyDown(e)) return;
                    if (e.key === 'Enter' && !e.isComposing) {
                      e.preventDefault();
                      if (state.kind !== 'conflict' && state.kind !== 'duplicates') void save();
                    } else if (e.key === 'ArrowDown' && e.altKey && shown.length) {
                      e.preventDefault();
                      props.onShow(shown);
                    }
                  })}
                />
              )}
              {shown.length ? (
                <button
                  type="button"
                  class={`show ${KIND_CLASS[shown[0]] ?? ''}`}
                  aria-label={`Show ${f.label.toLowerCase()} in the page`}
                  title="Show in the page (Alt+↓ in the field)"
                  // Out of the tab order, so Tab goes field to field; from the keyboard, Alt+↓ in the field.
                  tabIndex={-1}
                  onClick={() => props.onShow(shown)}
                >
                  ◉
                </button>
              ) : (
                <span class="show-none" aria-hidden="true" />
              )}
              {quote ? (
                // Read out with the field (aria-describedby); seen at the card's foot while the field has focus.
                <span class="visually-hidden" id={`${id}-quote`}>
                  From the article: “{quote}”
                </span>
              ) : null}
              {f.field === 'place' ? place.list : null}
              {f.field === 'coords' && form.place.trim() && !form.coords.trim() ? (
                <span class="notice">{missingCoordinatesNotice(placeWithoutCoordinates(form.place))}</span>
              ) : null}
              {err ? (
                <span class="error-text" id={`${id}-err`}>
                  {err}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      <div class="actions">
        <button type="button" class="save" onClick={onlyTrusted(() => void save())} disabled={state.kind === 'saving' || state.kind === 'conflict' || state.kind === 'duplicates'}>
          Save incident
        </button>
        {props.onReject && !(state.kind === 'saved') ? (
          <button type="button" class="reject" onClick={onlyTrusted(() => props.onReject!())} title="Not an incident, or not this one: it will not be shown on this page again">
            Reject
          </button>
        ) : null}
        {statusText ? (
          <span class="status" role="status">
            {statusText}
          </span>
        ) : null}
        {state.kind === 'duplicates' ? (
          <div class="conflict" role="alert" ref={choiceRef}>
            <p>{state.message}</p>
            {state.list.map((d) => (
              <div class="duplicate" key={d.incident.id}>
                <p class="theirs">
                  {[d.incident.weapon.category ?? 'attack', d.incident.location?.name, d.incident.date.value].filter(Boolean).join(' · ')} — {d.incident.source.outlet ?? d.incident.source.title} ({d.reasons.join(', ')})
                </p>
                <button type="button" class="save" onClick={onlyTrusted(() => void addAsSource(state.incident, d.incident.id))}>
                  Add as another source
                </button>
              </div>
            ))}
            <button type="button" class="reject" onClick={onlyTrusted(() => void save(undefined, true))}>
              Save as a new incident
            </button>
          </div>
        ) : null}
        {state.kind === 'conflict' ? (
          <div class="conflict" role="alert" ref={choiceRef}>
            <p>{state.message}</p>
            <p class="theirs">Saved version: {[state.current.weapon.category ?? 'attack', state.current.location?.name, state.current.date.value, `killed ${countToText(state.current.killed) || '—'}`, `injured ${countToText(state.current.injured) || '—'}`].filter(Boolean).join(' · ')}</p>
            <button type="button" class="save" onClick={onlyTrusted(() => void save(state.current))}>
              Keep my version
            </button>
            <button type="button" class="reject" onClick={onlyTrusted(() => loadSaved(state.current))}>
              Load the saved version
            </button>
          </div>
        ) : null}
        {state.kind === 'error' ? (
          <span class="error" role="alert">
            {errors.form ? `${state.message} ${errors.form}` : state.message}
          </span>
        ) : null}
      </div>
      {/* Below everything else, so that showing it never moves a control under the pointer. */}
      {focused && focusedQuote ? (
        <p class="quote" aria-hidden="true">
          From the article: “{focusedQuote}”
        </p>
      ) : null}
    </section>
  );
}
