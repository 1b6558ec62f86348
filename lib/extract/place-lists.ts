/**
 * One attack clause that names several places in a list ("destroying Al Taqaddum Air Base and Al Asad Air
 * Base", "blasts in Tartus and Latakia, and on the island of Arwad") reports an attack
 * at each: a coder records one incident per place. The first stays the incident the clause built; each
 * other place becomes an incident of its own with the same date, weapon and perpetrator, and no
 * figures (a toll given for the whole list belongs to none of its parts alone).
 */
import type { Incident } from '../schema';
import { notMentioned } from '../schema';
import type { IncidentDraft } from './segment';
import type { PlaceCandidate } from './places';
import { samePlace, toLocationFact } from './places';
import { stableId } from './assemble';

// What stands between two places of a list: a comma or "and", and at most a noun of kind ("the islands of").
const LIST_GAP = /^\s*(?:,|and|,\s*and|as well as|&|or|,\s*or)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:of\s+)?$/;
const MIN_SCORE = 2.5;

export function splitPlaceLists(drafts: IncidentDraft[], incidents: Incident[], text: string): Incident[] {
  const out: Incident[] = [];
  incidents.forEach((inc, i) => {
    out.push(inc);
    const lead = drafts[i]?.events[0];
    if (!lead || !inc.location) return;
    const places = lead.places.filter((p) => p.score >= MIN_SCORE || (p.score > 0 && isContainer(p))).sort((a, b) => a.start - b.start);
    const chosen = places.find((p) => p.place.name === inc.location!.name && p.raw === inc.location!.raw);
    if (!chosen) return;
    for (const group of listsOf(places, text)) {
      if (!group.includes(chosen)) continue;
      for (const p of group) {
        if (p === chosen || samePlace(p.place, chosen.place) && p.place.kind !== 'site') continue;
        out.push(atPlace(inc, p, text));
      }
    }
  });
  return out;
}

/** Runs of places joined by list punctuation and conjunctions; "X in Kuwait and Y in Bahrain" lists X and Y. */
function listsOf(places: PlaceCandidate[], text: string): PlaceCandidate[][] {
  // A place followed by its container ("Camp Buehring in Kuwait") is one item of a list.
  const items: { place: PlaceCandidate; end: number }[] = [];
  for (const p of places) {
    const prev = items[items.length - 1];
    const container = isContainer(p);
    if (prev && container && CONTAINER_GAP.test(text.slice(prev.end, p.start))) prev.end = p.end;
    else items.push({ place: p, end: p.end });
  }
  const groups: PlaceCandidate[][] = [];
  let run: typeof items = [];
  for (const item of items) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, item.place.start) : '';
    if (prev && item.place.start >= prev.end && gap.length <= 40 && LIST_GAP.test(gap)) run.push(item);
    else {
      if (run.length > 1) groups.push(run.map((x) => x.place));
      run = [item];
    }
  }
  if (run.length > 1) groups.push(run.map((x) => x.place));
  return groups.map((g) => g.filter((p) => p.score >= MIN_SCORE)).filter((g) => g.length > 1);
}
const isContainer = (p: PlaceCandidate) => p.place.kind === 'country' || p.place.kind === 'admin1';
const CONTAINER_GAP = /^\s*(?:,|in|of)\s*$/;

function atPlace(inc: Incident, p: PlaceCandidate, text: string): Incident {
  const selector = {
    type: 'TextQuoteSelector' as const,
    exact: text.slice(p.start, p.end),
    prefix: text.slice(Math.max(0, p.start - 32), p.start),
    suffix: text.slice(p.end, p.end + 32),
  };
  const source = { ...inc.source, selector };
  const keep = inc.evidence.filter((e) => e.field === 'date' || e.field === 'weapon' || e.field === 'perpetrator');
  return {
    ...inc,
    id: stableId(`${inc.source.url}|${selector.prefix}|${selector.exact}|${selector.suffix}`),
    location: toLocationFact(p, inc.location?.country ?? null),
    projectiles: notMentioned(),
    killed: notMentioned(),
    injured: notMentioned(),
    target: null,
    damage: null,
    evidence: [...keep, { field: 'location' as const, quote: selector.exact, start: p.start, end: p.end }].sort((a, b) => a.start - b.start),
    source,
    sources: [source],
  };
}
