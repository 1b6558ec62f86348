/**
 * Vocabulary of attacks: weapon words (→ the schema's Weapon enum), munition nouns that can be
 * counted, event verbs, and the contexts that make attack-like words mean something else
 * (sport, cyber, medicine, labour, tests, accidents, trials). General English, not article rules.
 */
import type { Weapon } from '../../../schema';
import { LOWER, UPPER } from '../../chars';

export interface WeaponPattern {
  category: Weapon;
  re: RegExp;
  /** The noun names countable munitions ("three rockets"). */
  munition?: boolean;
  /** Strength as evidence of an attack: weak words ("explosion", "guns") need an event verb nearby. */
  weak?: boolean;
}

const w = (category: Weapon, source: string, extra: Partial<WeaponPattern> = {}): WeaponPattern => ({
  category,
  re: new RegExp(String.raw`\b(?:${source})\b`, 'gi'),
  ...extra,
});

// Order matters: earlier patterns win when matches overlap (suicide bombing before bombing,
// rocket-propelled grenade before grenade, mortar shells before shells, drone strike before strike).
export const WEAPON_PATTERNS: WeaponPattern[] = [
  w('suicide_bombing', String.raw`suicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|vests?|car[- ]bombs?|blasts?|explosions?|truck[- ]bombs?)|blew (?:himself|herself|themselves) up|detonated (?:his|her|their) (?:explosives?[- ])?(?:vests?|belts?)`),
  w('rocket', String.raw`rocket[- ]propelled grenades?|RPGs?`, { munition: true }),
  w('arson', String.raw`(?:petrol|gasoline|gas|fire|incendiary)[- ]bombs?|firebombs?|Molotov cocktails?`),
  // Before drones: "air and drone strikes" are airstrikes first.
  w('airstrike', String.raw`air and (?:drone|missile|artillery) strikes?`),
  w('drone', String.raw`(?:kamikaze |attack |suicide |armed |one-way |explosive-laden |exploding )?(?:(?:Shahed|Geran|Lancet|Mohajer|Bayraktar|TB2)(?:-\d+)?s?(?: drones?)?|drones?|UAVs?|unmanned aerial vehicles?|quadcopters?|loitering munitions?)(?: strikes?| attacks?)?`, { munition: true }),
  w('mortar', String.raw`mortars?(?: rounds?| shells?| bombs?| fire| attacks?| strikes?)?`, { munition: true }),
  w('rocket', String.raw`(?:(?:Katyusha|Grad|Qassam|Fajr|Falaq|Burkan|\d{2,3}\s?mm|artillery|unguided|short-range|long-range)[- ])?rockets?(?: fire| attacks?| strikes?| barrages?| salvos?)?|Katyushas?`, { munition: true }),
  w('missile', String.raw`(?:(?:ballistic|cruise|guided|anti-tank|anti-ship|surface-to-air|surface-to-surface|air-to-surface|air-to-ground|hypersonic|Iskander|Kalibr|Kinzhal|Kh-\d+|Scud|Fateh(?:-\d+)?|Zolfaghar|Kheibar|ATACMS|Storm Shadow|Tomahawk|Hellfire|precision-guided|Patriot|S-300|S-400|Toophan|Kornet)[- ]){0,6}missiles?(?: strikes?| attacks?| barrages?| salvos?)?`, { munition: true }),
  w('airstrike', String.raw`air[- ]?strikes?|(?:Air Force|air force)(?: \w+){0,3} (?:strikes?|bomb(?:ed|ing|s))|air raids?|airstrikes?|aerial (?:bombardments?|attacks?|strikes?|bombing)|bombing raids?|air attacks?|warplanes?|fighter jets?|fighter planes?|bomber (?:jets|planes|aircraft)|(?:jets|aircraft|planes|helicopters?) (?:struck|bombed|hit|pounded|attacked|fired)`),
  w('drone', String.raw`drone strikes?`, { munition: false }),
  w('artillery', String.raw`artillery(?: shells?| fire| strikes?| barrages?| rounds?)?|shelling|shelled|howitzers?|(?:tank|artillery) (?:fire|shells?|rounds?)|cluster munitions?|shells`, { munition: true }),
  w('explosive', String.raw`(?:car|truck|roadside|road-side|motorcycle|bicycle|parcel|pipe|nail|barrel|magnetic|sticky|time|letter|package|makeshift|homemade|home-made)[- ]bombs?|(?:improvised )?explosive devices?|IEDs?|VBIEDs?|landmines?|land mines?|anti-(?:tank|personnel) mines?|hand grenades?|grenades?|booby[- ]traps?|booby-trapped|bombs?|bombings?|bomber|bombers|bombed|explosives?`, { munition: false }),
  w('explosive', String.raw`explosions?|blasts?|detonat(?:ed|ion|ions)|exploded|blew up`, { weak: true }),
  w('gunfire', String.raw`gunfire|shoot(?:s|ing)? at|shot at|exchang(?:e|ed|es|ing) (?:heavy |intense )?(?:gun)?fire|exchanges? of (?:gun)?fire|gunmen|gunman|gun ?fire|shooters?|shootings?(?!\s+down)|shoot-?outs?|opened fire|open(?:ing|s)? fire|fired (?:shots|bullets|on (?:a |the )?(?:crowd|protesters|worshippers|people|civilians|police|soldiers|troops))|shot (?:dead|and killed|to death|in the (?:head|chest|back))|(?:was|were|been|being) shot|gunned down|gunning down|snipers?|sniper fire|machine[- ]?guns?|assault rifles?|rifles?|firearms?|automatic weapons|gunbattles?|gun battles?|firefights?|gun attacks?|gunshots?|gunshot wounds?|bullets?|pistols?|handguns?|armed (?:assailants|attackers|men)`),
  w('melee', String.raw`stabb(?:ing|ings|ed)|(?:began|begins|started|starts|tried) to stab|stabs (?:a|an|the|two|three|several|his|her)|beat(?:ing|en)? (?:\w+ ){0,3}?to death|pummell?ed|hacking|hacked (?:\w+ ){0,2}?(?:to death|with)|stab wounds?|knife(?:man| attack| attacks|point)?|knives|machetes?|behead(?:ed|ing|ings)|decapitat(?:ed|ion)|hacked to death|axes?|swords?|bludgeoned|clubbed to death|beaten to death`),
  w('vehicle', String.raw`(?:car|truck|vehicle|van)[- ]ramming|ramm(?:ed|ing) (?:a |his |her |their |the )?(?:car|truck|vehicle|van) into|(?:drove|drives|drive|driving|driven|plowed|plows|ploughed|ploughs|plowing|ploughing|rammed|rams|ramming|crashed|crashes|slammed|slams|ran|runs) (?:a |his |her |their |the )?(?:car|truck|lorry|van|vehicle|SUV|bus)? ?(?:into|through) (?:a |the )?(?:group of |crowd of )?(?:crowd|crowds|pedestrians|people|shoppers|worshippers|protesters|market|revellers|spectators|fans|students|children|cyclists|(?:[A-Z][a-z]+ )?(?:market|parade|festival|celebration|gathering))|vehicle attacks?|ramming attacks?`),
  w('arson', String.raw`arson(?: attacks?)?|set (?:fire to|ablaze|alight|on fire)|set (?:\w+ ){1,4}(?:ablaze|alight|on fire)|torched|firebomb(?:ed|s|ing)?|fire-?bomb(?:ed|s|ing)?|Molotov cocktails?|petrol bombs?|burned down|burnt down|stormed and burned|(?:was|were|been) (?:burned|burnt|torched|set ablaze)(?! to death)`),
  w('other', String.raw`poison(?:ed|ing)|chemical (?:attacks?|weapons?)|nerve agents?|acid attacks?`),
];

/** Countable munition nouns with up to three modifiers ("Katyusha rockets", "more rockets", "ballistic missiles").
 * Case-sensitive on purpose: a capitalised modifier is a name (Katyusha, Grad, Shahed), a lowercase one
 * must be from the list, so "sources told Reuters that rockets" is not read as a count of rockets.
 * Modifiers are at most 30 letters: unbounded, "al-al-al-…" could be split into modifiers in cubically many ways. */
export const MUNITION_NOUN = String.raw`(?:(?:[${UPPER}][\w-]{0,30}|[${LOWER}]{1,30}-[${LOWER}-]{1,30}|\d{2,3}\s?mm|ballistic|cruise|guided|anti-tank|surface-to-air|long-range|short-range|unguided|kamikaze|suicide|attack|explosive-laden|one-way|artillery|mortar|more|other|additional|further|separate|Katyusha|Grad)[- ]){0,3}(?:rockets?|Katyushas?|missiles?|mortars?|mortar (?:rounds|shells|bombs)|rounds|shells|projectiles?|drones?|UAVs?|(?:cluster|aerial|glide|guided|barrel|gravity|incendiary|phosphorus) bombs?|grenades?)`;
// (A planted bomb that explodes is not a count of munitions fired; a dropped one is.)

/** Event verbs: what makes a weapon word an event rather than a mention. */
// Past, participle and present forms: news items and captions are written in the historic present
// ("A drone strikes a car", "Six people are killed", "gunmen open fire").
export const EVENT_VERB = /\b(?:\b(?:attacks?|strikes?|raids?|bombings?|bombardments?|shelling|assaults?) (?:that (?:day|night|morning|evening) )?(?:on|against|targeting|near)\b|(?<!\bto )(?:attack|strike|hit|storm|raid|ambush|strikes|hits|targets|fires|bombs|shells|raids|attacks|pounds|storms|ambushes)\s+(?:an?|the|two|three|four|five|several|multiple|\d+|its|their|his|her|one|targets|positions|homes|areas|parts)\b|hitting|launch(?:es)?|(?:led|leads|lead) to|resulted in|ended in|turned into|destroying|(?:drones?|missiles?|rockets?|shells?|bombs?|projectiles?)\s+(?:strike|hit|target|slam|pound)s?\b|clash(?:es|ed|ing)?|(?:began|begins|started|starts) to (?:stab|shoot|fire|attack)|caus(?:es|ed|ing) (?:an? |significant |heavy |major |extensive |minor |serious )?(?:fires?|damage|explosions?|blaze|casualties|deaths|injuries)|explodes?|detonates?|kill|die|dies|dying|wounds|injures|shoots|storms|ambushes|open fire|opens fire|rams|stabs|sets fire|torches|intercepts|shoots down|damages|destroys|carrie[sd] out|carry out|conduct(?:s|ed)?|assassinat(?:ed|es|ion)|lose their lives|attacked|attacking|struck|hit(?:s|ting)?|targeted|targeting|fir(?:ed|ing)|fell|landed|land(?:s|ing)?|explod(?:ed|es|ing)|exploded|detonated|went off|blew up|killed|killing|kills|wounded|wounding|injured|injuring|hurt|slain|died|dead|shot|shoot(?:ing|s)?|stormed|raided|ambush(?:ed)?|opened fire|launched|pounded|shelled|bombed|rammed|stabbed|set fire|torched|crashed|intercepted|shot down|downed|damag(?:ed|ing)|destroyed|claimed|massacred?|gunned down|assault(?:ed)?|blast(?:ed)?|rocked|hammered|bombard(?:ed|ment)|beheaded|executed|murdered|hurl(?:ed|ing)|threw|thrown)\b/i;

/** An attack verb with a named object ("Drones target Camp Buehring", "jets strike Al Asad"): case-sensitive on purpose. */
export const EVENT_VERB_NAMED_OBJECT = /(?<!\bto )\b(?:attack|strike|hit|target|bomb|shell|raid|pound)s?\s+(?:the\s+)?[A-Z][a-z]/;

/** Nouns naming an attack without the weapon. */
export const ATTACK_NOUN = /\b(?:(?<!(?:heart|panic|asthma|cyber|ransomware|hack(?:er)?|phishing|denial-of-service|DDoS|software|personal|verbal|political|legal|anxiety|allergic|seizure)[- ])attacks?|assaults?|ambush(?:es)?|massacres?|raids?|strikes?|clashes|bombardments?|onslaught|terror(?:ist)? attacks?|incidents?)\b/i;

/** Contexts that give attack words another meaning. Tested on the title and lead and around mentions. */
export const NEGATIVE_CONTEXTS: { kind: string; re: RegExp; weight: number }[] = [
  {
    kind: 'sport',
    re: /\b(?:match(?:es)?|goals?|striker|midfielder|defender|goalkeeper|keeper|league|season|coach|manager|tournament|championship|playoffs?|innings|wickets?|batsman|bowler|quarterback|touchdown|penalty|referee|scored|scoring|fixture|derby|premier league|world cup|champions league|nba|nfl|mlb|nhl|fifa|uefa|halftime|half-time|kick-?off|squad|semi-?final|quarter-?final|rebounds?|free throw|three-pointer|dunk|pitcher|inning|home run|tennis|golf|rugby|cricket|hockey|basketball|football|soccer|baseball|stadium|supporters)\b/gi,
    weight: 1,
  },
  { kind: 'medical', re: /\b(?:heart attacks?|panic attacks?|asthma attacks?|strokes?|cardiac|seizures?|migraines?|symptoms|patients?|disease|diagnos(?:is|ed)|clinical|doctors?|hospitali[sz]ed with)\b/gi, weight: 1 },
  { kind: 'cyber', re: /\b(?:cyber\w*|hack(?:s|ed|ers?|ing)?|ransomware|malware|phishing|ddos|data breach(?:es)?|vulnerabilit(?:y|ies)|exploits?|botnets?|software|passwords?|encryption|servers?|zero-day|spyware|credentials|firmware|patch(?:ed|es)?|bug)\b/gi, weight: 1 },
  { kind: 'labour', re: /\b(?:unions?|walkouts?|strikers|industrial action|picket(?:s|ing)?|pay (?:dispute|rise|deal)|wages?|general strike|hunger strike|on strike|went on strike|strike action)\b/gi, weight: 1 },
  { kind: 'test', re: /\b(?:simulat(?:ed|es|ing|ion|ions)|(?:large-scale |military |naval |joint |live-fire |annual )?exercises?|rehears(?:al|als|ed|ing)|missile tests?|test[- ]fir(?:ed|es|ing)|test[- ]launch(?:es|ed|ing)?|maiden (?:flight|launch)|first (?:flight|launch)|space ?ports?|space force station|payloads?|boosters?|orbital|(?:military|naval|joint) (?:exercises?|drills?)|war ?games|drills?|into the (?:sea|water|ocean)|(?:fell|landed|splashed down) (?:in|into) (?:the )?(?:sea|water|waters|ocean)|splashed down|flew (?:about |some |around )?\d+ ?(?:km|kilometers|kilometres|miles)|parade|launch(?:ed)? (?:a )?satellite|spacex|nasa|orbit|space station|launch pad|liftoff)\b/gi, weight: 1 },
  { kind: 'cache', re: /\b(?:weapons? caches?|arms caches?|cache|stockpiles?|seized|confiscated|smuggl(?:ed|ing)|foiled|thwarted|plot(?:ted|ting)?|planning (?:an?|to)|planned (?:an?|to)|would-be|intercepted (?:a )?shipment|arms deals?|arms sales?|defused|bomb squad|hoax|bomb threats?|false alarm)\b/gi, weight: 1 },
  { kind: 'trial', re: /\b(?:trial|sentenced|sentencing|verdict|convicted|conviction|jury|jurors|pleaded (?:guilty|not guilty)|court(?:room)?|acquitted|released (?:from (?:jail|prison|custody)|on bail|on bond)|bail|bond hearing|execut(?:es|ed|ion|ions) (?:a|an|the|two|three|four|five|\d+|\w+ (?:members?|men|people|prisoners|convicts))|hang(?:s|ed)|death (?:sentences?|row)|testif(?:y|ied)|indicted|indictment|charged with|lawsuit)\b/gi, weight: 1 },
  // Looking back at an attack: against detection unless the article's own incident is recent.
  { kind: 'retrospective', re: /\b(?:anniversary|memorial|commemorat\w+|years? (?:after|since|on)|remembered|mark(?:s|ed|ing)? \d+ years)\b/gi, weight: 1 },
  { kind: 'accident', re: /\b(?:crash(?:ed|es)?|collision|collided|derail(?:ed|ment)|earthquakes?|floods?|flooding|hurricanes?|typhoons?|cyclones?|storms?(?! (?:a|an|the|into|through|its|their)\b)|landslides?|wildfires?|avalanches?|tornado(?:es)?|accident(?:s|al|ally)?|capsized|stampede|collapsed?|gas leak|gas explosion|fire broke out|blaze|heatwave|drought|eruption|volcan\w+|tsunami|mine collapse|coal mines?|methane|mine (?:blast|explosion)s?|gas (?:cylinder|tank|leak|blast)s?|short circuit|industrial|chemical plant|factory|boiler|fireworks)\b/gi, weight: 1 },
  { kind: 'politics', re: /\b(?:debates?|campaign(?:s|ed|ing)?|elections?|candidates?|senators?|congressm[ae]n|lawmakers?|voters?|polls?|tax(?:es)? plans?|budget|bills?|polic(?:y|ies)|proposals?|attack ads?|criticis\w+|criticiz\w+|slammed|lambasted|rebuked|rhetoric|op-ed|editorial)\b/gi, weight: 1 },
  { kind: 'entertainment', re: /\b(?:film|movie|box office|album|song|novel|video game|game of|series finale|episode|actor|actress|director|trailer|premiere|netflix|hbo|review|reviews|stars? in)\b/gi, weight: 1 },
];

/** Words marking that a sentence talks about a different (new) incident. */
export const NEW_INCIDENT_MARKER = /^,?\s*(?:prompting|sparking|triggering)\b|\b(?:retaliatory|in (?:retaliation|response) (?:for|to)|(?:a|one|two|three|four|five|several|\d+) (?:days?|hours?|weeks?|months?|years?) (?:after|before)|came (?:after|days after|hours after)|(?:follows|followed|comes after|came after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|bombings?|raids?|shelling|assaults?))\b|\b(?:another (?:\w+ )?(?:attack|strike|bombing|blast|explosion|shooting|raid|incident|assault|ambush|one|drone|missile|rocket|bomb|shell)|preceded|earlier|previous(?:ly)?|prior to|separately|in other (?:\w+ )?(?:attacks|strikes|incidents|raids|areas|parts)|in a separate|also (?:hit|struck|targeted|attacked)|a (?:second|third|separate|similar) (?:attack|incident|strike|bombing|explosion|blast)|meanwhile|elsewhere|last (?:week|month|year)|the (?:day|week|month|year) before|in (?:19|20)\d\d)\b/i;

/** References back to the incident already being described. */
export const ANAPHORA = /\b(?:the|this|that|today'?s|tonight'?s|saturday'?s|sunday'?s|monday'?s|tuesday'?s|wednesday'?s|thursday'?s|friday'?s|yesterday'?s) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|incident|assault|bombing|blast|explosion|shooting|rockets?|missiles?|mortars?|shells?|drones?|projectiles?|rocket (?:fire|launches|attack)|gunmen|gunman|attackers?|assailants?|bomber|raid|barrage|siege|violence|bloodshed|base|air ?base|airport|embassy|compound|convoy|enclave|zone)\b/i;
