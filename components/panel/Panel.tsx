/**
 * The in-page panel: a narrow card docked at the bottom right (so it does not cover the article column),
 * collapsible to a small pill and dismissable. Rendered inside an open shadow root by the content script.
 */
import { Fragment } from 'preact';
import { HIGHLIGHT_KINDS, KIND_STYLES, underlineOf } from '../../lib/page/highlight-kinds';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvidenceField, Incident } from '../../lib/schema';
import { onlyTrusted, PanelIncidentCard, type PlaceOption, type SaveOutcome } from './PanelIncidentCard';

export interface PanelItem {
  key: string;
  incident: Incident;
  saved: boolean;
  anchored: ReadonlySet<EvidenceField>;
  /** 0..1: how sure the detector is that the page reports an attack (shown on the card). */
  confidence?: number;
}

/** Later analyses of the same page (a live page that grew) hand the panel a new list through this. */
export interface PanelUpdates {
  subscribe(listener: (update: { items: PanelItem[]; note?: string }) => void): () => void;
}

export interface PanelProps {
  items: PanelItem[];
  /** Cards whose key is already shown keep their state (what the reader typed); new keys are added. */
  updates?: PanelUpdates;
  onShow: (key: string, fields: EvidenceField[]) => void;
  /** Gazetteer suggestions for the place field; `near` ranks places near the detected one first. */
  suggestPlaces?: (query: string, near?: { lat: number; lon: number }) => Promise<PlaceOption[]>;
  /** "New incident from selection": a card from what the reader selected in the page. */
  onCapture?: () => void;
  /** A card gained (key) or lost (null) focus or the pointer: its facts' highlights stand out. */
  onFocusCard?: (key: string | null) => void;
  onSave: (incident: Incident, expectedUpdatedAt?: string | null, checkDuplicates?: boolean) => Promise<SaveOutcome>;
  onAddAsSource?: (incident: Incident, targetId: string) => Promise<SaveOutcome>;
  /** `itemKey` is the card's key (its highlights go with it). */
  onReject: (incident: Incident, itemKey: string) => Promise<{ ok: true; key: string } | { ok: false; error: string }>;
  onUndoReject: (key: string, itemKey: string) => Promise<{ ok: boolean; error?: string }>;
  onDismiss: () => void;
  /** Shown small at the bottom when some evidence could not be found in the page. */
  note?: string;
  /** Start as the small pill (the content script sets this when the card would cover the article). */
  initiallyCollapsed?: boolean;
  /** The keyboard shortcut asks for focus: the panel opens and takes it (and gives it back on Escape). */
  focusRequests?: { subscribe(listener: () => void): () => void };
}

const CARDS_PER_SLICE = 12;

/** What the highlights in the page mean: each kind's colour and underline, named. */
function Legend() {
  return (
    <details class="legend">
      <summary>Highlight legend</summary>
      <ul>
        {HIGHLIGHT_KINDS.map((k) => (
          <li key={k}>
            <span class="swatch" style={{ backgroundColor: `rgba(${KIND_STYLES[k].rgb}, 0.22)`, textDecoration: underlineOf(k) }}>
              Abc
            </span>{' '}
            {KIND_STYLES[k].label}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Panel(props: PanelProps) {
  const [collapsed, setCollapsed] = useState(!!props.initiallyCollapsed);
  const [shown, setShown] = useState<{ items: PanelItem[]; note?: string }>({ items: props.items, note: props.note });
  useEffect(() => props.updates?.subscribe(setShown), [props.updates]);
  // Cards the reader rejected: a one-line stub with Undo instead of the card (until the page is reloaded,
  // after which the detection is not shown at all).
  const [rejected, setRejected] = useState<Record<string, { key?: string; error?: string }>>({});
  const reject = async (item: PanelItem) => {
    const outcome = await props.onReject(item.incident, item.key);
    setRejected((r) => ({ ...r, [item.key]: outcome.ok ? { key: outcome.key } : { error: outcome.error } }));
  };
  const undo = async (item: PanelItem) => {
    const key = rejected[item.key]?.key;
    const outcome = key ? await props.onUndoReject(key, item.key) : { ok: true };
    setRejected((r) => {
      if (!outcome.ok) return { ...r, [item.key]: { key, error: outcome.error } };
      const { [item.key]: _undone, ...rest } = r;
      return rest;
    });
  };
  // Many incidents (a long live page) are rendered a slice at a time, so no single task is long.
  const [rendered, setRendered] = useState(CARDS_PER_SLICE);
  useEffect(() => {
    if (rendered >= shown.items.length) return;
    const t = setTimeout(() => setRendered((r) => r + CARDS_PER_SLICE), 0);
    return () => clearTimeout(t);
  }, [rendered, shown.items.length]);
  const n = shown.items.length;
  const label = `${n} incident${n === 1 ? '' : 's'}`;

  // Keyboard: the shortcut brings focus in (remembering where it was in the page); Escape collapses the
  // panel and gives focus back there.
  const root = useRef<HTMLDivElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const [focusWanted, setFocusWanted] = useState(0);
  useEffect(
    () =>
      props.focusRequests?.subscribe(() => {
        const active = document.activeElement;
        if (active instanceof HTMLElement && active.localName !== 'incident-lens-panel') returnFocusTo.current = active;
        setCollapsed(false);
        setFocusWanted((k) => k + 1);
      }),
    [props.focusRequests],
  );
  useEffect(() => {
    if (!focusWanted || collapsed) return;
    root.current?.querySelector<HTMLElement>('input, select, button.save, button')?.focus();
  }, [focusWanted, collapsed]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !e.isTrusted) return;
    e.preventDefault();
    setCollapsed(true);
    const back = returnFocusTo.current;
    returnFocusTo.current = null;
    if (back?.isConnected) back.focus();
    else (document.activeElement as HTMLElement | null)?.blur?.();
  };

  if (collapsed) {
    return (
      <div class="dock">
        <button type="button" class="pill" aria-label={`Expand Incident Lens (${label})`} onClick={() => setCollapsed(false)}>
          <span class="logo" aria-hidden="true">◎</span> Incident Lens · {label}
        </button>
      </div>
    );
  }
  return (
    <div class="dock" ref={root} onKeyDown={onKeyDown}>
      <aside class="panel" aria-label="Incident Lens">
        <header class="bar">
          <span class="logo" aria-hidden="true">◎</span>
          <strong class="name">Incident Lens</strong>
          <span class="count">{label}</span>
          {props.onCapture ? (
            <button
              type="button"
              class="icon"
              aria-label="New incident from selection"
              title="New incident from the text selected in the page (also in the page's context menu)"
              // mousedown would take the page's selection away before the click reads it
              onMouseDown={(e) => e.preventDefault()}
              onClick={onlyTrusted(() => props.onCapture!())}
            >
              +
            </button>
          ) : null}
          <button type="button" class="icon" aria-label="Collapse panel" title="Collapse" onClick={() => setCollapsed(true)}>
            ▁
          </button>
          <button type="button" class="icon" aria-label="Close Incident Lens" title="Close" onClick={onlyTrusted(props.onDismiss)}>
            ✕
          </button>
        </header>
        <div class="body">
          {shown.items.slice(0, rendered).map((item, i) =>
            rejected[item.key]?.key ? (
              <section class="card rejected" key={item.key} aria-label={`Incident ${i + 1}, rejected`}>
                <span>Incident {i + 1} rejected: it will not be shown on this page again.</span>
                <button type="button" class="link" onClick={onlyTrusted(() => void undo(item))}>
                  Undo
                </button>
                {rejected[item.key]?.error ? (
                  <span class="error" role="alert">
                    {rejected[item.key]!.error}
                  </span>
                ) : null}
              </section>
            ) : (
              <Fragment key={item.key}>
                <PanelIncidentCard
                  confidence={item.confidence}
                  suggestPlaces={
                    props.suggestPlaces
                      ? (q) => {
                          const l = item.incident.location;
                          return props.suggestPlaces!(q, l && l.lat != null && l.lon != null ? { lat: l.lat, lon: l.lon } : undefined);
                        }
                      : undefined
                  }
                  onFocusChange={(on) => props.onFocusCard?.(on ? item.key : null)}
                  index={i}
                  incident={item.incident}
                  saved={item.saved}
                  anchored={item.anchored}
                  onShow={(fields) => props.onShow(item.key, fields)}
                  onSave={props.onSave}
                  onAddAsSource={props.onAddAsSource}
                  onReject={item.saved ? undefined : () => void reject(item)}
                />
                {rejected[item.key]?.error ? (
                  <p class="error" role="alert">
                    {rejected[item.key]!.error}
                  </p>
                ) : null}
              </Fragment>
            ),
          )}
          {shown.note ? <p class="note">{shown.note}</p> : null}
          <Legend />
        </div>
      </aside>
    </div>
  );
}
