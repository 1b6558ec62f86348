/**
 * The filter in a page address (`collection.html#w=drone&c=IQ&q=base`), so "Open collection" carries
 * the popup's filter over and a reload keeps it. Pure; anything unreadable is dropped, never thrown.
 */
import { EMPTY_FILTER, type Bbox, type CollectionFilter } from './filter';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filterToHash(f: CollectionFilter): string {
  const p = new URLSearchParams();
  if (f.text.trim()) p.set('q', f.text.trim());
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.weapons.length) p.set('w', f.weapons.join(','));
  if (f.countries.length) p.set('c', f.countries.join(','));
  if (f.perpStatus.length) p.set('p', f.perpStatus.join(','));
  if (f.area) p.set('area', [f.area.west, f.area.south, f.area.east, f.area.north].map((n) => n.toFixed(3)).join(','));
  const s = p.toString();
  return s ? `#${s}` : '';
}

export function filterFromHash(hash: string): CollectionFilter {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string, ok: RegExp) => (p.has(k) ? p.get(k)!.split(',').filter((v) => ok.test(v)) : []);
  const day = (k: string) => (DAY.test(p.get(k) ?? '') ? p.get(k) : null);
  let area: Bbox | null = null;
  const a = (p.get('area') ?? '').split(',').map(Number);
  if (a.length === 4 && a.every(Number.isFinite) && a[1] < a[3]) area = { west: a[0], south: a[1], east: a[2], north: a[3] };
  return {
    ...EMPTY_FILTER,
    text: (p.get('q') ?? '').slice(0, 200),
    from: day('from'),
    to: day('to'),
    weapons: list('w', /^[a-z_]*$/),
    countries: list('c', /^([A-Z]{2})?$/),
    perpStatus: list('p', /^(claimed|accused|suspected|unknown)$/),
    area,
  };
}
