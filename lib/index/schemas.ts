/**
 * The zod schemas of the index's JSON files (manifest, documents, chunk references, catalog,
 * embedder state, BM25 vocabulary, additions): what is read from disk is validated, not cast.
 * Each schema `satisfies` the interface the code uses, so the two cannot drift apart.
 */
import { z } from "zod";
import type { AlsoReportedBy, SourceDocument } from "../types";
import type { ChunkSettings } from "./chunk";
import type { Delta } from "./delta";
import type { LocalEmbedderState } from "./local-embeddings";
import type { CatalogEntry, ChunkRef, HnswSettings, Manifest } from "./store";

/** A count of things (documents, chunks, postings): a whole number, never negative. */
export const count = z.number().int().nonnegative();
const positive = z.number().int().positive();
const hashes = z.record(z.string(), z.string());

export const sourceDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  lang: z.enum(["vi", "en"]),
  body: z.string(),
}) satisfies z.ZodType<SourceDocument>;

/** Offsets are checked against their article by `chunkOf`, which knows the article's length. */
export const chunkRefSchema = z.object({ id: z.string(), docId: z.string(), start: z.number(), end: z.number() }) satisfies z.ZodType<ChunkRef>;

export const alsoReportedBySchema = sourceDocumentSchema
  .pick({ id: true, title: true, source: true, url: true, date: true })
  .extend({ similarity: z.number() }) satisfies z.ZodType<AlsoReportedBy>;

export const chunkSettingsSchema = z.object({ targetChars: positive, overlapSentences: count, maxSentenceChars: positive }) satisfies z.ZodType<ChunkSettings>;

const hnswSettingsSchema = z.object({ shardSize: positive, M: positive, efConstruction: positive, efSearch: positive }) satisfies z.ZodType<HnswSettings>;

export const manifestSchema = z.object({
  version: z.number().int(),
  embedder: z.object({ name: z.string(), dimensions: positive }),
  chunking: chunkSettingsSchema,
  hnsw: hnswSettingsSchema,
  inputs: hashes,
  archive: hashes.optional(),
  refused: hashes.optional(),
  eventFacts: z.string().optional(),
  cleaning: z.string().optional(),
  counts: z.object({ documents: count, chunks: count, skipped: count }),
  builtAt: z.string(),
  seconds: z.number(),
  files: z.record(z.string(), z.object({ bytes: count, sha256: z.string() })).optional(),
}) satisfies z.ZodType<Manifest>;

/** Just the format version, read first so that an index of another version is named as such, not as damaged. */
export const manifestVersionSchema = z.object({ version: z.number().int() });

export const catalogEntrySchema = z.object({
  id: z.string(),
  file: z.string(),
  bodySha256: z.string(),
  minhash: z.string().optional(),
  figures: z.array(z.string()).optional(),
  alsoReportedBy: z.array(alsoReportedBySchema).optional(),
}) satisfies z.ZodType<CatalogEntry>;

export const localEmbedderStateSchema = z.object({ documents: count, documentFrequencies: z.string() }) satisfies z.ZodType<LocalEmbedderState>;

export const lexicalMetaSchema = z.object({
  format: z.number().int(),
  documents: count,
  fields: z.array(z.object({ name: z.string(), boost: z.number() })),
  terms: z.array(z.string()),
  postings: count,
  averageLengths: z.array(z.number()).optional(),
});

/** The additions file; its event facts are checked apart (facts of other rules are dropped, not refused). */
export const deltaSchema = z.object({
  version: z.number().int(),
  base: z.string(),
  documents: z.array(sourceDocumentSchema),
  chunks: z.array(chunkRefSchema),
  vectors: z.string(),
  hidden: z.array(z.string()),
  hiddenChunks: count.optional(),
  archive: z.record(z.string(), z.string().nullable()),
  refused: hashes,
  alsoReportedBy: z.record(z.string(), z.array(alsoReportedBySchema)).optional(),
  eventFacts: z.unknown().optional(),
  updatedAt: z.string(),
}) satisfies z.ZodType<Omit<Delta, "eventFacts"> & { eventFacts?: unknown }>;

/**
 * True only when a schema names every field of its interface: zod drops fields a schema does not
 * name, so a field added to an interface but not to its schema would vanish on read without this.
 */
export type NamesEveryField<Interface, Schema extends z.ZodType> = [keyof Interface] extends [keyof z.output<Schema>]
  ? [keyof z.output<Schema>] extends [keyof Interface]
    ? true
    : false
  : false;

// Compile-time checks (tsc fails here when an interface gains a field its schema does not read).
true satisfies NamesEveryField<SourceDocument, typeof sourceDocumentSchema>;
true satisfies NamesEveryField<ChunkRef, typeof chunkRefSchema>;
true satisfies NamesEveryField<AlsoReportedBy, typeof alsoReportedBySchema>;
true satisfies NamesEveryField<ChunkSettings, typeof chunkSettingsSchema>;
true satisfies NamesEveryField<HnswSettings, typeof hnswSettingsSchema>;
true satisfies NamesEveryField<Manifest, typeof manifestSchema>;
true satisfies NamesEveryField<CatalogEntry, typeof catalogEntrySchema>;
true satisfies NamesEveryField<LocalEmbedderState, typeof localEmbedderStateSchema>;
true satisfies NamesEveryField<Delta, typeof deltaSchema>;

/** JSON text parsed and validated; the message says which part did not fit (for the operator's log). */
export function parseJson<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}
