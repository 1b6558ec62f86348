/**
 * Points at the same place (at the current zoom) drawn as one cluster. Pure: screen positions in,
 * clusters out; a grid of `cell` pixels, so the cost is one pass whatever the zoom.
 */
export interface ScreenPoint {
  x: number;
  y: number;
  id: string;
  casualties: number;
  weaponKey: string;
  /** True for a place known only to a district, province or country centroid. */
  approximate: boolean;
}

export interface Cluster {
  x: number;
  y: number;
  ids: string[];
  casualties: number;
  /** The weapon most of its incidents share (the cluster's colour). */
  weaponKey: string;
  /** Every incident in it is placed at a centroid (drawn hollow). */
  approximate: boolean;
}

export function clusterPoints(points: Iterable<ScreenPoint>, cell: number): Cluster[] {
  const cells = new Map<string, { sx: number; sy: number; ids: string[]; casualties: number; weapons: Map<string, number>; approx: number }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { sx: 0, sy: 0, ids: [], casualties: 0, weapons: new Map(), approx: 0 }));
    c.sx += p.x;
    c.sy += p.y;
    c.ids.push(p.id);
    c.casualties += p.casualties;
    c.weapons.set(p.weaponKey, (c.weapons.get(p.weaponKey) ?? 0) + 1);
    if (p.approximate) c.approx++;
  }
  const out: Cluster[] = [];
  for (const c of cells.values()) {
    let weaponKey = '';
    let best = -1;
    for (const [w, n] of c.weapons) if (n > best) [weaponKey, best] = [w, n];
    out.push({ x: c.sx / c.ids.length, y: c.sy / c.ids.length, ids: c.ids, casualties: c.casualties, weaponKey, approximate: c.approx === c.ids.length });
  }
  return out;
}

/**
 * Radius in pixels: a single incident's area grows with its casualties; a cluster's with the
 * casualties per incident and (logarithmically) with how many it holds, so a busy place does not
 * cover its neighbours.
 */
export function clusterRadius(c: Pick<Cluster, 'casualties' | 'ids'>): number {
  const n = c.ids.length;
  const perIncident = c.casualties / Math.max(1, n);
  return Math.min(22, 3 + Math.sqrt(perIncident) * 0.9 + (n > 1 ? 3 + Math.log2(n) * 1.6 : 0));
}

/** Approximate centroids: places known only to their district, province or country. */
export const APPROXIMATE_PRECISIONS = new Set(['district', 'province', 'country', 'unknown']);
