/** One saved incident in the popup list: date, place, weapon, casualties, source link, actions. */
import { useEffect, useRef } from 'preact/hooks';
import type { Incident } from '../lib/schema';
import { casualtiesLabel, countryName, dateLabel, placeLabel, safeHttpUrl, weaponLabel } from './incidentFormat';

export interface IncidentRowProps {
  incident: Incident;
  onEdit: (incident: Incident) => void;
  onDelete: (incident: Incident) => void;
  /** Focus the Edit button when the row appears (focus returns here after the editor closes). */
  focusEdit?: boolean;
}

export function IncidentRow({ incident, onEdit, onDelete, focusEdit }: IncidentRowProps) {
  const editButton = useRef<HTMLButtonElement>(null);
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
      {incident.notes && (
        <p class="incident-notes" dir="auto">
          {incident.notes}
        </p>
      )}
      <div class="row-actions">
        <button type="button" ref={editButton} onClick={() => onEdit(incident)} aria-label={`Edit incident: ${place}, ${date}`}>
          Edit
        </button>
        <button type="button" class="danger" onClick={() => onDelete(incident)} aria-label={`Delete incident: ${place}, ${date}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
