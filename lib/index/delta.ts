/**
 * Additions and removals since the live build, kept beside it in delta.json: added articles with
 * their chunks and vectors, base articles hidden, and the archive files the index now reflects.
 * Applied at load as an overlay (the base is never modified, so a question in flight keeps its
 * view): added vectors are scanned exactly, added chunks get a small BM25 segment scored with the
 * base's statistics, hidden chunks are filtered out. `npm run index` folds it all into a new build.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../types";
import { corruptIndex } from "./corrupt";
import { parseStoredEventFacts, storedEventFacts, type StoredEventFacts } from "./event-facts";
import { faultPoint } from "./fault";
import { deltaSchema, parseJson } from "./schemas";
import { buildLexicalDelta, SegmentedLexicalIndex, type LexicalIndex } from "./lexical";
import type { ChunkLookup, LoadedIndex } from "./open-index";
import { chunkOf, type ChunkRef } from "./store";

export const DELTA_FILE = "delta.json";
const DELTA_VERSION = 1;

export interface Delta {
  version: number;
  /** The build folder this delta applies to. */
  base: string;
  /** Articles added since the base (an id hidden in the base may come back here with new text). */
  documents: SourceDocument[];
  chunks: ChunkRef[];
  /** Base64 of a Float32Array: one L2-normalised vector per chunk, in order. */
  vectors: string;
  /** Ids of base articles removed (or replaced) since the base. */
  hidden: string[];
  /**
   * How many of the base's chunks those articles had: they stay in its graphs and postings, filtered
   * out at every question, until a build folds them away (they count toward DELTA_COMPACT_CHUNKS).
   * Absent in deltas written before it was counted.
   */
  hiddenChunks?: number;
  /** Archive files whose state differs from the base's record: input hash, or null once removed. */
  archive: Record<string, string | null>;
  /** Archive files that could not be indexed, with the reason. */
  refused: Record<string, string>;
  /** Duplicate articles, by the id of the article they repeat (the base's record updated). */
  alsoReportedBy?: Record<string, DuplicateRecord[]>;
  /** The added articles' event facts (absent in deltas written before they were stored: then read from the text). */
  eventFacts?: StoredEventFacts;
  updatedAt: string;
}

/** A copy of an article from another outlet, kept instead of indexed twice. */
export type DuplicateRecord = AlsoReportedBy;

export function emptyDelta(base: string): Delta {
  return { version: DELTA_VERSION, base, documents: [], chunks: [], vectors: "", hidden: [], archive: {}, refused: {}, updatedAt: new Date().toISOString() };
}

export function decodeVectors(base64: string): Float32Array {
  const bytes = Buffer.from(base64, "base64");
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}

export function encodeVectors(vectors: Float32Array): string {
  return Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength).toString("base64");
}

/** The delta of a build folder, or null when nothing changed since it was built. */
export async function readDelta(buildDir: string): Promise<Delta | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(buildDir, DELTA_FILE), "utf8");
  } catch {
    return null;
  }
  try {
    const { eventFacts, ...rest } = parseJson(deltaSchema, text);
    if (rest.version !== DELTA_VERSION || rest.base !== path.basename(buildDir)) throw new Error("another build's delta");
    // Facts of other rules are dropped, and read again from the articles' text.
    const articles = eventFacts === undefined ? null : parseStoredEventFacts(eventFacts);
    return articles ? { ...rest, eventFacts: storedEventFacts(articles) } : rest;
  } catch {
    throw corruptIndex(`The additions file ${path.join(buildDir, DELTA_FILE)} is damaged.`);
  }
}

/** Remove delta files a crash left half-written. */
export async function removeDeltaLeftovers(buildDir: string): Promise<void> {
  for (const name of await fs.readdir(buildDir))
    if (name.startsWith(`${DELTA_FILE}.`) && name.endsWith(".tmp")) await fs.rm(path.join(buildDir, name), { force: true });
}

/** Replace the delta atomically: a reader sees the old one or the new one, never half of one. */
export async function writeDelta(buildDir: string, delta: Delta): Promise<void> {
  const tmp = path.join(buildDir, `${DELTA_FILE}.${process.pid}.tmp`);
  await fs.writeFile(tmp, JSON.stringify({ ...delta, updatedAt: new Date().toISOString() }));
  faultPoint("delta-written");
  await fs.rename(tmp, path.join(buildDir, DELTA_FILE));
}

/** The live index's additions: vectors scanned exactly, and which base chunks are hidden. */
export interface Overlay {
  /** Position of the first added chunk in `chunks` (the base's chunk count). */
  start: number;
  count: number;
  dimensions: number;
  vectors: Float32Array;
  /** 1 for each hidden base chunk position. */
  hidden: Uint8Array;
  hiddenCount: number;
  /** Hidden chunks per shard of the base (`manifest.hnsw.shardSize`): a shard with none is searched without a filter. */
  hiddenByShard: number[];
}

/** The base index with a delta applied; the base's structures are shared, never changed. */
export function applyDelta(base: LoadedIndex, delta: Delta | null): LoadedIndex {
  if (!delta) return base;
  const baseLexical = base.baseLexical;
  const hiddenIds = new Set(delta.hidden);
  const hidden = new Uint8Array(base.chunks.length);
  const shardSize = base.manifest.hnsw.shardSize;
  const hiddenByShard = base.vectors.map(() => 0);
  let hiddenCount = 0;
  if (hiddenIds.size > 0) {
    base.chunks.forEach((chunk, i) => {
      if (hiddenIds.has(chunk.docId)) {
        hidden[i] = 1;
        hiddenCount++;
        hiddenByShard[Math.floor(i / shardSize)]!++;
      }
    });
  }
  const documents = new Map(base.documents);
  const added = new Set(base.added);
  for (const id of hiddenIds) {
    documents.delete(id);
    added.delete(id);
  }
  for (const document of delta.documents) {
    documents.set(document.id, document);
    added.add(document.id);
  }
  const alsoReportedBy = { ...base.alsoReportedBy };
  for (const id of hiddenIds) delete alsoReportedBy[id];
  for (const [id, copies] of Object.entries(delta.alsoReportedBy ?? {})) alsoReportedBy[id] = [...(alsoReportedBy[id] ?? []), ...copies];
  const eventFacts = new Map(base.eventFacts);
  for (const id of hiddenIds) eventFacts.delete(id);
  for (const facts of delta.eventFacts?.articles ?? []) if (documents.has(facts.docId)) eventFacts.set(facts.docId, facts);
  const addedChunks = delta.chunks.map((ref) => chunkOf(ref, documents, base.dir));
  const chunks = base.chunks.concat(addedChunks);
  const chunkById = new LiveChunks(base, hidden, hiddenCount, hiddenIds, new Map(addedChunks.map((c) => [c.id, c])));
  const vectors = delta.vectors ? decodeVectors(delta.vectors) : new Float32Array(0);
  const dimensions = base.manifest.embedder.dimensions;
  if (vectors.length !== addedChunks.length * dimensions) {
    throw corruptIndex(`The additions in ${base.dir} do not match (${vectors.length / dimensions} vectors for ${addedChunks.length} chunks).`);
  }
  const deltaLexical: LexicalIndex = buildLexicalDelta(addedChunks, baseLexical);
  return {
    ...base,
    documents,
    chunks,
    chunkById,
    added,
    alsoReportedBy,
    eventFacts,
    lexical: new SegmentedLexicalIndex(baseLexical, hidden, hiddenCount, deltaLexical),
    overlay: { start: base.chunks.length, count: addedChunks.length, dimensions, vectors, hidden, hiddenCount, hiddenByShard },
  };
}

/**
 * The live chunks by id without copying the base's map (100k entries at the largest scale, at every
 * addition): the base's, less the hidden ones, with the added ones over them.
 */
class LiveChunks implements ChunkLookup {
  readonly size: number;

  constructor(
    private readonly base: LoadedIndex,
    private readonly hidden: Uint8Array,
    hiddenCount: number,
    private readonly hiddenIds: ReadonlySet<string>,
    private readonly added: ReadonlyMap<string, Chunk>,
  ) {
    this.size = base.chunkById.size - hiddenCount + added.size;
  }

  get(id: string): Chunk | undefined {
    const chunk = this.added.get(id) ?? this.base.chunkById.get(id);
    return chunk && (this.added.has(id) || !this.hiddenIds.has(chunk.docId)) ? chunk : undefined;
  }

  *values(): Iterable<Chunk> {
    const { chunks } = this.base;
    for (let i = 0; i < chunks.length; i++) if (this.hidden[i] !== 1) yield chunks[i]!;
    yield* this.added.values();
  }
}

/** The `k` added chunks nearest a query vector (exact: the delta is small), as cosine distances. */
export function nearestAdded(index: LoadedIndex, query: number[], k: number): { chunk: Chunk; distance: number }[] {
  const overlay = index.overlay;
  if (!overlay || overlay.count === 0) return [];
  let norm = 0;
  for (const v of query) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const { vectors, dimensions } = overlay;
  const scored: { chunk: Chunk; distance: number }[] = [];
  for (let i = 0; i < overlay.count; i++) {
    let dot = 0;
    const offset = i * dimensions;
    for (let d = 0; d < dimensions; d++) dot += vectors[offset + d]! * query[d]!;
    scored.push({ chunk: index.chunks[overlay.start + i]!, distance: 1 - dot / norm });
  }
  return scored.sort((a, b) => a.distance - b.distance).slice(0, k);
}
