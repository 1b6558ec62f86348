/**
 * GeoJSON (RFC 7946) FeatureCollection of the incidents that have coordinates. Properties are the
 * flat CSV record (no formula neutralising: GeoJSON is not opened by spreadsheets), minus the
 * coordinates, which are the geometry.
 */
import type { Incident } from '../schema';
import { flattenIncident, type Cell } from './csv';
import { asWritable, chunks, chunksSync, joinSync, nestedItemJson, type FormatWriter, type RecordSource, type SkippedRecord, type WriterOptions } from './stream';

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

/** The feature of one incident, or null when it has no coordinates. */
export function toFeature(inc: Incident): IncidentFeature | null {
  const loc = inc.location;
  if (!loc || loc.lat == null || loc.lon == null || !Number.isFinite(loc.lat) || !Number.isFinite(loc.lon)) return null;
  const { latitude: _lat, longitude: _lon, ...properties } = flattenIncident(inc);
  // GeoJSON order is [longitude, latitude].
  return { type: 'Feature', id: inc.id, geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties };
}

function noCoordinates(inc: Incident, index: number): SkippedRecord {
  return { index, id: inc.id, kind: 'no_coordinates', message: `Record ${index + 1} has no coordinates, so it is not on the map.` };
}

function geoJsonFormat(opts: WriterOptions): FormatWriter {
  return {
    head: () => '{\n  "type": "FeatureCollection",\n  "features": [',
    record: (inc, index, first) => {
      const f = toFeature(inc);
      if (!f) {
        opts.onSkipped?.(noCoordinates(inc, index));
        return null;
      }
      // Same bytes as JSON.stringify(collection, null, 2) writes for this feature.
      return (first ? '\n' : ',\n') + nestedItemJson(f);
    },
    tail: (wroteAny) => (wroteAny ? '\n  ]\n}\n' : ']\n}\n'),
  };
}

/** Object form (for callers that want objects); damaged records are left out, as in every writer. */
export function toGeoJson(incidents: Iterable<Incident | unknown>, options: WriterOptions = {}): IncidentFeatureCollection {
  const features: IncidentFeature[] = [];
  let index = 0;
  for (const value of incidents) {
    const w = asWritable(value, index);
    if (!w.ok) options.onSkipped?.(w.skipped);
    else {
      const f = toFeature(w.incident);
      if (f) features.push(f);
      else options.onSkipped?.(noCoordinates(w.incident, index));
    }
    index++;
  }
  return { type: 'FeatureCollection', features };
}

/** Streaming GeoJSON; joined, exactly `toGeoJsonString`. */
export function geoJsonChunks(records: RecordSource, options: WriterOptions = {}): AsyncGenerator<string> {
  return chunks(geoJsonFormat(options), records, options);
}

export function toGeoJsonString(incidents: Iterable<Incident | unknown>, options: WriterOptions = {}): string {
  return joinSync(chunksSync(geoJsonFormat(options), incidents, options));
}
