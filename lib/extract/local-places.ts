/**
 * Places the gazetteer does not know, read from how the text names them:
 *  - a site named by its kind: "Al Qurnah Air Base", "the Jalamah crossing", "RAF Akrotiri", "the
 *    Pacific Ocean", "Abiemnom County";
 *  - a place in a chain: "in Zankwaru, Kaduna State, Nigeria", "in Dadaab, Garissa, Kenya" — the first
 *    name is inside the known place after it.
 * Each takes its coordinates, country and province from the known place that contains it, and says so
 * in `precision` (the coordinates are the container's), as ACLED's geo-precision does.
 * All patterns are bounded (no unbounded repetition of groups), so a page cannot make them backtrack.
 */
import type { Place } from '../gazetteer';
import { LETTER, LOWER, UPPER } from './chars';
import { DEMONYMS } from './lang/en/demonyms.generated';
import { CHAIN_PREPOSITION, GENERIC_SITE_MODIFIER, KIND_OF_NOUN, SITE_NOUN, SITE_PREFIX } from './lang/en/places';

export interface LocalPlace {
  start: number;
  end: number;
  raw: string;
  name: string;
  /** The known place it lies in, if the text names one. */
  container: Place | null;
  /** The noun that says what it is ("village", "District", "Air Base"). */
  kind: string;
}

const WORD = String.raw`(?:(?:al|el|ad|an|as|ash|Al|El)[-‐ ])?[${UPPER}][${LETTER}'’.–-]{0,30}`;
const LINK = String.raw`(?:\s+(?:al-|el-|de |del |la |le |di |bin |ibn )?)`;
const NAME = String.raw`${WORD}(?:${LINK}${WORD}){0,4}`;
// "the Gulf port town of Zinjibar": a site noun that goes on to name a town is not the site.
const NAMED_SITE = new RegExp(String.raw`\b(?:(${NAME})\s+(${SITE_NOUN})\b(?!\s+(?:town|city|village|of)\b)|(${SITE_PREFIX})\s+(${NAME}))`, 'g');
// Seas and oceans with a direction: "the eastern Pacific", "the western Black Sea".
// "the village of Zankwaru", "the district of Shahrak": the kind before the name.
const KIND_OF = new RegExp(String.raw`\b(${KIND_OF_NOUN}) of (${NAME})`, 'g');
const SEA_AREA = new RegExp(String.raw`\b((?:eastern|western|northern|southern|central)\s+(?:Pacific|Atlantic|Mediterranean|Caribbean|Black Sea|Red Sea|Indian Ocean|Arabian Sea|Baltic))\b`, 'g');
const LEADING_STOP = /^(?:The|A|An|In|On|At|Its|Their|His|Her|This|That|Several|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|Some|All|Both|Israeli|Russian|Ukrainian|American|Iranian|US|U\.S\.)\s+/;
const ABBREVIATION = /^[A-Z]{2,4}$/;
const CHAIN_NAME = new RegExp(String.raw`(${NAME})\s*,\s*$`);
const LOWER_START = new RegExp(String.raw`^[${LOWER}]`);

/** Sites named by their kind, with the gazetteer place inside their name or beside them as container. */
export function namedSites(text: string, known: { start: number; end: number; place: Place; score?: number }[], owners = known): LocalPlace[] {
  const out: LocalPlace[] = [];
  for (const m of text.matchAll(NAMED_SITE)) {
    let start = m.index!;
    let raw = m[0];
    let ownerPlace: Place | null = null;
    // "The Jalamah crossing": articles and determiners are not part of the name.
    if (m[1]) {
      for (let lead = LEADING_STOP.exec(raw); lead; lead = LEADING_STOP.exec(raw)) {
        start += lead[0].length;
        raw = raw.slice(lead[0].length);
      }
      // "Saudi Arabia's East–West Pipeline", "Iran's Larak Island": the owner is not part of the name,
      // and when it is a known country, region or town, the site lies there.
      const owner = /^.*['’]s\s+/.exec(raw);
      if (owner) {
        ownerPlace = owners.find((k) => k.start >= start && k.end <= start + owner[0].length && k.place.kind !== 'site')?.place ?? null;
        start += owner[0].length;
        raw = raw.slice(owner[0].length);
      }
      // What is left must still name something: "Kuwaiti facility" or "Israeli hospital" does not.
      const name = raw.slice(0, raw.length - m[2].length).trim();
      if (!name || LOWER_START.test(raw) || ABBREVIATION.test(name) || DEMONYMS[name] || GENERIC_SITE_MODIFIER.test(name)) continue;
    }
    const end = start + raw.length;
    out.push({ start, end, raw, name: raw, container: containerOf(start, end, known) ?? ownerPlace, kind: m[2] ?? m[3] });
  }
  for (const m of text.matchAll(SEA_AREA)) out.push({ start: m.index!, end: m.index! + m[0].length, raw: m[0], name: m[1], container: null, kind: 'sea' });
  for (const m of text.matchAll(KIND_OF)) {
    const name = m[2].replace(LEADING_STOP, '');
    if (LEADING_STOP.test(m[2]) || GENERIC_SITE_MODIFIER.test(name)) continue;
    const start = m.index! + m[0].length - m[2].length;
    out.push({ start, end: start + name.length, raw: m[0], name, container: containerOf(start, start + name.length, known), kind: m[1] });
  }
  return out;
}

/** "in Zankwaru, Kaduna State": an unknown (or foreign) name before a known place after a comma. */
export function chainedPlaces(text: string, known: { start: number; end: number; place: Place }[]): LocalPlace[] {
  const out: LocalPlace[] = [];
  for (const k of known) {
    if (k.place.kind === 'site') continue;
    const before = text.slice(Math.max(0, k.start - 80), k.start);
    const m = CHAIN_NAME.exec(before);
    if (!m) continue;
    let name = m[1];
    let start = k.start - before.length + m.index;
    const lead = LEADING_STOP.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    if (!name || !CHAIN_PREPOSITION.test(text.slice(Math.max(0, start - 20), start))) continue;
    // A known place of the container's country at that spot stands as it is ("in Kirkuk, Iraq").
    const same = known.find((x) => x.start === start && x.end === start + name.length && x.place.country === k.place.country);
    if (same) continue;
    out.push({ start, end: start + name.length, raw: name, name, container: k.place, kind: 'chain' });
  }
  return out;
}

/** The known place that contains a site: one inside its name, else the first one named after it in the sentence, else before it. */
function containerOf(start: number, end: number, known: { start: number; end: number; place: Place; score?: number }[]): Place | null {
  // A country inside a site's name is its owner ("the United States Embassy"), not where it stands.
  // A demoted match inside the name ("Bab" of "Bab al-Tob market" read as a foreign town) is no container.
  const inside = known.find((k) => k.start >= start && k.end <= end && k.place.kind !== 'site' && k.place.kind !== 'country' && (k.score ?? 3) >= 2);
  if (inside) return inside.place;
  const after = known.filter((k) => k.start >= end && k.start - end <= 80 && k.place.kind !== 'site').sort((a, b) => a.start - b.start)[0];
  if (after) return after.place;
  return known.filter((k) => k.end <= start && start - k.end <= 80 && k.place.kind !== 'site').sort((a, b) => b.end - a.end)[0]?.place ?? null;
}

/** The Place record of a local place: its own name, the container's coordinates and their precision. */
export function localPlace(p: LocalPlace): Place {
  const c = p.container;
  if (!c) return { name: p.name, kind: 'site', country: null, lat: null, lon: null, precision: 'unknown' };
  return {
    name: p.name,
    kind: 'site',
    country: c.country,
    ...(c.kind === 'admin1' ? { admin1: c.name } : c.admin1 ? { admin1: c.admin1 } : {}),
    lat: c.lat,
    lon: c.lon,
    precision: c.precision,
  };
}
