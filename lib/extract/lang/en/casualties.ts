/**
 * English words for casualty statements: who can be killed or hurt, who is the attacker, and the
 * adverbs that sit between an auxiliary and its verb. Kept apart from the patterns that use them so a
 * later language adds its own file beside this one.
 */
// Who can be killed or hurt: singular or plural (a trailing "s?" on the singular forms).
export const PEOPLE_NOUN = String.raw`(?:people|forces|chiefs?|mayors?|governors?|ministers?|spokes(?:man|woman|person)|presidents?|councill?ors?|lawmakers?|MPs?|senators?|judges?|prosecutors?|ambassadors?|envoys?|colleagues?|co-?workers?|classmates?|friends?|neighbou?rs?|pilots?|co-pilots?|troopers?|rangers?|gendarmes?|constables?|crewmen|crew|seafarers?|marines?|sailors?|paratroopers?|conscripts?|policem[ae]n|security (?:guards?|officials?|personnel)|hostages?|prisoners?|detainees?|inmates?|shepherds?|hunters?|loggers?|traders?|vendors?|merchants?|mothers?|fathers?|sons?|daughters?|wi(?:fe|ves)|husbands?|brothers?|sisters?|grand(?:mother|father|child|children|son|daughter)s?|youths?|toddlers?|girlfriend|boyfriend|security forces|servicemembers?|persons?|civilians?|soldiers?|troops?|servicem[ae]n|service members?|police(?:men|man| officers?)?|officers?|members?|child(?:ren)?|kids?|wom[ae]n|m[ae]n|students?|worshippers?|tourists?|foreigners?|villagers?|residents?|passengers?|workers?|employees?|contractors?|subcontractors?|fighters?|militants?|insurgents?|rebels?|militiam[ae]n|militias?|guards?|pilgrims?|protesters?|demonstrators?|shoppers?|bystanders?|pedestrians?|staff|personnel|firefighters?|paramedics?|medics?|journalists?|reporters?|victims?|others?|individuals?|family members?|relatives?|bab(?:y|ies)|infants?|teenagers?|boys?|girls?|businessm[ae]n|diplomats?|officials?|commanders?|generals?|jihadists?|gunm[ae]n|attackers?|assailants?|terrorists?|suspects?|recruits?|cadets?|policewom[ae]n|peacekeepers?|aid workers?|doctors?|nurses?|teachers?|farmers?|herders?|miners?|fishermen|fisherman|sailors?|crew members?|pupils?|priests?|imams?|monks?|nuns?|volunteers?|drivers?|guests?|spectators?|fans?|Christians?|Muslims?|Copts?|Jews?|Yazidis?|Shiites?|Shias?|Sunnis?|Hindus?|Sikhs?|Alawites?|Kurds?|Rohingya|Druze|[A-Z][a-z]+(?:ans?|ians?|ese|is|ites?|ists?|ims?|ews?))`;

/** Nouns for the attacker: counted apart from the victims when a subject names both. */
const ATTACKER_WORDS = String.raw`(?:gunm[ae]n|attackers?|assailants?|raiders?|perpetrators?|bombers?|shooters?|suspects?|terrorists?|jihadists?|knifem[ae]n|hijackers?|militants|insurgents|fighters)`;
/** One word that names the attackers. */
export const ATTACKER_NOUN = new RegExp(String.raw`^${ATTACKER_WORDS}$`, 'i');
/** A phrase that names the attackers ("dozens of militants were also killed"). */
export const ATTACKER_IN = new RegExp(String.raw`\b${ATTACKER_WORDS}\b`, 'i');

/** Adverbs between the auxiliary and the casualty verb ("were reportedly killed", "is critically injured"). */
export const CASUALTY_ADVERB = String.raw`(?:reportedly|also|later|all|now|confirmed|believed|critically|seriously|severely|slightly|lightly|badly|fatally|mortally|gravely|moderately|allegedly|subsequently|then|both|each|initially)`;

/**
 * Is this one word a people noun? The patterns that need a people noun match any word there and ask
 * this: one small compiled pattern instead of the whole list inside each of them (V8 compiles every
 * pattern twice on its first uses; the list repeated in a dozen patterns was most of the extractor's
 * cold start).
 */
const PEOPLE_WORD_RE = new RegExp(String.raw`^${PEOPLE_NOUN}$`, 'i');
export function isPeopleNoun(word: string): boolean {
  return PEOPLE_WORD_RE.test(word);
}
/** A single word where a people noun may stand (checked with isPeopleNoun). */
export const HEAD_WORD = String.raw`[A-Za-z][\w'’-]{0,30}`;

/** Is this people noun plural ("guards", "men", "children", "police")? */
export function isPluralNoun(word: string): boolean {
  return /(?:[^s]s|men|children|people|police|personnel|staff|crew)$/i.test(word) && !/^(?:boss|actress|waitress|hostess)$/i.test(word);
}
