/**
 * The typed messages between the content script, the popup and the background.
 * Only zod schemas live here (no extension API), so both ends validate what they send and receive
 * with the same definitions; the transport (@webext-core/messaging) is wired in utils/messaging.ts.
 */
import { z } from 'zod';
import { Analysis, Incident, LocationFact } from './schema';

/** Content script → background: analyse an article's text (the gazetteer lives in the background). */
export const AnalyseRequest = z.object({
  text: z.string().max(2_000_000),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  /** The reader asked for this page: return what was found even if the detector says it is no attack report. */
  force: z.boolean().optional(),
});
export type AnalyseRequest = z.infer<typeof AnalyseRequest>;
export const AnalyseResponse = Analysis;

/** Content script → background: save (insert or update) one incident the reader confirmed. */
export const SaveIncidentRequest = z.object({
  incident: Incident,
  /** The stored version the panel was showing (null: an unsaved detection); see lib/store saveIncident. */
  expectedUpdatedAt: z.string().nullable().optional(),
  /** Offer saved records that probably report the same attack instead of saving a new one. */
  checkDuplicates: z.boolean().optional(),
});
export type SaveIncidentRequest = z.infer<typeof SaveIncidentRequest>;
export const SaveIncidentResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), incident: Incident }),
  z.object({
    ok: z.literal(false),
    error: z.string(),
    conflict: Incident.optional(),
    duplicates: z.array(z.object({ incident: Incident, reasons: z.array(z.string()) })).optional(),
  }),
]);
export type SaveIncidentResponse = z.infer<typeof SaveIncidentResponse>;

/** Content script → background: which incidents were already saved from this page (so a reload does not duplicate). */
export const SavedForUrlRequest = z.object({ url: z.string() });
export const SavedForUrlResponse = z.array(Incident);

/**
 * Gate script → background: this frame passed the gate, inject the analyser into it. The gate script sends it
 * without zod (it must stay small); the background checks it like every other message.
 */
export const LoadAnalyserRequest = z.undefined();
export const LoadAnalyserResponse = z.object({ ok: z.boolean(), error: z.string().optional() });

/** Panel → background: the reader rejected a detection; it stays rejected on this page (lib/store/rejections.ts). */
export const RejectDetectionRequest = z.object({ incident: Incident });
export const RejectDetectionResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), key: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
/** Panel → background: take a rejection back. */
export const UndoRejectionRequest = z.object({ key: z.string().max(20_000) });
export const UndoRejectionResponse = z.object({ ok: z.boolean(), error: z.string().optional() });
/** Analyser → background: what the reader rejected on this page. */
export const RejectedForUrlRequest = z.object({ url: z.string() });
export const RejectedForUrlResponse = z.array(z.string());

/** Popup → background: analyse the given tab now ("Analyse this page"). */
export const AnalyseTabRequest = z.object({ tabId: z.number().int().nonnegative() });
export const AnalyseTabResponse = z.object({ ok: z.boolean(), error: z.string().optional() });

/** Panel → background: gazetteer places for what the reader is typing in the place field. */
export const SuggestPlacesRequest = z.object({
  query: z.string().max(200),
  near: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
});
export const SuggestPlacesResponse = z.array(z.object({ label: z.string(), location: LocationFact }));

/** Panel → background: "Add as another source": the incident joins saved record `targetId`. */
export const AddAsSourceRequest = z.object({ incident: Incident, targetId: z.string().min(1) });
export const AddAsSourceResponse = SaveIncidentResponse;
