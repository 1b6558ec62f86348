/**
 * How facts are named on screen, shared by the popup, the collection page and the search text (a search
 * must match what the reader sees: "Iraq", not the stored "IQ"). Pure; Intl only.
 */
import { WEAPONS, type Weapon } from '../schema';

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** "IQ" → "Iraq"; an unknown code is shown as itself. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "suicide_bombing" → "Suicide bombing". */
export function weaponName(category: string | null | undefined): string {
  if (!category) return '';
  const name = category.replace(/_/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** One colour per weapon, chosen to stay apart on light and dark backgrounds (map points, timeline bars). */
export const WEAPON_COLOURS: Record<Weapon | 'unknown', string> = {
  rocket: '#e6550d',
  missile: '#d62728',
  mortar: '#8c564b',
  artillery: '#bcbd22',
  drone: '#1f77b4',
  airstrike: '#9467bd',
  explosive: '#ff9896',
  suicide_bombing: '#e377c2',
  gunfire: '#2ca02c',
  melee: '#17becf',
  vehicle: '#7f7f7f',
  arson: '#ffbb78',
  other: '#aec7e8',
  unknown: '#999999',
};

export function weaponColour(category: string | null | undefined): string {
  return (category && (WEAPON_COLOURS as Record<string, string>)[category]) || WEAPON_COLOURS.unknown;
}

/** Weapons in the order the filters and the legend list them, plus '' for "not known". */
export const WEAPON_KEYS: readonly string[] = [...WEAPONS, ''];
