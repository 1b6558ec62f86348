/**
 * Is the article's subject a specific violent attack? A score from the lead (does an attack with
 * specifics come first?), the headline's vocabulary, how much of the article is about attacks, and
 * the contexts that make attack words mean something else. Returns the decision with a confidence.
 */
import type { Clause } from './clauses';
import type { Sentence } from './text';
import { findWeapons, isEventClause, negativeContexts } from './clauses';
import type { IncidentDraft } from './segment';
import { ATTACK_NOUN, EVENT_VERB } from './lang/en/lexicon';

export interface Detection {
  isAttackReport: boolean;
  confidence: number;
  score: number;
  reasons: string[];
}

const THRESHOLD = 2.5;
const DAY_MS = 86_400_000;

export function detectAttackReport(args: {
  title: string;
  /** Every sentence of the text (clauses cover only the relevant ones). */
  sentences: Sentence[];
  clauses: Clause[];
  incidents: IncidentDraft[];
  published: string | null;
  mainDate: string | null;
}): Detection {
  const { title, clauses, incidents } = args;
  // Looking-back words ("two years after") do not count against an article whose incident is this week's.
  const recent = !!(args.published && args.mainDate && args.mainDate.length === 10 && (Date.parse(args.published) - Date.parse(args.mainDate)) / DAY_MS <= 7);
  const contexts = (text: string) => negativeContexts(text).filter((k) => !(recent && k === 'retrospective'));
  const reasons: string[] = [];
  let score = 0;
  const main = incidents[0];
  if (!main) return { isAttackReport: false, confidence: 0.02, score: -5, reasons: ['no attack event in the text'] };

  // Where the first event stands among the body's sentences.
  const bodySentences = args.sentences.filter((s) => !s.isHeading).map((s) => s.index);
  const position = bodySentences.indexOf(main.events[0].sentence.index);
  if (position <= 2) (score += 2), reasons.push('attack in the lead');
  else if (position <= 6) (score += 1), reasons.push('attack early in the text');
  else (score -= 1), reasons.push('first attack deep in the text');

  // The headline.
  const titleWeapons = findWeapons(title).filter((w) => !w.weak);
  const titleNegatives = contexts(title);
  if (titleWeapons.length || (ATTACK_NOUN.test(title) && EVENT_VERB.test(title)) || /\b(?:killed|kills?|dead|wounded|injured|attack(?:ed|s)?|shooting|stabbing|bombing|explosion|blast|massacre)\b/i.test(title)) {
    score += 1.5;
    reasons.push('attack words in the headline');
  } else if (title.trim()) {
    // A headline about something else (a vote, a decree, an admission): attacks in the text are background.
    score -= 1.5;
    reasons.push('headline without attack words');
  }
  if (titleNegatives.length) {
    score -= 2 * titleNegatives.length;
    reasons.push(`headline context: ${titleNegatives.join(', ')}`);
  }

  // How specific the main event is.
  const ev = [...main.events, ...main.support];
  let specifics = 0;
  if (ev.some((c) => c.dates.length)) specifics++;
  if (ev.some((c) => c.counts.length)) specifics++;
  if (ev.some((c) => c.places.some((p) => p.score >= 2.5))) specifics++;
  if (ev.some((c) => c.weapons.some((w) => !w.weak))) specifics++;
  score += Math.min(2, specifics * 0.5);
  reasons.push(`${specifics} specifics`);

  // How much of the article is about attacks.
  const eventSentences = new Set(clauses.filter(isEventClause).map((c) => c.sentence.index)).size;
  const density = eventSentences / Math.max(1, bodySentences.length);
  if (density >= 0.1) (score += 1), reasons.push(`attack density ${density.toFixed(2)}`);
  else if (density < 0.04) (score -= 1), reasons.push(`low attack density ${density.toFixed(2)}`);

  // Contexts in the lead that make attack words mean something else.
  const leadText = bodySentences.slice(0, 5).map((i) => args.sentences[i].text).join(' ');
  const leadNegatives = contexts(leadText).filter((k) => k !== 'accident' || !/\b(?:bomb|rocket|missile|gunmen|shooting)/i.test(leadText));
  if (leadNegatives.length) {
    score -= leadNegatives.length;
    reasons.push(`lead context: ${leadNegatives.join(', ')}`);
  }
  // A launch "into the sea" or a test that hurt and hit nothing is a test, not an attack.
  const hurt = ev.some((c) => c.counts.some((x) => (x.field === 'killed' || x.field === 'injured') && x.count.status === 'reported') || c.targets.length > 0 || c.damage.length > 0);
  if ((leadNegatives.includes('test') || titleNegatives.includes('test')) && !hurt) {
    score -= 2;
    reasons.push('a test or launch that hit nothing');
  }

  // An attack dated long before publication: an anniversary, a trial, a retrospective.
  if (args.published && args.mainDate) {
    const age = (Date.parse(args.published) - Date.parse(padDate(args.mainDate))) / DAY_MS;
    if (age > 45) (score -= 3), reasons.push(`main event ${Math.round(age)} days before publication`);
  }

  const confidence = Math.round((1 / (1 + Math.exp(-(score - THRESHOLD)))) * 100) / 100;
  return { isAttackReport: score >= THRESHOLD, confidence, score, reasons };
}

/** "2024-08" → the last day it could be, so a month-precise date is not judged old too early. */
function padDate(d: string): string {
  if (d.length === 10) return d;
  if (d.length === 7) return `${d}-28`;
  return `${d}-12-31`;
}
