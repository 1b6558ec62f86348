/**
 * An incident draft (its clauses) → the Incident record, with evidence for every filled field.
 * Where the text gives a fact twice, the first statement wins ("three rockets" before "two rockets
 * fell"), except for explicit corrections ("the toll rose to").
 */
import type { Count, DateFact, Evidence, EvidenceField, Incident, LocationFact, Source } from '../schema';
import { notMentioned } from '../schema';
import type { CountMention } from './counts';
import { ATTACKER_IN } from './lang/en/casualties';
import type { IncidentDraft } from './segment';
import { bestPlace, firstDate } from './segment';
import { toLocationFact } from './places';
import type { PlaceCandidate } from './places';
import { publicationDate } from './dates';

export interface AssembleContext {
  text: string;
  published: string | null;
  source: Omit<Source, 'selector'>;
  isMain: boolean;
  /** Weapon named in the headline, used only when the text names none for the main incident. */
  titleWeapon?: { category: NonNullable<Incident['weapon']['category']>; raw: string } | null;
  /** Country most places in the article are in, for places the gazetteer does not know. */
  articleCountry: string | null;
  /** The best place in the sentence before a given one (same paragraph), for incidents that name none. */
  contextPlace?: (sentenceIndex: number) => PlaceCandidate | null;
  /** The city of the article's dateline ("KYIV (Reuters) -"), for "in the capital" and "here". */
  datelinePlace?: PlaceCandidate | null;
}

const ADDS_TO = /\b(?:other|others|more|also|additional|further)\b/i;
// (Attackers killed are reported apart from the victims' toll and never added to it: ATTACKER_IN.)

function pickCount(mentions: CountMention[], field: CountMention['field']): CountMention | null {
  let chosen: CountMention | null = null;
  for (const m of mentions) {
    if (m.field !== field) continue;
    if (!chosen || (chosen.weak && !m.weak && !ADDS_TO.test(m.count.raw ?? ""))) chosen = m;
    else if (m.weak) continue;
    // "the ministry claims 300 killed ... reporters count 25 dead": the reported figure stands.
    else if (chosen.claimed && !m.claimed && m.count.best !== null && field !== 'projectiles') chosen = m;
    // "killed a cameraman ... three more passers-by also died": parts of one toll.
    // Only a part stated right after the first figure (same or next sentence) adds to it.
    else if (!m.correction && !chosen.correction && m.start - chosen.end < 400 && ADDS_TO.test(m.count.raw ?? "") && !ATTACKER_IN.test(m.count.raw ?? "") && chosen.count.best !== null && m.count.best !== null && field !== 'projectiles') {
      chosen = { ...m, weak: false, count: { ...m.count, best: chosen.count.best + m.count.best, min: null, max: null, qualifier: 'at_least' } };
    }
    else if (m.correction && m.count.best !== null && (chosen.count.best ?? -1) < m.count.best) chosen = m;
  }
  return chosen;
}

export function assembleIncident(draft: IncidentDraft, ctx: AssembleContext): Incident {
  const { text } = ctx;
  const evidence: Evidence[] = [];
  const cite = (field: EvidenceField, start: number, end: number) => {
    // Highlights look wrong with a stray comma or space at either end ("on Tuesday,").
    while (start < end && /[\s,;:]/.test(text[start])) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
    if (end > start) evidence.push({ field, quote: text.slice(start, end), start, end });
  };
  const ordered = [...draft.events, ...draft.support].sort((a, b) => a.start - b.start);
  const events = draft.events;

  // Date: from the clauses that report the event; a clause split off a sentence inherits its date.
  let date: DateFact;
  // "The assault happened on Friday": a sentence that refers back to the incident dates it when the
  // sentences that report it do not.
  const d = firstDate(events) ?? events[0].sentenceDates[0] ?? referredDate(draft.support, text) ?? null;
  if (d && d.value) {
    date = { value: d.value, precision: d.precision, basis: d.basis, raw: d.raw };
    cite('date', d.start, d.end);
  } else if (ctx.isMain) {
    date = publicationDate(ctx.published);
  } else {
    date = { value: null, precision: 'unknown', basis: 'publication' };
  }

  // Weapon: the first named by an event clause; the headline's only as a last resort.
  // An explosion or blast names the means only when the text names no other attack ("strikes"
  // followed by "explosions were heard" are strikes of an unstated kind).
  const strikesNamed = events.some((c) => /\b(?:strikes|airstrikes)\b/i.test(c.text));
  const weaponMention = events.flatMap((c) => c.weapons.filter((w) => !w.weak))[0] ?? (strikesNamed ? undefined : events.flatMap((c) => c.weapons)[0]);
  const weapon = weaponMention
    ? { category: weaponMention.category, raw: weaponMention.raw }
    : ctx.isMain && ctx.titleWeapon
      ? { category: ctx.titleWeapon.category, raw: ctx.titleWeapon.raw }
      : { category: null };
  if (weaponMention) cite('weapon', weaponMention.start, weaponMention.end);

  // Counts: projectiles from event clauses; casualties from events and supporting clauses.
  const eventCounts = events.flatMap((c) => c.counts);
  const allCounts = ordered.flatMap((c) => c.counts);
  const projectiles = countFact(pickCount(eventCounts, 'projectiles'), 'projectiles', cite);
  const intercepted = events.flatMap((c) => c.intercepted)[0];
  if (intercepted && projectiles.status === 'reported') {
    projectiles.intercepted = intercepted.count;
    cite('projectiles', intercepted.start, intercepted.end);
  }
  const killed = countFact(pickCount(allCounts, 'killed'), 'killed', cite);
  const injured = countFact(pickCount(allCounts, 'injured'), 'injured', cite);

  // Place: the most specific place stated, preferring the event clauses.
  let place = bestPlace(ordered, new Set(events)) ?? ctx.contextPlace?.(events[0].sentence.index) ?? null;
  // "killing 12 people in the capital" under a "KYIV, June 5 (Reuters) -" dateline: the dateline city,
  // when nothing more precise is named and it lies in the country that is.
  const dl = ctx.datelinePlace;
  if (dl && ctx.isMain && (!place || place.place.kind === 'country' || place.place.kind === 'admin1') && (!place || place.place.country === dl.place.country) && events.some((c) => /\b(?:in|on|near|around) the (?:capital|city)\b|\bhere\b/i.test(c.text))) {
    place = { ...dl, score: 3 };
  }
  let location: LocationFact | null = null;
  if (place && place.score > 0) {
    location = toLocationFact(place, ctx.articleCountry);
    cite('location', place.start, place.end);
  }

  const targetMention = events.flatMap((c) => c.targets)[0] ?? null;
  if (targetMention) cite('target', targetMention.start, targetMention.end);
  const perp = ordered.flatMap((c) => c.perpetrators).sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.start - b.start)[0] ?? null;
  if (perp) cite('perpetrator', perp.start, perp.end);
  const damage = ordered.flatMap((c) => c.damage)[0] ?? null;
  if (damage) cite('damage', damage.start, damage.end);

  // No place name at all: the target phrase ("a police recruiting center") is the best the text gives.
  if (!location && targetMention) {
    location = { name: targetMention.text, raw: targetMention.text, country: null, lat: null, lon: null, precision: 'unknown' };
  }

  // The passage that identifies the incident: its lead sentence, or the lead clause when one sentence
  // reports two attacks (two incidents must never share a selector: the store tells records apart by it).
  const lead = events[0];
  const split = lead.part > 0 || lead.end < lead.sentence.end;
  const [exactStart, exactEnd] = split ? trimClause(text, lead.start, lead.end) : [lead.sentence.start, lead.sentence.end];
  const selector = {
    type: 'TextQuoteSelector' as const,
    exact: text.slice(exactStart, exactEnd),
    prefix: text.slice(Math.max(0, exactStart - 32), exactStart),
    suffix: text.slice(exactEnd, exactEnd + 32),
  };
  const source: Source = { ...ctx.source, selector };
  return {
    id: stableId(`${ctx.source.url}|${selector.exact}`),
    date,
    weapon,
    projectiles,
    location,
    killed,
    injured,
    target: targetMention ? { text: targetMention.text, ...(targetMention.type ? { type: targetMention.type } : {}) } : null,
    perpetrator: perp ? { name: perp.name, status: perp.status } : { name: null, status: 'unknown' },
    damage: damage?.text ?? null,
    evidence: evidence.sort((a, b) => a.start - b.start),
    source,
    status: 'detected',
    sources: [source],
  };
}

/** A clause without the punctuation and conjunction that joined it to the one before. */
function trimClause(text: string, start: number, end: number): [number, number] {
  const lead = /^[\s,;]*(?:(?:while|whereas|and|prompting|sparking|triggering)\s+)?/i.exec(text.slice(start, end))![0].length;
  let e = end;
  while (e > start + lead && /[\s,;]/.test(text[e - 1])) e--;
  return [start + lead, e];
}

const STATUS_RANK = { claimed: 0, accused: 1, suspected: 2, unknown: 3 } as const;

function countFact(m: CountMention | null, field: EvidenceField, cite: (f: EvidenceField, s: number, e: number) => void): Count {
  if (!m) return notMentioned();
  cite(field, m.start, m.end);
  return { ...m.count };
}

/** A stable id (UUID-shaped, version 8 "custom") so the same incident on the same page keeps its id. */
export function stableId(key: string): string {
  let h1 = 0xdeadbeef ^ key.length;
  let h2 = 0x41c6ce57 ^ key.length;
  let h3 = 0x9e3779b9;
  let h4 = 0x85ebca6b;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
    h3 = Math.imul(h3 ^ ch, 2246822507);
    h4 = Math.imul(h4 ^ ch, 3266489909);
  }
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A date from a sentence that refers back to the incident ("the assault happened on Friday"), unless it
 *  dates something else named before it ("following an incursion last January"). */
function referredDate(support: IncidentDraft['support'], text: string) {
  for (const c of support) {
    if (!c.anaphora) continue;
    for (const d of c.dates) if (!OTHER_EVENT_BEFORE.test(text.slice(c.start, d.start))) return d;
  }
  return null;
}
const OTHER_EVENT_BEFORE = /\b(?:following|after|since|before|than|like|similar to|previous|earlier)\b/i;
