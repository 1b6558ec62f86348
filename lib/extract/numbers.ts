/**
 * Number phrases in news English ("three", "a dozen", "at least 19", "more than 40", "dozens",
 * "between 10 and 15", "a pair of") → a Count without status. ACLED's conservative reading of vague
 * quantities: tens = 10, dozens = 12, scores = 20, hundreds = 100.
 */
import type { Count } from '../schema';

const UNITS: Record<string, number> = {
  zero: 0, no: 0, a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, pair: 2, couple: 2,
};
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

/** Vague quantities: word → [best, min]. */
const VAGUE: Record<string, [number | null, number | null]> = {
  several: [null, 2], multiple: [null, 2], some: [null, 1], many: [null, 2], numerous: [null, 2],
  few: [null, 2], dozens: [12, 12], scores: [20, 20], tens: [10, 10], hundreds: [100, 100],
  thousands: [1000, 1000], barrage: [null, 2], salvo: [null, 2], volley: [null, 2], series: [null, 2],
};

/** A number word or digits, e.g. "19", "1,200", "twenty-one", "two hundred". */
export const NUMBER_WORD =
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a pair of|a couple of|a single|an?)(?:\s+(?:hundred|thousand))?`;

const QUALIFIER_PREFIX = String.raw`(?:at least|at most|no fewer than|no less than|not less than|a minimum of|more than|over|upwards of|in excess of|nearly|almost|about|around|approximately|roughly|some|an estimated|estimated|up to|as many as|fewer than|less than|close to|a total of|a barrage of|a salvo of|a volley of|a further|another|only|just)`;

/** A count phrase: optional qualifiers (at most three: unbounded, a run of "at least at least…" costs its
 * length squared), a number (or a range), or a vague quantity. */
export const COUNT_PHRASE = String.raw`\b(?:(?:${QUALIFIER_PREFIX}\s+){0,3}(?:between\s+${NUMBER_WORD}\s+and\s+${NUMBER_WORD}|${NUMBER_WORD}(?:\s*(?:-|–|to|or)\s*${NUMBER_WORD})?)|dozens(?:\s+of)?|scores(?:\s+of)?|hundreds(?:\s+of)?|thousands(?:\s+of)?|tens(?:\s+of)?|several|multiple|numerous|a (?:barrage|salvo|volley|series|number) of)\b`;

/** Parse one number word/digits phrase; null if not a number. */
export function parseNumberWord(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^(.*?)(?: (hundred|thousand))?$/.exec(s);
  if (!m) return null;
  let base: number | null;
  const core = m[1].replace(/^(a|an) (dozen)$/, '$2').replace(/^a (pair|couple) of$/, '$1').replace(/^a single$/, 'single');
  if (/^\d/.test(core)) base = Number(core.replace(/,/g, ''));
  else if (/-| /.test(core) && TENS.has(core.split(/[- ]/)[0])) {
    const [t, u] = core.split(/[- ]/);
    base = (UNITS[t] ?? 0) + (UNITS[u] ?? 0);
  } else base = UNITS[core] ?? null;
  if (base === null || Number.isNaN(base)) return null;
  if (m[2] === 'hundred') return base * 100;
  if (m[2] === 'thousand') return base * 1000;
  return base;
}

// Word boundaries on both sides, or "nineteen" would be read as "nine".
const NUM_RE = new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'gi');

/** Turn a count phrase into a Count (status "reported"). */
export function parseCountPhrase(raw: string): Omit<Count, 'status'> | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [word, [best, min]] of Object.entries(VAGUE)) {
    if (s === word || s.startsWith(`${word} of`) || s === `a ${word} of` || s.startsWith(`a ${word} of`)) {
      // "a barrage of 17" carries a number after the vague word.
      const of = /^(?:a )?\w+ of\s+(.+)$/.exec(s);
      const n = of ? parseCountPhrase(of[1]) : null;
      if (n && n.best !== null) return { ...n, raw };
      return { best, min, max: null, qualifier: 'vague', raw };
    }
  }
  const range = /^(?:between )?(.+?)\s*(?: and |-|–| to | or )\s*(.+)$/.exec(s.replace(/^(?:some|about|around|approximately|roughly|an estimated|estimated) /, ''));
  if (range) {
    const a = parseNumberWord(stripQualifiers(range[1]));
    const b = parseNumberWord(range[2]);
    if (a !== null && b !== null && b > a) {
      return { best: a, min: a, max: b, qualifier: 'range', raw };
    }
  }
  const numbers = [...s.matchAll(NUM_RE)].map((m) => m[0]);
  const last = numbers[numbers.length - 1];
  if (!last) return null;
  const value = parseNumberWord(last);
  if (value === null) return null;
  const q = qualifierOf(s);
  return {
    best: value,
    min: q === 'at_least' || q === 'exact' ? value : q === 'more_than' ? value + 1 : null,
    max: q === 'up_to' || q === 'exact' ? value : null,
    qualifier: q,
    raw,
  };
}

function stripQualifiers(s: string): string {
  return s.replace(new RegExp(`^(?:${QUALIFIER_PREFIX}\\s+)+`, 'i'), '');
}

function qualifierOf(s: string): Count['qualifier'] {
  if (/\b(at least|no fewer than|no less than|not less than|a minimum of)\b/.test(s)) return 'at_least';
  if (/\b(more than|over|upwards of|in excess of)\b/.test(s)) return 'more_than';
  if (/\b(up to|as many as|at most|fewer than|less than)\b/.test(s)) return 'up_to';
  if (/\b(nearly|almost|about|around|approximately|roughly|some|an estimated|estimated|close to)\b/.test(s)) return 'about';
  return 'exact';
}
