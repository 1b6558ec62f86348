/**
 * Grouping clauses into incidents. Each event clause either continues an incident already described
 * (same date, same place, same kind of weapon, "the attack") or starts a new one ("earlier on Friday",
 * another date, another place with another weapon). Clauses that report no event add supporting facts
 * (casualties, damage, who did it) to the incident being described, if it is close by.
 */
import type { Incident, Weapon } from '../schema';
import type { Clause } from './clauses';
import { citesAttack, hasSpecifics, isEventClause } from './clauses';
import type { PlaceCandidate } from './places';
import { samePlace } from './places';

export interface IncidentDraft {
  events: Clause[];
  support: Clause[];
  lastParagraph: number;
}

/** Weapons that reporters swap for one another ("rockets" in the headline, "missiles" in the text). */
const SEGMENT_FAMILY: Record<Weapon, string> = {
  // A drone strike is an air strike: reporters call the same one both.
  rocket: 'projectile', missile: 'projectile', mortar: 'mortar', artillery: 'artillery', drone: 'air',
  airstrike: 'air', explosive: 'bomb', suicide_bombing: 'bomb', gunfire: 'gun', melee: 'melee',
  vehicle: 'vehicle', arson: 'arson', other: 'other',
};

const GENERIC_BLAST = /^(?:bomb(?:ing|ings|ed)?|bombardment)$/i;
const DELIVERED = new Set<Weapon>(['airstrike', 'drone', 'missile', 'rocket', 'artillery', 'mortar']);

export function firstWeapon(clauses: Clause[]): Weapon | null {
  for (const c of clauses) {
    const w = c.weapons.find((x) => !x.weak) ?? c.weapons[0];
    if (w) return w.category;
  }
  return null;
}

export function bestPlace(clauses: Clause[], bonusFor?: Set<Clause>): PlaceCandidate | null {
  let best: PlaceCandidate | null = null;
  let bestScore = 0;
  for (const c of clauses) {
    for (const p of c.places) {
      if (p.score <= 0) continue; // never a location, whatever clause names it
      // A place named in the clauses that report the event beats one from a supporting remark.
      const s = p.score + (bonusFor?.has(c) ? (p.place.kind === 'site' || p.place.kind === 'city' ? 2 : 0.5) : 0);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
  }
  return best;
}

/** An incident's date: its own clauses', else that of the sentence its first clause was split from. */
export function incidentDate(inc: IncidentDraft) {
  return firstDate(inc.events) ?? inc.events[0]?.sentenceDates[0] ?? null;
}

export function firstDate(clauses: Clause[]) {
  for (const c of clauses) if (c.dates[0]) return c.dates[0];
  return null;
}

function sameDate(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Is `later` a day within a week after `earlier` (both day-precise)? */
function soonAfter(later: string, earlier: string | null): boolean {
  if (!earlier || later.length !== 10 || earlier.length !== 10) return false;
  const days = (Date.parse(later) - Date.parse(earlier)) / 86_400_000;
  return days > 0 && days <= 7;
}

// A place read from the text is located only as well as its container: a town or site, not a region.
const located = (p: PlaceCandidate) => (p.local ? p.place.precision === 'town' || p.place.precision === 'site' : p.place.lat !== null || p.place.kind !== 'site');

function matchScore(c: Clause, inc: IncidentDraft, isMostRecent: boolean, why: string[] = []): number {
  let score = 0;
  const add = (n: number, reason: string) => {
    score += n;
    why.push(`${n > 0 ? '+' : ''}${n} ${reason}`);
  };
  const cDate = c.dates[0]?.value ?? null;
  const iDate = incidentDate(inc)?.value ?? null;
  if (cDate && iDate) add(sameDate(cDate, iDate) ? 3 : -10, `date ${cDate}/${iDate}`);
  const cPlace = bestPlace([c]);
  // The incident's place for comparison: the best one that is located (a site read from the text with a
  // region for container cannot say where the incident is not).
  const iPlace = bestPlace([...inc.events, ...inc.support].map((x) => ({ ...x, places: x.places.filter(located) })));
  // A place the gazetteer does not know (no coordinates) cannot be told apart from one it does.
  if (cPlace && iPlace && cPlace.score >= 2.5 && iPlace.score >= 2.5 && located(cPlace) && located(iPlace)) add(samePlace(cPlace.place, iPlace.place) ? 3 : -4, `place ${cPlace.place.name}/${iPlace.place.name}`);
  const cStrong = c.weapons.find((w) => !w.weak);
  const cWeapon = cStrong?.category;
  const iWeapon = firstWeapon(inc.events);
  // "the bombing", "the blast": a generic word for what jets, drones or shells did is no other weapon.
  const generic = !!cStrong && GENERIC_BLAST.test(cStrong.raw) && iWeapon !== null && DELIVERED.has(iWeapon);
  if (cWeapon && iWeapon && !generic) add(SEGMENT_FAMILY[cWeapon] === SEGMENT_FAMILY[iWeapon] ? 1 : -3, `weapon ${cWeapon}/${iWeapon}`);
  if (c.anaphora && isMostRecent) add(2, 'anaphora');
  if (isMostRecent) add(1, 'most recent');
  if (c.sentence.paragraph - inc.lastParagraph > 4) add(-2, 'far');
  return score;
}

/** `trace` receives one line per decision: how a clause was read and where it went (for debugging rules). */
export function segmentIncidents(clauses: Clause[], trace?: (line: string) => void): IncidentDraft[] {
  const incidents: IncidentDraft[] = [];
  let current: IncidentDraft | null = null;
  // A standfirst can give facts before the lead reports the attack ("Officials blamed X for the attack"):
  // such clauses wait for the first incident.
  const pending: Clause[] = [];

  for (const c of clauses) {
    if (c.sentence.isHeading) continue;
    const event = isEventClause(c);
    // The lead's first event is the news even when it names no figure or date ("The US launches
    // airstrikes on Iran"): the publication date and the place it names are what a coder records.
    const leadEvent = incidents.length === 0 && c.sentence.index <= 2 && !c.generic && !citesAttack(c);
    if (event && (hasSpecifics(c) || (c.anaphora && current) || leadEvent)) {
      let target: IncidentDraft | null = null;
      if (!c.newMarker || c.anaphora && !c.dates.length) {
        let best = 0;
        for (let i = incidents.length - 1; i >= 0; i--) {
          const why: string[] = [];
          const s = matchScore(c, incidents[i], incidents[i] === current, why);
          trace?.(`   #${i}: ${s} (${why.join(', ')})`);
          if (s > best) {
            best = s;
            target = incidents[i];
          }
        }
      }
      if (!target) {
        target = { events: [], support: incidents.length === 0 ? pending.splice(0) : [], lastParagraph: c.sentence.paragraph };
        incidents.push(target);
        trace?.(`NEW #${incidents.length - 1} ← ${c.text.slice(0, 90)}`);
      } else trace?.(`ADD #${incidents.indexOf(target)} ← ${c.text.slice(0, 90)}`);
      target.events.push(c);
      target.lastParagraph = c.sentence.paragraph;
      // "the worst since a raid on Herat": a comparison is recorded, but "the attack" in the
      // next sentences still means the article's own.
      if (!COMPARISON.test(c.text)) current = target;
      continue;
    }
    // Supporting facts: only for the incident being described, nearby, and not about another date.
    const hasFacts = c.counts.some((x) => x.field !== 'projectiles') || c.damage.length > 0 || c.perpetrators.length > 0 || (c.anaphora && (c.dates.length > 0 || c.places.some((p) => p.score >= 2.5)));
    if (!hasFacts) continue;
    if (!current) {
      // "Two guards are killed, and a third is hurt in a shooting": the toll clause comes
      // before the clause that names the attack; in the lead it waits for it.
      const leadToll = c.sentence.index <= 2 && !c.newMarker && c.weapons.length === 0 && c.counts.some((x) => x.field !== 'projectiles');
      if (((c.sentence.paragraph <= 2 && c.anaphora) || leadToll) && !c.sentence.isHeading) pending.push(c);
      continue;
    }
    if (c.sentence.paragraph - current.lastParagraph > 2) continue;
    // A supporting clause may be dated by when it was said ("claimed responsibility on Saturday"):
    // only an earlier date, or one much later, makes it about something else.
    const cDate = c.dates[0]?.value ?? null;
    if (cDate && !sameDate(cDate, incidentDate(current)?.value ?? null) && !soonAfter(cDate, incidentDate(current)?.value ?? null)) continue;
    if (c.newMarker && !c.anaphora) continue;
    // "Neither attack caused casualties": the facts hold for every incident of the sentence before.
    if (/\b(?:either|both|all (?:the|three|two|of the)) (?:attacks?|incidents?|strikes?)\b/i.test(c.text)) {
      const prev = c.sentence.index - 1;
      for (const inc of incidents) if (inc.events.some((e) => e.sentence.index === prev)) inc.support.push(c);
      continue;
    }
    current.support.push(c);
    trace?.(`SUP #${incidents.indexOf(current)} ← ${c.text.slice(0, 90)}`);
  }
  return incidents;
}

/**
 * A later passage that restates an incident already listed (a photo caption, a summary paragraph:
 * same weapon, same toll, no other date or place) is the same incident: fold it into the first.
 */
export function mergeRestatements(
  drafts: IncidentDraft[],
  incidents: Incident[],
  assemble: (draft: IncidentDraft, index: number) => Incident,
): { drafts: IncidentDraft[]; incidents: Incident[] } {
  const keep = drafts.map(() => true);
  for (let j = 1; j < drafts.length; j++) {
    for (let i = 0; i < j; i++) {
      if (!keep[i] || !restates(incidents[j], incidents[i])) continue;
      drafts[i].events.push(...drafts[j].events);
      drafts[i].support.push(...drafts[j].support);
      drafts[i].events.sort((a, b) => a.start - b.start);
      incidents[i] = assemble(drafts[i], i);
      keep[j] = false;
      break;
    }
  }
  return { drafts: drafts.filter((_, k) => keep[k]), incidents: incidents.filter((_, k) => keep[k]) };
}

function restates(later: Incident, earlier: Incident): boolean {
  const w1 = later.weapon.category;
  const w2 = earlier.weapon.category;
  if (w1 && w2 && SEGMENT_FAMILY[w1] !== SEGMENT_FAMILY[w2]) return false;
  if (!sameDate(later.date.value, earlier.date.value)) return false;
  if (later.location && earlier.location && later.location.country && earlier.location.country && later.location.country !== earlier.location.country) return false;
  const same = (a: Incident['killed'], b: Incident['killed']) => a.status === 'reported' && b.status === 'reported' && a.best !== null && a.best === b.best && a.best > 0;
  return same(later.killed, earlier.killed) || same(later.injured, earlier.injured) || (same(later.projectiles, earlier.projectiles) && later.date.value !== null);
}

const COMPARISON = /^\s*(?:since|than)\s/i;
