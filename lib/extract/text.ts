/**
 * Sentence and paragraph segmentation with character offsets into the original text.
 * Offsets matter more than elegance here: every evidence span the page highlights is computed from them.
 */

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line or a line that ends a sentence). */
  paragraph: number;
  /** A line standing on its own without final punctuation: a headline, caption or sub-heading. */
  isHeading: boolean;
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st mt ft jr sr no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ prof pres fig al e.g i.e a.m p.m u.s u.k u.n ' +
    'u.s.a d.c'
  ).split(' '),
);

const TERMINAL = /[.!?]/;
// Case-sensitive on purpose, and every repetition bounded: with /i, "and" would be both a name and a
// separator, and a long run of them would backtrack exponentially.
const BYLINE = /^[Bb]y\s+[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]{0,30}(?:\s+[A-Z][\w'’.-]{0,30}){0,3}){0,3}\s*$/;
const FURNITURE_LABEL = /^(?:(?:read (?:also|more)|also read|see also|related(?: stories| articles)?|more on this story|recommended|watch|listen|photo|image|credit|copyright|©)\s*[:|—–-]|(?:published|updated|posted|last updated)\s*:?\s+(?:on\s+)?\w+ \d|\(?(?:photo|image|picture|video)(?: credit)?:)/i;
const isFurniture = (t: string) => BYLINE.test(t) || FURNITURE_LABEL.test(t);
const PHOTO_CREDIT = /\((?:[^()]*\b(?:photo|photograph|picture|image|credit|getty|afp|ap|reuters|epa|anadolu|xinhua|sipa|shutterstock)\b[^()]*)\)\.?$/i;
// A line ending in one of these words continues on the next line.
const HANGING_WORD = /(?:^|\s)(?:at|the|of|to|in|on|a|an|and|or|for|with|by|from|as|that|which|who|was|were|is|are|its|their|his|her|—|–|-|,)$/i;
const CLOSERS = /["'”’»)\]]/;

/**
 * PHOTO_CREDIT.test(text), linear: a credit closes the text, so it opens at the last "(". (Tried from
 * every position, the pattern backtracked through each credit word of a long unclosed parenthesis.)
 */
function isPhotoCredit(text: string): boolean {
  const tail = text.slice(Math.max(0, text.lastIndexOf('(')));
  return /^\([^()]*\)\.?$/.test(tail) && PHOTO_CREDIT.test(tail);
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  // Read the word that ends at `dot` (including inner periods, as in "U.S").
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials like "J." or "U.S." (single letters separated by periods).
  if (/^([a-z]\.)*[a-z]$/.test(word)) return true;
  return false;
}

/** Split text into sentences. Single newlines inside a paragraph (hard-wrapped HTML) are treated as spaces. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const n = text.length;

  const push = (s: number, e: number, heading: boolean) => {
    // Trim whitespace, keeping offsets exact.
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e - s < 2) return;
    out.push({ index: out.length, start: s, end: e, text: text.slice(s, e), paragraph, isHeading: heading });
  };

  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      // Find the extent of this run of whitespace containing newlines.
      let j = i;
      let newlines = 0;
      while (j < n && /\s/.test(text[j])) {
        if (text[j] === '\n') newlines++;
        j++;
      }
      const before = text.slice(start, i).trimEnd();
      const lastChar = before[before.length - 1] ?? '';
      const endsSentence = TERMINAL.test(lastChar) || (CLOSERS.test(lastChar) && TERMINAL.test(before[before.length - 2] ?? ''));
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      // A blank line always ends a block; a single newline only when the line ends a sentence or
      // looks like a headline standing alone (short, first line of its block, not ending mid-phrase,
      // next line capitalised). Otherwise it is a hard wrap inside a paragraph.
      const line = text.slice(lineStart, i).trim();
      const nextChar = text[j] ?? '';
      const headlineLike =
        lineStart <= start + 1 &&
        line.length > 0 &&
        line.length < 150 &&
        !HANGING_WORD.test(line) &&
        /[\p{Lu}\d"“‘]/u.test(nextChar);
      if (newlines >= 2 || endsSentence || headlineLike) {
        const heading = !endsSentence && before.length > 0 && lineStart <= start + 1;
        push(start, i, heading);
        paragraph++;
        start = j;
      }
      i = j;
      continue;
    }
    if (TERMINAL.test(ch)) {
      // Include trailing terminal punctuation and closing quotes.
      let j = i + 1;
      while (j < n && (TERMINAL.test(text[j]) || CLOSERS.test(text[j]))) j++;
      const next = text.slice(j, j + 3);
      const followedByBreak = j >= n || /^\s/.test(next);
      if (followedByBreak) {
        let k = j;
        while (k < n && text[k] === ' ') k++;
        const nextChar = text[k] ?? '';
        const isUpperNext = /^[\p{Lu}\d"'“‘«(\[]/u.test(nextChar) || nextChar === '\n' || k >= n;
        const abbrev = ch === '.' && isAbbreviationBefore(text, i);
        // After an abbreviation a sentence still ends if the next word is clearly a new sentence
        // start is unknowable; keep the sentence going (rarer error than splitting "U.S. officials").
        if (isUpperNext && !abbrev) {
          push(start, j, false);
          start = j;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  push(start, n, false);
  // Photo captions end with a credit: "(AP Photo/Jane Doe)", "(Reuters)". They restate or date the
  // picture, not the event, so they are set aside like headings.
  for (const s of out) {
    if (isPhotoCredit(s.text)) {
      for (const t of out) if (t.paragraph === s.paragraph) t.isHeading = true;
    }
  }
  // Bylines, credits, "Read also" lists and date stamps are page furniture, not article text for facts.
  for (const s of out) if (isFurniture(s.text)) s.isHeading = true;
  // Mark single-line blocks without terminal punctuation as headings.
  for (const s of out) {
    if (!s.isHeading && !/[.!?]["'”’»)\]]*$/.test(s.text) && s.text.length < 200) {
      const prev = text.slice(Math.max(0, s.start - 2), s.start);
      const after = text.slice(s.end, s.end + 2);
      if ((s.start === 0 || prev.includes('\n')) && (s.end === n || after.includes('\n'))) s.isHeading = true;
    }
  }
  return out;
}
