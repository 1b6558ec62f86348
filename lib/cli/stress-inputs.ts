/**
 * Deterministic inputs for timing the extractor: realistic-looking news text of any length, and the
 * pathological texts a hostile or broken page can hand the background worker (no punctuation for
 * 100,000 characters, runs of "al-", of non-breaking spaces, of capitalised names, of repeated count
 * phrases...). Used by the fuzz test (test/unit/extract/fuzz.test.ts) and by `npm run bench`.
 *
 * Everything comes from a small seeded PRNG (mulberry32), so a given (seed, size) always gives the same
 * text: no flaky timings from one run's lucky input. All wording is written for this file.
 */
import { prng } from '../random';


type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

const PLACES = ['Baghdad', 'Kharkiv', 'Mogadishu', 'Kabul', 'Maiduguri', 'Gaza City', 'Erbil', 'Odesa', 'Peshawar', 'Aden', 'Kherson', 'Kirkuk', 'Sumy', 'Quetta', 'Tripoli', 'Homs'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'at least 12', 'more than 20', 'about 40', 'dozens of', '17', '23', '105'];
const PEOPLE = ['people', 'civilians', 'soldiers', 'police officers', 'passengers', 'workers', 'children', 'fighters', 'residents'];
const MUNITIONS = ['rockets', 'drones', 'missiles', 'mortar shells', 'Katyusha rockets', 'ballistic missiles', 'artillery shells'];
const TARGETS = ['a military base', 'the police station', 'a crowded market', 'the city hall', 'a power station', 'a checkpoint', 'the main hospital', 'an apartment block', 'a convoy'];
const GROUPS = ['the Northern Front', 'Islamic State', 'the Sahel Liberation Movement', 'al-Shabaab', 'an armed group', 'the Coastal Brigades'];
const OFFICIALS = ['the regional governor', 'a police spokesman', 'the interior ministry', 'local officials', 'a hospital director', 'the army', 'witnesses'];
const SAID = ['said', 'told reporters', 'said in a statement', 'wrote on social media', 'confirmed'];

/** One sentence of plausible news prose; about half report an attack, the rest are background. */
function sentence(rng: Rng): string {
  const place = pick(rng, PLACES);
  const day = pick(rng, WEEKDAYS);
  const who = pick(rng, OFFICIALS);
  const said = pick(rng, SAID);
  switch (int(rng, 0, 13)) {
    case 0:
      return `${cap(pick(rng, NUMBERS))} ${pick(rng, MUNITIONS)} struck ${pick(rng, TARGETS)} in ${place} on ${day}, killing ${pick(rng, NUMBERS)} ${pick(rng, PEOPLE)} and wounding ${int(rng, 2, 60)} others, ${who} ${said}.`;
    case 1:
      return `${cap(who)} ${said} that ${int(rng, 3, 40)} ${pick(rng, MUNITIONS)} were launched overnight, ${int(rng, 1, 3)} of which were intercepted by air defences.`;
    case 2:
      return `Gunmen opened fire on ${pick(rng, TARGETS)} near ${place} late on ${day}, leaving ${int(rng, 2, 30)} dead.`;
    case 3:
      return `${cap(pick(rng, GROUPS))} claimed responsibility for the attack in a statement posted online.`;
    case 4:
      return `The death toll rose to ${int(rng, 5, 90)} on ${day}, ${who} ${said}, as rescue teams searched the rubble.`;
    case 5:
      return `Officials blamed ${pick(rng, GROUPS)} for the bombing, which damaged ${int(rng, 2, 12)} houses and a school.`;
    case 6:
      return `There were no casualties, ${who} ${said}, but the blast shattered windows across the district.`;
    case 7:
      return `On ${int(rng, 1, 28)} ${pick(rng, MONTHS)} a car bomb exploded outside ${pick(rng, TARGETS)} in ${place}.`;
    case 8:
      return `The city council met on ${day} to discuss the budget for the new harbour works, which residents oppose.`;
    case 9:
      return `“We heard ${pick(rng, ['two', 'three', 'several'])} loud explosions and then the lights went out,” said a shopkeeper who gave only his first name.`;
    case 10:
      return `Trade between the two countries grew by ${int(rng, 2, 19)} percent last year, according to figures published in ${pick(rng, MONTHS)}.`;
    case 11:
      return `The region has seen repeated attacks since ${int(rng, 2012, 2023)}, and schools in ${place} remain closed.`;
    case 12:
      return `Mr. Hassan, a teacher, said the U.S. embassy had warned its citizens to avoid ${place} after dark.`;
    default:
      return `Prices for bread and fuel have risen sharply in ${place} this year, and many families now rely on aid.`;
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Realistic-looking article text of about `chars` characters: a headline, then paragraphs of 1–4 sentences. */
export function realisticText(seed: number, chars: number): string {
  const rng = prng(seed);
  const parts: string[] = [`${cap(pick(rng, NUMBERS))} killed as ${pick(rng, MUNITIONS)} hit ${pick(rng, PLACES)}`];
  let length = parts[0].length;
  while (length < chars) {
    const n = int(rng, 1, 4);
    const para = Array.from({ length: n }, () => sentence(rng)).join(' ');
    parts.push(para);
    length += para.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Words a hostile run is made of: attack words, number words, people nouns and capitalised names. */
const ATTACK_WORDS = ['killed', 'killing', 'wounded', 'attack', 'rockets', 'missiles', 'drone', 'strike', 'bombing', 'claimed', 'blamed', 'suspected', 'fired', 'destroyed', 'intercepted', 'shot', 'dead'];
const NUMBER_WORDS = ['three', 'at least', 'more than', 'dozens', 'a', 'one', 'twenty-one', 'hundred', '12', '1,200', 'between', 'and', 'to', 'of'];
const PEOPLE_WORDS = ['people', 'civilians', 'soldiers', 'others', 'militants', 'Iraqis', 'children', 'members'];
const NAMES = ['Abu', 'Hassan', 'Ali', 'Kata’ib', 'Hezbollah', 'Islamic', 'State', 'Baghdad', 'Ain', 'Asad', 'Mahdi', 'Brigades', 'Front', 'Ukraine', 'Kharkiv'];
const GLUE = ['the', 'in', 'on', 'near', 'by', 'of', 'and', 'were', 'was', 'which', 'said', 'that'];

function words(rng: Rng, chars: number, pools: readonly (readonly string[])[], sep = ' '): string {
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const w = pick(rng, pick(rng, pools));
    out.push(w);
    length += w.length + sep.length;
  }
  return out.join(sep).slice(0, chars);
}

function repeat(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

export interface StressCase {
  name: string;
  text: string;
}

/**
 * Pathological inputs of about `chars` characters each (the realistic 1 MB text is a separate case:
 * see realisticText). A short attack report leads each run where that matters, so the whole pipeline
 * (not only the cheap relevance filter) sees the hostile part.
 */
export function stressCases(chars: number, seed = 1): StressCase[] {
  const rng = prng(seed);
  const lead = 'Three rockets hit a base near Baghdad on Tuesday, killing two soldiers. ';
  const body = chars - lead.length;
  const cases: StressCase[] = [
    { name: 'no-punctuation mix', text: lead + words(rng, body, [ATTACK_WORDS, NUMBER_WORDS, PEOPLE_WORDS, NAMES, GLUE]) },
    { name: 'no-punctuation names', text: lead + words(rng, body, [NAMES, NAMES, GLUE, ATTACK_WORDS]) },
    { name: 'no-punctuation counts', text: lead + words(rng, body, [NUMBER_WORDS, PEOPLE_WORDS, ATTACK_WORDS]) },
    { name: 'no-punctuation lowercase', text: lead + words(rng, body, [GLUE, ATTACK_WORDS, PEOPLE_WORDS]).toLowerCase() },
    { name: 'digit run', text: lead + repeat('1234567890', body) },
    { name: 'spaced digits', text: lead + 'killed ' + repeat('7 ', body) },
    { name: 'comma digits', text: lead + 'killed ' + repeat('1,000,', body) },
    { name: 'al-al-al', text: lead + repeat('al-', body) },
    { name: 'al- names', text: lead + 'claimed by ' + repeat('al-Hassan ', body) },
    { name: 'capitalised run', text: lead + words(rng, body, [NAMES]) },
    { name: 'capitalised hyphen run', text: lead + 'blamed ' + repeat('Abu-Bakr-', body) },
    { name: 'nbsp run', text: lead + 'killed' + repeat('\u00A0', body) + 'people' },
    { name: 'nbsp words', text: lead + words(rng, body, [ATTACK_WORDS, NUMBER_WORDS, PEOPLE_WORDS], '\u00A0') },
    { name: 'mixed whitespace', text: lead + 'killing ' + repeat(' \t\u00A0\u2009\u3000\r', body) + ' 3 people' },
    { name: 'spaces after people', text: lead + 'killed 12 civilians' + repeat('\u00A0', body) + 'x' },
    { name: 'spaces after a person', text: lead + 'killed a civilian' + repeat(' ', body) + 'x' },
    { name: 'spaces after intercepted count', text: lead + 'missiles were intercepted and 3 of which' + repeat(' ', body) + 'x' },
    { name: 'spaces after likely', text: lead + 'the attack was likely' + repeat(' ', body) + 'x' },
    { name: 'spaces in count', text: lead + 'killing at least' + repeat(' ', body) + '3 people' },
    { name: 'spaces in actor', text: lead + 'It was claimed by Abu' + repeat(' ', body) + 'Bakr' },
    { name: 'spaces in target', text: lead + 'Rockets struck the' + repeat(' ', body) + 'base' },
    { name: 'spaces after after', text: lead + 'Days after' + repeat(' ', body) + 'x, gunmen killed 3 people' },
    { name: 'blank lines', text: lead + repeat('\n \n', body) },
    { name: 'hard-wrapped', text: lead + hardWrap(words(rng, body, [ATTACK_WORDS, NUMBER_WORDS, PEOPLE_WORDS, NAMES, GLUE]), 60) },
    { name: 'killed killed', text: lead + repeat('killed ', body) },
    { name: 'missile modifiers', text: lead + repeat('cruise ', body) },
    { name: 'open photo credit', text: lead + 'killed (' + repeat('AP photo ', body) + ') x)' },
    { name: 'at least at least', text: lead + 'killing ' + repeat('at least ', body) },
    { name: 'count phrases', text: lead + repeat('killing at least 19 people and wounding more than 40 others ', body) },
    { name: 'munition counts', text: lead + repeat('three rockets two drones ', body) },
    { name: 'a a a', text: lead + 'killed ' + repeat('a ', body) },
    { name: 'people people', text: lead + '12 ' + repeat('civilians ', body) },
    { name: 'modifier words', text: lead + '12 ' + repeat('other local ', body) },
    { name: 'damage clause', text: lead + repeat('the house was ', body) + ' damaged' },
    { name: 'no damage word', text: lead + 'killed ' + repeat('the house was ', body) },
    { name: 'targets', text: lead + 'struck ' + repeat('the old ', body) + 'base' },
    { name: 'dates', text: lead + repeat('on Friday on 3 May last week ', body) },
    { name: 'dates between spaces', text: lead + 'killed ' + repeat('on Friday at 3 pm' + ' \t'.repeat(700), body) },
    { name: 'numbers and dates', text: lead + repeat('12 13 2024 May ', body) },
    { name: 'quotes and brackets', text: lead + repeat('“(killed) [three]” ', body) },
    { name: 'periods', text: lead + repeat('U.S. ', body) },
    { name: 'dots', text: lead + repeat('.', body) },
    { name: 'newline each word', text: lead + words(rng, body, [ATTACK_WORDS, NUMBER_WORDS, PEOPLE_WORDS, NAMES, GLUE], '\n') },
  ];
  return cases;
}

/** Break text into lines of about `width` characters at spaces (a hard-wrapped plain-text page). */
export function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}
