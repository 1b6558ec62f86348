/**
 * The gold annotation format of the evaluation corpus (../shared/corpus/README.md), as zod schemas, so a
 * malformed gold line is reported with its line number instead of silently scoring as a miss.
 */
import { z } from 'zod';
import { PartialDate, IsoDay, Weapon } from '../schema';

export const GoldIncident = z.object({
  date: PartialDate.nullable(),
  weapon: Weapon.nullable(),
  projectiles: z.number().int().nonnegative().nullable(),
  /** Acceptable names, most specific first; [] when the text names no place. */
  location: z.array(z.string()),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  perpetrator: z.string().nullable(),
});
export type GoldIncident = z.infer<typeof GoldIncident>;

export const GoldArticle = z.object({
  id: z.string().min(1),
  published: IsoDay.nullable(),
  is_attack_report: z.boolean(),
  /** Main incident first. */
  incidents: z.array(GoldIncident),
  /** Incidents mentioned in passing by a non-attack article; informational, not scored. */
  incidents_mentioned: z.array(GoldIncident).optional(),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

/** Parse gold.jsonl text. Blank lines are skipped; a bad line throws with its number. */
export function parseGold(jsonl: string, source = 'gold.jsonl'): GoldArticle[] {
  const out: GoldArticle[] = [];
  const seen = new Set<string>();
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new Error(`${source}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const parsed = GoldArticle.safeParse(data);
    if (!parsed.success) {
      throw new Error(`${source}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    if (seen.has(parsed.data.id)) throw new Error(`${source}:${i + 1}: duplicate id ${parsed.data.id}`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}
