/**
 * The country shapes of the collection map: world-atlas (Natural Earth, 1:110m, public domain) as
 * TopoJSON, imported at build time (bundled: no tiles, no network; the extension's pages may not
 * connect anywhere), decoded once with topojson-client.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

let cachedLand: FeatureCollection<Geometry> | null = null;
/** The country shapes as GeoJSON (converted once). */
export function worldCountries(): FeatureCollection<Geometry> {
  if (!cachedLand) {
    const topo = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
    cachedLand = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>;
  }
  return cachedLand;
}

