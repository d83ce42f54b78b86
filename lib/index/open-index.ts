/**
 * Opening a build: every file read once, checked against the manifest's size and checksum and
 * validated with its schema, then the graphs loaded. A missing, damaged or inconsistent file is a
 * `corrupt:index` error naming it; an index from another embedder or format is `incompatible:index`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import type { Embeddings } from "@langchain/core/embeddings";
import hnswlib from "hnswlib-node";
import type { z } from "zod";
import { AppError } from "../errors";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../types";
import { corruptIndex, embedderMismatch, FILE_INDEX, REBUILD_HINT } from "./corrupt";
import type { Overlay } from "./delta";
import { EVENT_FACTS_FILE, parseStoredEventFacts, type ArticleEventFacts } from "./event-facts";
import { ColumnScan } from "./column-scan";
import { checkHnswFile, eachHnswVector } from "./hnsw-check";
import { LEXICAL_FILES, loadLexicalIndex, type LexicalIndex, type LexicalSearch } from "./lexical";
import type { LocalEmbedderState } from "./local-embeddings";
import { catalogEntrySchema, chunkRefSchema, localEmbedderStateSchema, manifestSchema, manifestVersionSchema, sourceDocumentSchema } from "./schemas";
import {
  CATALOG_FILE,
  chunkOf,
  currentBuildDir,
  fileChecksum,
  MANIFEST_VERSION,
  sha256,
  shardFolder,
  shardRanges,
  type CatalogEntry,
  type Manifest,
} from "./store";
import { vectorStore } from "./vector-search";

/** Chunks by id: a Map, or the base's map with additions over it (lib/index/delta.ts). */
export interface ChunkLookup {
  readonly size: number;
  get(id: string): Chunk | undefined;
  values(): Iterable<Chunk>;
}

/** A loaded index, ready to search. */
export interface LoadedIndex {
  dir: string;
  manifest: Manifest;
  documents: Map<string, SourceDocument>;
  chunks: Chunk[];
  /** The live chunks by id (a removed article's are left out, though `chunks` keeps their positions). */
  chunkById: ChunkLookup;
  /** One vector store per shard of `manifest.hnsw.shardSize` chunks of the base build, in chunk order. */
  vectors: HNSWLib[];
  /** The base build's vectors column by column, for exact search of sparse queries (lib/index/column-scan.ts); null for dense embedders. */
  columns: ColumnScan | null;
  /** The embedder that made the vectors (queries must use it too). */
  embeddings: Embeddings;
  /** Keyword search over every live chunk (the base's BM25, with the additions' segment when there are any). */
  lexical: LexicalSearch;
  /** The base build's BM25 index. */
  baseLexical: LexicalIndex;
  /** Additions and removals since the base build (lib/index/delta.ts), or null. */
  overlay: Overlay | null;
  /** Ids of the articles added to the archive (DATA_DIR/articles), as opposed to the shipped corpus. */
  added: Set<string>;
  /** Other outlets' copies of an article, by the id of the article indexed. */
  alsoReportedBy: Record<string, AlsoReportedBy[]>;
  /** Each live article's event facts, as stored at build time and by additions (articles without are read from their text). */
  eventFacts: Map<string, ArticleEventFacts>;
}

/** The live build's manifest, or null when there is none or it is not a valid manifest. */
export async function readManifest(indexDir: string): Promise<Manifest | null> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) return null;
  const text = await fs.readFile(path.join(dir, "manifest.json"), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The catalog of a build folder (empty for builds written before it existed, or when it is not valid). */
export async function readCatalog(dir: string): Promise<CatalogEntry[]> {
  try {
    return catalogSchema.parse(JSON.parse(await fs.readFile(path.join(dir, CATALOG_FILE), "utf8")));
  } catch {
    return [];
  }
}

const catalogSchema = catalogEntrySchema.array();

/** The first thing a schema found wrong, for the error message ("counts.chunks: expected number"). */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "the whole file"}: ${issue.message}` : "invalid";
}

/** Reads the files of one build folder, each once, checked against the manifest once it is known. */
class BuildFiles {
  private checksums: Manifest["files"];
  private readonly seen = new Set<string>();

  constructor(readonly dir: string) {}

  path(file: string): string {
    return path.join(this.dir, file);
  }

  missing(file: string): AppError {
    return corruptIndex(`The index in ${this.dir} is incomplete: ${file} is missing.`);
  }

  damaged(file: string): AppError {
    return corruptIndex(
      `The index file ${this.path(file)} is damaged: its size or checksum does not match the manifest (corrupted or changed since the build).`,
    );
  }

  /** From now on every file read is checked against these sizes and checksums (absent in older builds). */
  expect(checksums: Manifest["files"]): void {
    this.checksums = checksums;
  }

  /** A file's bytes, or null when it is absent and the manifest does not list it. */
  async bytes(file: string, optional = false): Promise<Buffer | null> {
    this.seen.add(file);
    const bytes = await fs.readFile(this.path(file)).catch(() => null);
    const expected = this.checksums?.[file];
    if (!bytes) {
      if (optional && !expected) return null;
      throw this.missing(file);
    }
    if (expected && (bytes.length !== expected.bytes || sha256(bytes) !== expected.sha256)) {
      throw this.damaged(file);
    }
    return bytes;
  }

  /** A JSON file parsed and validated. */
  async json<T>(file: string, schema: z.ZodType<T>): Promise<T>;
  async json<T>(file: string, schema: z.ZodType<T>, optional: true): Promise<T | null>;
  async json<T>(file: string, schema: z.ZodType<T>, optional = false): Promise<T | null> {
    const bytes = await this.bytes(file, optional);
    return bytes === null ? null : this.parse(file, bytes.toString("utf8"), schema);
  }

  parse<T>(file: string, text: string, schema: z.ZodType<T>): T {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw corruptIndex(`The index file ${this.path(file)} is corrupted (not valid JSON).`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw corruptIndex(`The index file ${this.path(file)} is corrupted (${firstIssue(parsed.error)}).`);
    return parsed.data;
  }

  /** The files the manifest lists that loading did not read (HNSWLib's own args.json and docstore.json): checksummed as a stream. */
  async checkTheRest(): Promise<void> {
    for (const [file, expected] of Object.entries(this.checksums ?? {})) {
      if (this.seen.has(file)) continue;
      const actual = await fileChecksum(this.path(file));
      if (!actual) throw this.missing(file);
      if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
        throw this.damaged(file);
      }
    }
  }
}

/** The manifest, refused as incompatible when it is of another format version or embedder. */
async function openManifest(files: BuildFiles, expected: { embedderName: string }): Promise<Manifest> {
  const text = (await files.bytes("manifest.json"))!.toString("utf8");
  const { version } = files.parse("manifest.json", text, manifestVersionSchema);
  const dir = files.dir;
  if (version !== MANIFEST_VERSION) {
    throw new AppError("incompatible:index", `The index in ${dir} has format version ${version}; this app reads version ${MANIFEST_VERSION}.`, {
      hint: REBUILD_HINT,
    });
  }
  const manifest = manifestSchema.safeParse(JSON.parse(text));
  if (!manifest.success) {
    if (manifest.error.issues.some((issue) => issue.path[0] === "hnsw")) {
      throw new AppError("incompatible:index", `The index in ${dir} does not say how its vectors are split into graphs (hnsw.shardSize).`, {
        hint: REBUILD_HINT,
      });
    }
    throw corruptIndex(`The index file ${files.path("manifest.json")} is corrupted (${firstIssue(manifest.error)}).`);
  }
  const { embedder } = manifest.data;
  if (embedder.name !== expected.embedderName) throw embedderMismatch(FILE_INDEX, embedder, expected.embedderName);
  return manifest.data;
}

/**
 * One shard's graph: its file read once for the checksum and the structure check, then handed to
 * hnswlib (which reads by path); its vectors also go into `columns` from `start` on, when given.
 */
async function openGraph(
  files: BuildFiles,
  shard: number,
  { start, end }: { start: number; end: number },
  manifest: Manifest,
  columns: ColumnScan | null,
): Promise<hnswlib.HierarchicalNSW> {
  const name = path.join(shardFolder(shard), "hnswlib.index");
  const file = files.path(name);
  const { dimensions } = manifest.embedder;
  const chunks = end - start;
  const bytes = (await files.bytes(name))!;
  checkHnswFile(file, bytes, chunks, dimensions);
  if (columns) eachHnswVector(bytes, dimensions, (label, vector) => columns.set(start + label, vector));
  const graph = new hnswlib.HierarchicalNSW("cosine", dimensions);
  try {
    graph.readIndexSync(file);
  } catch {
    throw corruptIndex(`The vector index ${file} is missing or corrupted.`);
  }
  if (graph.getCurrentCount() !== chunks || graph.getNumDimensions() !== dimensions) {
    throw corruptIndex(`The vector index ${file} does not match its manifest (${graph.getCurrentCount()} vectors for ${chunks} chunks).`);
  }
  graph.setEf(manifest.hnsw.efSearch);
  return graph;
}

/**
 * Load the live index. Refuses an index from another embedder (or of other dimensions) and
 * reports a missing or corrupted one as an AppError that says what to do.
 */
export async function openIndex(
  indexDir: string,
  expected: { embedderName: string },
  embeddings: (state: LocalEmbedderState | null) => Embeddings,
): Promise<LoadedIndex> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) throw new AppError("unavailable:index", `No index found in ${indexDir}.`, { hint: "Build it: npm run index" });
  const files = new BuildFiles(dir);
  const manifest = await openManifest(files, expected);
  files.expect(manifest.files);
  const documents = await files.json("documents.json", sourceDocumentSchema.array());
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const chunks = (await files.json("chunks.json", chunkRefSchema.array())).map((ref) => chunkOf(ref, documentById, dir));
  const localState = manifest.embedder.name.startsWith("local-") ? await files.json("embedder.json", localEmbedderStateSchema) : null;
  const lexicalMeta = (await files.bytes(LEXICAL_FILES.meta))!.toString("utf8");
  const lexicalPostings = (await files.bytes(LEXICAL_FILES.postings))!;
  let lexical: LexicalIndex;
  try {
    lexical = loadLexicalIndex(lexicalMeta, lexicalPostings);
  } catch {
    throw corruptIndex(`The BM25 index in ${dir} (${LEXICAL_FILES.meta}, ${LEXICAL_FILES.postings}) is corrupted.`);
  }
  if (lexical.documents !== chunks.length) {
    throw corruptIndex(`The BM25 index in ${dir} does not match its manifest (${lexical.documents} documents for ${chunks.length} chunks).`);
  }
  const catalog = (await files.json(CATALOG_FILE, catalogSchema, true)) ?? [];
  const eventFacts = await readEventFacts(files);
  const graphs: hnswlib.HierarchicalNSW[] = [];
  const ranges = shardRanges(chunks.length, manifest.hnsw.shardSize);
  // The local embedder's questions are sparse vectors, searched exactly by the column scan; an endpoint model's are dense, left to the graphs.
  const columns = localState ? ColumnScan.allocate(chunks.length, manifest.embedder.dimensions) : null;
  for (const [s, range] of ranges.entries()) graphs.push(await openGraph(files, s, range, manifest, columns));
  await files.checkTheRest();
  const embedder = embeddings(localState);
  const vectors = ranges.map(({ start, end }, s) => vectorStore(chunks.slice(start, end), graphs[s]!, embedder, manifest.embedder.dimensions));
  return {
    dir,
    manifest,
    documents: documentById,
    chunks,
    chunkById: new Map(chunks.map((c) => [c.id, c])),
    vectors,
    columns,
    embeddings: embedder,
    lexical,
    baseLexical: lexical,
    overlay: null,
    added: new Set(catalog.filter((entry) => entry.file.startsWith("articles/")).map((entry) => entry.id)),
    alsoReportedBy: Object.fromEntries(catalog.filter((entry) => entry.alsoReportedBy?.length).map((entry) => [entry.id, entry.alsoReportedBy!])),
    eventFacts: new Map((eventFacts ?? []).filter((f) => documentById.has(f.docId)).map((f) => [f.docId, f])),
  };
}

/**
 * The event facts a build stored; null when it stored none (built before events.json) or stored
 * them under other rules: the catalog then reads the articles' text, as slowly as before.
 */
async function readEventFacts(files: BuildFiles): Promise<ArticleEventFacts[] | null> {
  const bytes = await files.bytes(EVENT_FACTS_FILE, true);
  if (bytes === null) return null;
  try {
    return parseStoredEventFacts(JSON.parse(bytes.toString("utf8")));
  } catch {
    throw corruptIndex(`The index file ${files.path(EVENT_FACTS_FILE)} is corrupted (not the articles' event facts).`);
  }
}
