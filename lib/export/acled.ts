/**
 * "ACLED-style" CSV: ACLED's columns, in ACLED's order, filled where our record means the same thing,
 * so a reader's collection can be appended under an ACLED extract and compared. Columns we cannot
 * know (ACLED's actor typology, admin2/3, region, source scale, tags) stay empty rather than guessed.
 * The mapping is written out in README "ACLED-style CSV".
 */
import type { Count, GeoPrecision, Incident, Weapon } from '../schema';
import { csvFormat, supportingQuote, type Cell, type CsvOptions } from './csv';
import { ACLED_COUNTRIES } from './data/acled-countries';
import { chunks, chunksSync, joinSync, type RecordSource } from './stream';

/** ACLED's export columns, in its order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

export interface AcledEventType {
  disorder_type: 'Political violence' | 'Strategic developments';
  event_type: 'Explosions/Remote violence' | 'Battles' | 'Violence against civilians' | 'Strategic developments';
  sub_event_type:
    | 'Shelling/artillery/missile attack'
    | 'Air/drone strike'
    | 'Remote explosive/landmine/IED'
    | 'Suicide bomb'
    | 'Grenade'
    | 'Armed clash'
    | 'Attack'
    | 'Looting/property destruction';
}

const REMOTE = 'Explosions/Remote violence' as const;
const PV = 'Political violence' as const;

/** Our target types that are armed or security forces: a shooting at them is a clash, not an attack on civilians. */
const ARMED_TARGETS = new Set(['military base', 'convoy', 'checkpoint', 'police']);
const CIVILIAN_TARGETS = new Set(['civilian', 'residential']);

function hurtSomeone(i: Incident): boolean {
  return (i.killed.best ?? 0) > 0 || (i.injured.best ?? 0) > 0;
}

/**
 * ACLED's event and sub-event type from our weapon (and target, where the weapon alone does not
 * decide). null for `other` or no weapon: the reader codes those.
 */
export function acledEventType(i: Incident): AcledEventType | null {
  const w: Weapon | null = i.weapon.category;
  const armedTarget = !!i.target?.type && ARMED_TARGETS.has(i.target.type);
  switch (w) {
    case 'rocket':
    case 'missile':
    case 'mortar':
    case 'artillery':
      return { disorder_type: PV, event_type: REMOTE, sub_event_type: 'Shelling/artillery/missile attack' };
    case 'drone':
    case 'airstrike':
      return { disorder_type: PV, event_type: REMOTE, sub_event_type: 'Air/drone strike' };
    case 'explosive':
      // Our "explosive" covers IEDs, car bombs, landmines and grenades; ACLED keeps grenades apart.
      return { disorder_type: PV, event_type: REMOTE, sub_event_type: /grenade/i.test(i.weapon.raw ?? '') ? 'Grenade' : 'Remote explosive/landmine/IED' };
    case 'suicide_bombing':
      return { disorder_type: PV, event_type: REMOTE, sub_event_type: 'Suicide bomb' };
    case 'gunfire':
    case 'melee':
    case 'vehicle':
      return armedTarget
        ? { disorder_type: PV, event_type: 'Battles', sub_event_type: 'Armed clash' }
        : { disorder_type: PV, event_type: 'Violence against civilians', sub_event_type: 'Attack' };
    case 'arson':
      // Fire that hurt nobody is property destruction (a strategic development in ACLED's terms).
      return hurtSomeone(i)
        ? { disorder_type: PV, event_type: 'Violence against civilians', sub_event_type: 'Attack' }
        : { disorder_type: 'Strategic developments', event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction' };
    default:
      return null;
  }
}

/** ACLED geo_precision: 1 town or site, 2 district or "near" a place, 3 province or wider. */
export function acledGeoPrecision(p: GeoPrecision | undefined): 1 | 2 | 3 | null {
  switch (p) {
    case 'site':
    case 'town':
      return 1;
    case 'district':
      return 2;
    case 'province':
    case 'country':
      return 3;
    default:
      return null;
  }
}

/** ACLED time_precision: 1 the day, 2 the week, 3 the month. A year-only date has no ACLED code. */
export function acledTimePrecision(i: Incident): 1 | 2 | 3 | null {
  const v = i.date.value;
  if (!v) return null;
  if (v.length === 4) return null;
  if (v.length === 7) return 3;
  return i.date.precision === 'week' ? 2 : i.date.precision === 'month' ? 3 : 1;
}

/**
 * ACLED's event_date (ISO, as its API writes it): the day; a month-only date is coded to the 15th
 * (middle of the month, time_precision 3); a year-only date is left empty (only `year` is filled).
 */
export function acledEventDate(i: Incident): string | null {
  const v = i.date.value;
  if (!v || v.length === 4) return null;
  return v.length === 7 ? `${v}-15` : v;
}

/**
 * Fatalities as ACLED counts them: the conservative figure (the lower bound when the text gave
 * one, else the best figure) and 0 when no deaths were reported or mentioned.
 */
export function acledFatalities(c: Count): number {
  if (c.status !== 'reported') return 0;
  return c.min ?? c.best ?? 0;
}

export function acledCountry(code: string | null | undefined): { name: string; iso: number | null } | null {
  const entry = code ? ACLED_COUNTRIES[code] : undefined;
  return entry ? { name: entry[0], iso: entry[1] } : null;
}

/** ACLED's "source": outlets separated by "; " (the host name when an outlet has no name). */
function sourceNames(i: Incident): string | null {
  const names = [i.source, ...i.sources].map((s) => s.outlet?.trim() || hostOf(s.url)).filter((n): n is string => !!n);
  const unique = [...new Set(names)];
  return unique.length ? unique.join('; ') : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The row of one incident, keyed by ACLED column. */
export function acledRow(i: Incident): Record<AcledColumn, Cell> {
  const type = acledEventType(i);
  const country = acledCountry(i.location?.country);
  const suffix = country ? ` (${country.name})` : '';
  const civilianTarget = type?.event_type === 'Violence against civilians' || (!!i.target?.type && CIVILIAN_TARGETS.has(i.target.type));
  const quote = supportingQuote(i);
  const notes = [quote, i.notes?.trim()].filter(Boolean).join(' | ');
  const updated = i.updatedAt ? Date.parse(i.updatedAt) : NaN;
  return {
    event_id_cnty: i.id,
    event_date: acledEventDate(i),
    year: i.date.value ? Number(i.date.value.slice(0, 4)) : null,
    time_precision: acledTimePrecision(i),
    disorder_type: type?.disorder_type ?? null,
    event_type: type?.event_type ?? null,
    sub_event_type: type?.sub_event_type ?? null,
    // ACLED names an attacker nobody identified "Unidentified Armed Group (Country)".
    actor1: i.perpetrator.name ?? (type && type.event_type !== 'Strategic developments' ? `Unidentified Armed Group${suffix}` : null),
    assoc_actor_1: null,
    inter1: null,
    actor2: civilianTarget ? `Civilians${suffix}` : null,
    assoc_actor_2: null,
    inter2: null,
    interaction: null,
    civilian_targeting: civilianTarget ? 'Civilian targeting' : null,
    iso: country?.iso ?? null,
    region: null,
    country: country?.name ?? null,
    admin1: i.location?.admin1 ?? null,
    admin2: null,
    admin3: null,
    location: i.location?.name ?? null,
    latitude: i.location?.lat ?? null,
    longitude: i.location?.lon ?? null,
    geo_precision: i.location?.lat != null ? acledGeoPrecision(i.location.precision) : null,
    source: sourceNames(i),
    source_scale: null,
    notes: notes || null,
    fatalities: acledFatalities(i.killed),
    tags: null,
    // ACLED's timestamp is the last change, in Unix seconds.
    timestamp: Number.isFinite(updated) ? Math.floor(updated / 1000) : null,
  };
}

const acledFormat = (options: CsvOptions) => csvFormat(ACLED_COLUMNS, acledRow, options.bom);

/** Streaming ACLED-style CSV; joined, exactly `toAcledCsv`. */
export function acledCsvChunks(records: RecordSource, options: CsvOptions = {}): AsyncGenerator<string> {
  return chunks(acledFormat(options), records, options);
}

export function toAcledCsv(incidents: Iterable<Incident | unknown>, options: CsvOptions = {}): string {
  return joinSync(chunksSync(acledFormat(options), incidents, options));
}
