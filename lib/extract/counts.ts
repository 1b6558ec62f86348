/**
 * Counts in a span of text: munitions fired ("three rockets", "four of which were intercepted") and
 * people killed or injured ("killing at least 23", "About 50 other people were wounded",
 * "no casualties", "the death toll rose to 30"). Offsets are relative to the span given.
 */
import type { Count } from '../schema';
import { COUNT_PHRASE, parseCountPhrase } from './numbers';
import { MUNITION_NOUN } from './lang/en/lexicon';
import { HEAD_WORD, isPeopleNoun } from './lang/en/casualties';
import { findNamedVictims, findSubjectCounts } from './casualty-subjects';

export interface CountMention {
  field: 'projectiles' | 'killed' | 'injured';
  count: Count;
  start: number;
  end: number;
  /** "the toll rose to": replaces an earlier figure instead of losing to it. */
  correction?: boolean;
  /** Stated by a party as its claim ("Afghanistan claims ... killing over 400"): an independently reported figure replaces it. */
  claimed?: boolean;
  /** One victim described without a number ("the mayor is killed"): loses to any stated figure. */
  weak?: boolean;
  /** Projectiles: the munition noun, e.g. "Katyusha rockets". */
  noun?: string;
}

const reported = (c: Omit<Count, 'status'>): Count => ({ ...c, status: 'reported' });
const NONE = (raw: string): Count => ({ best: 0, min: 0, max: 0, qualifier: 'exact', status: 'none_reported', raw });

// Up to four modifier words between a number and the people noun ("17 foreigners", "22 Iraqi militias", "50 other people").
const MODS = String.raw`(?:(?:[\w'’-]+)\s+){0,4}?`;
const COUNT = `(${COUNT_PHRASE})`;
// It follows \s+: the optional verb carries its own \s* (a `\s+(?:were)?\s*` could split a run of spaces
// between two quantifiers in quadratically many ways before failing).
const KILL_PASSIVE = String.raw`(?:(?:were|was|have been|had been|are|is|being|got|been)\s*)?(?:reportedly |also |later |confirmed |all |now |believed )?(?:killed|dead|slain|died|murdered|massacred|executed|shot dead|beheaded|lost their lives)`;

interface Rule {
  field: CountMention['field'];
  re: RegExp;
  correction?: boolean;
  /** A cheap test a sentence must pass before `re` runs (and is compiled at all: V8 compiles each pattern on first use). */
  trigger?: RegExp;
  /** Where the match really ends, or null to reject it: the people noun is checked here, not in `re`. */
  end?: (m: RegExpMatchArray, text: string) => number | null;
}

/** Up to five words after a count: is one a people noun ("killed 25 hardline fighters")? Returns the end of that noun. */
function peopleNounWithin(text: string, from: number, words = 5): number | null {
  const re = /\s+([A-Za-z][\w'’-]{0,30})/y;
  re.lastIndex = from;
  for (let i = 0; i < words; i++) {
    const w = re.exec(text);
    if (!w) return null;
    if (isPeopleNoun(w[1])) return re.lastIndex;
  }
  return null;
}
const endOfMatch = (m: RegExpMatchArray) => m.index! + m[0].length;
/** Verb first: the count is followed by people within five words, or by one of `also`. */
const verbFirst = (also: RegExp) => (m: RegExpMatchArray, text: string) => {
  const end = endOfMatch(m);
  return also.test(text.slice(end, end + 20)) ? end : peopleNounWithin(text, end) !== null ? end : null;
};
/** The captured head word (last group) must be a people noun. */
const headIsPeople = (m: RegExpMatchArray) => (isPeopleNoun(m[m.length - 1] ?? '') ? endOfMatch(m) : null);

// The rest of a verb-first object: "... and nine others", "... and two other soldiers" (not "and wounding 5").
const AND_MORE = new RegExp(String.raw`^(?:\s+(${HEAD_WORD}))?\s*,?\s+and\s+(${COUNT_PHRASE})\s+(?:other\s+|more\s+)?(${HEAD_WORD})\b(?!\s+(?:were|are|was|is)\b)`, 'i');

const CONDITION_RE = /condition|survive|life-threatening/i;
const SURVIVED_RE = /\b(?:in (?:a )?(?:stable|good|fair|satisfactory|["“]?not life-threatening["”]?) condition|non-life-threatening (?:injuries|wounds)|(?:expected to|will|is likely to) (?:survive|recover)|survived (?:the|an?) (?:attack|assault|stabbing|shooting|blast|bombing|explosion)|condition (?:is|was|remains|remained) (?:stable|good|satisfactory))\b/gi;

const CLAIM_BEFORE = /\b(?:claims?|claimed|claiming|alleges?|alleged|boasts?|boasted)\b(?!\s+(?:responsibility|credit))/i;

// Cheap tests that let a sentence skip whole families of patterns.
const KILL_WORD = /kill|dead|death|died|\bdies?\b|slain|fatalit|lives|\blife\b|toll|murder|massacr|execut|behead|assassinat/i;
const INJURY_WORD = /wound|injur|hurt|hospital|maim|stabb|shot/i;
const NONE_WORD = /\b(?:no|without|not|didn't|nobody|none|unharmed|safe|accounted)\b/i;
const NUMBER_OR_ARTICLE = /\d|\b(?:an?|one|another|his|her|\w+teen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|scores|hundreds|thousands|several|multiple|numerous|pair|couple|barrage|salvo|volley)\b/i;

const RULES: Rule[] = [
  // "the death toll rose to 30", "raising the toll to 30"
  { field: 'killed', correction: true, trigger: /toll|number of/i, re: new RegExp(String.raw`\b(?:death toll|toll|number of (?:dead|deaths|people killed))(?:\s+(?:from|of|in)\s+[^;:]{1,80}?)?\s+(?:has\s+|had\s+)?(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|increasing|increases|jumped|reached|reaching|reaches|hit|stood at|stands at|is|was|now stands at|of|to)\s*(?:to\s+|at\s+)?${COUNT}`, 'gi') },
  { field: 'killed', correction: true, trigger: /raising the/i, re: new RegExp(String.raw`\braising the (?:death )?toll to\s+${COUNT}`, 'gi') },
  // Verb first: "killing at least 23 people", "killed 25 hardline fighters", "claimed the lives of 3"
  { field: 'killed', re: new RegExp(String.raw`\b(?:killing|killed|kills|kill|claiming the lives of|claimed the lives of|left|leaving|beheaded|beheading|executed|executing|massacred|massacring|murdered|murdering|shot dead|shooting dead|gunned down|gunning down|slaughtered)\s+${COUNT}(?=\s|[,.;])`, 'gi'), end: verbFirst(/^(?:\s+(?:dead|killed)\b|[,.;]|\s+(?:and|in|on|at|including|across|near|during|after|when|while|as)\b)/i) },
  // "stabbed four colleagues to death"
  { field: 'killed', trigger: /to death/i, re: new RegExp(String.raw`\b(?:stabbed|stabbing|shot|shooting|beat|beating|hacked|hacking|burned|burning|bludgeoned|clubbed)\s+${COUNT}\s+${MODS}(${HEAD_WORD})\s+to death\b`, 'gi'), end: headIsPeople },
  { field: 'injured', re: new RegExp(String.raw`\b(?:injuring|injured|injures|injure|wounding|wounded|wounds|wound|hurting|hurt|maiming|stabbing|stabbed|stabs)\s+${COUNT}(?=\s|[,.;])`, 'gi'), end: verbFirst(/^(?:\s+(?:others?|more)\b|[,.;]|\s+(?:and|in|on|at|including|across|near|during|after|when|while|as)\b)/i) },
  // "leaving 5 dead and 12 wounded", "5 dead", "12 killed"
  { field: 'killed', trigger: /dead|killed|death|fatalit/i, re: new RegExp(String.raw`${COUNT}\s+(?:people\s+)?(?:dead|killed|deaths|fatalities|fatality|death)\b`, 'gi') },
  { field: 'injured', trigger: /injur|wounded|hurt/i, re: new RegExp(String.raw`${COUNT}\s+(?:people\s+|others?\s+)?(?:injured|wounded|hurt|injuries)\b(?!\s+(?:by|in|when))`, 'gi') },
  // Subject first: most are read by casualty-subjects.ts; this one keeps "dozens of pupils and teachers have been killed".
  { field: 'killed', re: new RegExp(String.raw`${COUNT}\s+${MODS}(${HEAD_WORD})\s+${KILL_PASSIVE}\b`, 'gi'), end: headIsPeople },
  // "a foreign engineer was killed", "a US contractor" after a kill verb: one person.
  { field: 'killed', re: new RegExp(String.raw`\b(?:killing|killed|kills|shooting dead|shot dead|gunning down|gunned down|stabbing to death|stabbed to death|beheading|beheaded)\s+(an?|one)(?=\s)`, 'gi'), end: (m, text) => peopleNounWithin(text, endOfMatch(m), 4) },
  { field: 'injured', re: new RegExp(String.raw`\b(?:injuring|injured|wounding|wounded)\s+(an?|one)(?=\s)`, 'gi'), end: (m, text) => peopleNounWithin(text, endOfMatch(m), 4) },
  // "caused only one death", "one person died"
  { field: 'killed', trigger: /death|fatalit/i, re: new RegExp(String.raw`${COUNT}\s+(?:deaths?|fatalit(?:y|ies))\b`, 'gi') },
];

// "No casualties": which fields the negation covers.
const NONE_RULES: { fields: ('killed' | 'injured')[]; re: RegExp }[] = [
  {
    fields: ['killed', 'injured'],
    re: /\b(?:no (?:immediate |initial |further )?(?:reports? of |word of |information on )?(?:(?:human|civilian|any) )?(?:casualties|victims|losses|loss of life and injuries)|without (?:causing |resulting in |leading to |reports? of |any )*(?:any )?(?:(?:human|civilian) )?(?:casualties|losses|victims)|(?:did not|didn't|does not) (?:cause|result in|lead to|leave) (?:any )?(?:human |civilian )?(?:casualties|losses|victims)|caused no (?:casualties|losses|victims)|no one was (?:hurt|harmed)|nobody was (?:hurt|harmed)|no one (?:was )?(?:killed or (?:injured|wounded|hurt))|no (?:deaths|fatalities) or injuries|no injuries or deaths|(?:all|everyone) (?:\w+ ){0,3}(?:is|are|were|was) (?:safe|unharmed|accounted for))\b/gi,
  },
  { fields: ['injured'], re: /\b(?:no (?:immediate |reported )?(?:reports? of )?injur(?:ies|ed)|(?:the )?(?:crew|passengers|occupants|soldiers|staff|residents|guards|troops|people)(?: \w+){0,2} (?:were|was) not (?:injured|hurt|harmed)|(?:returned|escaped|were|was) unharmed|no-one was (?:injured|hurt|harmed)|no one was (?:injured|wounded)|nobody was (?:injured|wounded)|without (?:causing |any )*injur(?:y|ies)|caused no injuries)\b/gi },
  { fields: ['killed'], re: /\b(?:no (?:immediate |reported )?(?:reports? of )?(?:deaths|fatalities|dead)|no one was killed|nobody was killed|without (?:causing |any )*(?:deaths|fatalities|loss of life)|no loss of life|caused no deaths)\b/gi },
];

// Munition nouns not followed by a word that makes them a modifier ("rocket attack", "missile launchers").
// "A drone strikes a car": "strikes" followed by its object is the verb, and the drone is counted.
const MUNITION_RE = new RegExp(String.raw`(?<![\w-])(${MUNITION_NOUN})\b(?!\s+(?:attacks?|fire|launchers?|launch sites?|sirens?|alerts?|alarms?|strikes?\b(?!\s+(?:an?|the|two|three|several|its|their)\b)|programs?|programmes?|systems?|tests?|units?|batter(?:y|ies)|factor(?:y|ies)|experts?|defen[cs]es?|shields?|of\b))`, 'g');
// The count right before a munition noun ("A pair of", "at least five"), matched case-insensitively.
const COUNT_BEFORE = new RegExp(String.raw`${COUNT}\s+$`, 'i');
const MUNITION_AT_START = new RegExp(String.raw`^${MUNITION_NOUN}\b`, 'i');
const COUNT_AT_START = new RegExp(String.raw`^${COUNT}\s+`, 'i');
// "air defences destroyed 38 missiles": destroyed counts as intercepted only where air defence is named.
const AIR_DEFENCE_DESTROYED_RE = new RegExp(String.raw`\bair[- ]defen[cs]es?\b[^.;]{0,40}?\b(?:destroyed|neutrali[sz]ed)\s+${COUNT}`, 'gi');
const INTERCEPTED_RE = new RegExp(
  String.raw`${COUNT}\s+(?:of (?:which|them|those|the \w+)\s+)?(?:(?:were|was|had been|have been)\s*)?(?:successfully\s+)?(?:shot down|intercepted|downed|destroyed in (?:the )?(?:air|flight)|neutrali[sz]ed)|(?:intercepted|shot down|downed)\s+${COUNT}\b`,
  'gi',
);

/** Casualty and munition counts in `text`. */
export function findCounts(text: string): CountMention[] {
  const out: CountMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);

  const numbers = NUMBER_OR_ARTICLE.test(text);
  const kills = numbers && KILL_WORD.test(text);
  const injuries = numbers && INJURY_WORD.test(text);
  // Subject-first statements are parsed first: they add up parts of a toll and see past asides.
  for (const s of KILL_WORD.test(text) || INJURY_WORD.test(text) ? [...findSubjectCounts(text), ...findNamedVictims(text)] : []) {
    if (s.numbers.some(([a, b]) => overlaps(a, b))) continue;
    taken.push(...s.numbers);
    out.push({ field: s.field, count: reported(s.count), start: s.start, end: s.end, ...(s.weak ? { weak: true } : {}) });
  }
  for (const rule of RULES) {
    if (rule.field === 'killed' ? !kills : !injuries) continue;
    if (rule.trigger && !rule.trigger.test(text)) continue;
    for (const m of text.matchAll(rule.re)) {
      const matchEnd = rule.end ? rule.end(m, text) : endOfMatch(m);
      if (matchEnd === null) continue;
      const phrase = m[1];
      const c = parseCountPhrase(/^an?$|^one$/i.test(phrase) ? 'one' : phrase);
      if (!c || c.best === null && c.qualifier !== 'vague') continue;
      // The number's own span: it is the first group.
      const numStart = m.index! + m[0].toLowerCase().indexOf(phrase.toLowerCase());
      if (overlaps(numStart, numStart + phrase.length)) continue;
      // A munition noun right after the number is a projectile count, not people.
      if (MUNITION_AT_START.test(text.slice(numStart + phrase.length).trimStart())) continue;
      taken.push([numStart, numStart + phrase.length]);
      // "killed a general and nine others": the object goes on; its parts are one toll.
      const more = c.best !== null && !rule.correction ? AND_MORE.exec(text.slice(matchEnd, matchEnd + 80)) : null;
      const moreOk = !!more && (!more[1] || isPeopleNoun(more[1])) && isPeopleNoun(more[3]);
      const extra = more && moreOk ? parseCountPhrase(more[2]) : null;
      if (more && extra?.best != null) {
        const end = matchEnd + more[0].length;
        const s = matchEnd + more.index + more[0].indexOf(more[2]);
        taken.push([s, s + more[2].length]);
        out.push({ field: rule.field, count: reported({ ...c, best: c.best! + extra.best, min: null, max: null, qualifier: 'at_least', raw: text.slice(m.index!, end) }), start: m.index!, end });
        continue;
      }
      out.push({ field: rule.field, count: reported({ ...c, raw: text.slice(m.index!, matchEnd) }), start: m.index!, end: matchEnd, correction: rule.correction });
    }
  }
  for (const rule of NONE_WORD.test(text) ? NONE_RULES : []) {
    for (const m of text.matchAll(rule.re)) {
      if (overlaps(m.index!, m.index! + m[0].length)) continue;
      taken.push([m.index!, m.index! + m[0].length]);
      for (const field of rule.fields) out.push({ field, count: NONE(m[0]), start: m.index!, end: m.index! + m[0].length });
      // Nobody hurt means nobody killed; a figure stated for the dead still wins (weak).
      if (rule.fields.length === 1 && rule.fields[0] === 'injured') out.push({ field: 'killed', count: NONE(m[0]), start: m.index!, end: m.index! + m[0].length, weak: true });
    }
  }
  // "in stable condition", "expected to survive": the wounded live, so none killed unless a figure says otherwise (weak).
  for (const m of CONDITION_RE.test(text) ? text.matchAll(SURVIVED_RE) : []) {
    if (overlaps(m.index!, m.index! + m[0].length)) continue;
    out.push({ field: 'killed', count: NONE(m[0]), start: m.index!, end: m.index! + m[0].length, weak: true });
  }
  for (const m of numbers ? text.matchAll(MUNITION_RE) : []) {
    // The count stands before the noun phrase, or opens it when capitalised ("Four Grad rockets").
    const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    const inside = before ? null : COUNT_AT_START.exec(m[0]);
    const phrase = before?.[1] ?? inside?.[1];
    if (!phrase) continue;
    const c = parseCountPhrase(phrase);
    if (!c) continue;
    const start = before ? m.index! - before[0].length : m.index!;
    const end = m.index! + m[0].length;
    out.push({ field: 'projectiles', count: reported({ ...c, raw: text.slice(start, end) }), start, end, noun: m[1] });
  }
  // A party's claim: the figure stands in a sentence whose speaker claims it.
  for (const c of out) if (c.field !== 'projectiles' && CLAIM_BEFORE.test(text.slice(0, c.start))) c.claimed = true;
  return out.sort((a, b) => a.start - b.start);
}

/** "five drones, four of which were intercepted": intercepted sub-counts. */
export function findIntercepted(text: string): { count: number; start: number; end: number }[] {
  const out: { count: number; start: number; end: number }[] = [];
  if (!/intercept|shot down|downed|neutrali|air[- ]defen/i.test(text)) return out;
  for (const m of [...text.matchAll(INTERCEPTED_RE), ...text.matchAll(AIR_DEFENCE_DESTROYED_RE)]) {
    const phrase = m[1] ?? m[2];
    const c = parseCountPhrase(phrase);
    if (c?.best != null) out.push({ count: c.best, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
