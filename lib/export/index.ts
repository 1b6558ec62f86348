/**
 * Writers (JSON, CSV, ACLED-style CSV, GeoJSON), each also as a stream of chunks, and the JSON
 * file reader. Pure: records in, strings out. Every writer is total: a damaged record is left out
 * and reported (onSkipped), never thrown on.
 */
export {
  toJsonExport,
  jsonChunks,
  parseJsonImport,
  readImportFile,
  importSizeError,
  ImportFileError,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RECORDS,
  type ParsedImport,
  type ImportFile,
  type JsonExportOptions,
} from './json';
export {
  toCsv,
  csvChunks,
  csvLine,
  CSV_COLUMNS,
  flattenIncident,
  countCell,
  sourceCount,
  supportingQuote,
  neutraliseFormula,
  type CsvColumn,
  type CsvOptions,
  type Cell,
} from './csv';
export {
  toAcledCsv,
  acledCsvChunks,
  acledRow,
  acledEventType,
  acledGeoPrecision,
  acledTimePrecision,
  acledEventDate,
  acledFatalities,
  acledCountry,
  ACLED_COLUMNS,
  type AcledColumn,
  type AcledEventType,
} from './acled';
export { toGeoJson, toGeoJsonString, geoJsonChunks, toFeature, type IncidentFeature, type IncidentFeatureCollection } from './geojson';
export { toBlobParts, type RecordSource, type SkippedRecord, type WriterOptions } from './stream';
export { exportFileName } from './filename';
export { incidentPages, type IncidentPagesOptions } from './source';
