/**
 * Clauses and what each says. A sentence can report two attacks ("rockets hit the depot, while two
 * mortars hit the Green Zone"), so incidents are built from clauses; every fact found in the text is
 * assigned to the clause it stands in.
 */
import type { Weapon } from '../schema';
import type { Sentence } from './text';
import type { DateMention } from './dates';
import type { CountMention } from './counts';
import type { PerpetratorMention, TargetMention, DamageMention } from './actors';
import type { PlaceCandidate } from './places';
import { ANAPHORA, ATTACK_NOUN, EVENT_VERB, EVENT_VERB_NAMED_OBJECT, NEGATIVE_CONTEXTS, NEW_INCIDENT_MARKER, WEAPON_PATTERNS } from './lang/en/lexicon';

export interface WeaponMention {
  category: Weapon;
  raw: string;
  start: number;
  end: number;
  weak: boolean;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  /** Position of this clause within its sentence (0 = first). */
  part: number;
  weapons: WeaponMention[];
  dates: DateMention[];
  /** Dates anywhere in the clause's sentence: a clause split off "X on Saturday, while Y" shares them. */
  sentenceDates: DateMention[];
  counts: CountMention[];
  intercepted: { count: number; start: number; end: number }[];
  places: PlaceCandidate[];
  perpetrators: PerpetratorMention[];
  targets: TargetMention[];
  damage: DamageMention[];
  eventVerb: boolean;
  attackNoun: boolean;
  newMarker: boolean;
  anaphora: boolean;
  generic: boolean;
  /** Words that give attack vocabulary another meaning here (sport, tests, trials...). */
  negatives: string[];
}

// Where one sentence turns to a second attack.
// (?<!\s): a match never starts inside a run of whitespace, and trying every position of a long run costs its length squared.
const CLAUSE_BREAK = /(?:,\s+(?=(?:follows|followed|comes|came)\s)|,\s+(?=in (?:retaliation|response|revenge) (?:for|to)\b)|(?<!\s)\s+(?=(?:since|than)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|assault|bombing|strike|shooting|massacre|raid|ambush|blast|explosion|shelling)(?:s|es)?\b)|,\s+while\s+|;\s+|(?<!\s)\s+while\s+(?=(?:an?|the|another|\w+)\s+\w+\s+(?:hit|struck|landed|fell|exploded))|,\s+whereas\s+|(?<!\s)\s+and\s+others?\s+(?=\w+ed\b)|,\s+and\s+another\s+|,\s+prompting\s+|,\s+sparking\s+|,\s+triggering\s+)/gi;

const INTRO_AFTER = /^(?:[\w-]+\s+){0,3}(?:after|since|following)\s+[^,]{10,200}?(,\s+)(?=\S)/i;

const GENERIC = /\b(?:many|numerous|a (?:sharp |steady |recent )?(?:rise|increase|surge|spike|uptick) in|a string of|a spate of|a wave of|a number of|repeated(?:ly)?|in recent (?:days|weeks|months|years)|frequent(?:ly)?|often|routinely|regularly|dozens of attacks|hundreds of attacks|(?:have|has) (?:faced|seen|stepped up|repeatedly)|had observed|would|could|might|may|if|whenever|threat(?:en(?:s|ed)?)? to|vowed to|pledged to|plans? to|will (?:restart|resume|continue|launch|carry out|step up) (?:\w+ )?(?:attacks?|strikes?|raids?|bombings?)|will (?:attack|strike|target|retaliate)|risk of|fears? of)\b/i;

// "bracing for more rocket attacks", "fears of a drone strike": attacks expected, not reported.
const EXPECTED_BEFORE = /\b(?:(?:bracing|braced|brace|preparing|prepared|ready)(?:\s+\w+){0,2}\s+for|fears?\s+of|threats?\s+of|risk\s+of|warn\w*\s+(?:of|against)|possible|potential|future|planned|would-be|to prevent|to stop)\s+(?:\w+\s+){0,3}$/i;
// "a fake suicide vest", "a replica gun": not a weapon.
// "a plane carrying drones", "a shipment of missiles": cargo, not the means of this attack.
const CARGO_BEFORE = /\b(?:carrying|transporting|delivering|loaded with|shipments? of|supplying|supplied|selling|sold|buying|bought|producing|manufacturing|stockpiles? of)\s+(?:[\w-]+\s+){0,2}$/i;
const FAKE_BEFORE = /\b(?:fake|replica|imitation|toy|hoax|dummy|mock)\s+$/i;
const SURVEILLANCE_BEFORE = /\b(?:surveillance|reconnaissance|spy|delivery|camera|racing|hobby|civilian|commercial|police|news)\s+$/i;

const NOT_AN_ATTACK_AFTER = /^\s+(?:facilit(?:y|ies)|sites?|storage|stockpiles?|launchers?|launch sites?|footage|videos?|factor(?:y|ies)|programs?|programmes?|production|depots?|warehouses?|plants?|units?|systems?|tests?|parts|components|deals?|sales?|industry|manufactur\w+|capabilit(?:y|ies)|arsenal|technology|makers?|operators?|pilots?|boats?)\b/i;

// "Detectives arrest two men following a bombing", "Demonstrators rally against Israeli strikes": the
// clause's own verb is a reaction; the attack stands only in the phrase it hangs on.
const REACTION_MAIN = /\b(?:arrests?|arrested|identif(?:y|ies|ied)|rall(?:y|ies|ied)|closes?|closed|suspends?|suspended|releases?|released|publish(?:es|ed)?|shut down|provides?|protests?|protested|summons?|summoned|condemns?|condemned|mourns?|mourned|evacuat\w+|investigat\w+|enrich\w*|(?:is|are|was|were) found dead|warns?|warned|receiv(?:es|ed|ing) (?:a )?warning)\b[^.;]{0,120}?\b(?:after|following|due to|amid(?:st)?|during|over|about|against|in response to|of (?:a|an) possible)\b/i;
const PASSIVE_ATTACK = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+)?(?:attacked|stabbed|shot|killed|hit|struck|bombed|targeted|wounded|injured|shelled)\b/i;
/** Where the clause first names the attack (a weapon, a figure or an attack noun), from its start. */
function firstAttackAt(c: Clause): number {
  const first = Math.min(c.weapons[0]?.start ?? Infinity, ...c.counts.map((x) => x.start)) - c.start;
  const noun = c.text.search(/\b(?:attacks?|strikes?|airstrikes?|bombings?|shootings?|massacres?|shelling|raids?)\b/i);
  return Math.min(first, noun < 0 ? Infinity : noun);
}

// "citing the attacks on water plants", "condemning the strikes", "will resume raids": before the attack
// is named, the clause reacts to it; without a figure, date or place of its own it reports nothing.
const REACTION_BEFORE = /\b(?:citing|condemn(?:s|ed|ing)?|related to|resum(?:e|es|ption of)|in (?:response|protest) (?:to|against)|protest(?:s|ed|ing)?|amid(?:st)?|declar(?:es|ed|ing)|warn(?:s|ed|ing)?|threat(?:s|en\w*)?|deal|agreement|treaty|sanctions?|against (?:the )?(?:war|strikes|attacks)|closes?|suspends?|reopens?|summons?)\b/i;
export function citesAttack(c: Clause): boolean {
  const at = firstAttackAt(c);
  return Number.isFinite(at) && REACTION_BEFORE.test(c.text.slice(0, at));
}

function isReactionToAttack(c: Clause): boolean {
  const m = REACTION_MAIN.exec(c.text);
  if (!m) return false;
  // "... arrested after the mayor was stabbed last night": the phrase reports the attack with a verb of its
  // own; "arrested after a double stabbing Monday evening": with a day of its own.
  if (PASSIVE_ATTACK.test(c.text.slice(m.index + m[0].length))) return false;
  if (c.dates.some((d) => d.precision === 'day' && d.start - c.start >= m.index + m[0].length)) return false;
  return firstAttackAt(c) >= m.index + m[0].length;
}

const RESPONSE_TO_ATTACKER = /\b(?:attacker|assailant|gunman|suspect|perpetrator|shooter|knifeman|bomber|hijacker|he|she)\b[^.;]{0,60}?\b(?:was|were|had been|is|being)\s+(?:\w+\s+)?(?:shot|killed|neutrali[sz]ed|arrested|detained|apprehended|subdued|overpowered)\b[^.;]{0,40}?\bby\s+(?:\w+\s+){0,2}(?:police|officers?|security|troops|soldiers|guards|gendarmes|passers-by|bystanders)\b/i;

export function findWeapons(text: string, offset = 0): WeaponMention[] {
  const out: WeaponMention[] = [];
  for (const pattern of WEAPON_PATTERNS) {
    for (const m of text.matchAll(pattern.re)) {
      const start = offset + m.index!;
      const end = start + m[0].length;
      if (out.some((w) => w.start < end && w.end > start)) continue; // an earlier, more specific pattern has it
      if (pattern.category === 'drone' && SURVEILLANCE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      if (EXPECTED_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      if (FAKE_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      if (CARGO_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      // "missile sites", "drone footage", "carrying drones": the weapon names a thing, not an attack.
      if (pattern.munition !== undefined && NOT_AN_ATTACK_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
      // "Assam Rifles", "the Bombers": a capitalised weapon word after a capitalised word is part of a name.
      if ((pattern.category === 'gunfire' || pattern.category === 'melee' || pattern.category === 'explosive') && /^[A-Z]/.test(m[0]) && /[A-Z][\w'’.-]*\s+$/.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      out.push({ category: pattern.category, raw: m[0], start, end, weak: !!pattern.weak || /^bombed$/i.test(m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function negativeContexts(text: string): string[] {
  const kinds: string[] = [];
  for (const { kind, re } of NEGATIVE_CONTEXTS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // "the Sudan Doctors Union", "the Teachers' Union": a capitalised word inside a name is an
      // organisation, not a medical or labour context.
      if ((kind === 'medical' || kind === 'labour') && /^[A-Z]/.test(m[0]) && m.index! > 0) continue;
      kinds.push(kind);
      break;
    }
    re.lastIndex = 0;
  }
  return kinds;
}

/** What the finders found over the text, before it is shared out among clauses. */
type Found = Pick<Clause, 'dates' | 'counts' | 'intercepted' | 'places' | 'perpetrators' | 'targets' | 'damage'>;

/** Split sentences into clauses and attach to each the facts found inside it (all offsets absolute). */
export function buildClauses(text: string, sentences: Sentence[], found: Found): Clause[] {
  const clauses: Clause[] = [];
  for (const s of sentences) {
    const cuts = [s.start];
    // "Two years after a bombing killed 30 there, gunmen opened fire on Sunday": the opening phrase
    // is about another event.
    const intro = INTRO_AFTER.exec(s.text);
    if (intro) cuts.push(s.start + intro[0].length - intro[1].length);
    for (const m of s.text.matchAll(CLAUSE_BREAK)) if (!intro || m.index! > intro[0].length) cuts.push(s.start + m.index!);
    cuts.sort((a, b) => a - b);
    cuts.push(s.end);
    const sentenceDates = found.dates.filter((d) => !d.isBound && d.start >= s.start && d.start < s.end);
    for (let i = 0; i < cuts.length - 1; i++) {
      const start = cuts[i];
      const end = cuts[i + 1];
      const t = text.slice(start, end);
      const within = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= start && x.start < end);
      clauses.push({
        start,
        end,
        text: t,
        sentence: s,
        part: i,
        weapons: findWeapons(t, start),
        dates: within(found.dates).filter((d) => !d.isBound),
        sentenceDates,
        counts: within(found.counts),
        intercepted: within(found.intercepted),
        places: within(found.places),
        perpetrators: within(found.perpetrators),
        targets: within(found.targets),
        damage: within(found.damage),
        eventVerb: EVENT_VERB.test(t) || EVENT_VERB_NAMED_OBJECT.test(t),
        attackNoun: ATTACK_NOUN.test(t),
        newMarker: NEW_INCIDENT_MARKER.test(t),
        anaphora: ANAPHORA.test(t),
        generic: GENERIC.test(t),
        negatives: negativeContexts(t),
      });
    }
  }
  return clauses;
}

const CASUALTY_FIELDS = new Set(['killed', 'injured']);

/** Does this clause report an attack happening (not just mention one)? */
export function isEventClause(c: Clause): boolean {
  if (c.sentence.isHeading) return false;
  const strong = c.weapons.filter((w) => !w.weak);
  const weak = c.weapons.filter((w) => w.weak);
  const casualties = c.counts.some((x) => CASUALTY_FIELDS.has(x.field) && x.count.status === 'reported');
  const projectiles = c.counts.some((x) => x.field === 'projectiles');
  // Tests, caches, trials and accidents make attack words mean something else; sport, cyber and
  // medicine do so when no real weapon is named.
  const hardNegative = c.negatives.some((k) => k === 'test' || k === 'cache' || k === 'trial' || k === 'retrospective');
  const softNegative = c.negatives.some((k) => k === 'sport' || k === 'cyber' || k === 'medical' || k === 'entertainment' || k === 'accident' || k === 'labour' || k === 'politics');
  if (hardNegative) return false;
  // "The assailant was later shot dead by officers": the response to the attack, not another one.
  if (RESPONSE_TO_ATTACKER.test(c.text)) return false;
  if (isReactionToAttack(c)) return false;
  const metaphor = c.negatives.some((k) => k === 'sport' || k === 'cyber' || k === 'medical' || k === 'entertainment');
  if (strong.length > 0) {
    if (metaphor && !casualties && !projectiles) return false;
    // A count of munitions alone ("a contract for 500 missiles") reports nothing happening.
    return c.eventVerb || casualties;
  }
  if (softNegative && !(casualties && !c.negatives.includes('accident'))) return false;
  if (weak.length > 0) return c.eventVerb && (casualties || c.places.length > 0 || c.targets.length > 0);
  // "commandos launched a raid against a camp in Libya": an attack noun with a verb and somewhere it happened.
  if (c.attackNoun) return casualties || (c.eventVerb && (c.places.some((p) => p.score >= 1) || c.targets.length > 0));
  // "struck" and "targeted" also strike posts and audiences: they need a victim or a target.
  if (/\b(?:struck|targeted)\b/.test(c.text) && (casualties || c.targets.length > 0)) return true;
  if (/\b(?:is|was|were|are|been|being)\s+(?:\w+\s+)?(?:struck|targeted|hit)\s+by\b/.test(c.text) && c.places.length > 0) return true;
  // Clashes, and raids or ambushes told in the present ("insurgents storm a camp"), with a toll.
  if (/\b(?:clash(?:es|ed|ing)?|(?:storm|ambush|raid)(?:s|es)?\s+(?:an?|the|two|three|several)\b)/i.test(c.text) && casualties) return true;
  return /\b(?:attacked|stormed|ambushed|raided|shelled|bombed)\b/.test(c.text) && (c.places.length > 0 || c.targets.length > 0 || casualties);
}

/** Does the clause pin the event down (when, how many, exactly where, who), or is it a generality? */
export function hasSpecifics(c: Clause): boolean {
  const specific =
    c.dates.length > 0 ||
    c.counts.some((x) => x.count.status !== 'not_mentioned' && (x.count.best !== null)) ||
    c.places.some((p) => p.score >= 2.5);
  if (!specific) return false;
  // "bombs went off in many towns ... in 2014": a generality keeps only a day-precise date or a figure.
  if (c.generic && !c.dates.some((d) => d.precision === 'day') && !c.counts.some((x) => x.count.best !== null && x.count.status === 'reported')) return false;
  return true;
}
