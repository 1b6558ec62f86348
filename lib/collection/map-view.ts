/**
 * The collection map's geometry, pure (d3-geo runs anywhere): the world projected to fit the canvas,
 * a zoom/pan transform on top, and the geographic area a view shows (for "filter to this view").
 * The shapes are in ./world.ts.
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { Bbox } from './filter';

export interface ViewTransform {
  /** Zoom factor (1 = whole world). */
  k: number;
  /** Pan in pixels, applied after the zoom. */
  x: number;
  y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 64;

/** The base projection: the whole world fitted inside width × height with a small margin. */
export function baseProjection(width: number, height: number): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [Math.max(5, width - 4), Math.max(5, height - 4)],
    ],
    { type: 'Sphere' },
  );
}

/** The base projection with the view's zoom and pan applied (for drawing the shapes). */
export function viewProjection(width: number, height: number, t: ViewTransform): GeoProjection {
  const p = baseProjection(width, height);
  const [tx, ty] = p.translate();
  return p.scale(p.scale() * t.k).translate([tx * t.k + t.x, ty * t.k + t.y]);
}

/** Zoom by `factor` keeping the screen point (cx, cy) fixed, clamped to the allowed zoom. */
export function zoomAt(t: ViewTransform, factor: number, cx: number, cy: number): ViewTransform {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const f = k / t.k;
  return { k, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f };
}

/** The geographic area on screen, or null when the whole world is in view. */
export function viewBbox(width: number, height: number, t: ViewTransform): Bbox | null {
  if (t.k <= 1.01) return null;
  const p = viewProjection(width, height, t);
  const corners = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
    [width / 2, 0],
    [width / 2, height],
  ]
    .map(([x, y]) => p.invert?.([x, y]))
    .filter((c): c is [number, number] => !!c && Number.isFinite(c[0]) && Number.isFinite(c[1]));
  if (corners.length < 4) return null;
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    west: round(Math.max(-180, Math.min(...lons))),
    east: round(Math.min(180, Math.max(...lons))),
    south: round(Math.max(-90, Math.min(...lats))),
    north: round(Math.min(90, Math.max(...lats))),
  };
}
