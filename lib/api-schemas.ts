/**
 * zod schemas of the API's JSON bodies as clients read them (the browser, scripts): a response is
 * validated, not cast, so a proxy's HTML page or an older server's body is a clear error, not a
 * crash deep in a component. Each `satisfies` the type the route answers with.
 */
import { z } from "zod";
import { alsoReportedBySchema, sourceDocumentSchema } from "./index/schemas";
import type { ApiErrorBody, DocumentSummary, EndpointHealth, HealthReport, ProfileStatus } from "./types";

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
    documents: z.number(),
    chunks: z.number(),
    builtAt: z.string().nullable(),
    embedder: z.string().nullable(),
    message: z.string().optional(),
    stale: z.boolean().optional(),
  }),
  profiles: z.array(profileStatusSchema),
  defaultProfileId: z.string(),
}) satisfies z.ZodType<HealthReport>;

const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  lang: z.enum(["vi", "en"]).optional(),
  chunks: z.number().optional(),
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
