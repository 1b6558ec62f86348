/**
 * A merged record's sources in the popup: every outlet with its own figures; where the outlets'
 * figures disagree, every figure with the sources that give it, and the reader picks the one that
 * stands (the default is the most conservative, as ACLED codes); any source can be split back out.
 */
import { useState } from 'preact/hooks';
import { allSources, figureOptions, sourceKey, type FigureOption } from '../lib/merge';
import { FIGURE_FIELDS, type FigureField, type Incident } from '../lib/schema';
import { countText } from './incidentFormat';

export interface SourcesViewProps {
  incident: Incident;
  onChoose: (field: FigureField, option: FigureOption) => void;
  onSplit: (sourceKey: string) => void;
}

const FIELD_LABEL: Record<FigureField, string> = { killed: 'Killed', injured: 'Injured', projectiles: 'Projectiles' };

const outletOf = (s: Incident['source']) => s.outlet || s.title || s.url;

export function SourcesView({ incident, onChoose, onSplit }: SourcesViewProps) {
  const sources = allSources(incident);
  // The pick shows at once; the stored record (and so `isCurrent`) follows a moment later.
  const [picked, setPicked] = useState<Partial<Record<FigureField, string>>>({});
  const idp = `sources-${incident.id}`;
  return (
    <div class="sources-view">
      <ul class="sources-list" aria-label="Sources of this incident">
        {sources.map((s, n) => (
          <li key={sourceKey(s)}>
            <bdi>{outletOf(s)}</bdi>
            {s.published ? <span class="muted"> · {s.published}</span> : null}
            {s.figures ? (
              <span class="muted">
                {' '}
                · {FIGURE_FIELDS.map((f) => (s.figures?.[f] ? `${FIELD_LABEL[f].toLowerCase()} ${countText(s.figures[f]!) ?? '—'}` : null)).filter(Boolean).join(', ')}
              </span>
            ) : null}
            {sources.length > 1 ? (
              <button type="button" class="link" onClick={() => onSplit(sourceKey(s))} aria-label={`Split ${outletOf(s)} out into an incident of its own`}>
                Split out
              </button>
            ) : null}
            {n === 0 ? <span class="muted"> (first saved)</span> : null}
          </li>
        ))}
      </ul>
      {FIGURE_FIELDS.map((field) => {
        const options = figureOptions(incident, field);
        if (options.length < 2) return null;
        return (
          <fieldset class="figure-choice" key={field}>
            <legend>{FIELD_LABEL[field]}: the sources disagree</legend>
            {options.map((o) => (
              <label key={o.key}>
                <input
                  type="radio"
                  name={`${idp}-${field}`}
                  checked={picked[field] !== undefined ? picked[field] === o.key : o.isCurrent}
                  onChange={() => {
                    setPicked((p) => ({ ...p, [field]: o.key }));
                    onChoose(field, o);
                  }}
                />
                {countText(o.count) ?? 'not mentioned'} <span class="muted">({o.edited ? 'your edit' : o.sources.map(outletOf).join(', ')})</span>
                {o.isDefault ? <span class="muted"> · most conservative</span> : null}
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
