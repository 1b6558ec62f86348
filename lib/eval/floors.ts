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
  'current-events': { detectionF1: 0.95, headline: 0.84, place: 0.9, killed: 0.91, injured: 0.93, others: 0.3 },
  wikinews: { detectionF1: 0.97, headline: 0.72, place: 0.88, killed: 0.83, injured: 0.88, others: 0.4 },
};
