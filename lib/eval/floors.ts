/**
 * The quality gate: per corpus set, the floor each headline figure must reach (`npm run eval -- --gate`,
 * run by CI). Floors sit just below what the extractor reaches today, so no change loses accuracy
 * unnoticed; raise them when a change raises the figures. A set not listed here is reported, not gated.
 */
export interface Floors {
  /** Detection F1 on is_attack_report. */
  detectionF1: number;
  /** Share of attack reports whose main incident is fully right (date, weapon, projectiles, place, killed, injured). */
  headline: number;
  /** Per-field shares of the main incident. */
  place?: number;
  killed?: number;
  injured?: number;
  /** Share of the other incidents found. */
  others?: number;
}

export const FLOORS: Record<string, Floors> = {
  seeds: { detectionF1: 1, headline: 1, others: 1 },
  pages: { detectionF1: 1, headline: 1 },
  'current-events': { detectionF1: 0.93, headline: 0.8, place: 0.86, killed: 0.9, injured: 0.92, others: 0.15 },
  wikinews: { detectionF1: 0.8, headline: 0.42, place: 0.75, killed: 0.65, injured: 0.65, others: 0.42 },
};
