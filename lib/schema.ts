/**
 * The incident record (../shared/docs/incident-schema.md), as zod schemas.
 * This file is the single source of the record types: everything else imports the inferred types.
 */
import { z } from 'zod';

export const WEAPONS = [
  'rocket',
  'missile',
  'mortar',
  'artillery',
  'drone',
  'airstrike',
  'explosive',
  'suicide_bombing',
  'gunfire',
  'melee',
  'vehicle',
  'arson',
  'other',
] as const;
export const Weapon = z.enum(WEAPONS);
export type Weapon = z.infer<typeof Weapon>;

export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A date at day, month or year precision. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const DateFact = z.object({
  value: PartialDate.nullable(),
  precision: z.enum(['day', 'week', 'month', 'year', 'unknown']),
  basis: z.enum(['explicit', 'relative', 'publication']),
  raw: z.string().optional(),
});
export type DateFact = z.infer<typeof DateFact>;

export const WeaponFact = z.object({
  category: Weapon.nullable(),
  raw: z.string().optional(),
});
export type WeaponFact = z.infer<typeof WeaponFact>;

export const Count = z.object({
  best: z.number().int().nonnegative().nullable(),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  qualifier: z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'range', 'vague']),
  status: z.enum(['reported', 'none_reported', 'not_mentioned']),
  raw: z.string().optional(),
  /** Projectiles only: how many were intercepted / shot down, when the text says. */
  intercepted: z.number().int().nonnegative().nullable().optional(),
  /** Projectiles only: how many hit or landed, when the text says. */
  impacted: z.number().int().nonnegative().nullable().optional(),
});
export type Count = z.infer<typeof Count>;

export const GEO_PRECISIONS = ['site', 'town', 'district', 'province', 'country', 'unknown'] as const;
export const GeoPrecision = z.enum(GEO_PRECISIONS);
export type GeoPrecision = z.infer<typeof GeoPrecision>;

export const LocationFact = z.object({
  name: z.string(),
  raw: z.string(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code')
    .nullable(),
  admin1: z.string().optional(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  precision: GeoPrecision,
});
export type LocationFact = z.infer<typeof LocationFact>;

export const Target = z.object({ type: z.string().optional(), text: z.string() }).nullable();
export type Target = z.infer<typeof Target>;

export const Perpetrator = z.object({
  name: z.string().nullable(),
  status: z.enum(['claimed', 'accused', 'suspected', 'unknown']),
});
export type Perpetrator = z.infer<typeof Perpetrator>;

/** The fields an evidence span can support; also the kinds of highlight. */
export const EVIDENCE_FIELDS = [
  'date',
  'weapon',
  'projectiles',
  'location',
  'killed',
  'injured',
  'target',
  'perpetrator',
  'damage',
] as const;
export const EvidenceField = z.enum(EVIDENCE_FIELDS);
export type EvidenceField = z.infer<typeof EvidenceField>;

export const Evidence = z.object({
  field: EvidenceField,
  quote: z.string(),
  /** Character offsets into the article text the extractor was given (end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

/** W3C Web Annotation TextQuoteSelector. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector').optional(),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

export const Source = z.object({
  url: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  published: IsoDay.nullable(),
  selector: TextQuoteSelector.nullable(),
  /**
   * What this outlet itself reported, kept when the record holds several sources (lib/merge), so that
   * disagreeing figures stay visible and a source can be split back out. Optional: records saved
   * before merging existed have none, and a single-source record's figures are the record's own.
   */
  figures: z.object({ killed: Count.optional(), injured: Count.optional(), projectiles: Count.optional() }).optional(),
  /** The passage of this outlet that states its figures (shown next to them). */
  quote: z.string().optional(),
  /** This outlet's evidence spans (offsets into ITS article text), kept so a split restores its highlights. */
  evidence: z.array(Evidence).optional(),
});
export type Source = z.infer<typeof Source>;

/** The figures a source can carry and a record can hold several versions of. */
export const FIGURE_FIELDS = ['killed', 'injured', 'projectiles'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const Incident = z.object({
  id: z.string().min(1),
  date: DateFact,
  weapon: WeaponFact,
  projectiles: Count,
  location: LocationFact.nullable(),
  killed: Count,
  injured: Count,
  target: Target,
  perpetrator: Perpetrator,
  damage: z.string().nullable(),
  evidence: z.array(Evidence),
  source: Source,
  status: z.enum(['detected', 'confirmed']),
  sources: z.array(Source),
  /**
   * Figures the reader picked among the sources' (lib/merge `chooseFigure`); the others follow the
   * most conservative source when one is added or split out. Absent: none picked.
   */
  figuresChosen: z.array(z.enum(FIGURE_FIELDS)).optional(),
  /** Free text the reader adds. */
  notes: z.string().optional(),
  /** ISO timestamps kept by the store. */
  savedAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Incident = z.infer<typeof Incident>;

/** What the extractor returns for one article. */
export const Analysis = z.object({
  isAttackReport: z.boolean(),
  /** 0..1: how sure the detector is that the article's subject is a specific attack. */
  confidence: z.number().min(0).max(1),
  incidents: z.array(Incident),
  /** Set when only part of a long text was analysed (lib/extract/steps.ts): how much of how much. */
  coverage: z.object({ analysedChars: z.number().int().nonnegative(), totalChars: z.number().int().nonnegative() }).optional(),
});
export type Analysis = z.infer<typeof Analysis>;

/** The JSON export/import envelope. */
export const IncidentCollection = z.object({
  format: z.literal('incident-collection'),
  version: z.literal(1),
  exported: z.string(),
  incidents: z.array(z.unknown()),
});
export type IncidentCollection = z.infer<typeof IncidentCollection>;

export function notMentioned(): Count {
  return { best: null, min: null, max: null, qualifier: 'vague', status: 'not_mentioned' };
}
