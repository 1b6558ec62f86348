/**
 * The kinds of highlight: one per kind of fact, each with a colour AND an underline style, so that the
 * kinds are told apart without colour too (the panel's legend shows the same pairs).
 */
export const HIGHLIGHT_KINDS = ['date', 'weapon', 'count', 'place', 'casualties', 'actor'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface KindStyle {
  label: string;
  /** "r, g, b" for rgba() backgrounds and rgb() underlines. */
  rgb: string;
  underline: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

export const KIND_STYLES: Record<HighlightKind, KindStyle> = {
  date: { label: 'date', rgb: '59, 130, 246', underline: 'solid' }, // blue
  weapon: { label: 'weapon', rgb: '239, 68, 68', underline: 'double' }, // red
  count: { label: 'projectiles', rgb: '245, 158, 11', underline: 'dotted' }, // amber
  place: { label: 'place', rgb: '16, 185, 129', underline: 'dashed' }, // green
  casualties: { label: 'killed, injured, damage', rgb: '168, 85, 247', underline: 'wavy' }, // purple
  actor: { label: 'target, perpetrator', rgb: '236, 72, 153', underline: 'solid' }, // pink, thicker
};

/** The underline of a kind, as a CSS text-decoration value (the actor's is thicker, to differ from the date's). */
export function underlineOf(kind: HighlightKind): string {
  const s = KIND_STYLES[kind];
  return `underline ${kind === 'actor' ? 3 : 2}px ${s.underline} rgb(${s.rgb})`;
}
