/**
 * The offline world map: country shapes (world-atlas) projected with d3-geo onto a canvas, incidents
 * as points sized by casualties and coloured by weapon, clustered where they share a place at the
 * current zoom. A place known only to its district, province or country centroid is drawn as a
 * hollow dashed ring, a town or site as a filled dot. Wheel or buttons zoom, dragging or arrow keys
 * pan; "Filter to this view" makes the visible area part of the shared filter.
 *
 * Canvas, not SVG: 100,000 points would be 100,000 DOM nodes.
 */
import { geoPath } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { APPROXIMATE_PRECISIONS, clusterPoints, clusterRadius, type Cluster, type ScreenPoint } from '../../lib/collection/cluster';
import type { Bbox } from '../../lib/collection/filter';
import { weaponColour } from '../../lib/collection/labels';
import { baseProjection, IDENTITY, viewBbox, viewProjection, zoomAt, type ViewTransform } from '../../lib/collection/map-view';
import { worldCountries } from '../../lib/collection/world';
import type { IncidentSummary } from '../../lib/collection/summary';

export interface WorldMapProps {
  points: readonly IncidentSummary[];
  area: Bbox | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onArea: (area: Bbox | null) => void;
}

const CELL = 22;
const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

export function WorldMap({ points, area, selectedId, onSelect, onArea }: WorldMapProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ w: 800, h: 420 });
  const [t, setT] = useState<ViewTransform>(IDENTITY);
  const [theme, setTheme] = useState(0);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  const drag = useRef<{ x: number; y: number; t: ViewTransform; moved: boolean } | null>(null);

  useEffect(() => {
    const el = wrap.current!;
    const ro = new ResizeObserver(() => setSize({ w: Math.max(200, el.clientWidth), h: Math.max(160, el.clientHeight) }));
    ro.observe(el);
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const onTheme = () => setTheme((n) => n + 1);
    mq.addEventListener('change', onTheme);
    return () => {
      ro.disconnect();
      mq.removeEventListener('change', onTheme);
    };
  }, []);

  // Each point projected once per size; zoom and pan are then a multiply and an add.
  const projected = useMemo(() => {
    const p = baseProjection(size.w, size.h);
    const xs = new Float64Array(points.length);
    const ys = new Float64Array(points.length);
    points.forEach((s, k) => {
      const xy = s.lat !== null && s.lon !== null ? p([s.lon, s.lat]) : null;
      xs[k] = xy ? xy[0] : NaN;
      ys[k] = xy ? xy[1] : NaN;
    });
    return { xs, ys };
  }, [points, size.w, size.h]);

  const clusters = useMemo(() => {
    const { xs, ys } = projected;
    const onScreen: ScreenPoint[] = [];
    for (let k = 0; k < points.length; k++) {
      if (Number.isNaN(xs[k])) continue;
      const x = xs[k] * t.k + t.x;
      const y = ys[k] * t.k + t.y;
      if (x < -CELL || y < -CELL || x > size.w + CELL || y > size.h + CELL) continue;
      const s = points[k];
      onScreen.push({ x, y, id: s.id, casualties: s.casualties, weaponKey: s.weaponKey, approximate: APPROXIMATE_PRECISIONS.has(s.precision) });
    }
    return clusterPoints(onScreen, CELL);
  }, [projected, t, size.w, size.h]);

  const byId = useMemo(() => new Map(points.map((p) => [p.id, p])), [points]);
  const located = useMemo(() => points.reduce((n, p) => n + (p.lat !== null ? 1 : 0), 0), [points]);

  useEffect(() => {
    const c = canvas.current!;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(size.w * dpr);
    c.height = Math.round(size.h * dpr);
    const ctx = c.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size.w, size.h);
    const proj = viewProjection(size.w, size.h, t);
    const path = geoPath(proj, ctx);
    ctx.beginPath();
    path({ type: 'Sphere' });
    ctx.fillStyle = css('--sea');
    ctx.fill();
    ctx.beginPath();
    path(worldCountries());
    ctx.fillStyle = css('--land');
    ctx.fill();
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = css('--border');
    ctx.stroke();

    if (area) {
      const a = proj([area.west, area.north]);
      const b = proj([area.east, area.south]);
      if (a && b) {
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = css('--accent');
        ctx.strokeRect(a[0], a[1], b[0] - a[0], b[1] - a[1]);
        ctx.setLineDash([]);
      }
    }

    const fg = css('--fg');
    for (const cl of clusters) {
      const r = clusterRadius(cl);
      const colour = weaponColour(cl.weaponKey);
      ctx.beginPath();
      ctx.arc(cl.x, cl.y, r, 0, Math.PI * 2);
      if (cl.approximate) {
        ctx.setLineDash([3, 2]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = colour;
        ctx.stroke();
        ctx.setLineDash([]);
      } else {
        ctx.globalAlpha = 0.78;
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = 0.8;
        ctx.strokeStyle = css('--bg');
        ctx.stroke();
      }
      if (cl.ids.length > 1 && r >= 8) {
        ctx.fillStyle = fg;
        ctx.font = '600 10px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText(cl.ids.length > 999 ? `${Math.round(cl.ids.length / 1000)}k` : String(cl.ids.length), cl.x, cl.y);
      }
    }
    const sel = selectedId ? clusters.find((cl) => cl.ids.includes(selectedId)) : undefined;
    if (sel) {
      ctx.beginPath();
      ctx.arc(sel.x, sel.y, clusterRadius(sel) + 4, 0, Math.PI * 2);
      ctx.lineWidth = 3;
      ctx.strokeStyle = css('--accent');
      ctx.stroke();
    }
  }, [clusters, size.w, size.h, t, area, selectedId, theme]);

  function clusterAt(x: number, y: number): Cluster | undefined {
    for (let k = clusters.length - 1; k >= 0; k--) {
      const cl = clusters[k];
      const r = clusterRadius(cl) + 2;
      if ((cl.x - x) ** 2 + (cl.y - y) ** 2 <= r * r) return cl;
    }
    return undefined;
  }
  const local = (e: MouseEvent) => {
    const r = canvas.current!.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };
  function describe(cl: Cluster): string {
    const first = byId.get(cl.ids[0]);
    const place = first?.place || 'Unnamed place';
    return cl.ids.length === 1
      ? `${place} · ${first?.dateKey || 'date unknown'} · ${cl.casualties} casualties`
      : `${cl.ids.length} incidents around ${place} · ${cl.casualties} casualties`;
  }

  const zoomBy = (f: number) => setT((v) => zoomAt(v, f, size.w / 2, size.h / 2));
  const pan = (dx: number, dy: number) => setT((v) => ({ ...v, x: v.x + dx, y: v.y + dy }));
  const view = viewBbox(size.w, size.h, t);

  return (
    <section class="map-panel" aria-labelledby="map-heading">
      <div class="panel-head">
        <h2 id="map-heading">Map</h2>
        <div class="map-controls" role="group" aria-label="Map view">
          <button type="button" aria-label="Zoom in" onClick={() => zoomBy(2)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" onClick={() => zoomBy(0.5)}>
            −
          </button>
          <button type="button" onClick={() => setT(IDENTITY)}>
            Reset view
          </button>
          {area ? (
            <button type="button" onClick={() => onArea(null)}>
              Clear map area
            </button>
          ) : (
            <button type="button" disabled={!view} onClick={() => view && onArea(view)} title="Only incidents inside the area now on screen">
              Filter to this view
            </button>
          )}
        </div>
      </div>
      <div
        class="map-wrap"
        ref={wrap}
        tabIndex={0}
        role="group"
        aria-label="World map: arrow keys pan, plus and minus zoom, 0 resets"
        onKeyDown={(e) => {
          const step = 60;
          const keys: Record<string, () => void> = {
            ArrowLeft: () => pan(step, 0),
            ArrowRight: () => pan(-step, 0),
            ArrowUp: () => pan(0, step),
            ArrowDown: () => pan(0, -step),
            '+': () => zoomBy(2),
            '=': () => zoomBy(2),
            '-': () => zoomBy(0.5),
            '0': () => setT(IDENTITY),
          };
          const f = keys[e.key];
          if (f) {
            e.preventDefault();
            f();
          }
        }}
      >
        <canvas
          ref={canvas}
          style={{ width: `${size.w}px`, height: `${size.h}px` }}
          role="img"
          aria-label={`Map of ${located.toLocaleString('en')} located incidents in ${clusters.length.toLocaleString('en')} places on screen`}
          data-testid="map-canvas"
          data-clusters={clusters.length}
          data-points={clusters.reduce((n, c) => n + c.ids.length, 0)}
          onWheel={(e) => {
            e.preventDefault();
            const [x, y] = local(e);
            setT((v) => zoomAt(v, Math.exp(-e.deltaY * 0.0015), x, y));
          }}
          onPointerDown={(e) => {
            drag.current = { x: e.clientX, y: e.clientY, t, moved: false };
            (e.currentTarget as HTMLCanvasElement).setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (d) {
              const dx = e.clientX - d.x;
              const dy = e.clientY - d.y;
              if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
              if (d.moved) setT({ ...d.t, x: d.t.x + dx, y: d.t.y + dy });
              return;
            }
            const [x, y] = local(e);
            const cl = clusterAt(x, y);
            setHover(cl ? { x, y, text: describe(cl) } : null);
          }}
          onPointerUp={(e) => {
            const d = drag.current;
            drag.current = null;
            if (!d || d.moved) return;
            const [x, y] = local(e);
            const cl = clusterAt(x, y);
            if (!cl) return;
            // A cluster zooms in until its incidents come apart; a single incident is selected.
            if (cl.ids.length > 1 && t.k < 64) setT((v) => zoomAt(v, 3, x, y));
            else onSelect(cl.ids[0]);
          }}
          onPointerLeave={() => setHover(null)}
        />
        {hover && (
          <div class="map-tip" style={{ left: `${hover.x + 12}px`, top: `${hover.y + 12}px` }} aria-hidden="true">
            {hover.text}
          </div>
        )}
      </div>
      <p class="legend-note muted">
        <span class="dot filled" aria-hidden="true" /> town or site &nbsp; <span class="dot hollow" aria-hidden="true" /> district, province or country
        centroid &nbsp;·&nbsp; size: casualties &nbsp;·&nbsp; colour: weapon
        {points.length > located && ` · ${(points.length - located).toLocaleString('en')} without coordinates`}
      </p>
    </section>
  );
}
