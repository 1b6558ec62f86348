/** One saved incident in the popup list: date, place, weapon, casualties, source link, actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { allSources } from '../lib/merge';
import { SourcesView } from './SourcesView';
import type { FigureOption } from '../lib/merge';
import type { FigureField } from '../lib/schema';
import type { Incident } from '../lib/schema';
import { casualtiesLabel, countryName, dateLabel, placeLabel, safeHttpUrl, weaponLabel } from './incidentFormat';

export interface IncidentRowProps {
  incident: Incident;
  onEdit: (incident: Incident) => void;
  onDelete: (incident: Incident) => void;
  /** Merging: start from this record, or (while another is being merged) merge that one into this. */
  merging?: { from: Incident | null; start: (incident: Incident) => void; into: (target: Incident) => void };
  /** The sources view (figures per outlet, choosing, splitting). */
  sources?: { onChoose: (incident: Incident, field: FigureField, option: FigureOption) => void; onSplit: (incident: Incident, sourceKey: string) => void };
  /** Focus the Edit button when the row appears (focus returns here after the editor closes). */
  focusEdit?: boolean;
}

export function IncidentRow({ incident, onEdit, onDelete, focusEdit, merging, sources }: IncidentRowProps) {
  const editButton = useRef<HTMLButtonElement>(null);
  const [showSources, setShowSources] = useState(false);
  const sourceCount = allSources(incident).length;
  useEffect(() => {
    if (focusEdit) editButton.current?.focus();
  }, []);
  const place = placeLabel(incident);
  const date = dateLabel(incident);
  const href = safeHttpUrl(incident.source.url);
  const title = incident.source.title || incident.source.url;
  const extraSources = incident.sources.filter((s) => s.url !== incident.source.url).length;
  const headingId = `incident-${incident.id}-heading`;
  return (
    <article class="incident" aria-labelledby={headingId}>
      <h2 class="incident-heading" id={headingId}>
        <span class="incident-place">
          {incident.location?.name ? (
            <>
              <bdi>{incident.location.name}</bdi>
              {incident.location.country && countryName(incident.location.country) !== incident.location.name
                ? `, ${countryName(incident.location.country)}`
                : ''}
            </>
          ) : (
            place
          )}
        </span>
        <span class="incident-date">{date}</span>
      </h2>
      <p class="incident-facts">
        <span class="weapon">{weaponLabel(incident)}</span>
        {incident.weapon.raw && incident.weapon.category && (
          <span class="muted"> ({incident.weapon.raw})</span>
        )}
        <span aria-hidden="true"> · </span>
        <span class="casualties">{casualtiesLabel(incident)}</span>
      </p>
      {incident.perpetrator.name && (
        <p class="incident-perp muted">
          <bdi>{incident.perpetrator.name}</bdi> ({incident.perpetrator.status})
        </p>
      )}
      <p class="incident-source">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" title={incident.source.url}>
            <bdi>{title}</bdi>
          </a>
        ) : (
          <bdi title={incident.source.url}>{title}</bdi>
        )}
        {incident.source.outlet && (
          <span class="muted">
            {' '}— <bdi>{incident.source.outlet}</bdi>
          </span>
        )}
        {extraSources > 0 && <span class="muted"> (+{extraSources} more source{extraSources > 1 ? 's' : ''})</span>}
      </p>
      {showSources && sources ? (
        <SourcesView incident={incident} onChoose={(field, option) => sources.onChoose(incident, field, option)} onSplit={(key) => sources.onSplit(incident, key)} />
      ) : null}
      {incident.notes && (
        <p class="incident-notes" dir="auto">
          {incident.notes}
        </p>
      )}
      <div class="row-actions">
        <button type="button" ref={editButton} onClick={() => onEdit(incident)} aria-label={`Edit incident: ${place}, ${date}`}>
          Edit
        </button>
        {sources && sourceCount > 1 ? (
          <button type="button" aria-expanded={showSources} onClick={() => setShowSources((v) => !v)} aria-label={`Sources of incident: ${place}, ${date} (${sourceCount})`}>
            Sources ({sourceCount})
          </button>
        ) : null}
        {merging && !merging.from ? (
          <button type="button" onClick={() => merging.start(incident)} aria-label={`Merge incident: ${place}, ${date}`}>
            Merge…
          </button>
        ) : null}
        {merging?.from && merging.from.id !== incident.id ? (
          <button type="button" class="primary" onClick={() => merging.into(incident)} aria-label={`Merge into incident: ${place}, ${date}`}>
            Merge into this
          </button>
        ) : null}
        <button type="button" class="danger" onClick={() => onDelete(incident)} aria-label={`Delete incident: ${place}, ${date}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
