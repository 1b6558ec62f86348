/** The incident store: Dexie database, queries, upsert, import. Pure (no extension API). */
export { DB_NAME, IncidentDb, openIncidentDb, type IncidentRow, type OpenIncidentDbOptions } from './db';
export {
  saveIncident,
  type SaveOptions,
  updateIncident,
  deleteIncident,
  restoreIncident,
  listIncidents,
  getIncident,
  getIncidentsForUrl,
  searchIncidents,
  validateIncident,
  describeIssues,
  toIncident,
  type IncidentPatch,
} from './incidents';
export {
  importIncidents,
  applyImportUpdates,
  type ImportResult,
  type ImportError,
  type ImportMerge,
  type ImportUpdate,
  type ImportSkip,
  type ImportOptions,
  type ApplyUpdatesResult,
} from './import';
export {
  checkImportRecord,
  isRealPartialDate,
  parseTimestamp,
  violationText,
  IMPORT_LIMITS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RECORDS,
  CLOCK_SKEW_MS,
  type ImportRule,
  type RuleViolation,
  type RecordCheck,
} from './import-rules';
export { StoreError, ConflictError, isQuotaError, QUOTA_MESSAGE, type StoreErrorCode } from './errors';
export { normaliseUrl } from './urls';
export { foldText } from './text';
export {
  findLikelyDuplicates,
  weaponsCompatible,
  datesCompatible,
  datesFactsCompatible,
  placesCompatible,
  duplicateReasons,
  DUPLICATE_RADIUS_KM,
} from './duplicates';
export {
  mergeRecords,
  splitRecordSource,
  addIncidentAsSource,
  likelyDuplicatesOf,
  type MergeResult,
  type SplitResult,
  type LikelyDuplicate,
} from './merge';
export { RejectionDb, openRejectionDb, rejectDetection, undoRejection, rejectedKeysForUrl, REJECTIONS_DB_NAME, type Rejection } from './rejections';
export { rejectionKey, samePassage } from './passage';
