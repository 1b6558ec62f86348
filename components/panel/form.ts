/**
 * The panel's editable form ⇄ the Incident record. The form keeps exactly what the reader typed (strings),
 * so a failed validation or a failed save never loses input; `applyForm` turns it back into a record,
 * changing only the fields the reader actually edited (an untouched "at least 5" stays at_least, raw
 * text and coordinates stay).
 */
import { Incident, WEAPONS, type Count, type LocationFact, type Weapon } from '../../lib/schema';
import { parseCoordinates } from '../../lib/geo/coordinates';
import { countToText, parseCountText } from '../../lib/format/count-text';

export const PERPETRATOR_STATUSES = ['claimed', 'accused', 'suspected', 'unknown'] as const;

export interface IncidentForm {
  date: string;
  weapon: string;
  projectiles: string;
  place: string;
  country: string;
  /** "lat, lon" as the reader types or pastes it; empty when the place has none. */
  coords: string;
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
    coords: coordsText(i.location),
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

/** "36.1912, 44.0092": five decimals at most (about a metre), no trailing zeros. */
export function coordsText(loc: LocationFact | null): string {
  if (!loc || loc.lat == null || loc.lon == null) return '';
  const f = (n: number) => String(Math.round(n * 1e5) / 1e5);
  return `${f(loc.lat)}, ${f(loc.lon)}`;
}

/** The place the form names, before any coordinates are found for it (what the "no coordinates" notice is about). */
export function placeWithoutCoordinates(name: string): LocationFact {
  return { name: name.trim(), raw: name.trim(), country: null, lat: null, lon: null, precision: 'unknown' };
}

export type ApplyResult = { ok: true; incident: Incident } | { ok: false; errors: FormErrors };

/**
 * `chosen`: the gazetteer place the reader picked from the suggestions (it brings country, province,
 * coordinates and precision); the form's place and coordinates fields then only adjust it.
 */
export function applyForm(base: Incident, form: IncidentForm, chosen?: LocationFact | null): ApplyResult {
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
  if (changed('place') || changed('country') || changed('coords') || chosen) {
    const name = form.place.trim();
    const country = form.country.trim().toUpperCase();
    const coords = form.coords.trim();
    // Coordinates count as typed when they differ from those of the place they came with.
    const coordsEdited = chosen ? coords !== coordsText(chosen) : changed('coords');
    const point = coords && coordsEdited ? parseCoordinates(coords) : null;
    if (country && !/^[A-Z]{2}$/.test(country)) errors.country = 'two-letter ISO code, e.g. IL, UA';
    else if (!name && country) errors.place = 'a place name (or clear the country too)';
    else if (point && !point.ok) errors.coords = point.reason;
    else if (!name && point) errors.place = 'a place name for these coordinates';
    else if (!name) next.location = null;
    else if (chosen && !coordsEdited) {
      // A picked suggestion, maybe renamed (the article's spelling) or with another country typed.
      next.location = { ...chosen, name, raw: base.location?.raw ?? chosen.raw, country: country || chosen.country };
    } else {
      // A place typed by hand keeps the gazetteer's coordinates only while its name is unchanged;
      // typed coordinates always win. Without either it has none (the card says so).
      const renamed = name !== (base.location?.name ?? '');
      const kept = !renamed && !coordsEdited && base.location?.lat != null ? base.location : null;
      next.location = {
        name,
        raw: base.location?.raw ?? name,
        country: country || null,
        ...(base.location?.admin1 && !renamed ? { admin1: base.location.admin1 } : {}),
        lat: point?.ok ? point.lat : (kept?.lat ?? null),
        lon: point?.ok ? point.lon : (kept?.lon ?? null),
        precision: point?.ok ? point.precision : (kept?.precision ?? 'unknown'),
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
