/**
 * Coordinates the reader types or pastes for a place the gazetteer lacks: "33.31, 44.36",
 * "33.31°N 44.36°E", "33°18′36″N 44°21′36″E", "N 33.31 E 44.36", "-33.9, 18.4", "33,31; 44,36".
 *
 * Parsed by a hand-written tokenizer (one pass over the characters, no regular expression), so a
 * hostile paste costs time linear in its length, which is also capped. Anything the parser cannot
 * read in exactly one way is refused with a reason the panel can show as is; it never guesses.
 */
import type { GeoPrecision, LocationFact } from '../schema';

/** Longer than any coordinate pair anyone writes; a longer paste is not coordinates. */
export const MAX_COORDINATE_CHARS = 120;

export interface ParsedCoordinates {
  ok: true;
  lat: number;
  lon: number;
  /** What the digits given can tell apart: 33.3125 is a building, 33.3 a district, 33 a province. */
  precision: GeoPrecision;
}
export interface CoordinateError {
  ok: false;
  /** A sentence for the reader. */
  reason: string;
}
export type CoordinateResult = ParsedCoordinates | CoordinateError;

type Tok =
  | { t: 'num'; v: number; decimals: number; text: string }
  | { t: 'sign'; neg: boolean }
  | { t: 'deg' }
  | { t: 'min' }
  | { t: 'sec' }
  | { t: 'hemi'; h: 'N' | 'S' | 'E' | 'W' }
  | { t: 'label'; axis: 'lat' | 'lon' }
  | { t: 'sep'; c: string };

const HEMI_WORDS: Record<string, 'N' | 'S' | 'E' | 'W'> = { n: 'N', s: 'S', e: 'E', w: 'W', north: 'N', south: 'S', east: 'E', west: 'W' };
const LABEL_WORDS: Record<string, 'lat' | 'lon'> = { lat: 'lat', latitude: 'lat', lon: 'lon', lng: 'lon', long: 'lon', longitude: 'lon' };
const DEG = new Set(['°', 'º', '˚', 'd']);
const MIN = new Set(["'", '′', '’', '‘', 'ʹ', '´', '`']);
const SEC = new Set(['"', '″', '”', '“', 'ʺ']);
// Not the en dash: "33.31 – 44.36" is a separator as often as a minus, so it is refused.
const MINUS = new Set(['-', '−', '‐', '‑']);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * Split into tokens. `decimalComma`: a comma between two digits is a decimal point (else it separates).
 * Returns a reason string on a character it cannot place.
 */
function tokenize(s: string, decimalComma: boolean): Tok[] | string {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (isDigit(c) || (c === '.' && isDigit(s[i + 1] ?? ''))) {
      let j = i;
      let dot = -1;
      while (j < s.length) {
        const d = s[j];
        if (isDigit(d)) j++;
        else if ((d === '.' || (decimalComma && d === ',')) && dot < 0 && isDigit(s[j + 1] ?? '')) (dot = j), j++;
        else break;
      }
      // "33.31.5": a second decimal point is not a number anyone means.
      if (s[j] === '.' && isDigit(s[j + 1] ?? '')) return `“${s.slice(i, j + 2)}…” is not a number.`;
      if (decimalComma && s[j] === ',' && isDigit(s[j + 1] ?? '')) return 'The commas are ambiguous: write decimals with a dot, or put “;” between latitude and longitude.';
      const text = s.slice(i, j).replace(',', '.');
      out.push({ t: 'num', v: Number(text), decimals: dot < 0 ? 0 : j - dot - 1, text });
      i = j;
    } else if (c === '+' || MINUS.has(c)) {
      out.push({ t: 'sign', neg: c !== '+' });
      i++;
    } else if (DEG.has(c) && (c !== 'd' || isDigit(s[i - 1] ?? ''))) {
      out.push({ t: 'deg' });
      i++;
    } else if (MIN.has(c)) {
      // Two primes are a seconds mark: 36''.
      if (MIN.has(s[i + 1] ?? '')) (out.push({ t: 'sec' }), (i += 2));
      else (out.push({ t: 'min' }), i++);
    } else if (SEC.has(c)) {
      out.push({ t: 'sec' });
      i++;
    } else if (isLetter(c)) {
      let j = i;
      while (j < s.length && isLetter(s[j])) j++;
      const word = s.slice(i, j).toLowerCase();
      const h = HEMI_WORDS[word];
      const l = LABEL_WORDS[word];
      if (h) out.push({ t: 'hemi', h });
      else if (l) out.push({ t: 'label', axis: l });
      else return `“${s.slice(i, j)}” is not part of a coordinate; write e.g. 33.31, 44.36.`;
      i = j;
    } else if (c === ',' || c === ';' || c === '/' || c === '|') {
      out.push({ t: 'sep', c });
      i++;
    } else if (c === ':' || c === '=' || c === '(' || c === ')' || c === '[' || c === ']' || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0') {
      i++;
    } else {
      return `“${c}” is not part of a coordinate; write e.g. 33.31, 44.36.`;
    }
  }
  return out;
}

interface Part {
  value: number;
  hemi?: 'N' | 'S' | 'E' | 'W';
  label?: 'lat' | 'lon';
  /** Rough size in degrees of the last digit given. */
  step: number;
  text: string;
}

/** Read the tokens as exactly two parts (latitude and longitude, in some order). */
function readParts(toks: Tok[]): Part[] | string {
  const parts: Part[] = [];
  let k = 0;
  const peek = () => toks[k];
  while (k < toks.length) {
    if (parts.length === 2) return 'There is more here than one latitude and one longitude.';
    let hemi: Part['hemi'];
    let label: Part['label'];
    let neg = false;
    let tk = peek();
    if (tk?.t === 'label') (label = tk.axis), k++, (tk = peek());
    if (tk?.t === 'hemi') (hemi = tk.h), k++, (tk = peek());
    if (tk?.t === 'sign') (neg = tk.neg), k++, (tk = peek());
    if (tk?.t !== 'num') return 'Expected a number for each of latitude and longitude, e.g. 33.31, 44.36.';
    const deg = tk;
    k++;
    let value = deg.v;
    let step = 10 ** -deg.decimals;
    let text = `${neg ? '-' : ''}${deg.text}`;
    let sexagesimal = false;
    if (peek()?.t === 'deg') {
      k++;
      const m = toks[k];
      if (m?.t === 'num' && toks[k + 1]?.t === 'min') {
        if (deg.decimals > 0) return `${deg.text}° has decimals and minutes too; write one or the other.`;
        if (m.v >= 60) return `${m.text}′ is not a minute (0–59).`;
        value += m.v / 60;
        step = 10 ** -m.decimals / 60;
        k += 2;
        sexagesimal = true;
        const sTok = toks[k];
        if (sTok?.t === 'num' && toks[k + 1]?.t === 'sec') {
          if (m.decimals > 0) return `${m.text}′ has decimals and seconds too; write one or the other.`;
          if (sTok.v >= 60) return `${sTok.text}″ is not a second (0–59).`;
          value += sTok.v / 3600;
          step = 10 ** -sTok.decimals / 3600;
          k += 2;
        }
      }
      text += sexagesimal ? '°…' : '°';
    } else if (peek()?.t === 'min' || peek()?.t === 'sec') {
      return `${deg.text} is followed by a minute or second mark but no degree mark (°).`;
    }
    tk = peek();
    // A letter after the number is its hemisphere, unless one came before it ("N 33.31 E 44.36").
    if (tk?.t === 'hemi' && !hemi) {
      hemi = tk.h;
      k++;
    }
    if (neg && (hemi === 'S' || hemi === 'W')) return `${text} ${hemi}: a minus sign and ${hemi === 'S' ? 'S' : 'W'} together are contradictory; use one of them.`;
    if (neg || hemi === 'S' || hemi === 'W') value = -value;
    parts.push({ value, hemi, label, step, text });
    if (peek()?.t === 'sep') {
      k++;
      if (peek()?.t === 'sep') return 'Two separators in a row.';
    }
  }
  if (parts.length < 2) return 'Give both a latitude and a longitude, e.g. 33.31, 44.36.';
  return parts;
}

const axisOf = (p: Part): 'lat' | 'lon' | null =>
  p.label ?? (p.hemi === 'N' || p.hemi === 'S' ? 'lat' : p.hemi === 'E' || p.hemi === 'W' ? 'lon' : null);

/** How precisely the digits place the point (1° ≈ 111 km). */
export function precisionForStep(stepDegrees: number): GeoPrecision {
  if (stepDegrees <= 0.002) return 'site'; // ~200 m or better
  if (stepDegrees <= 0.02) return 'town'; // ~2 km
  if (stepDegrees <= 0.2) return 'district'; // ~20 km
  return 'province';
}

function interpret(s: string, decimalComma: boolean): CoordinateResult {
  const toks = tokenize(s, decimalComma);
  if (typeof toks === 'string') return { ok: false, reason: toks };
  const parts = readParts(toks);
  if (typeof parts === 'string') return { ok: false, reason: parts };
  let [a, b] = parts;
  const axA = axisOf(a);
  const axB = axisOf(b);
  if (axA && axA === axB) return { ok: false, reason: `Both numbers are ${axA === 'lat' ? 'latitudes (N/S)' : 'longitudes (E/W)'}.` };
  // Latitude first unless the letters say otherwise ("44.36E 33.31N").
  if (axA === 'lon' || axB === 'lat') [a, b] = [b, a];
  if (Math.abs(a.value) > 90) {
    return { ok: false, reason: `${a.text} is not a latitude: latitudes run from -90 to 90${!axA && !axB && Math.abs(b.value) <= 90 ? ' (longitude first? write the latitude first, or add N/E)' : ''}.` };
  }
  if (Math.abs(b.value) > 180) return { ok: false, reason: `${b.text} is not a longitude: longitudes run from -180 to 180.` };
  const round = (x: number) => Math.round(x * 1e6) / 1e6 + 0; // + 0: no -0
  return { ok: true, lat: round(a.value), lon: round(b.value), precision: precisionForStep(Math.max(a.step, b.step)) };
}

/**
 * Read a latitude/longitude pair. A comma may be a decimal mark ("33,31; 44,36", "33,31 44,36") or
 * a separator ("33.31,44.36", "33,44"); both readings are tried and the text is taken only when
 * exactly one reading (or two that agree) makes a valid pair.
 */
export function parseCoordinates(text: string): CoordinateResult {
  if (text.length > MAX_COORDINATE_CHARS * 4) return { ok: false, reason: 'That is too long to be a pair of coordinates.' };
  const s = text.normalize('NFKC').trim();
  if (!s) return { ok: false, reason: 'Type a latitude and a longitude, e.g. 33.31, 44.36.' };
  if (s.length > MAX_COORDINATE_CHARS) return { ok: false, reason: 'That is too long to be a pair of coordinates.' };
  const dot = interpret(s, false);
  const hasDigitComma = hasCommaBetweenDigits(s);
  if (!hasDigitComma) return dot;
  const comma = interpret(s, true);
  if (dot.ok && comma.ok) {
    if (dot.lat === comma.lat && dot.lon === comma.lon) return dot;
    return { ok: false, reason: 'The commas are ambiguous: write decimals with a dot, or put “;” between latitude and longitude.' };
  }
  if (dot.ok) return dot;
  if (comma.ok) return comma;
  // Report the reading the reader more likely meant: decimal commas when there is a ";".
  return s.includes(';') || !s.includes('.') ? comma : dot;
}

function hasCommaBetweenDigits(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) if (s[i] === ',' && isDigit(s[i - 1]) && isDigit(s[i + 1])) return true;
  return false;
}

/** Precision the digits of a number imply, for coordinates handed over as numbers. */
function stepOf(x: number): number {
  const str = String(Math.abs(x));
  if (str.includes('e')) return 1e-6;
  const dot = str.indexOf('.');
  return dot < 0 ? 1 : 10 ** -(str.length - dot - 1);
}

export interface CoordinateLocationOptions {
  /** ISO alpha-2, when the reader or a nearby gazetteer place says. */
  country?: string | null;
  admin1?: string;
  /** Overrides the precision read from the digits. */
  precision?: GeoPrecision;
  /** The text the place came from (defaults to the name). */
  raw?: string;
}

/**
 * A LocationFact for a named place at coordinates the reader gave. Precision says what the digits can
 * tell apart (33.3125 -> site, 33.31 -> town, 33.3 -> district, 33 -> province) unless given.
 * Throws RangeError on coordinates off the globe (callers pass what parseCoordinates accepted).
 */
export function locationFromCoordinates(name: string, lat: number, lon: number, opts: CoordinateLocationOptions = {}): LocationFact {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError(`(${lat}, ${lon}) is not a point on Earth.`);
  }
  const country = opts.country && /^[A-Za-z]{2}$/.test(opts.country) ? opts.country.toUpperCase() : null;
  const loc: LocationFact = {
    name: name.trim(),
    raw: opts.raw ?? name.trim(),
    country,
    lat,
    lon,
    precision: opts.precision ?? precisionForStep(Math.max(stepOf(lat), stepOf(lon))),
  };
  if (opts.admin1) loc.admin1 = opts.admin1;
  return loc;
}

/**
 * What the panel says before saving a place that cannot be mapped, or null when it can: a place
 * without coordinates is kept (its name and country still count) but is left out of the map export.
 */
export function missingCoordinatesNotice(loc: LocationFact | null): string | null {
  if (!loc) return 'No place is given: this incident will not appear on a map.';
  if (loc.lat != null && loc.lon != null) return null;
  return `“${loc.name || loc.raw}” has no coordinates: it will not appear on a map (GeoJSON). Pick a suggested place or type its coordinates, e.g. 33.31, 44.36.`;
}
