/**
 * The on-disk index: HNSW vectors (through LangChain's HNSWLib), BM25, documents and a manifest,
 * written beside the live one and switched in by an atomic rename of a pointer file.
 */
import { createHash } from "node:crypto";
import { createReadStream, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import type { Embeddings } from "@langchain/core/embeddings";
import { SynchronousInMemoryDocstore } from "@langchain/community/stores/doc/in_memory";
import hnswlib from "hnswlib-node";
import { AppError } from "../errors";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../types";
import type { ChunkSettings } from "./chunk";
import { REBUILD_HINT, checkHnswFile } from "./hnsw-check";
import { LEXICAL_FILES, loadLexicalIndex, serializeLexicalIndex, type LexicalIndex, type LexicalSearch } from "./lexical";
import { nearestAdded, type Overlay } from "./delta";
import { faultPoint } from "./fault";
import { EVENT_FACTS_FILE, parseStoredEventFacts, storedEventFacts, type ArticleEventFacts } from "./event-facts";
import type { LocalEmbedderState } from "./local-embeddings";

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
const POINTER = "CURRENT";
/** Name prefix of the graph file a build's worker thread hands over (removed once read back). */
export const GRAPH_SCRATCH_PREFIX = "graph-";
/** A shard's folder in a build: the first graph in the build folder itself, further ones beside it. */
const shardFolder = (shard: number) => (shard === 0 ? "" : `shard-${shard}`);

/** Chunk ranges of the shards (at least one, possibly empty). */
export function shardRanges(chunks: number, shardSize: number): { start: number; end: number }[] {
  const shards = Math.max(1, Math.ceil(chunks / shardSize));
  return Array.from({ length: shards }, (_, s) => ({ start: s * shardSize, end: Math.min(chunks, (s + 1) * shardSize) }));
}

/** The files LangChain's HNSWLib.save writes. */
const VECTOR_FILES = ["hnswlib.index", "args.json", "docstore.json"];

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
  /** Archive files that were not indexed, and why. */
  refused?: Record<string, string>;
  counts: { documents: number; chunks: number; skipped: number };
  builtAt: string;
  seconds: number;
  /** Size and sha256 of every other file of the build, checked before loading (absent in older builds). */
  files?: Record<string, { bytes: number; sha256: string }>;
}

/** A loaded index, ready to search. */
export interface LoadedIndex {
  dir: string;
  manifest: Manifest;
  documents: Map<string, SourceDocument>;
  chunks: Chunk[];
  chunkById: Map<string, Chunk>;
  /** One vector store per shard of `manifest.hnsw.shardSize` chunks of the base build, in chunk order. */
  vectors: HNSWLib[];
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

/** sha256 of every regular, non-hidden file in a folder: what decides whether a rebuild is due. */
export async function hashInputs(corpusDir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(corpusDir, { withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((e) => e.isFile() && !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name))) {
    const bytes = await fs.readFile(path.join(corpusDir, e.name)).catch(() => null);
    out[e.name] = bytes ? createHash("sha256").update(bytes).digest("hex") : "unreadable";
  }
  return out;
}

/** The folder of the live build, or null when no index was ever built. */
export async function currentBuildDir(indexDir: string): Promise<string | null> {
  const name = await fs.readFile(path.join(indexDir, POINTER), "utf8").catch(() => null);
  return name ? path.join(indexDir, name.trim()) : null;
}

export async function readManifest(indexDir: string): Promise<Manifest | null> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) return null;
  try {
    return JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  } catch {
    return null;
  }
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

/** The catalog of a build folder (empty for builds written before it existed). */
export async function readCatalog(dir: string): Promise<CatalogEntry[]> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, CATALOG_FILE), "utf8")) as CatalogEntry[];
  } catch {
    return [];
  }
}

/** What a build writes. */
export interface BuildArtifacts {
  manifest: Manifest;
  documents: SourceDocument[];
  catalog: CatalogEntry[];
  chunks: Chunk[];
  /** The HNSW graphs, one per shard (labels = positions in the shard), still being built while the other files are written. */
  graphs: Promise<hnswlib.HierarchicalNSW[]>;
  lexical: LexicalIndex;
  localState: LocalEmbedderState | null;
  /** Every article's event facts (lib/index/event-facts.ts). */
  eventFacts: ArticleEventFacts[];
}

/**
 * LangChain's HNSWLib over a graph whose labels are chunk positions; each label's document is its
 * chunk (text shared, not copied), and results name the chunk by id.
 */
function vectorStore(chunks: Chunk[], graph: hnswlib.HierarchicalNSW, embeddings: Embeddings, dimensions: number): HNSWLib {
  const docstore = new SynchronousInMemoryDocstore(new Map(chunks.map((c, i) => [String(i), new Document({ pageContent: c.text, metadata: { chunkId: c.id } })])));
  return new HNSWLib(embeddings, { space: "cosine", numDimensions: dimensions, index: graph, docstore });
}

/** Size and sha256 of a file, streamed (index files run to hundreds of MB); null when it cannot be read. */
async function fileChecksum(file: string): Promise<{ bytes: number; sha256: string } | null> {
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
  const valid = document && Number.isInteger(ref.start) && Number.isInteger(ref.end) && ref.start >= 0 && ref.start < ref.end && ref.end <= document.body.length;
  if (!valid || typeof ref.id !== "string") {
    throw new AppError("corrupt:index", `The index in ${dir} is inconsistent: chunk ${String(ref.id)} does not fit its article.`, { hint: REBUILD_HINT });
  }
  const { title, date, url, source, body } = document;
  return { id: ref.id, docId: ref.docId, title, date, url, source, start: ref.start, end: ref.end, text: body.slice(ref.start, ref.end) };
}

/**
 * Write a complete build beside the live one, then switch the pointer atomically; older builds are
 * removed. Everything but the graph is written while the graph is still being built.
 */
export async function writeIndex(indexDir: string, artifacts: BuildArtifacts, embeddings: Embeddings): Promise<string> {
  await fs.mkdir(indexDir, { recursive: true });
  const name = `build-${Date.now()}-${process.pid}`;
  const dir = path.join(indexDir, name);
  await fs.mkdir(dir);
  const { manifest, chunks } = artifacts;
  const files: NonNullable<Manifest["files"]> = {};
  /** Write a file from its parts, in order, hashing as it goes. */
  const write = async (file: string, ...parts: (string | Uint8Array)[]) => {
    const hash = createHash("sha256");
    let bytes = 0;
    const handle = await fs.open(path.join(dir, file), "w");
    try {
      for (const part of parts) {
        const data = typeof part === "string" ? Buffer.from(part) : part;
        await handle.writeFile(data);
        hash.update(data);
        bytes += data.byteLength;
      }
    } finally {
      await handle.close();
    }
    files[file] = { bytes, sha256: hash.digest("hex") };
  };
  await write("documents.json", JSON.stringify(artifacts.documents));
  await write("chunks.json", JSON.stringify(chunks.map(chunkRef)));
  await write(CATALOG_FILE, JSON.stringify(artifacts.catalog));
  const lexical = serializeLexicalIndex(artifacts.lexical);
  await write(LEXICAL_FILES.meta, lexical.meta);
  await write(LEXICAL_FILES.postings, ...lexical.postings);
  if (artifacts.localState) await write("embedder.json", JSON.stringify(artifacts.localState));
  await write(EVENT_FACTS_FILE, JSON.stringify(storedEventFacts(artifacts.eventFacts)));
  const graphs = await artifacts.graphs;
  const shards = shardRanges(chunks.length, manifest.hnsw.shardSize);
  for (const [s, { start, end }] of shards.entries()) {
    await vectorStore(chunks.slice(start, end), graphs[s]!, embeddings, manifest.embedder.dimensions).save(path.join(dir, shardFolder(s)));
    for (const file of VECTOR_FILES) {
      // Index paths are only known at run time; the comment keeps Turbopack from tracing the whole project for them.
      const name = path.join(/*turbopackIgnore: true*/ shardFolder(s), file);
      const checksum = await fileChecksum(path.join(dir, name));
      if (!checksum) throw new Error(`${name} was not written to ${dir}.`);
      files[name] = checksum;
    }
  }
  // The manifest goes last: a build folder without one was interrupted.
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, files: sorted }, null, 2));
  faultPoint("build-written");
  const pointerTmp = path.join(indexDir, `${POINTER}.${process.pid}.tmp`);
  await fs.writeFile(pointerTmp, name);
  await fs.rename(pointerTmp, path.join(indexDir, POINTER));
  await removeStaleBuilds(indexDir, name);
  return dir;
}

async function removeStaleBuilds(indexDir: string, keep: string): Promise<void> {
  for (const entry of await fs.readdir(indexDir)) {
    const leftover = entry.startsWith("build-") || (entry.startsWith(GRAPH_SCRATCH_PREFIX) && entry.endsWith(".tmp"));
    if (leftover && entry !== keep) await fs.rm(path.join(indexDir, entry), { recursive: true, force: true });
  }
}


/**
 * Load the live index. Refuses an index from another embedder (or of other dimensions) and
 * reports a missing or corrupted one as an AppError that says what to do.
 */
export async function openIndex(indexDir: string, expected: { embedderName: string }, embeddings: (state: LocalEmbedderState | null) => Embeddings): Promise<LoadedIndex> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) throw new AppError("unavailable:index", `No index found in ${indexDir}.`, { hint: "Build it: npm run index" });
  const read = async (file: string) => {
    try {
      return await fs.readFile(path.join(dir, file), "utf8");
    } catch {
      throw new AppError("corrupt:index", `The index in ${dir} is incomplete: ${file} is missing.`, { hint: REBUILD_HINT });
    }
  };
  const parse = <T>(file: string, text: string): T => {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new AppError("corrupt:index", `The index file ${path.join(dir, file)} is corrupted (not valid JSON).`, { hint: REBUILD_HINT });
    }
  };
  const manifest = parse<Manifest>("manifest.json", await read("manifest.json"));
  if (manifest.version !== MANIFEST_VERSION) {
    throw new AppError("incompatible:index", `The index in ${dir} has format version ${manifest.version}; this app reads version ${MANIFEST_VERSION}.`, { hint: REBUILD_HINT });
  }
  const shardSize = manifest.hnsw?.shardSize;
  if (!Number.isInteger(shardSize) || shardSize <= 0) {
    throw new AppError("incompatible:index", `The index in ${dir} does not say how its vectors are split into graphs (hnsw.shardSize).`, { hint: REBUILD_HINT });
  }
  if (manifest.embedder.name !== expected.embedderName) {
    throw new AppError(
      "incompatible:index",
      `The index was built with the embedder "${manifest.embedder.name}" (${manifest.embedder.dimensions} dimensions), but the configured embedder is "${expected.embedderName}".`,
      { hint: `Re-index with the configured embedder (npm run index -- --force), or set the embeddings configuration back to what built the index.` },
    );
  }
  const documents = parse<SourceDocument[]>("documents.json", await read("documents.json"));
  const chunkRefs = parse<ChunkRef[]>("chunks.json", await read("chunks.json"));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  if (!Array.isArray(chunkRefs)) throw new AppError("corrupt:index", `The index file ${path.join(dir, "chunks.json")} is corrupted.`, { hint: REBUILD_HINT });
  const chunks = chunkRefs.map((ref) => chunkOf(ref, documentById, dir));
  const localState = manifest.embedder.name.startsWith("local-") ? parse<LocalEmbedderState>("embedder.json", await read("embedder.json")) : null;
  if (manifest.files) {
    for (const [file, expectedFile] of Object.entries(manifest.files)) {
      const actual = await fileChecksum(path.join(dir, file));
      if (!actual) throw new AppError("corrupt:index", `The index in ${dir} is incomplete: ${file} is missing.`, { hint: REBUILD_HINT });
      if (actual.bytes !== expectedFile.bytes || actual.sha256 !== expectedFile.sha256) {
        throw new AppError("corrupt:index", `The index file ${path.join(dir, file)} is damaged: its size or checksum does not match the manifest.`, { hint: REBUILD_HINT });
      }
    }
  }
  const lexicalMeta = await read(LEXICAL_FILES.meta);
  const lexicalPostings = await fs.readFile(path.join(dir, LEXICAL_FILES.postings)).catch(() => null);
  if (!lexicalPostings) throw new AppError("corrupt:index", `The index in ${dir} is incomplete: ${LEXICAL_FILES.postings} is missing.`, { hint: REBUILD_HINT });
  let lexical: LexicalIndex;
  try {
    lexical = loadLexicalIndex(lexicalMeta, lexicalPostings);
  } catch {
    throw new AppError("corrupt:index", `The BM25 index in ${dir} (${LEXICAL_FILES.meta}, ${LEXICAL_FILES.postings}) is corrupted.`, { hint: REBUILD_HINT });
  }
  if (lexical.documents !== chunks.length) {
    throw new AppError("corrupt:index", `The BM25 index in ${dir} does not match its manifest (${lexical.documents} documents for ${chunks.length} chunks).`, { hint: REBUILD_HINT });
  }
  const embedder = embeddings(localState);
  const catalog = await readCatalog(dir);
  const eventFacts = await readEventFacts(dir);
  const vectors = shardRanges(chunks.length, manifest.hnsw.shardSize).map(({ start, end }, s) => {
    const shardChunks = chunks.slice(start, end);
    const hnswFile = path.join(dir, shardFolder(s), "hnswlib.index");
    let hnswBytes: Buffer;
    try {
      hnswBytes = readFileSync(hnswFile);
    } catch {
      throw new AppError("corrupt:index", `The index in ${dir} is incomplete: ${path.join(shardFolder(s), "hnswlib.index")} is missing.`, { hint: REBUILD_HINT });
    }
    checkHnswFile(hnswFile, hnswBytes, shardChunks.length, manifest.embedder.dimensions);
    const graph = new hnswlib.HierarchicalNSW("cosine", manifest.embedder.dimensions);
    try {
      graph.readIndexSync(hnswFile);
    } catch {
      throw new AppError("corrupt:index", `The vector index ${hnswFile} is missing or corrupted.`, { hint: REBUILD_HINT });
    }
    if (graph.getCurrentCount() !== shardChunks.length || graph.getNumDimensions() !== manifest.embedder.dimensions) {
      throw new AppError("corrupt:index", `The vector index ${hnswFile} does not match its manifest (${graph.getCurrentCount()} vectors for ${shardChunks.length} chunks).`, { hint: REBUILD_HINT });
    }
    graph.setEf(manifest.hnsw.efSearch);
    return vectorStore(shardChunks, graph, embedder, manifest.embedder.dimensions);
  });
  return {
    dir,
    manifest,
    documents: documentById,
    chunks,
    chunkById: new Map(chunks.map((c) => [c.id, c])),
    vectors,
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
async function readEventFacts(dir: string): Promise<ArticleEventFacts[] | null> {
  const text = await fs.readFile(path.join(dir, EVENT_FACTS_FILE), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    return parseStoredEventFacts(JSON.parse(text));
  } catch {
    throw new AppError("corrupt:index", `The index file ${path.join(dir, EVENT_FACTS_FILE)} is corrupted (not the articles' event facts).`, { hint: REBUILD_HINT });
  }
}

/**
 * The `k` chunks nearest a query vector: each shard's graph searched, the results merged by
 * distance (cosine distance, smallest first).
 */
export async function nearestChunks(index: LoadedIndex, vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]> {
  const found: { chunk: Chunk; distance: number }[] = nearestAdded(index, vector, k);
  const overlay = index.overlay;
  const shardSize = index.manifest.hnsw.shardSize;
  for (const [s, store] of index.vectors.entries()) {
    const graph = store.index;
    const start = s * shardSize;
    const hiddenHere = overlay?.hiddenByShard[s] ?? 0;
    const live = graph.getCurrentCount() - hiddenHere;
    if (live === 0) continue;
    // Labels are positions in the shard; chunks of removed articles are filtered out inside the search.
    // The filter is a JS call per visited node: only shards that hold a removed chunk pay for it.
    const hidden = overlay?.hidden;
    const filter = hiddenHere > 0 && hidden ? (label: number) => hidden[start + label] !== 1 : undefined;
    const result = graph.searchKnn(vector, Math.min(k, live), filter);
    result.neighbors.forEach((label, i) => {
      const chunk = index.chunks[start + label];
      if (chunk) found.push({ chunk, distance: result.distances[i]! });
    });
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, k);
}
