/**
 * The on-disk index format: where builds live, the manifest, shards, chunk references and the
 * catalog. Writing a build is write-index.ts, opening and validating one open-index.ts, searching
 * its vectors vector-search.ts; the files' zod schemas are in schemas.ts.
 */
import { createHash } from "node:crypto";
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../types";
import type { ChunkSettings } from "./chunk";
import { corruptIndex } from "./corrupt";

/** HNSW graph parameters, chosen from the recall–latency curve of `npm run bench`. */
export interface HnswSettings {
  /** Chunks per graph: larger corpora get several graphs, searched side by side and merged. */
  shardSize: number;
  M: number;
  efConstruction: number;
  efSearch: number;
}

export const DEFAULT_HNSW: HnswSettings = { shardSize: 10_000, M: 32, efConstruction: 128, efSearch: 768 };

export const MANIFEST_VERSION = 2;
/** The file in the index folder that names the live build. */
export const POINTER = "CURRENT";
/** Name prefix of the graph file a build's worker thread hands over (removed once read back). */
export const GRAPH_SCRATCH_PREFIX = "graph-";
/** A shard's folder in a build: the first graph in the build folder itself, further ones beside it. */
export const shardFolder = (shard: number) => (shard === 0 ? "" : `shard-${shard}`);

/** Chunk ranges of the shards (at least one, possibly empty). */
export function shardRanges(chunks: number, shardSize: number): { start: number; end: number }[] {
  const shards = Math.max(1, Math.ceil(chunks / shardSize));
  return Array.from({ length: shards }, (_, s) => ({ start: s * shardSize, end: Math.min(chunks, (s + 1) * shardSize) }));
}

/** The files LangChain's HNSWLib.save writes. */
export const VECTOR_FILES = ["hnswlib.index", "args.json", "docstore.json"];

/** Where the index of a data folder lives. */
export function indexDirOf(dataDir: string): string {
  return path.join(dataDir, "index");
}

/** Everything needed to tell whether an index is current and compatible. */
export interface Manifest {
  version: number;
  embedder: { name: string; dimensions: number };
  chunking: ChunkSettings;
  hnsw: HnswSettings;
  /** sha256 of every file in the corpus folder, including skipped ones. */
  inputs: Record<string, string>;
  /** Input hash of every file in the archive of added articles ("articles/<file>"), indexed or refused. */
  archive?: Record<string, string>;
  /** Version of the event rules and words the build's events.json was read with (lib/index/event-facts.ts); another means a rebuild is due. */
  eventFacts?: string;
  /** Version of the cleaning rules and chrome lexicon the bodies were cleaned with (lib/index/inputs.ts); another means a rebuild is due. */
  cleaning?: string;
  /** Archive files that were not indexed, and why. */
  refused?: Record<string, string>;
  counts: { documents: number; chunks: number; skipped: number };
  builtAt: string;
  seconds: number;
  /** Size and sha256 of every other file of the build, checked before loading (absent in older builds). */
  files?: Record<string, { bytes: number; sha256: string }>;
}

/** The folder of the live build, or null when no index was ever built. */
export async function currentBuildDir(indexDir: string): Promise<string | null> {
  const name = await fs.readFile(path.join(indexDir, POINTER), "utf8").catch(() => null);
  return name ? path.join(indexDir, name.trim()) : null;
}

/** Each indexed article's id, file and text hash: what an addition checks against without loading the articles. */
export interface CatalogEntry {
  id: string;
  /** Corpus file name, or "articles/<file>" for an added article. */
  file: string;
  bodySha256: string;
  /** Near-duplicate fingerprint (lib/corpus/near-duplicates.ts): base64 sketch and figures. */
  minhash?: string;
  figures?: string[];
  /** Other outlets' copies found at build time. */
  alsoReportedBy?: AlsoReportedBy[];
}

export const CATALOG_FILE = "catalog.json";

/** sha256 of bytes in memory, as the manifest records it. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Size and sha256 of a file, streamed (index files run to hundreds of MB); null when it cannot be read. */
export async function fileChecksum(file: string): Promise<{ bytes: number; sha256: string } | null> {
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    for await (const block of createReadStream(file)) {
      bytes += (block as Buffer).length;
      hash.update(block as Buffer);
    }
  } catch {
    return null;
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** What chunks.json keeps of a chunk: the rest (text, title, date, outlet) is its article's. */
export type ChunkRef = Pick<Chunk, "id" | "docId" | "start" | "end">;

export const chunkRef = ({ id, docId, start, end }: Chunk): ChunkRef => ({ id, docId, start, end });

/**
 * A chunk from its reference: its text a slice of the article's body (shared, not copied). Refuses
 * an index whose chunks point outside their article.
 */
export function chunkOf(ref: ChunkRef, documents: Map<string, SourceDocument>, dir: string): Chunk {
  const document = documents.get(ref.docId);
  const valid =
    document && Number.isInteger(ref.start) && Number.isInteger(ref.end) && ref.start >= 0 && ref.start < ref.end && ref.end <= document.body.length;
  if (!valid || typeof ref.id !== "string") {
    throw corruptIndex(`The index in ${dir} is inconsistent: chunk ${String(ref.id)} does not fit its article.`);
  }
  const { title, date, url, source, body } = document;
  return { id: ref.id, docId: ref.docId, title, date, url, source, start: ref.start, end: ref.end, text: body.slice(ref.start, ref.end) };
}
