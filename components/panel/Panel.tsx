/**
 * The in-page panel: a narrow card docked at the bottom right (so it does not cover the article column),
 * collapsible to a small pill and dismissable. Rendered inside an open shadow root by the content script.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EvidenceField, Incident } from '../../lib/schema';
import { onlyTrusted, PanelIncidentCard, type SaveOutcome } from './PanelIncidentCard';

export interface PanelItem {
  key: string;
  incident: Incident;
  saved: boolean;
  anchored: ReadonlySet<EvidenceField>;
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
  onSave: (incident: Incident) => Promise<SaveOutcome>;
  onDismiss: () => void;
  /** Shown small at the bottom when some evidence could not be found in the page. */
  note?: string;
  /** Start as the small pill (the content script sets this when the card would cover the article). */
  initiallyCollapsed?: boolean;
}

const CARDS_PER_SLICE = 12;

export function Panel(props: PanelProps) {
  const [collapsed, setCollapsed] = useState(!!props.initiallyCollapsed);
  const [shown, setShown] = useState<{ items: PanelItem[]; note?: string }>({ items: props.items, note: props.note });
  useEffect(() => props.updates?.subscribe(setShown), [props.updates]);
  // Many incidents (a long live page) are rendered a slice at a time, so no single task is long.
  const [rendered, setRendered] = useState(CARDS_PER_SLICE);
  useEffect(() => {
    if (rendered >= shown.items.length) return;
    const t = setTimeout(() => setRendered((r) => r + CARDS_PER_SLICE), 0);
    return () => clearTimeout(t);
  }, [rendered, shown.items.length]);
  const n = shown.items.length;
  const label = `${n} incident${n === 1 ? '' : 's'}`;

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
    <div class="dock">
      <aside class="panel" aria-label="Incident Lens">
        <header class="bar">
          <span class="logo" aria-hidden="true">◎</span>
          <strong class="name">Incident Lens</strong>
          <span class="count">{label}</span>
          <button type="button" class="icon" aria-label="Collapse panel" title="Collapse" onClick={() => setCollapsed(true)}>
            ▁
          </button>
          <button type="button" class="icon" aria-label="Close Incident Lens" title="Close" onClick={onlyTrusted(props.onDismiss)}>
            ✕
          </button>
        </header>
        <div class="body">
          {shown.items.slice(0, rendered).map((item, i) => (
            <PanelIncidentCard
              key={item.key}
              index={i}
              incident={item.incident}
              saved={item.saved}
              anchored={item.anchored}
              onShow={(fields) => props.onShow(item.key, fields)}
              onSave={props.onSave}
            />
          ))}
          {shown.note ? <p class="note">{shown.note}</p> : null}
        </div>
      </aside>
    </div>
  );
}
