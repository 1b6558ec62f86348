/**
 * Who did it (perpetrator, with the footing the text gives: claimed, accused, suspected), what was
 * hit (target) and what was damaged. Offsets are relative to the span given.
 */
import type { Perpetrator } from '../schema';
import { LETTER, LOWER, UPPER } from './chars';

export interface PerpetratorMention {
  name: string;
  status: Perpetrator['status'];
  start: number;
  end: number;
}
export interface TargetMention {
  text: string;
  type?: string;
  start: number;
  end: number;
}
export interface DamageMention {
  text: string;
  start: number;
  end: number;
}

// A named actor: capitalised words with the connectors group names use ("Kata'ib Hizbollah",
// "Islamic State", "al-Qaeda in the Arabian Peninsula"), or a descriptive group ("Iran-aligned militias").
// Bounded (words of 40 letters, 8 of them): the rules try an actor at every capital letter, and unbounded
// repetitions made a long run of names ("al-Hassan al-Hassan …") cost its length squared.
const CAP = String.raw`(?:(?:al|el|ad|an|ash|as|ar|az|ul)[-‐]|(?:al|el|bin|ibn) )?[${UPPER}][${LETTER}'’\-]{0,40}`;
const GROUP_NOUN = String.raw`(?:militias?|militants?|militant groups?|groups?|fighters|factions?|rebels?|insurgents?|forces|troops|army|jihadists?|extremists?|gunmen|separatists?|guerrillas?|paramilitar(?:y|ies)|terrorists?|cells?|networks?|organi[sz]ations?|movement|brigades?|battalions?|units?|allies|proxies)`;
const AFFILIATION = String.raw`(?<![${LETTER}-])[${LETTER}-]{1,40}-(?:aligned|backed|linked|affiliated|allied|trained|funded|inspired|led|supported)`;
const HEAD = String.raw`(?:${CAP}|${AFFILIATION})`;
const ACTOR = String.raw`(?:the\s+)?(?:(?:notorious|so-called|hardline|shadowy|little-known|powerful|armed|rival|local|suspected)\s+){0,3}(?:${HEAD}(?:(?:\s+(?:of|of the|in|in the|for|for the|and|and the))?\s+${HEAD}){0,7}(?:\s+and\s+[${LOWER}-]+(?=\s+(?:armed\s+|militant\s+)?${GROUP_NOUN}))?(?:\s+(?:armed\s+|militant\s+)?${GROUP_NOUN})?(?:['’]s\s+(?:regional\s+|local\s+|[${UPPER}][${LETTER}-]*\s+)?(?:affiliate|branch|wing|offshoot|faction|province))?|${GROUP_NOUN})`;

const NO_ONE = /^(?:no|none|nobody|no one|no group|no organi[sz]ation)\b/i;

// Words one of the rules below needs; a sentence without any skips them all (the actor patterns are costly).
const PERPETRATOR_TRIGGER = /claim|responsib|credit|said (?:it|they)|blam|accus|finger|attribut|suspect|presumed|alleged|believed|thought to|likely|probably| by |launched|fired|carried out|conducted|staged|mounted|pinned/i;

const PERPETRATOR_RULES: { status: Perpetrator['status']; trigger: RegExp; re: RegExp }[] = [
  { status: 'claimed', trigger: /responsib|credit/, re: new RegExp(String.raw`(${ACTOR})(?:,[^,]{1,60},)?\s+(?:has\s+|have\s+|had\s+|later\s+|quickly\s+|swiftly\s+)?(?:claimed|claiming|claims|took|has taken|accepted)\s+(?:responsibility|credit)`, 'g') },
  { status: 'claimed', trigger: /claim/, re: new RegExp(String.raw`(?:claimed|claim of responsibility)\s+by\s+(${ACTOR})`, 'g') },
  { status: 'claimed', trigger: /said (?:it|they)/, re: new RegExp(String.raw`(${ACTOR})(?:,[^,]{1,60},)?\s+said\s+(?:it|they)\s+(?:had\s+)?(?:carried out|was behind|were behind|conducted|launched|fired|targeted|struck|attacked)`, 'g') },
  { status: 'accused', trigger: /blam|pinned/, re: new RegExp(String.raw`\b(?:blamed|blames|blaming|pinned)\s+(?:it\s+|the attacks?\s+)?on\s+(${ACTOR})`, 'g') },
  { status: 'accused', trigger: /blam|accus/, re: new RegExp(String.raw`\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(${ACTOR})\s+(?:for|of)\b`, 'g') },
  { status: 'accused', trigger: /finger/, re: new RegExp(String.raw`\b(?:pointing|pointed|points)\s+the finger at\s+(?:many\s+)?(${ACTOR})`, 'g') },
  { status: 'accused', trigger: /attribut/, re: new RegExp(String.raw`\b(?:attributed|attributes)\s+(?:the \w+\s+)?to\s+(${ACTOR})`, 'g') },
  { status: 'accused', trigger: /\bheld\b/, re: new RegExp(String.raw`\bheld\s+(${ACTOR})\s+responsible`, 'g') },
  { status: 'suspected', trigger: /suspect|presum|alleg/i, re: new RegExp(String.raw`\b(?:[Ss]uspected|[Pp]resumed|[Aa]lleged)\s+(${ACTOR})`, 'g') },
  { status: 'suspected', trigger: /suspect/, re: new RegExp(String.raw`\b(?:suspect|suspects|suspected)\s+(?:that\s+)?(${ACTOR})(?!\s+(?:of|in)\b)`, 'g') },
  { status: 'suspected', trigger: /suspected|behind/, re: new RegExp(String.raw`(${ACTOR})\s+(?:is|are|was|were)\s+(?:widely\s+)?(?:suspected|believed to be behind|thought to be behind)`, 'g') },
  { status: 'suspected', trigger: /believed|thought to|likely|probably/, re: new RegExp(String.raw`\b(?:believed to (?:be|have been)|thought to be|likely|probably)\s+(?:a\s+)?(?:(?:retaliation|the work|carried out|an attack)\s*)?(?:by|of)\s+(${ACTOR})`, 'g') },
  { status: 'unknown', trigger: / by /, re: new RegExp(String.raw`\b(?:attacked|targeted|carried out|launched|claimed|fired|struck|killed|stormed|ambushed)\s+by\s+(?:an?\s+)?(${ACTOR})`, 'g') },
  { status: 'unknown', trigger: /launched|fired|carried out|conducted|staged|mounted/, re: new RegExp(String.raw`(${ACTOR})\s+(?:launched|fired|carried out|conducted|staged|mounted)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|raids?|assaults?|offensive|drones?|missiles?|rockets?|air ?strikes?|bombardment|ambush)`, 'g') },
];

/** "a US drone strike", "Israeli air strikes", "Russian missiles": a state named by its adjective. */
const STATE_ADJECTIVES: Record<string, string> = {
  us: 'United States', 'u.s.': 'United States', american: 'United States', israeli: 'Israel', russian: 'Russia',
  ukrainian: 'Ukraine', iranian: 'Iran', turkish: 'Turkey', saudi: 'Saudi Arabia', 'saudi-led': 'Saudi-led coalition',
  'us-led': 'US-led coalition', 'u.s.-led': 'US-led coalition', british: 'United Kingdom', french: 'France', syrian: 'Syria',
  pakistani: 'Pakistan', indian: 'India', jordanian: 'Jordan', egyptian: 'Egypt', sudanese: 'Sudan', nigerian: 'Nigeria',
  'coalition': 'coalition',
};
const STATE_WEAPON = /\b(US|U\.S\.|American|Israeli|Russian|Ukrainian|Iranian|Turkish|Saudi|Saudi-led|US-led|U\.S\.-led|British|French|Syrian|Pakistani|Indian|Jordanian|Egyptian|Sudanese|Nigerian|coalition)\s+(?:(?:military|army|navy|air force|retaliatory|deadly|precision|overnight|unmanned|fighter)\s+)*(?:drone strikes?|drones?|air ?strikes?|airstrikes?|air raids?|warplanes?|jets|missiles?|missile strikes?|strikes?|shelling|artillery|raids?|bombardment|bombing)\b/g;

export function findPerpetrators(text: string): PerpetratorMention[] {
  const out: PerpetratorMention[] = [];
  // Each rule runs (and so is compiled) only on a sentence holding its own cue word: the actor
  // patterns are the largest the extractor has.
  for (const rule of PERPETRATOR_TRIGGER.test(text) ? PERPETRATOR_RULES : []) {
    if (!rule.trigger.test(text)) continue;
    for (const m of text.matchAll(rule.re)) {
      const name = cleanActor(m[1]);
      if (!name || NO_ONE.test(name)) continue;
      // "Nobody has so far claimed responsibility": the actor slot is a negation.
      if (rule.status === 'claimed' && /\b(?:no|not|nobody|none|yet to)\b[^.]{0,25}$/i.test(text.slice(Math.max(0, m.index! - 30), m.index!) + m[0].split(/claim/i)[0])) continue;
      const start = m.index! + m[0].indexOf(m[1]);
      // Rules overlap ("suspected X" is read by two); the first, strongest footing keeps the span.
      if (out.some((p) => p.start < start + m[1].length && p.end > start)) continue;
      out.push({ name, status: rule.status, start, end: start + m[1].length });
    }
  }
  for (const m of text.matchAll(STATE_WEAPON)) {
    const name = STATE_ADJECTIVES[m[1].toLowerCase()];
    if (name) out.push({ name, status: 'unknown', start: m.index!, end: m.index! + m[1].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// How states are named as actors ("Washington", "the US") → one name per state.
const STATE_NAMES: Record<string, string> = {
  us: 'United States', 'u.s.': 'United States', usa: 'United States', washington: 'United States', america: 'United States',
  'united states': 'United States', moscow: 'Russia', kyiv: 'Ukraine', kiev: 'Ukraine', tehran: 'Iran', jerusalem: 'Israel',
  uk: 'United Kingdom', britain: 'United Kingdom', london: 'United Kingdom', ankara: 'Turkey', riyadh: 'Saudi Arabia',
};

function cleanActor(raw: string): string | null {
  let s = raw.replace(/^the\s+/i, '').replace(/^(?:notorious|so-called|hardline|shadowy|little-known|powerful|suspected)\s+/i, '').trim();
  s = s.replace(/(?<!\s)\s+(?:of|in|for|and|the)$/i, ''); // (?<!\s): a long run of spaces is tried once, not at each of its positions
  if (s.length < 2) return null;
  // Sentence-initial function words are not actors.
  if (/^(?:It|They|He|She|We|This|That|These|Those|There|The|A|An|Officials?|Sources?|Police|Authorities|Witnesses|Residents|According|Thus|However|But|And|Meanwhile|Later|Earlier)$/i.test(s)) return null;
  s = s.replace(/^(?:Thus|However|But|And|Meanwhile|Later|Earlier|Then),?\s+/, '');
  // A bare "the group" or "militants" names nobody.
  if (new RegExp(String.raw`^(?:armed\s+|militant\s+)?${GROUP_NOUN}$`, 'i').test(s)) return null;
  return STATE_NAMES[s.toLowerCase()] ?? s;
}

const TARGET_NOUNS: [RegExp, string][] = [
  [/\b(?:air ?bases?|military bases?|bases?|garrisons?|camps?|barracks|outposts?|military posts?|military sites?|positions?)\b/i, 'military base'],
  [/\b(?:convoys?|patrols?|military vehicles?)\b/i, 'convoy'],
  [/\b(?:embass(?:y|ies)|consulates?|diplomatic (?:complex|compound|mission)s?)\b/i, 'diplomatic'],
  [/\b(?:airports?|airfields?|air fields?)\b/i, 'airport'],
  [/\b(?:checkpoints?|border posts?|border crossings?)\b/i, 'checkpoint'],
  [/\b(?:police stations?|police (?:recruiting )?cent(?:er|re)s?|police headquarters|police posts?|police)\b/i, 'police'],
  [/\b(?:markets?|mosques?|churches|church|synagogues?|temples?|schools?|hospitals?|clinics?|hotels?|museums?|restaurants?|cafes?|shops?|malls?|weddings?|funerals?|rall(?:y|ies)|crowds?|concerts?|festivals?|buses|bus|trains?|stations?)\b/i, 'civilian'],
  [/\b(?:power (?:plants?|stations?)|refiner(?:y|ies)|oil fields?|pipelines?|energy infrastructure|substations?|ports?|bridges?|dams?|grids?)\b/i, 'infrastructure'],
  [/\b(?:ministr(?:y|ies)|parliament|government (?:buildings?|offices?|compound)|headquarters|compounds?|facilit(?:y|ies)|offices?|complex)\b/i, 'facility'],
  [/\b(?:villages?|towns?|neighbo(?:u)?rhoods?|residential (?:areas?|buildings?)|apartment (?:blocks?|buildings?)|homes?|houses?)\b/i, 'residential'],
  [/\b(?:ships?|vessels?|tankers?|boats?)\b/i, 'vessel'],
];

const TARGET_RE = new RegExp(
  String.raw`\b(?:at|on|against|targeting|targeted|hit|hitting|struck|striking|near|inside|outside|into|stormed|attacked|attacking|in front of)\s+((?:a|an|the|its|their|[${UPPER}][${LETTER}'’.-]*(?:’s|'s))\s+(?:[${LETTER}'’-]+\s+){0,4}?(?:air ?bases?|military bases?|bases?|garrisons?|camps?|barracks|outposts?|military posts?|military sites?|positions|convoys?|patrols?|military vehicles?|embass(?:y|ies)|consulates?|diplomatic (?:complex|compound|mission)|airports?|airfields?|checkpoints?|border posts?|police stations?|police (?:recruiting )?cent(?:er|re)s?|markets?|mosques?|church(?:es)?|synagogues?|schools?|hospitals?|hotels?|museums?|restaurants?|cafes?|weddings?|funerals?|rall(?:y|ies)|crowds?|buses|bus|trains?|stations?|power (?:plants?|stations?)|refiner(?:y|ies)|oil fields?|pipelines?|ports?|bridges?|ministr(?:y|ies)|parliament|headquarters|compounds?|facilit(?:y|ies)|complex|villages?|homes?|houses?|apartment (?:blocks?|buildings?)|residential (?:areas?|buildings?)|ships?|vessels?|tankers?)\b(?:\s+(?:that|which|where)\s+(?:hosts?|houses?|housed|hosted|is used by|are)\s+[^,.;]{1,40}|\s+(?:housing|hosting|used by|belonging to|carrying|operated by)\s+[^,.;]{1,40})?)`,
  'gi',
);

export function findTargets(text: string): TargetMention[] {
  const out: TargetMention[] = [];
  for (const m of text.matchAll(TARGET_RE)) {
    const phrase = m[1].replace(/(?<!\s)\s+(?:in|on|at|near|and|the)$/i, ''); // (?<!\s): see cleanActor
    const type = TARGET_NOUNS.find(([re]) => re.test(phrase))?.[1];
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ text: phrase, type, start, end: start + phrase.length });
  }
  return out;
}

const DAMAGE_RE = /\b(?:damag(?:ed|ing|e to)|destroy(?:ed|ing)|caught fire|on fire|ablaze|set ablaze|burning of|burned|burnt|material damage|gutted|razed|flattened|collapsed|shattered|blown out)\b/gi;

/**
 * The clauses holding a damage word: from the last [,.;:] before it to the next [,.;] after it, as the
 * regex `[^,.;:]*\b(?:damaged|…)\b[^,.;]*` (g) would give them. Scanned by hand: that regex retried the
 * rest of the clause from every position, quadratic in a long unpunctuated paragraph.
 */
function damageClauses(text: string): { 0: string; index: number }[] {
  const out: { 0: string; index: number }[] = [];
  let from = 0;
  DAMAGE_RE.lastIndex = 0;
  for (let m = DAMAGE_RE.exec(text); m; m = DAMAGE_RE.exec(text)) {
    let start = m.index;
    while (start > from && !',.;:'.includes(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !',.;'.includes(text[end])) end++;
    out.push({ 0: text.slice(start, end), index: start });
    from = DAMAGE_RE.lastIndex = end;
  }
  return out;
}

export function findDamage(text: string): DamageMention[] {
  const out: DamageMention[] = [];
  for (const m of damageClauses(text)) {
    let s = m[0];
    let start = m.index!;
    const lead = s.length - s.trimStart().length;
    s = s.trim();
    start += lead;
    if (!s || /\bno (?:significant |major |serious )?damage\b|without (?:causing )?(?:any )?damage|did not (?:cause|result in) (?:any )?(?:material )?damage/i.test(s)) continue;
    if (s.length > 140) continue; // a long clause is prose, not a damage report
    out.push({ text: s.replace(/^["'“‘]+/, '').replace(/^(?:and|but|yet|while)\s+/i, ''), start, end: start + s.length });
  }
  return out;
}
