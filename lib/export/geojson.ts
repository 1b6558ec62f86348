/**
 * GeoJSON (RFC 7946) FeatureCollection of the incidents that have coordinates. Properties are the
 * flat CSV record (no formula neutralising: GeoJSON is not opened by spreadsheets), minus the
 * coordinates, which are the geometry.
 */
import type { Incident } from '../schema';
import { flattenIncident, type Cell } from './csv';

export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, Cell>;
}
export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}

export function toGeoJson(incidents: readonly Incident[]): IncidentFeatureCollection {
  const features: IncidentFeature[] = [];
  for (const inc of incidents) {
    const loc = inc.location;
    if (!loc || loc.lat == null || loc.lon == null || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) continue;
    const { latitude: _lat, longitude: _lon, ...properties } = flattenIncident(inc);
    features.push({
      type: 'Feature',
      id: inc.id,
      // GeoJSON order is [longitude, latitude].
      geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

export function toGeoJsonString(incidents: readonly Incident[]): string {
  return JSON.stringify(toGeoJson(incidents), null, 2) + '\n';
}
