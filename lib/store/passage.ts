/**
 * When two records are the same incident from the same passage of the same page: a reload re-detects
 * an incident, and it must be recognised as the one already saved. Pure (no Dexie), so the content
 * script can apply the same rule as the store without loading the database code.
 */
import type { Incident } from '../schema';
import { foldText } from './text';
import { normaliseUrl } from './urls';

/** Two detections quoting one passage that plainly name different attacks (other weapon and place). */
function plainlyDifferent(a: Incident, b: Incident): boolean {
  const weaponsDiffer = !!a.weapon.category && !!b.weapon.category && a.weapon.category !== b.weapon.category;
  const an = a.location?.name ? foldText(a.location.name) : '';
  const bn = b.location?.name ? foldText(b.location.name) : '';
  return weaponsDiffer && !!an && !!bn && an !== bn;
}

/** `saved` holds (among its sources) the page and lead passage `incident` was detected from. */
export function samePassage(saved: Incident, incident: Incident): boolean {
  const exact = incident.source.selector?.exact?.trim();
  const url = normaliseUrl(incident.source.url);
  if (!exact || !url) return false;
  return (
    [saved.source, ...saved.sources].some((s) => normaliseUrl(s.url) === url && s.selector?.exact?.trim() === exact) &&
    !plainlyDifferent(saved, incident)
  );
}

/**
 * What a rejected detection is remembered by: its page, the passage it was read from, and its weapon and
 * place (two detections from one passage can be two attacks). Null when the detection has no passage.
 */
export function rejectionKey(incident: Incident): string | null {
  const exact = incident.source.selector?.exact?.trim();
  const url = normaliseUrl(incident.source.url);
  if (!exact || !url) return null;
  return [url, foldText(exact), incident.weapon.category ?? '', incident.location?.name ? foldText(incident.location.name) : ''].join('\u0000');
}
