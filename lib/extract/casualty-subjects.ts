/**
 * Casualty figures stated subject first, in any tense: "Five men, among them a guard, are killed",
 * "five soldiers and two civilians were killed" (parts of one toll, added), "Three are killed and nine
 * injured" (the second noun left out), "another is critically injured", "a woman and her child die",
 * "Kata'ib Hezbollah commander Abu Ali is killed" (one named victim).
 *
 * Read as a small parser rather than one pattern: find the casualty verb, then walk left over the
 * noun phrases of its subject. Every pattern here is bounded, and the walk looks at most WINDOW
 * characters back, so a long sentence costs linear time.
 */
import type { Count } from '../schema';
import { COUNT_PHRASE, parseCountPhrase } from './numbers';
import { ATTACKER_NOUN, CASUALTY_ADVERB, HEAD_WORD, isPeopleNoun, isPluralNoun } from './lang/en/casualties';

export interface SubjectCount {
  field: 'killed' | 'injured';
  count: Omit<Count, 'status'>;
  /** Where the subject starts and the verb ends. */
  start: number;
  end: number;
  /** Offsets of each number in the subject (so other rules do not read them again). */
  numbers: [number, number][];
  /** A single named or described victim without a number ("the mayor is killed"): used only when nothing better is stated. */
  weak?: boolean;
}

const WINDOW = 180;

const KILL_VERBS = String.raw`killed|dead|slain|died|die|dies|murdered|massacred|executed|shot dead|shot and killed|stabbed to death|beaten to death|burned to death|beheaded|assassinated|lost their lives|lose their lives|lost his life|lost her life|loses (?:his|her) life`;
const INJURE_VERBS = String.raw`(?:suffered|sustained|suffers|sustains|suffering|sustaining)\s+(?:[\w"“-]+\s+){0,2}(?:injuries|wounds|stab wounds|gunshot wounds)|wounded|injured|hurt|hospitali[sz]ed|maimed|stabbed|shot(?!\s+(?:dead|and killed|to death))`;
const AUX = String.raw`(?:are|were|is|was|have been|has been|had been|got|get|gets|being|been|have|has|had)`;
const VERB_RE = new RegExp(String.raw`\b(?:${AUX}\s+)?(?:${CASUALTY_ADVERB}\s+){0,2}(?:(${KILL_VERBS})|(${INJURE_VERBS}))\b`, 'gi');

// A subject noun phrase at the end of the window: a count, up to six modifiers, a people noun, an
// optional "of ..." complement ("members of the Revolutionary Guard").
const MODIFIER = String.raw`(?!(?:are|were|is|was|and|or|have|has|had|been|killed|injured|wounded|dead|died)\b)[\w'’.-]+\s+`;
const NP_AT_END = new RegExp(String.raw`(${COUNT_PHRASE}|\b(?:his|her|another))\s+((?:${MODIFIER}){0,6}?)(${HEAD_WORD})(?:\s+(?:of|from|with|at|in)\s+[^,;]{1,50}?)?\s*$`, 'i');
// The noun left out: "and nine injured", "and 12 more injured", "and four others are wounded".
const ELIDED_AT_END = new RegExp(String.raw`(?:^|\band|,)\s*(${COUNT_PHRASE})(?:\s+(?:more|others?|other people))?\s*$`, 'i');
const ANOTHER_AT_END = /(?:\band|,)\s+(another(?: (?:one|person|man|woman|child))?|one other(?: person)?)\s*$/i;
const CONNECTOR_AT_END = /(?:,\s*and|,|\band|\bas well as|\balong with)\s*$/i;
// Asides inside a subject: ", including a teenager,", ", among them two police officers,", "(both Iraqi)".
const ASIDE = /,\s*(?:including|among them|among whom|mostly|most of them|many of them|all of them|both|one of them|some of them|two of them|three of them|among those)\b[^,;()]{0,80},|\s*\([^()]{0,80}\)/gi;
// A name or title just before a singular verb ("Judge Mara Teller is assassinated").
const NAME_AT_END = /[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin |ibn |de |da |van )?[A-Z][\w'’.-]*)*\s*["”]?\s*$/;
// "the mayor is killed", "a local official was shot dead": one person named by a singular people noun.
const ROLE_AT_END_RE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(${HEAD_WORD})\s*$`, 'i');
const ROLE_AT_END = { test: (w: string) => { const m = ROLE_AT_END_RE.exec(w); return !!m && isPeopleNoun(m[1]) && !isPluralNoun(m[1]); } };
// Words that end the subject: a verb or clause opener between the number and the casualty verb.
const CLAUSE_STOP = /[;:]|\b(?:after|when|while|as|because|since|but|who|which|that|said|says|told|reported|according)\b/gi;

const AUX_FIRST = new RegExp(String.raw`^${AUX}\s`, 'i');
const OBJECT_AFTER_RE = new RegExp(String.raw`^\s+(?:${COUNT_PHRASE}|the\b|his\b|her\b|their\b)`, 'i');
const OBJECT_AFTER = { test: (s: string) => OBJECT_AFTER_RE.test(s) || isPeopleNoun(/^\s+([A-Za-z][\w'’-]*)/.exec(s)?.[1] ?? '') };
const APPOSITIVE_AT_END = /,\s*(?:the|a|an|his|her|their)\s[^,;]{1,90},\s*$/i;
// "at least 14 were killed": a figure standing alone as the subject, after a clause boundary.
const BARE_COUNT_AT_END = new RegExp(String.raw`(?:^|[,;:]|\band\b)\s*(${COUNT_PHRASE})(?:\s+of\s+(?:whom|them|those|these))?\s*$`, 'i');
const COUNT_AT_END = new RegExp(String.raw`${COUNT_PHRASE}\s*$`, 'i');
const PLURAL_AUX = /^(?:were|are|have been|had been)\b/i;
const PRONOUN_AT_END = /(?:^|[.;,]\s*|\band\s+)(?:he|she)\s*$/i;
const THE_PERSON_AT_END = new RegExp(String.raw`\bthe\s+(?:${MODIFIER}){0,3}?(${HEAD_WORD})\s*$`, 'i');
const NAME_IN_LIST = /(?:^|[,;]\s*|\s)(?:[a-z-]+\s+){0,3}[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin |ibn |de |da )?[A-Z][\w'’.-]*){1,3}\s*$/;
const NEGATED = /\b(?:no|not|none|nobody|never)\s+$/i;

export function findSubjectCounts(text: string): SubjectCount[] {
  const out: SubjectCount[] = [];
  for (const v of text.matchAll(VERB_RE)) {
    const field = v[1] ? 'killed' : 'injured';
    const verbStart = v.index!;
    const verbEnd = verbStart + v[0].length;
    // Without an auxiliary, "killed 16 people" is active: its subject is the weapon, not the victims;
    // "stabbed" and "shot" are injuries only in the passive ("a gunman shot shoppers").
    if (!AUX_FIRST.test(v[0]) && (OBJECT_AFTER.test(text.slice(verbEnd, verbEnd + 40)) || /(?:stabbed|shot)$/i.test(v[0]))) continue;
    // "shot dead" read as killed only; "critically injured" is a verb, not "injured" then a noun.
    const from = Math.max(0, verbStart - WINDOW);
    let window = text.slice(from, verbStart);
    // Cut at the last clause opener: the subject lies after it.
    let cut = 0;
    for (const m of window.matchAll(CLAUSE_STOP)) cut = m.index! + m[0].length;
    window = ' '.repeat(cut) + window.slice(cut);
    window = window.replace(ASIDE, (m) => ' '.repeat(m.length));
    // "Volodymyr L., the former mayor of X, is killed": an appositive after a name.
    window = window.replace(APPOSITIVE_AT_END, (m) => ' '.repeat(m.length));
    if (NEGATED.test(window)) continue;
    const parts = subjectParts(window, hasEarlierCasualty(text, verbStart));
    const singular = /^(?:is|was|has been|had been)\b/i.test(v[0]) || /^(?:died|dies)$/i.test(v[0]);
    if (!parts.length) {
      const bare = PLURAL_AUX.test(v[0]) || /^(?:died|die)$/i.test(v[0]) ? BARE_COUNT_AT_END.exec(window) : null;
      const c = bare ? parseCountPhrase(bare[1]) : null;
      if (c && c.best !== null && c.best > 1) {
        const s = from + bare!.index + bare![0].indexOf(bare![1]);
        out.push({ field, count: { ...c, raw: text.slice(s, verbEnd) }, start: s, end: verbEnd, numbers: [[s, s + bare![1].length]] });
        continue;
      }
      if (singular && (field === 'killed' || /^(?:is|was|has been|had been)\b/i.test(v[0])) && ((NAME_AT_END.test(window.trimEnd()) && !COUNT_AT_END.test(window)) || ROLE_AT_END.test(window) || PRONOUN_AT_END.test(window))) {
        out.push({ field, count: { best: 1, min: 1, max: 1, qualifier: 'exact', raw: v[0] }, start: verbStart, end: verbEnd, numbers: [], weak: true });
      }
      continue;
    }
    // Parts of one toll are added; an attacker named beside the victims is not one of them.
    const victims = parts.length > 1 ? parts.filter((p) => !p.attacker) : parts;
    if (!victims.length || (victims.length > 1 && victims.some((p) => p.count.best === null))) continue;
    out.push({ ...toSubjectCount(field, victims, from, verbEnd, text), numbers: parts.map((p): [number, number] => [from + p.start, from + p.end]) });
  }
  return out;
}

interface Part {
  count: Omit<Count, 'status'>;
  start: number; // in window coordinates
  end: number;
  attacker: boolean;
}

function subjectParts(window: string, elidedAllowed: boolean): Part[] {
  const parts: Part[] = [];
  let rest = window;
  for (let k = 0; k < 4; k++) {
    const trimmed = rest.trimEnd();
    const np = NP_AT_END.exec(trimmed);
    if (np && isPeopleNoun(np[3])) {
      const word = np[1];
      const noun = np[3];
      const single = /^(?:his|her|another)$/i.test(word);
      if (single && isPluralNoun(noun)) break;
      const c = parseCountPhrase(single ? 'one' : /^an?$/i.test(word) ? 'one' : word);
      if (!c) break;
      parts.push({ count: c, start: np.index, end: trimmed.length, attacker: ATTACKER_NOUN.test(noun) });
      rest = trimmed.slice(0, np.index);
    } else if (k > 0 && THE_PERSON_AT_END.test(trimmed) && isPeopleNoun(THE_PERSON_AT_END.exec(trimmed)![1])) {
      const n = THE_PERSON_AT_END.exec(trimmed)!;
      parts.push({ count: { best: 1, min: 1, max: 1, qualifier: 'exact', raw: n[0].trim() }, start: n.index + n[0].length - n[0].trimStart().length, end: trimmed.length, attacker: ATTACKER_NOUN.test(n[1]) });
      break;
    } else if (k > 0 && NAME_IN_LIST.test(trimmed)) {
      const n = NAME_IN_LIST.exec(trimmed)!;
      parts.push({ count: { best: 1, min: 1, max: 1, qualifier: 'exact', raw: n[0].trim() }, start: n.index + n[0].length - n[0].trimStart().length, end: trimmed.length, attacker: false });
      break;
    } else {
      const elided = elidedAllowed || k > 0 ? ELIDED_AT_END.exec(trimmed) : null;
      const another = elidedAllowed ? ANOTHER_AT_END.exec(trimmed) : null;
      const m = elided ?? another;
      if (!m) break;
      const c = elided ? parseCountPhrase(elided[1]) : parseCountPhrase('one');
      if (!c) break;
      const start = m.index + m[0].indexOf(m[1]);
      parts.push({ count: c, start, end: trimmed.length, attacker: false });
      // The elided noun is a new clause's subject ("... are killed and nine injured"): stop here.
      break;
    }
    const conn = CONNECTOR_AT_END.exec(rest.trimEnd());
    if (!conn) break;
    rest = rest.trimEnd().slice(0, conn.index);
  }
  return parts;
}

function toSubjectCount(field: SubjectCount['field'], parts: Part[], from: number, verbEnd: number, text: string): SubjectCount {
  const start = from + Math.min(...parts.map((p) => p.start));
  const numbers = parts.map((p): [number, number] => [from + p.start, from + p.end]);
  if (parts.length === 1) return { field, count: { ...parts[0].count, raw: text.slice(start, verbEnd) }, start, end: verbEnd, numbers };
  const sum = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? xs.reduce((a, b) => a! + b!, 0) : null);
  const best = sum(parts.map((p) => p.count.best));
  const exact = parts.every((p) => p.count.qualifier === 'exact');
  return {
    field,
    count: { best, min: exact ? best : sum(parts.map((p) => p.count.min)), max: exact ? best : null, qualifier: exact ? 'exact' : 'at_least', raw: text.slice(start, verbEnd) },
    start,
    end: verbEnd,
    numbers,
  };
}

const CASUALTY_BEFORE = /\b(?:killed|dead|died|injured|wounded|hurt)\b/i;
function hasEarlierCasualty(text: string, verbStart: number): boolean {
  return CASUALTY_BEFORE.test(text.slice(Math.max(0, verbStart - WINDOW), verbStart));
}

// Verb first, one named victim: "killing Omar Said, a senior commander", "killed rebel spokesman Ali Nur in".
const KILL_NAMED = /\b(?:killed|killing|kills|assassinated|assassinating|shot dead|shooting dead|gunned down|gunning down)\s+([^,.;:()]{3,80}?)(?=\s*[,.;:(]|\s+(?:in|on|at|and|with|during|after|near|outside|inside|while)\b|$)/g;
const OBJECT_NAME = /^(?:(?:[a-z-]+|[A-Z][\w'’.-]*)\s+){0,5}[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin |ibn |de |da )?[A-Z][\w'’.-]*){1,3}$/;

/** One victim named after the verb: weak (loses to any stated figure). */
export function findNamedVictims(text: string): SubjectCount[] {
  const out: SubjectCount[] = [];
  for (const m of text.matchAll(KILL_NAMED)) {
    const object = m[1].trim();
    if (!OBJECT_NAME.test(object) || NUMBER_IN.test(object) || object.split(/\s+/).some((w) => isPeopleNoun(w) && isPluralNoun(w))) continue;
    const start = m.index!;
    out.push({ field: 'killed', count: { best: 1, min: 1, max: 1, qualifier: 'exact', raw: m[0] }, start, end: start + m[0].length, numbers: [], weak: true });
  }
  return out;
}
const NUMBER_IN = new RegExp(String.raw`(?:^|\s)(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)\b`, 'i');
