/** The incident store: Dexie database, queries, upsert, import. Pure (no extension API). */
export { DB_NAME, IncidentDb, openIncidentDb, type IncidentRow, type OpenIncidentDbOptions } from './db';
export {
  saveIncident,
  updateIncident,
  deleteIncident,
  restoreIncident,
  listIncidents,
  getIncident,
  getIncidentsForUrl,
  searchIncidents,
  importIncidents,
  validateIncident,
  describeIssues,
  toIncident,
  type ImportResult,
  type IncidentPatch,
} from './incidents';
export { StoreError, isQuotaError, QUOTA_MESSAGE, type StoreErrorCode } from './errors';
export { normaliseUrl } from './urls';
export { foldText } from './text';
export { findLikelyDuplicates, weaponsCompatible, datesCompatible, placesCompatible } from './duplicates';
