/** Writers (JSON, CSV, GeoJSON) and the JSON importer. Pure: strings in, strings out. */
export { toJsonExport, parseJsonImport, ImportFileError, EXPORT_FORMAT, EXPORT_VERSION, type ParsedImport } from './json';
export { toCsv, CSV_COLUMNS, flattenIncident, countCell, neutraliseFormula, type CsvColumn, type CsvOptions, type Cell } from './csv';
export { toGeoJson, toGeoJsonString, type IncidentFeature, type IncidentFeatureCollection } from './geojson';
export { exportFileName } from './filename';
