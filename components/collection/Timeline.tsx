/**
 * Incidents per day, week or month, stacked by weapon. Dragging across the bars (or clicking one)
 * filters to that span; with the keyboard, arrows move a cursor over the bars, Shift+arrows widen it,
 * Enter applies it. The bars come from every filter except the date span, so the span stays visible
 * in its context (the chosen span is shaded).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WEAPON_KEYS, weaponColour, weaponName } from '../../lib/collection/labels';
import type { IncidentSummary } from '../../lib/collection/summary';
import { autoUnit, buildTimeline, type TimeUnit } from '../../lib/collection/timeline';

export interface TimelineProps {
  records: readonly IncidentSummary[];
  from: string | null;
  to: string | null;
  selectedDate: string | null;
  onSpan: (from: string | null, to: string | null) => void;
}

const H = 150;
const PAD = { l: 34, r: 8, t: 8, b: 22 };

export function Timeline({ records, from, to, selectedDate, onSpan }: TimelineProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [unitChoice, setUnitChoice] = useState<TimeUnit | 'auto'>('auto');
  const [brush, setBrush] = useState<[number, number] | null>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  useEffect(() => {
    const el = wrap.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(240, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const unit: TimeUnit = useMemo(() => {
    if (unitChoice !== 'auto') return unitChoice;
    let lo = '9999';
    let hi = '0000';
    for (const r of records) {
      if (r.dateKey.length >= 4) {
        if (r.dateKey < lo) lo = r.dateKey;
        if (r.dateKey > hi) hi = r.dateKey;
      }
    }
    return lo > hi ? 'day' : autoUnit(lo.padEnd(10, '-01').slice(0, 10), hi.padEnd(10, '-01').slice(0, 10));
  }, [records, unitChoice]);
  const tl = useMemo(() => buildTimeline(records, unit), [records, unit]);

  const n = tl.buckets.length;
  const innerW = width - PAD.l - PAD.r;
  const innerH = H - PAD.t - PAD.b;
  const bw = n ? innerW / n : innerW;
  const y = (v: number) => (tl.max ? (v / tl.max) * innerH : 0);
  const indexAt = (clientX: number) => {
    const r = wrap.current!.querySelector('svg')!.getBoundingClientRect();
    return Math.max(0, Math.min(n - 1, Math.floor((clientX - r.left - PAD.l) / bw)));
  };
  const apply = ([a, b]: [number, number]) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    onSpan(tl.buckets[lo].start, tl.buckets[hi].end);
  };
  const shaded = useMemo(() => {
    if (brush) return brush;
    if (!from && !to) return cursor;
    const lo = tl.buckets.findIndex((b) => !from || b.end >= from);
    let hi = -1;
    tl.buckets.forEach((b, k) => {
      if (!to || b.start <= to) hi = k;
    });
    return lo >= 0 && hi >= lo ? ([lo, hi] as [number, number]) : null;
  }, [brush, cursor, from, to, tl]);
  const selIndex = selectedDate ? tl.buckets.findIndex((b) => b.start <= selectedDate.slice(0, 10) && b.end >= selectedDate.slice(0, 10)) : -1;
  const weaponsPresent = WEAPON_KEYS.filter((w) => tl.buckets.some((b) => b.byWeapon.has(w)));
  const total = tl.buckets.reduce((s, b) => s + b.total, 0);

  return (
    <section class="timeline-panel" aria-labelledby="timeline-heading">
      <div class="panel-head">
        <h2 id="timeline-heading">Timeline</h2>
        <div class="timeline-controls">
          <label for="timeline-unit">Per</label>
          <select id="timeline-unit" value={unitChoice} onChange={(e) => setUnitChoice(e.currentTarget.value as TimeUnit | 'auto')}>
            <option value="auto">auto ({unit})</option>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
          {(from || to) && (
            <button type="button" onClick={() => onSpan(null, null)}>
              Clear dates
            </button>
          )}
        </div>
      </div>
      <div class="timeline-wrap" ref={wrap}>
        <svg
          width={width}
          height={H}
          // Lower-case: SVG attributes are case-sensitive, and `tabIndex` would not make it focusable.
          tabindex={0}
          role="img"
          aria-label={
            n
              ? `Timeline: ${total.toLocaleString('en')} dated incidents per ${unit} from ${tl.buckets[0].start} to ${tl.buckets[n - 1].end}, at most ${tl.max} in one ${unit}. Arrow keys choose a span, Shift widens it, Enter filters to it.`
              : 'Timeline: no dated incidents'
          }
          data-testid="timeline"
          data-unit={unit}
          onPointerDown={(e) => {
            if (!n) return;
            const k = indexAt(e.clientX);
            setBrush([k, k]);
            (e.currentTarget as SVGSVGElement).setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            if (brush) setBrush([brush[0], indexAt(e.clientX)]);
          }}
          onPointerUp={() => {
            if (brush) apply(brush);
            setBrush(null);
          }}
          onKeyDown={(e) => {
            if (!n) return;
            const c = cursor ?? [n - 1, n - 1];
            const move = (d: number) => {
              e.preventDefault();
              const end = Math.max(0, Math.min(n - 1, c[1] + d));
              setCursor(e.shiftKey ? [c[0], end] : [end, end]);
            };
            if (e.key === 'ArrowLeft') move(-1);
            else if (e.key === 'ArrowRight') move(1);
            else if (e.key === 'Enter' && cursor) {
              e.preventDefault();
              apply(cursor);
              setCursor(null);
            } else if (e.key === 'Escape') setCursor(null);
          }}
        >
          {shaded && <rect class="brush" x={PAD.l + Math.min(...shaded) * bw} y={PAD.t} width={(Math.abs(shaded[1] - shaded[0]) + 1) * bw} height={innerH} />}
          <line class="axis" x1={PAD.l} x2={width - PAD.r} y1={H - PAD.b} y2={H - PAD.b} />
          <text class="tick" x={PAD.l - 4} y={PAD.t + 8} text-anchor="end">
            {tl.max}
          </text>
          <text class="tick" x={PAD.l - 4} y={H - PAD.b} text-anchor="end">
            0
          </text>
          {tl.buckets.map((b, k) => {
            let acc = 0;
            return (
              <g key={b.start} class="bar" data-start={b.start} data-total={b.total}>
                <title>
                  {`${b.start === b.end ? b.start : `${b.start} – ${b.end}`}: ${b.total} incident${b.total === 1 ? '' : 's'}` +
                    [...b.byWeapon].map(([w, c]) => `\n${weaponName(w) || 'Weapon unknown'}: ${c}`).join('') +
                    (b.imprecise ? `\n(${b.imprecise} dated only to a month or year)` : '')}
                </title>
                {WEAPON_KEYS.filter((w) => b.byWeapon.has(w)).map((w) => {
                  const h = y(b.byWeapon.get(w)!);
                  acc += h;
                  return <rect key={w} x={PAD.l + k * bw + (bw > 3 ? 0.5 : 0)} width={Math.max(0.6, bw > 3 ? bw - 1 : bw)} y={H - PAD.b - acc} height={h} fill={weaponColour(w)} />;
                })}
              </g>
            );
          })}
          {selIndex >= 0 && <path class="selected-mark" d={`M${PAD.l + (selIndex + 0.5) * bw},${H - PAD.b + 2} l-5,8 h10 z`} />}
          {n > 0 &&
            [0, Math.floor(n / 2), n - 1]
              .filter((k, i, a) => a.indexOf(k) === i)
              .map((k) => (
                <text key={k} class="tick" x={PAD.l + (k + 0.5) * bw} y={H - 4} text-anchor={k === 0 ? 'start' : k === n - 1 ? 'end' : 'middle'}>
                  {unit === 'month' ? tl.buckets[k].start.slice(0, 7) : tl.buckets[k].start}
                </text>
              ))}
        </svg>
      </div>
      <ul class="legend" aria-label="Weapons">
        {weaponsPresent.map((w) => (
          <li key={w}>
            <span class="swatch" style={{ background: weaponColour(w) }} aria-hidden="true" />
            {weaponName(w) || 'Weapon unknown'}
          </li>
        ))}
        {tl.undated > 0 && <li class="muted">{tl.undated.toLocaleString('en')} undated (not shown)</li>}
      </ul>
    </section>
  );
}
