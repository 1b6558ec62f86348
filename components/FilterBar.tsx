/**
 * The filter controls the popup and the collection page share: text, date span, weapon, country,
 * perpetrator status (and a Clear). Text is applied after a short pause in typing, so a query does
 * not run for every keystroke; the other controls apply at once.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_FILTER, isEmptyFilter, type CollectionFilter } from '../lib/collection/filter';
import { countryName, weaponName, WEAPON_KEYS } from '../lib/collection/labels';

export interface FilterBarProps {
  filter: CollectionFilter;
  onChange: (filter: CollectionFilter) => void;
  /** ISO codes present in the collection ('' = records without a country). */
  countries: readonly string[];
  /** Prefix for element ids (two bars never share a page, but ids must stay unique). */
  idPrefix?: string;
  /** More label/control pairs for the grid (the popup's sort). */
  children?: ComponentChildren;
}

const PERP_STATUSES = ['claimed', 'accused', 'suspected', 'unknown'] as const;
const TEXT_DELAY_MS = 180;

export function FilterBar({ filter, onChange, countries, idPrefix = 'f', children }: FilterBarProps) {
  const [text, setText] = useState(filter.text);
  const latest = useRef(filter);
  latest.current = filter;
  // Follow outside changes (Clear, the address) without fighting the reader's typing.
  useEffect(() => setText(filter.text), [filter.text]);
  useEffect(() => {
    if (text === latest.current.text) return;
    const t = setTimeout(() => onChange({ ...latest.current, text }), TEXT_DELAY_MS);
    return () => clearTimeout(t);
  }, [text]);

  const id = (k: string) => `${idPrefix}-${k}`;
  const one = (values: string[]) => (values.length === 1 ? values[0] : values.length ? '*' : '*any');
  const set = (patch: Partial<CollectionFilter>) => onChange({ ...filter, text, ...patch });
  const countryOptions = [...countries].sort((a, b) => (countryName(a) || '~').localeCompare(countryName(b) || '~'));

  return (
    <div class="filters" role="search" aria-label="Filter incidents">
      <div class="search">
        <label for={id('text')} class="visually-hidden">
          Search incidents
        </label>
        <input
          id={id('text')}
          type="search"
          placeholder="Search place, country, weapon, group, title…"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ ...filter, text });
          }}
          autoComplete="off"
        />
        <button type="button" class="clear-filters" disabled={isEmptyFilter({ ...filter, text })} onClick={() => onChange(EMPTY_FILTER)}>
          Clear filters
        </button>
      </div>
      <div class="filter-grid">
        <label for={id('from')}>From</label>
        <input id={id('from')} type="date" value={filter.from ?? ''} max={filter.to ?? undefined} autoComplete="off" onChange={(e) => set({ from: e.currentTarget.value || null })} />
        <label for={id('to')}>To</label>
        <input id={id('to')} type="date" value={filter.to ?? ''} min={filter.from ?? undefined} autoComplete="off" onChange={(e) => set({ to: e.currentTarget.value || null })} />
        <label for={id('weapon')}>Weapon</label>
        <select id={id('weapon')} value={one(filter.weapons)} onChange={(e) => set({ weapons: e.currentTarget.value === '*any' ? [] : [e.currentTarget.value] })}>
          <option value="*any">Any weapon</option>
          {filter.weapons.length > 1 && <option value="*">{filter.weapons.length} weapons</option>}
          {WEAPON_KEYS.map((w) => (
            <option key={w} value={w}>
              {weaponName(w) || 'Weapon unknown'}
            </option>
          ))}
        </select>
        <label for={id('country')}>Country</label>
        <select id={id('country')} value={one(filter.countries)} onChange={(e) => set({ countries: e.currentTarget.value === '*any' ? [] : [e.currentTarget.value] })}>
          <option value="*any">Any country</option>
          {filter.countries.length > 1 && <option value="*">{filter.countries.length} countries</option>}
          {filter.countries.length === 1 && !countries.includes(filter.countries[0]) && <option value={filter.countries[0]}>{countryName(filter.countries[0])}</option>}
          {countryOptions.map((c) => (
            <option key={c} value={c}>
              {countryName(c) || 'Country unknown'}
            </option>
          ))}
        </select>
        <label for={id('perp')}>Perpetrator</label>
        <select id={id('perp')} value={one(filter.perpStatus)} onChange={(e) => set({ perpStatus: e.currentTarget.value === '*any' ? [] : [e.currentTarget.value] })}>
          <option value="*any">Any status</option>
          {PERP_STATUSES.map((p) => (
            <option key={p} value={p}>
              {p === 'unknown' ? 'Not known' : p.charAt(0).toUpperCase() + p.slice(1)}
            </option>
          ))}
        </select>
        {children}
      </div>
    </div>
  );
}
