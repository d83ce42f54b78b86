/**
 * zod schemas of the API's JSON bodies as clients read them (the browser, scripts): a response is
 * validated, not cast, so a proxy's HTML page or an older server's body is a clear error, not a
 * crash deep in a component. Each `satisfies` the type the route answers with.
 */
import { z } from "zod";
import { alsoReportedBySchema, count, type NamesEveryField, sourceDocumentSchema } from "./index/schemas";
import type { ApiErrorBody, DocumentSummary, EndpointHealth, EventSummary, EventsResponse, HealthReport, ProfileStatus } from "./types";

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), hint: z.string().optional(), requestId: z.string().optional() }),
}) satisfies z.ZodType<ApiErrorBody>;

const endpointHealthSchema = z.object({
  reachable: z.boolean().nullable(),
  chatModelPresent: z.boolean().nullable(),
  models: z.array(z.string()),
  message: z.string(),
  hint: z.string().optional(),
  checkedAt: z.string().optional(),
  lastAnswerFailure: z.object({ code: z.string(), message: z.string(), at: z.string() }).optional(),
}) satisfies z.ZodType<EndpointHealth>;

const profileStatusSchema = z.object({
  id: z.string(),
  kind: z.enum(["offline", "openai", "local"]),
  label: z.string(),
  model: z.string(),
  health: endpointHealthSchema,
}) satisfies z.ZodType<ProfileStatus>;

/** `GET /api/health` (200, or 503 with the same report when something is down). */
export const healthReportSchema = z.object({
  ok: z.boolean(),
  index: z.object({
    ok: z.boolean(),
    documents: count,
    chunks: count,
    builtAt: z.string().nullable(),
    embedder: z.string().nullable(),
    message: z.string().optional(),
    stale: z.boolean().optional(),
  }),
  profiles: z.array(profileStatusSchema),
  defaultProfileId: z.string(),
}) satisfies z.ZodType<HealthReport>;

/** An article's metadata as stored (lib/index/schemas.ts), without its body, and what the store knows of it. */
const documentSummarySchema = sourceDocumentSchema.pick({ id: true, title: true, date: true, source: true, url: true }).extend({
  lang: sourceDocumentSchema.shape.lang.optional(),
  chunks: count.optional(),
  added: z.boolean().optional(),
  alsoReportedBy: z.array(alsoReportedBySchema).optional(),
}) satisfies z.ZodType<DocumentSummary>;

/** `GET /api/documents`. */
export const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });

/** `GET /api/documents/:id`. */
export const documentResponseSchema = z.object({
  document: sourceDocumentSchema,
  version: z.string().optional(),
  alsoReportedBy: z.array(alsoReportedBySchema).optional(),
});

const eventSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  ordinal: z.number().nullable(),
  label: z.string(),
  labelEn: z.string().optional(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  reports: z.array(z.object({ docId: z.string(), title: z.string(), source: z.string().nullable(), date: z.string().nullable(), lang: z.enum(["vi", "en"]) })),
}) satisfies z.ZodType<EventSummary>;

/** `GET /api/events`. */
export const eventsResponseSchema = z.object({ events: z.array(eventSummarySchema) }) satisfies z.ZodType<EventsResponse>;

/** One file's result of `POST /api/documents` (lib/index/update.ts AddOutcome, as the Articles page shows it). */
export const addResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("added"), file: z.string(), id: z.string(), title: z.string(), chunks: count }),
  z.object({ status: z.literal("duplicate"), file: z.string(), id: z.string(), title: z.string(), duplicateOf: z.string(), duplicateOfTitle: z.string() }),
  z.object({ status: z.literal("refused"), file: z.string(), reason: z.string() }),
  z.object({ status: z.literal("failed"), file: z.string(), message: z.string() }),
]);

export type AddResult = z.infer<typeof addResultSchema>;

/** `POST /api/documents`: per-file results, with an error when the first one failed. */
export const addResponseSchema = z.object({
  results: z.array(addResultSchema).optional(),
  error: apiErrorBodySchema.shape.error.optional(),
});

// Compile-time checks: each schema reads every field of the type the route answers with.
true satisfies NamesEveryField<ApiErrorBody["error"], typeof apiErrorBodySchema.shape.error>;
true satisfies NamesEveryField<EndpointHealth, typeof endpointHealthSchema>;
true satisfies NamesEveryField<ProfileStatus, typeof profileStatusSchema>;
true satisfies NamesEveryField<HealthReport, typeof healthReportSchema>;
true satisfies NamesEveryField<HealthReport["index"], typeof healthReportSchema.shape.index>;
true satisfies NamesEveryField<DocumentSummary, typeof documentSummarySchema>;
true satisfies NamesEveryField<EventSummary, typeof eventSummarySchema>;
