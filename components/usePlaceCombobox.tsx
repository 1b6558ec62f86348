/**
 * The place field as a combobox over the gazetteer, for the panel's cards and the popup's editor:
 * typing asks for suggestions (debounced; the background answers), arrows move through them, Enter or
 * a click chooses, Escape closes the list. ARIA 1.2 combobox pattern: the input keeps focus, the
 * active option is `aria-activedescendant`.
 */
import { useRef, useState } from 'preact/hooks';
import type { LocationFact } from '../lib/schema';

export interface PlaceOption {
  label: string;
  location: LocationFact;
}

export type SuggestPlaces = (query: string) => Promise<PlaceOption[]>;

export function usePlaceCombobox(suggest: SuggestPlaces | undefined, onChoose: (o: PlaceOption) => void, listId: string) {
  const [options, setOptions] = useState<PlaceOption[]>([]);
  const [active, setActive] = useState(-1);
  const lookup = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const choose = (o: PlaceOption) => {
    setOptions([]);
    setActive(-1);
    onChoose(o);
  };

  return {
    options,
    /** Call with what the reader typed. */
    typed(value: string) {
      clearTimeout(lookup.current);
      const query = value.trim();
      if (!suggest || query.length < 2) {
        setOptions([]);
        return;
      }
      lookup.current = setTimeout(() => {
        suggest(query).then(
          (found) => {
            setOptions(found);
            setActive(-1);
          },
          () => setOptions([]),
        );
      }, 150);
    },
    /** The input's keydown; true when the combobox used the key (the caller must not act on it). */
    keyDown(e: KeyboardEvent): boolean {
      if (!options.length) return false;
      if (e.key === 'ArrowDown' && !e.altKey) setActive((i) => (i + 1) % options.length);
      else if (e.key === 'ArrowUp') setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
      else if (e.key === 'Enter' && active >= 0) choose(options[active]);
      else if (e.key === 'Escape') setOptions([]);
      else return false;
      e.preventDefault();
      e.stopPropagation(); // Escape closes the list, not what holds it; Enter chooses, not saves
      return true;
    },
    /** ARIA attributes for the input. */
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': options.length > 0,
      'aria-controls': listId,
      'aria-activedescendant': active >= 0 ? `${listId}-${active}` : undefined,
    },
    /** The list under the input, or null when closed. */
    list: options.length ? (
      <ul class="options" role="listbox" id={listId} aria-label="Places from the gazetteer">
        {options.map((o, n) => (
          <li
            key={o.label}
            id={`${listId}-${n}`}
            role="option"
            aria-selected={n === active}
            class={n === active ? 'active' : ''}
            // mousedown, not click: the field keeps focus (and the list its items) until chosen.
            onMouseDown={(e) => {
              e.preventDefault();
              if (e.isTrusted) choose(o);
            }}
          >
            {o.label}
          </li>
        ))}
      </ul>
    ) : null,
  };
}
