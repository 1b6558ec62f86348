/**
 * English words around place names: the nouns that make a capitalised name a site ("Al Qurnah Air
 * Base", "the Jalamah crossing", "Tana Cement Company plant"), the titles that make one a prefix
 * ("RAF Akrotiri", "Camp Lemonnier"), and the nouns after which a place name is an adjective
 * ("Taliban fighters", "Kuwaiti soldiers").
 */

/** Nouns that end the name of a site; the site is named by the capitalised words before them. */
export const SITE_NOUN = String.raw`(?:Air ?Base|Airbase|Air Field|Airfield|Naval Base|Military Base|Base|International Airport|Airport|Border Crossing|Crossing|crossing|checkpoint|Checkpoint|nuclear power plant|Nuclear Power Plant|power plant|Power Plant|Power Station|power station|compressor station|oil refinery|Refinery|refinery|oil terminal|Terminal|terminal|oil field|Oil Field|gas field|University|Hospital|hospital|Prefecture|Headquarters|Police Station|police station|Station|Barracks|Academy|Center|Centre|Hall|Ministry|Parliament|Courthouse|Nightclub|Club|Restaurant|Cafe|Café|Theatre|Theater|Arena|Synagogue|School|school|Mosque|mosque|Church|Cathedral|Synagogue|Temple|Shrine|Market|market|Mall|mall|Stadium|Hotel|Prison|prison|Pipeline|pipeline|Island|River|Ocean|Sea|Gulf|Strait|Port|port|Dam|Bridge|bridge|plant|Plant|facility|Facility|Camp|camp|refugee camp|Palace|Embassy|Consulate|Square|Mountains?|Valley|District|County|Regency|Governorate|Province|Oblast|Raion|Municipality|community|village|town|region|district|area|neighbou?rhood|suburb)`;

/** Titles written before a site's name. */
export const SITE_PREFIX = String.raw`(?:RAF|Camp|Fort|Mount|Lake|Port of|port of|Moshav|Kibbutz|Kfar|Kafr|Wadi|Deir|Tal|Tell|Khan|Ain|Beit|Bir|Jabal|Jebel)`;

/** Plural people and group nouns: a place name right before one is an adjective ("Taliban fighters"). */
export const GROUP_AFTER_PLACE = /^\s+(?:war|conflict|ceasefire|crisis|peace|talks|offensive|campaign|fighters|members|militants|soldiers|forces|troops|militias?|rebels|insurgents|gunmen|officials|authorities|police|army|military|government|officers|citizens|nationals|residents|civilians|people|workers|leaders?|commanders?)\b/i;

/** Prepositions that put what follows at a place ("in", "at", "near", "on"): a name after one and before ", <known place>" is a place inside it. */
export const CHAIN_PREPOSITION = /\b(?:in|at|near|outside|inside|on|into|around|of)\s+(?:the\s+)?$/i;

/** Titles and people before "of X" or "from X": X is where they come from or what they govern, not where it happened. */
export const PERSON_OF_BEFORE = /\b(?:prosecutor|mayor|governor|president|prime minister|minister|chief|head|leader|king|emir|sheikh|bishop|councill?or|citizen|national|native|resident|worker|man|woman|people|refugees?|migrants?|tourists?|pilgrims?)s?\s+(?:of|from)\s+(?:the\s+)?$/i;

/** Capitalised words that describe a site without naming it ("a Christmas market", "the Central hospital"). */
export const GENERIC_SITE_MODIFIER = /^(?:Christmas|Easter|Ramadan|Eid|Friday|Sunday|Saturday|Monday|Tuesday|Wednesday|Thursday|New Year(?:'s)?|Central|Main|Old|New|Grand|City|Local|Public|National|General|Military|Government|State|Federal|Municipal|Regional|Provincial|District|Village|Town|Islamic|Christian|Jewish|Muslim|Catholic|Orthodox|Shiite|Sunni|Coptic|Russian|Ukrainian|Israeli|Iranian|American|Syrian|Iraqi|Afghan|Pakistani|Indian|Nigerian|Somali|Sudanese|Lebanese|Palestinian|Yemeni|Saudi|Turkish|Kurdish)$/;

/** Kinds written before a name with "of" ("the village of Zankwaru", "the district of Shahrak"). */
export const KIND_OF_NOUN = String.raw`(?:village|town|city|district|area|neighbou?rhood|region|province|camp|suburb|governorate)`;
