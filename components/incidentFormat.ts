/** How the popup shows an incident's facts as short text. Pure helpers (no DOM). */
import { countToText } from '../lib/format/count-text';
import type { Count, Incident } from '../lib/schema';

export { countryName } from '../lib/collection/labels';
import { countryName, weaponName } from '../lib/collection/labels';

export function dateLabel(i: Incident): string {
  const v = i.date.value;
  if (!v) return 'Date unknown';
  if (i.date.precision === 'week') return `week of ${v}`;
  return v;
}

export function placeLabel(i: Incident): string {
  const loc = i.location;
  if (!loc) return 'Place unknown';
  const country = countryName(loc.country);
  return [loc.name, country && country !== loc.name ? country : ''].filter(Boolean).join(', ') || 'Place unknown';
}

export function weaponLabel(i: Incident): string {
  const cat = i.weapon.category;
  if (!cat) return i.weapon.raw ? i.weapon.raw : 'Weapon unknown';
  return weaponName(cat);
}

/** "3", "at least 5", "about 10", "3–5", "dozens (~12)"; null when the text did not mention it. */
export function countText(c: Count): string | null {
  if (c.qualifier === 'vague' && c.raw && c.best !== null && c.status !== 'not_mentioned') return `${c.raw} (~${c.best})`;
  return countToText(c) || null;
}

export function casualtiesLabel(i: Incident): string {
  const k = countText(i.killed);
  const w = countText(i.injured);
  if (k === null && w === null) return 'Casualties not mentioned';
  if (i.killed.best === 0 && i.injured.best === 0) return 'No casualties reported';
  return [k === null ? 'killed not mentioned' : `${k} killed`, w === null ? 'injured not mentioned' : `${w} injured`].join(' · ');
}

/** Only web links are rendered as links: a stored `javascript:` URL must never become clickable. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
