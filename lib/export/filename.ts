/**
 * "incident-lens-YYYY-MM-DD.<ext>" ("incident-lens-acled-YYYY-MM-DD.csv" with a variant), dated in the
 * reader's local time zone (the day they see on their calendar, not UTC's).
 */
export function exportFileName(ext: 'json' | 'csv' | 'geojson', now: Date = new Date(), variant?: 'acled'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `incident-lens-${variant ? `${variant}-` : ''}${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
