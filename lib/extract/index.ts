/**
 * The extractor: article text + publication date in, an Analysis out.
 * Pure: no DOM, no extension API. The content script (via the background), the CLI and the
 * evaluation all call `analyseArticle`.
 *
 * text → sentences → facts found once over the whole text (dates, counts, places, actors)
 *      → clauses with their facts → incidents (segment) → records (assemble) → detection.
 */
import type { Analysis, Incident } from '../schema';
import type { Gazetteer } from '../gazetteer';
import { loadGazetteer } from '../gazetteer';
import { splitSentences } from './text';
import type { Sentence } from './text';
import { ATTACK_NOUN, WEAPON_PATTERNS } from './lang/en/lexicon';
import { findDates } from './dates';
import { findCounts, findIntercepted } from './counts';
import { findDamage, findPerpetrators, findTargets } from './actors';
import { placesOfArticle, sentenceAt } from './places';
import { buildClauses, findWeapons } from './clauses';
import { mergeRestatements, segmentIncidents } from './segment';
import type { IncidentDraft } from './segment';
import { assembleIncident } from './assemble';
import { splitPlaceLists } from './place-lists';
import { detectAttackReport } from './detect';

export interface ArticleInput {
  /** Plain article text (Readability's text, or a .txt file). Evidence offsets index into it. */
  text: string;
  /** Publication date, YYYY-MM-DD, or null when unknown. Relative dates resolve against it. */
  published: string | null;
  title?: string;
  url?: string;
  outlet?: string;
}

export interface AnalyseOptions {
  gazetteer?: Gazetteer;
  /** Texts longer than this are analysed up to this length (a news article is far shorter). */
  maxChars?: number;
  /**
   * Return the incidents even when the detector does not call this text an attack report: it is a later
   * window of an article already found to be one (lib/extract/steps.ts).
   */
  keepIncidents?: boolean;
  /** Receives the segmentation decisions, one line each (for tuning rules). */
  trace?: (line: string) => void;
}

const DEFAULT_MAX_CHARS = 200_000;

export function analyseArticle(input: ArticleInput, options: AnalyseOptions = {}): Analysis {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const text = input.text.length > (options.maxChars ?? DEFAULT_MAX_CHARS) ? input.text.slice(0, options.maxChars ?? DEFAULT_MAX_CHARS) : input.text;
  const published = input.published && /^\d{4}-\d{2}-\d{2}$/.test(input.published) ? input.published : null;
  const sentences = splitSentences(text);
  const title = input.title?.trim() || (sentences[0]?.isHeading ? sentences[0].text : '');

  // Only sentences with attack, casualty or blame vocabulary can hold facts of an incident; the costly
  // finders (chrono, the count and actor patterns) run on those alone, so a long article about
  // something else costs little. Places are found everywhere (the scan is cheap; see placesOfArticle).
  const relevant = sentences.filter((s) => s.isHeading || RELEVANT.test(s.text));
  const relevantStarts = new Set(relevant.map((s) => s.start));
  const places = placesOfArticle(sentences, gazetteer);
  const clauses = buildClauses(text, relevant, {
    dates: perSentence(relevant, (t) => findDates(t, published)),
    counts: perSentence(relevant, findCounts),
    intercepted: perSentence(relevant, findIntercepted),
    places: places.all.filter((p) => relevantStarts.has(sentenceAt(sentences, p.start)?.start ?? -1)),
    perpetrators: perSentence(relevant, findPerpetrators),
    targets: perSentence(relevant, findTargets),
    damage: perSentence(relevant, findDamage),
  });
  const drafts = segmentIncidents(clauses, options.trace);
  const titleWeapon = findWeapons(title).find((w) => !w.weak) ?? null;
  const source = {
    url: input.url ?? '',
    title: title || (input.url ?? ''),
    ...(input.outlet ? { outlet: input.outlet } : {}),
    published,
  };
  const assemble = (draft: IncidentDraft, i: number) =>
    assembleIncident(draft, {
      text,
      published,
      source,
      isMain: i === 0,
      titleWeapon: titleWeapon ? { category: titleWeapon.category, raw: titleWeapon.raw } : null,
      articleCountry: places.mainCountry,
      contextPlace: places.before,
      datelinePlace: places.dateline,
    });
  const merged = mergeRestatements(drafts, drafts.map(assemble), assemble);
  const lead = newsLead(merged.incidents, published);
  const incidents = sameSiteAsBefore(splitPlaceLists(moveToFront(merged.drafts, lead), moveToFront(merged.incidents, lead), text));
  const detection = detectAttackReport({
    title,
    sentences,
    clauses,
    incidents: moveToFront(merged.drafts, lead),
    published,
    mainDate: incidents[0]?.date.basis !== 'publication' ? (incidents[0]?.date.value ?? null) : null,
  });
  options.trace?.(`detection ${detection.score.toFixed(1)}: ${detection.reasons.join('; ')}`);
  return {
    isAttackReport: detection.isAttackReport,
    confidence: detection.confidence,
    // Incidents in an article that is not an attack report are passing mentions; the page shows none.
    incidents: detection.isAttackReport || options.keepIncidents ? incidents : [],
  };
}

const RELEVANT = new RegExp(
  [
    WEAPON_PATTERNS.map((p) => p.re.source).join('|'),
    ATTACK_NOUN.source,
    String.raw`\b(?:kill|dead|death|died|dies?\b|lives\b|life\b|hospital|condition|survive|assassinat|wound|injur|hurt|casualt|losses|toll|victim|claim|blame|accus|suspect|responsib|damag|destroy|fire|attack|struck|hit|target|landed|fell|explod|shot|stabb|raid|stormed|ambush|shell)`,
  ].join('|'),
  'i',
);

/**
 * Which incident is the news: the first described, unless it is old (a month or more before
 * publication) and one of the next few happened within the week. (A lead chosen this way has a date
 * from the text, so the main-incident defaults applied to the first draft are not needed.)
 */
function newsLead(incidents: Incident[], published: string | null): number {
  if (!published || incidents.length < 2) return 0;
  const age = (i: Incident) => (i.date.value ? (Date.parse(published) - Date.parse(i.date.value.padEnd(10, '-28').slice(0, 10))) / 86_400_000 : null);
  const first = age(incidents[0]);
  if (first === null || first <= 30) return 0;
  const k = incidents.slice(1, 4).findIndex((i) => i.date.precision === 'day' && (age(i) ?? Infinity) <= 7);
  return k + 1;
}

function moveToFront<T>(items: T[], index: number): T[] {
  return index <= 0 ? items : [items[index], ...items.slice(0, index), ...items.slice(index + 1)];
}

/** Run a finder on each sentence and shift its offsets into the whole text. */
function perSentence<T extends { start: number; end: number }>(sentences: Sentence[], find: (text: string, s: Sentence) => T[]): T[] {
  const out: T[] = [];
  for (const s of sentences) for (const x of find(s.text, s)) out.push({ ...x, start: x.start + s.start, end: x.end + s.start });
  return out;
}


/**
 * "a drone attack on the same base": an incident placed only by "the same X" is at the place an earlier
 * incident of the article names (the article's news first), not at the words "the same base".
 */
function sameSiteAsBefore(incidents: Incident[]): Incident[] {
  return incidents.map((inc, i) => {
    if (i === 0 || !inc.location || inc.location.lat !== null || !/^the same\b/i.test(inc.location.raw)) return inc;
    const earlier = incidents.slice(0, i).find((x) => x.location && x.location.lat !== null);
    return earlier?.location ? { ...inc, location: { ...earlier.location, raw: inc.location.raw } } : inc;
  });
}
