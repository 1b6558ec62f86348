/**
 * The cheap gate: decides, from a handful of metadata reads, whether a page could be an attack report.
 * Runs on every http(s) page the reader opens, so it must cost next to nothing: no clone, no Readability,
 * no layout, no full-text walk, no message to the background. Everything it reads is length-capped.
 */

/** Words that an attack report's title, description or lead practically always contains (English). */
const ATTACK_WORDS =
  /\b(rockets?|missiles?|mortars?|shell(?:s|ing|ed)|artillery|drones?|air ?strikes?|airstrikes?|strikes?|struck|bomb(?:s|ing|ings|ed|er)?|blasts?|explosions?|explosives?|IEDs?|attack(?:s|ed|er|ers)?|gunm[ae]n|gunfire|shot|shooting|shelling|killed|kills?|wounded|injured|casualties|dead|militants?|insurgents?|grenades?|ambush(?:ed)?|raid(?:s|ed)?|intercept(?:ed|ion)?|barrage|launched|fired)\b/i;

/** How much of each field is looked at; a title or lead longer than this is not helped by more. */
const MAX_FIELD = 600;
const MAX_LEAD = 1500;

export type GateResult = { pass: true; reason: string } | { pass: false; reason: string };

function meta(doc: Document, key: string): string {
  // Metadata lives in <head>; searching only there keeps a miss cheap on a page with a huge body.
  const el = (doc.head ?? doc).querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return (el?.getAttribute('content') ?? '').slice(0, MAX_FIELD);
}

/** Does the page declare itself an article, or look like one? Only cheap selector queries. */
function looksLikeArticle(doc: Document): string | null {
  const ogType = meta(doc, 'og:type').toLowerCase();
  if (ogType === 'article' || ogType.startsWith('article')) return 'og:type=article';
  if (doc.querySelector('article')) return '<article>';
  if (doc.querySelector('[itemtype*="Article" i]')) return 'microdata Article';
  for (const s of Array.from((doc.head ?? doc).querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    // Only the start of the JSON-LD: a real @type is near the top; huge blocks are not read in full.
    if (/"@type"\s*:\s*\[?\s*"(News|Report|Blog)?Article"/i.test((s.textContent ?? '').slice(0, 4000))) return 'JSON-LD Article';
  }
  if (meta(doc, 'article:published_time')) return 'article:published_time';
  // No markup at all: a run of paragraphs is the last hint (getElementsByTagName is a live, cheap count).
  if (doc.getElementsByTagName('p').length >= 5 && doc.getElementsByTagName('h1').length >= 1) return 'paragraphs';
  return null;
}

/** The title, descriptions, first heading and the first substantial paragraphs, capped. */
function leadText(doc: Document): string {
  const parts = [doc.title.slice(0, MAX_FIELD), meta(doc, 'og:title'), meta(doc, 'og:description'), meta(doc, 'description')];
  const h1 = doc.querySelector('h1');
  if (h1) parts.push((h1.textContent ?? '').slice(0, MAX_FIELD));
  const scope = doc.querySelector('article') ?? doc.body;
  if (scope) {
    let lead = 0;
    const ps = scope.getElementsByTagName('p');
    for (let i = 0; i < ps.length && i < 12 && lead < MAX_LEAD; i++) {
      const t = (ps[i].textContent ?? '').slice(0, MAX_LEAD);
      if (t.trim().length < 40) continue; // bylines, captions
      parts.push(t);
      lead += t.length;
    }
  }
  return parts.join('\n');
}

export function gate(doc: Document): GateResult {
  if (!doc.body || (doc.contentType && doc.contentType !== 'text/html')) return { pass: false, reason: 'not an HTML page' };
  const article = looksLikeArticle(doc);
  if (!article) return { pass: false, reason: 'not an article' };
  const m = ATTACK_WORDS.exec(leadText(doc));
  if (!m) return { pass: false, reason: `article (${article}) without attack vocabulary` };
  return { pass: true, reason: `article (${article}); lead has “${m[0]}”` };
}
