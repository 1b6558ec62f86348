/**
 * Place mentions in the article, scored for how well each can stand for where an incident happened:
 * the most specific place stated wins (a base over its city, a city over its country), datelines
 * ("CAIRO —") and launch origins ("fired from Diyala") do not count, and "north of Baghdad" is not Baghdad.
 */
import type { Gazetteer, Place, PlaceMention } from '../gazetteer';
import { distanceKm } from '../gazetteer/distance';
import type { LocationFact } from '../schema';
import type { Sentence } from './text';
import { LETTER, LOWER, UPPER } from './chars';
import { chainedPlaces, localPlace, namedSites } from './local-places';
import type { LocalPlace } from './local-places';
import { GROUP_AFTER_PLACE, PERSON_OF_BEFORE } from './lang/en/places';
import { DEMONYMS } from './lang/en/demonyms.generated';

export interface PlaceCandidate {
  start: number;
  end: number;
  raw: string;
  place: Place;
  /** Higher is a better incident location; 0 or less never stands as one. */
  score: number;
  /** Named in a dateline: where the reporter filed from. */
  dateline?: boolean;
  /** Not in the gazetteer: read from the text, its coordinates are its container's (never a reason to split incidents). */
  local?: boolean;
  /** Read as a surname here ("Omar Wakefield"). */
  surname?: boolean;
  /** After a preposition that places it ("in Wakefield"). */
  locative?: boolean;
}

const SPECIFICITY: Record<LocationFact['precision'], number> = {
  site: 4,
  town: 3,
  // A district (admin2) contains towns: below a town, above its province.
  district: 2.8,
  province: 2,
  country: 1,
  unknown: 2.5,
};

// "ERBIL (Kurdistan 24) –", "CAIRO —", "BAGHDAD, Jan 4 (Reuters) -": where the reporter filed from.
// "BEIRUT:", "Lagos —", "Lagos, Nigeria –" too; a capitalised (not upper-case) city needs a dash, not a colon.
const DATELINE = new RegExp(String.raw`^(?:[${UPPER}][${UPPER} .'’-]{2,40}(?:,[^—–:\n]{0,40})?\s*(?:\([^)]{0,40}\)\s*)?(?:[—–-]|:(?=\s))|[${UPPER}][${LOWER}'’-]+(?:[ -][${UPPER}][${LOWER}'’-]+){0,2}(?:,\s*[${UPPER}][${LETTER} .]{1,30})?\s*(?:\([^)]{0,40}\)\s*)?(?:[—–]|\s-\s|:(?=\s)))`);
// No \b before the direction: typos like "soldiersnorth of Baghdad" still say where it was not.
const RELATIVE_BEFORE = /(?:(?:\d+|a few|several|some)\s*(?:km|kms|kilometers|kilometres|miles|mi)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of\s+(?:the\s+)?$/i;
const ORIGIN_BEFORE = /\b(?:(?:fired|fires|fire|launched|launches|launch|came|coming|originated|flew|travel(?:l)?ed)\s+(?:\w+\s+){0,6}?|(?:missiles?|drones?|rockets?|projectiles?|UAVs?|fire|attacks?|strikes?|shelling)\s+)from\s+(?:(?:a|the|their|its|his|her)\s+(?:\w+\s+){0,4}(?:of|in)\s+)?(?:the\s+)?$/i;
// "Washington said", "Moscow has blamed", "according to the Pentagon": a capital or seat standing for a government.
const METONYMY_AFTER = /^\s+(?:(?:has|have|had|is|was|also|later|then|quickly|repeatedly)\s+)*(?:launches|launch|carries out|carried out|conducts|conducted|strikes|struck|takes part|took part|claims|attacks|attacked|fires|fired|bombs|bombed|shells|shelled|targets|targeted|kills|killed|retaliates|said|says|say|announced|accused|accuses|blamed|blames|warned|warns|threatens|threatened|responded|responds|deployed|wants|vowed|denied|denies|claimed|urged|called|pointing|insisted|confirmed|condemned|condemns|demanded|rejected|believes|considers|pledged|promised|sent|imposed|sanctioned|retaliated|launched)\b/i;
// "The UAE is targeted by 12 missiles": a passive subject is where the attack landed.
const PASSIVE_AFTER = /^\s+(?:is|was|were|are|has been|have been|had been)\s+(?:\w+\s+)?(?:targeted|struck|attacked|hit|bombed|shelled|raided|stormed)\b/i;
const ACCORDING_TO_BEFORE = /\b(?:according to|told|citing|quoted by|said to|reported by)\s+(?:the\s+)?$/i;
const PART_OF_NAME_AFTER = /^\s+(?:Force|Forces|Navy|Air Force|Central Command|Command|Maritime|Armed|Defen[cs]e|Ministry|Military|Department|Agency|Government|Coast Guard|Marines?|Special|National Guard|Brigades?|Army|Corps|Front|Movement|Party|Division|Regiment|Battalion|Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Lane|Square|Station|Park|Hall|University|College|School|Hospital|Stadium|Arena|Bridge|Mall|Centre|Center|Hotel|Market|Tower|Building|Church|Cathedral|Mosque|Club|FC|United|City FC|Police|Council|Times|Post|Herald)\b/;
const UPPER_THEN_LOWER = new RegExp(String.raw`^\s+[${UPPER}][${LOWER}]`);
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^.!?:;,]\s)[${UPPER}][${LOWER}]+\s+$`);
const LOCATIVE_BEFORE = /\b(?:in|near|at|from|to|outside|inside|into|across|around|towards?|of)\s+(?:the\s+)?$/i;
// "in solidarity with Palestinians in Gaza", "in retaliation for the bombing in Kabul": a place of the motive.
const MOTIVE_BEFORE = /\b(?:solidarity|support|sympathy|protest|revenge|retaliation|response|reprisal)\b[^.,;:]{0,40}$/i;
const DEMONYM_PLACE = new RegExp(String.raw`\b([${UPPER}][${LOWER}]+(?:[ -][${UPPER}][${LOWER}]+)?)\s+(?:(?:military|army|naval|air|border|coastal|residential|frontline|front-line|southern|northern|eastern|western|central)\s+){0,2}(?:cities|city|towns?|villages?|territory|soil|coast|port|base|bases|outposts?|positions|border|regions?|capital|airspace|waters|provinces?|settlements?)\b`, 'g');
const NON_PLACE_BEFORE = /\b(?:close to|loyal to|backed by|allied (?:with|to)|aligned with|linked to|funded by|supported by|capital of|government of|people of|president of|leader of|minister of|army of|forces of)\s+$/i;


/**
 * Score the gazetteer mentions found in `text` (an article is scanned once and scored twice).
 * `country`: the article's main country, when known. Among same-named places the one there wins, and a
 * small place abroad ("al-Batha" in an Iraqi story is not Chad's Batha) is only a weak candidate.
 */
function scorePlaces(text: string, mentions: PlaceMention[], paragraphStarts: number[], country: string | null, countryOf: (code: string) => Place | null): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const datelines: [number, number][] = [];
  for (const p of paragraphStarts) {
    const m = DATELINE.exec(text.slice(p, p + 90));
    if (m) datelines.push([p, p + m[0].length]);
  }
  const inDateline = (start: number) => datelines.some(([a, b]) => start >= a && start < b);

  // "Tampa, Florida, United States": the place after the comma says which Tampa. Resolved from the
  // right, so each link of the chain hints the one before it.
  const chainHint = new Map<PlaceMention, string>();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const next = mentions[i + 1];
    if (!/^\s*,\s*$/.test(text.slice(mentions[i].end, next.start))) continue;
    // The end of the chain (usually the country) is the surest: its hint passes down every link.
    const hint = chainHint.get(next) ?? next.candidates[0]?.country ?? null;
    if (hint) chainHint.set(mentions[i], hint);
  }
  for (const m of mentions) {
    const hint = chainHint.get(m);
    // A country named as such stays the country ("Colombia" is not the town of Colombia in Colombia).
    const top = m.candidates[0];
    const place = (hint && m.candidates.find((c) => c.country === hint)) || (top?.kind === 'country' ? top : null) || (country && m.candidates.find((c) => c.country === country && c.kind !== 'country')) || top;
    if (!place) continue;
    let score = SPECIFICITY[place.precision] ?? 1;
    if (country && place.country && place.country !== country && place.kind !== 'country' && place.kind !== 'site' && (place.population ?? 0) < 200_000) score -= 2;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const dateline = inDateline(m.start);
    if (dateline) score = -1;
    else if (RELATIVE_BEFORE.test(before)) score -= 3;
    else if (ORIGIN_BEFORE.test(before)) score -= 3;
    else if (NON_PLACE_BEFORE.test(before)) score -= 2;
    else if (MOTIVE_BEFORE.test(before)) score -= 2;
    else if (PERSON_OF_BEFORE.test(before)) score -= 2;
    const after = text.slice(m.end, m.end + 60);
    // "Liverpool Street station", "Baghdad University": the name is part of a longer proper name.
    if (place.kind !== 'site' && PART_OF_NAME_AFTER.test(after)) score -= 3;
    // "Abu Mahdi al-Muhandis", "Erbil Governor Omed ...": a one-word town run into another capitalised
    // word, with no preposition placing it, is part of a longer name.
    else if (place.kind !== 'site' && place.kind !== 'country' && !/\s/.test(m.text) && UPPER_THEN_LOWER.test(after) && !LOCATIVE_BEFORE.test(before)) score -= 2;
    // "US contractor", "UK troops": an abbreviated country before a noun is an adjective, not a place,
    // unless a preposition says it is one ("in the US").
    if (place.kind === 'country' && /^[A-Z.]{2,5}$/.test(m.text) && !/\b(?:in|to|from|across|inside|into|throughout|within)\s+(?:the\s+)?$/i.test(before)) score -= 3;
    if (place.kind !== 'site' && METONYMY_AFTER.test(after) && !PASSIVE_AFTER.test(after)) score -= 3;
    // "Thailand-flagged", "Russia-installed", "Gaza-bound": a compound adjective, not a place;
    // "Payne-Phalen", "Khan-Sheikhoun": part of a longer hyphenated name.
    if (/^-[a-z]/.test(after) || (/^-[A-Z]/.test(after) && place.kind !== 'country')) score -= 3;
    // "Taliban fighters", "Kuwaiti soldiers", "Iran's military": the name qualifies people, it does not place them.
    // ("Saskatoon police" are the city's police: a town before police or officials is still the town.)
    if (place.kind !== 'site' && GROUP_AFTER_PLACE.test(after) && !(place.kind === 'city' && /^\s+(?:police|authorities|officials)\b/i.test(after))) score -= 3;
    if (ACCORDING_TO_BEFORE.test(before)) score -= 3;
    // "Baghdad's counterterrorism service", "Iraq's army": a possessive names an owner more often than a place,
    // unless what follows is itself a place ("Iraq's Al-Balad air base" is found separately and wins anyway).
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 3)) && place.kind !== 'site') score -= 0.5;
    // "Bukayo Saka", "Ali Khamenei": a one-word town right after a capitalised word (not a
    // preposition or the sentence start) is a surname.
    const surname = place.kind === 'city' && !/\s/.test(m.text) && NAME_BEFORE.test(before) && !LOCATIVE_BEFORE.test(before);
    if (surname) score -= 2;
    out.push({ start: m.start, end: m.end, raw: m.text, place, score, ...(dateline ? { dateline } : {}), ...(surname ? { surname } : {}), ...(LOCATIVE_BEFORE.test(before) ? { locative: true } : {}) });
  }
  // Sites and chained places the gazetteer lacks: they beat their container, which gives them coordinates.
  const known = out.filter((c) => c.score > 0).map((c) => ({ start: c.start, end: c.end, place: c.place, score: c.score }));
  const local = [...chainedPlaces(text, known).map((p) => [p, 'chain'] as const), ...namedSites(text, known, out.map((c) => ({ start: c.start, end: c.end, place: c.place }))).map((p) => [p, 'site'] as const)];
  for (const [p, how] of local) {
    // A name the gazetteer knows as a site or a region, at the same span or wider, stands as it is.
    if (out.some((c) => c.start <= p.start && c.end >= p.end && (c.place.kind === 'site' || c.place.kind === 'admin1' || how === 'site') && c.score > 0)) continue;
    if (out.some((c) => c.start < p.end && c.end > p.start && c.place.kind === 'site' && c.score > 0 && (c.end - c.start) >= (p.end - p.start))) continue;
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    let score = localScore(p, how);
    if (RELATIVE_BEFORE.test(before) || ORIGIN_BEFORE.test(before)) score -= 3;
    // A foreign or partial match of the same name (Dadaab in another country) gives way.
    for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= p.start && out[i].end <= p.end && how === 'chain') out.splice(i, 1);
    out.push({ start: p.start, end: p.end, raw: p.raw, place: localPlace(p), score, local: true });
  }
  // "Ukrainian cities", "a Chadian military base": a demonym before a place noun names the country.
  for (const m of text.matchAll(DEMONYM_PLACE)) {
    const code = DEMONYMS[m[1]];
    const c = code ? countryOf(code) : null;
    if (!c || out.some((x) => x.start < m.index! + m[0].length && x.end > m.index!)) continue;
    const before = text.slice(Math.max(0, m.index! - 60), m.index!);
    const away = /\bfrom\s+(?:the\s+)?$/i.test(before) || RELATIVE_BEFORE.test(before);
    out.push({ start: m.index!, end: m.index! + m[1].length, raw: m[1], place: c, score: SPECIFICITY.country - (away ? 3 : 0) });
  }
  return out.sort((a, b) => a.start - b.start);
}

// At sea the country is the coast the text names, never the article's country by default.
const AT_SEA = /\b(?:Sea|Ocean|Gulf|Strait|Straits|Channel|Bay|Pacific|Atlantic|Mediterranean|Caribbean|waters)\b/;

export function toLocationFact(c: PlaceCandidate, fallbackCountry: string | null): LocationFact {
  const p = c.place;
  return {
    name: p.name,
    raw: c.raw,
    country: p.country ?? (AT_SEA.test(p.name) ? null : fallbackCountry),
    ...(p.admin1 ? { admin1: p.admin1 } : {}),
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
  };
}

function placeDistanceKm(a: Place, b: Place): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  return distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** Could two places be where the same incident happened? (one inside the other, or close by) */
export function samePlace(a: Place, b: Place): boolean {
  if (a.name === b.name) return true;
  if (a.kind === 'country' || b.kind === 'country') return a.country === b.country;
  if (a.kind === 'admin1' || b.kind === 'admin1') return a.country === b.country && (a.admin1 === b.admin1 || a.name === b.admin1 || b.name === a.admin1);
  // Two sites in one city (an airport and a government zone) are different places; two mentions of a
  // town and a site in it are the same.
  const d = placeDistanceKm(a, b);
  if (d !== null) return d <= (a.kind === 'site' && b.kind === 'site' ? 6 : 25);
  return a.name.toLowerCase().includes(b.name.toLowerCase()) || b.name.toLowerCase().includes(a.name.toLowerCase());
}

export interface ArticlePlaces {
  /** Every place candidate in the text (all sentences: the scan is cheap). */
  all: PlaceCandidate[];
  /** The country most places are in; same-named places there win. */
  mainCountry: string | null;
  /** The city of the dateline ("KYIV (Reuters) -"), if any. */
  dateline: PlaceCandidate | null;
  /** For an incident that names no place: the best place of the two sentences before it. */
  before: (sentenceIndex: number) => PlaceCandidate | null;
}

// "along the country's coast", "there": a sentence that points back across a paragraph break.
const REFERS_BACK = /\b(?:the (?:country|city|town|province|region|capital|area|village)(?:['’]s)?|there)\b/i;

export function placesOfArticle(sentences: Sentence[], gazetteer: Gazetteer): ArticlePlaces {
  const paragraphStarts = new Set(sentences.filter((s, i) => i === 0 || s.paragraph !== sentences[i - 1].paragraph).map((s) => s.start));
  const mentions = sentences.map((s) => gazetteer.scan(s.text));
  const scan = (country: string | null) => {
    const out: PlaceCandidate[] = [];
    sentences.forEach((s, i) => {
      for (const p of scorePlaces(s.text, mentions[i], paragraphStarts.has(s.start) ? [0] : [], country, (code) => gazetteer.country(code))) out.push({ ...p, start: p.start + s.start, end: p.end + s.start });
    });
    return out;
  };
  // Two passes: the first finds the article's main country, the second prefers places in it.
  const mainCountry = dominantCountry(scan(null).filter((p) => p.score > 0).map((p) => p.place.country));
  const all = scan(mainCountry);
  // A name the article uses as a surname ("named as Omar Wakefield") is the person wherever it stands
  // alone later ("Wakefield had left prison..."), unless a preposition places it.
  const surnames = new Set(all.filter((p) => p.surname).map((p) => p.raw));
  for (const p of all) if (!p.surname && !p.locative && surnames.has(p.raw)) p.score -= 2;
  const before = (sentenceIndex: number) => {
    const here = sentences[sentenceIndex];
    for (let k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - 2); k--) {
      const prev = sentences[k];
      if (prev.paragraph !== here.paragraph && !REFERS_BACK.test(here.text)) return null;
      const best = all.filter((p) => p.start >= prev.start && p.start < prev.end && p.score > 0).sort((a, b) => b.score - a.score)[0];
      if (best) return best;
    }
    return null;
  };
  return { all, mainCountry, dateline: all.find((p) => p.dateline && p.place.kind === 'city') ?? null, before };
}

function dominantCountry(codes: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const c of codes) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) (best = c), (n = k);
  return best;
}

/** The sentence containing `offset` (binary search; sentences are in order). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

const PROVINCE_NOUN = /^(?:Governorate|Province|Oblast|Region|region|State|province|governorate)$/;
const DISTRICT_NOUN = /^(?:District|County|Regency|Raion|Municipality|community|village|town|city|district|area|neighbou?rhood|suburb)$/;
// A district named by its kind ranks with a town: which contains which is not known, so the first named wins.
/** A local place ranks above the known place that contains it: a site above a town, a district above a province. */
function localScore(p: LocalPlace, how: 'chain' | 'site'): number {
  if (PROVINCE_NOUN.test(p.kind)) return SPECIFICITY.province;
  if (DISTRICT_NOUN.test(p.kind)) return SPECIFICITY.town;
  if (how === 'site') return SPECIFICITY.site;
  const c = p.container ? SPECIFICITY[p.container.precision] ?? 1 : 1;
  return Math.max(c + 1, SPECIFICITY.town + 0.5);
}
