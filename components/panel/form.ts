/**
 * The panel's editable form ⇄ the Incident record. The form keeps exactly what the reader typed (strings),
 * so a failed validation or a failed save never loses input; `applyForm` turns it back into a record,
 * changing only the fields the reader actually edited (an untouched "at least 5" stays at_least, raw
 * text and coordinates stay).
 */
import { Incident, WEAPONS, type Count, type Weapon } from '../../lib/schema';
import { countToText, parseCountText } from '../../lib/format/count-text';

export const PERPETRATOR_STATUSES = ['claimed', 'accused', 'suspected', 'unknown'] as const;

export interface IncidentForm {
  date: string;
  weapon: string;
  projectiles: string;
  place: string;
  country: string;
  killed: string;
  injured: string;
  target: string;
  perpetrator: string;
  perpetratorStatus: string;
}
export type FormField = keyof IncidentForm;
/** Per-field messages; `form` is for problems not tied to one input. */
export type FormErrors = Partial<Record<FormField | 'form', string>>;

const countText = countToText;

export function toForm(i: Incident): IncidentForm {
  return {
    date: i.date.value ?? '',
    weapon: i.weapon.category ?? '',
    projectiles: countText(i.projectiles),
    place: i.location?.name ?? '',
    country: i.location?.country ?? '',
    killed: countText(i.killed),
    injured: countText(i.injured),
    target: i.target?.text ?? '',
    perpetrator: i.perpetrator.name ?? '',
    perpetratorStatus: i.perpetrator.status,
  };
}

function parseCount(v: string, base: Count): Count | string {
  return parseCountText(v, base);
}

export type ApplyResult = { ok: true; incident: Incident } | { ok: false; errors: FormErrors };

export function applyForm(base: Incident, form: IncidentForm): ApplyResult {
  const before = toForm(base);
  const changed = (f: FormField) => form[f].trim() !== before[f].trim();
  const errors: FormErrors = {};
  const next: Incident = structuredClone(base);

  if (changed('date')) {
    const v = form.date.trim();
    if (!v) next.date = { ...base.date, value: null, precision: 'unknown' };
    else if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v)) errors.date = 'YYYY-MM-DD, YYYY-MM or YYYY';
    else next.date = { ...base.date, value: v, precision: v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year', basis: 'explicit' };
  }
  if (changed('weapon')) {
    const v = form.weapon.trim();
    if (v && !(WEAPONS as readonly string[]).includes(v)) errors.weapon = 'choose a weapon from the list';
    else next.weapon = { ...base.weapon, category: (v || null) as Weapon | null };
  }
  for (const f of ['projectiles', 'killed', 'injured'] as const) {
    if (!changed(f)) continue;
    const c = parseCount(form[f], base[f]);
    if (typeof c === 'string') errors[f] = c;
    else next[f] = c;
  }
  if (changed('place') || changed('country')) {
    const name = form.place.trim();
    const country = form.country.trim().toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) errors.country = 'two-letter ISO code, e.g. IL, UA';
    else if (!name && country) errors.place = 'a place name (or clear the country too)';
    else if (!name) next.location = null;
    else {
      // A renamed place no longer has the gazetteer's coordinates: drop them rather than keep wrong ones.
      const renamed = name !== (base.location?.name ?? '');
      next.location = {
        name,
        raw: base.location?.raw ?? name,
        country: country || null,
        ...(base.location?.admin1 && !renamed ? { admin1: base.location.admin1 } : {}),
        lat: renamed ? null : (base.location?.lat ?? null),
        lon: renamed ? null : (base.location?.lon ?? null),
        precision: renamed ? 'unknown' : (base.location?.precision ?? 'unknown'),
      };
    }
  }
  if (changed('target')) {
    const v = form.target.trim();
    next.target = v ? { ...(base.target?.type ? { type: base.target.type } : {}), text: v } : null;
  }
  if (changed('perpetrator') || changed('perpetratorStatus')) {
    const status = form.perpetratorStatus as Incident['perpetrator']['status'];
    if (!(PERPETRATOR_STATUSES as readonly string[]).includes(status)) errors.perpetratorStatus = 'choose a status';
    else next.perpetrator = { name: form.perpetrator.trim() || null, status };
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const parsed = Incident.safeParse(next);
  if (!parsed.success) {
    return { ok: false, errors: { form: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
  }
  return { ok: true, incident: parsed.data };
}
