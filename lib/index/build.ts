/**
 * Builds the index from the shipped corpus folder and the archive of added articles
 * (DATA_DIR/articles): load, clean, chunk, embed, store; skips the work when nothing changed.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AppConfig } from "../config";
import { archiveDirOf, archiveInputs, archiveKey } from "../corpus/archive";
import { loadCorpus, type LoadedCorpus, type SkippedFile } from "../corpus/load";
import { encodeFingerprint, fingerprint, NearDuplicateIndex } from "../corpus/near-duplicates";
import { compactionDue, type CompactionDue } from "./compact";
import { withIndexLock } from "./lock";
import { embeddingText } from "./prepare";
import type { Chunk } from "../types";
import { chunkDocument, DEFAULT_CHUNK_SETTINGS, type ChunkSettings } from "./chunk";
import { createHash } from "node:crypto";
import { createEmbedder, type Embedder } from "./embedder";
import { articleEventFacts, EVENT_FACTS_VERSION } from "./event-facts";
import { GraphBuilder } from "./graph-builder";
import { buildLexicalIndex } from "./lexical";
import { CLEANING_VERSION, hashInputs } from "./inputs";
import { readManifest } from "./open-index";
import { DEFAULT_HNSW, GRAPH_SCRATCH_PREFIX, indexDirOf, MANIFEST_VERSION, type CatalogEntry, type HnswSettings, type Manifest } from "./store";
import { writeIndex } from "./write-index";

/** Progress events, for a terminal or a log. */
export type BuildProgress =
  | { stage: "reading"; file: string; index: number; total: number }
  | { stage: "chunking"; documents: number; chunks: number }
  | { stage: "embedding"; done: number; total: number }
  /** Vectors all sent: BM25 is built while the graph's worker thread finishes inserting them. */
  | { stage: "linking" }
  | { stage: "writing" };

export interface BuildOptions {
  config: AppConfig;
  corpusDir: string;
  indexDir: string;
  /** Added articles; default: the "articles" folder beside indexDir. */
  archiveDir?: string;
  force?: boolean;
  chunking?: ChunkSettings;
  hnsw?: HnswSettings;
  onProgress?: (event: BuildProgress) => void;
}

export interface BuildSummary {
  upToDate: boolean;
  documents: number;
  chunks: number;
  skipped: SkippedFile[];
  droppedLines: number;
  seconds: number;
  dir: string | null;
}

function sameSettings(manifest: Manifest, embedderName: string, chunking: ChunkSettings, hnsw: HnswSettings, inputs: Record<string, string>): boolean {
  return (
    manifest.version === MANIFEST_VERSION &&
    manifest.embedder.name === embedderName &&
    JSON.stringify(manifest.chunking) === JSON.stringify(chunking) &&
    JSON.stringify(manifest.hnsw) === JSON.stringify(hnsw) &&
    JSON.stringify(manifest.inputs) === JSON.stringify(inputs) &&
    // Event facts read with other rules or words would be read again from the text at every load.
    manifest.eventFacts === EVENT_FACTS_VERSION &&
    // Bodies cleaned with other rules would keep chrome the rules now drop, or lose text they now keep.
    manifest.cleaning === CLEANING_VERSION
  );
}

/** Whether the index is missing or older than the corpus and settings. */
export async function isIndexStale(config: AppConfig, corpusDir: string, indexDir: string): Promise<boolean> {
  const manifest = await readManifest(indexDir);
  if (!manifest) return true;
  const embedder = createEmbedder(config);
  return !sameSettings(manifest, embedder.name, DEFAULT_CHUNK_SETTINGS, DEFAULT_HNSW, await hashInputs(corpusDir));
}

/**
 * Fold the delta into a new build when it has reached DELTA_COMPACT_CHUNKS added chunks
 * (lib/index/compact.ts): the ordinary forced build from the folders, waiting for the index lock
 * like any writer. Returns what was done, or null when nothing was due.
 */
export async function compactIfDue(config: AppConfig): Promise<{ due: CompactionDue; build: BuildSummary } | null> {
  const due = await compactionDue(config);
  if (!due) return null;
  const build = await buildIndex({ config, corpusDir: config.corpusDir, indexDir: indexDirOf(config.dataDir), force: true });
  return { due, build };
}

const BATCH = 256;

/** Build under the data folder's index lock: one indexer at a time (a second waits or is told who holds it). */
export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  return withIndexLock(
    path.dirname(options.indexDir),
    { purpose: options.force ? "npm run index -- --force" : "indexing", waitMs: options.config.INDEX_LOCK_WAIT_MS },
    () => buildUnlocked(options),
  );
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The shipped corpus and the archive as one list: an archive article whose id or text is already
 * in the corpus is skipped with that reason (keys of archive files are "articles/<file>").
 */
function mergeFolders(
  corpus: LoadedCorpus,
  archive: LoadedCorpus | null,
): { documents: LoadedCorpus["documents"]; skipped: SkippedFile[]; catalog: CatalogEntry[]; refused: Record<string, string>; droppedLines: number } {
  const copies = new NearDuplicateIndex();
  const entry = (d: LoadedCorpus["documents"][number], file: string): CatalogEntry => {
    const print = fingerprint(d.body);
    copies.add(d.id, print);
    return { id: d.id, file, bodySha256: sha256(d.body), ...encodeFingerprint(print) };
  };
  // The shipped corpus is indexed as it is (exact copies were already skipped when it was read).
  const catalog: CatalogEntry[] = corpus.documents.map((d) => entry(d, corpus.fileOf[d.id]!));
  const documents = [...corpus.documents];
  const skipped = [...corpus.skipped];
  const refused: Record<string, string> = {};
  if (!archive) return { documents, skipped, catalog, refused, droppedLines: corpus.droppedLines };
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const byBody = new Map(catalog.map((c) => [c.bodySha256, c.id]));
  const skip = (file: string, reason: string) => {
    skipped.push({ file: archiveKey(file), reason });
    refused[archiveKey(file)] = reason;
  };
  for (const s of archive.skipped) if (s.file !== "metadata.yml") skip(s.file, s.reason);
  for (const document of archive.documents) {
    const file = archive.fileOf[document.id]!;
    const bodySha256 = sha256(document.body);
    if (byId.has(document.id)) {
      skip(file, `an article with the id "${document.id}" is already in the corpus`);
      continue;
    }
    // An added copy of an indexed report is kept as "also reported by", not indexed twice.
    const exact = byBody.get(bodySha256);
    const near = exact ? { id: exact, similarity: 1 } : copies.find(fingerprint(document.body));
    if (near) {
      skip(file, `duplicate of ${near.id} (${Math.round(near.similarity * 100)}% of the same wording)`);
      const original = byId.get(near.id)!;
      original.alsoReportedBy ??= [];
      original.alsoReportedBy.push({
        id: document.id,
        title: document.title,
        source: document.source,
        url: document.url,
        date: document.date,
        similarity: near.similarity,
      });
      continue;
    }
    const added = entry(document, archiveKey(file));
    byId.set(document.id, added);
    byBody.set(bodySha256, document.id);
    catalog.push(added);
    documents.push(document);
  }
  return { documents, skipped, catalog, refused, droppedLines: corpus.droppedLines + archive.droppedLines };
}

async function buildUnlocked(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const { config, corpusDir, indexDir } = options;
  const chunking = options.chunking ?? DEFAULT_CHUNK_SETTINGS;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const progress = options.onProgress ?? (() => {});
  const embedder = createEmbedder(config, { onBatch: (done, total) => progress({ stage: "embedding", done, total }) });
  const inputs = await hashInputs(corpusDir);
  const previous = await readManifest(indexDir);
  if (!options.force && previous && sameSettings(previous, embedder.name, chunking, hnsw, inputs)) {
    return {
      upToDate: true,
      documents: previous.counts.documents,
      chunks: previous.counts.chunks,
      skipped: [],
      droppedLines: 0,
      seconds: (performance.now() - started) / 1000,
      dir: null,
    };
  }

  const loadOptions = {
    maxFileBytes: config.MAX_FILE_BYTES,
    onFile: (file: string, index: number, total: number) => progress({ stage: "reading", file, index, total }),
  };
  const archiveDir = options.archiveDir ?? archiveDirOf(path.dirname(indexDir));
  const archiveExists = await fs.stat(archiveDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  // The archive's inputs are hashed before it is read: a file added meanwhile shows as a change for the next sync.
  const archive = archiveExists ? await archiveInputs(archiveDir) : {};
  const corpus = mergeFolders(await loadCorpus(corpusDir, loadOptions), archiveExists ? await loadCorpus(archiveDir, loadOptions) : null);
  const chunks = corpus.documents.flatMap((d) => chunkDocument(d, chunking));
  progress({ stage: "chunking", documents: corpus.documents.length, chunks: chunks.length });
  await fs.mkdir(indexDir, { recursive: true });
  const scratch = path.join(indexDir, `${GRAPH_SCRATCH_PREFIX}${process.pid}-${Date.now()}`);
  const { builder, dimensions } = await embedIntoGraph(embedder, chunks, hnsw, scratch, (done) => progress({ stage: "embedding", done, total: chunks.length }));
  try {
    progress({ stage: "linking" });
    const lexical = buildLexicalIndex(chunks);
    const graphs = builder.finish();
    // writeIndex awaits the graphs after writing the other files; a failure before that must not go unhandled.
    graphs.catch(() => undefined);
    // Read on this thread while the worker links the graphs: loading and additions then only merge them.
    const eventFacts = corpus.documents.map(articleEventFacts);
    progress({ stage: "writing" });
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      embedder: { name: embedder.name, dimensions },
      chunking,
      hnsw,
      inputs,
      archive,
      refused: corpus.refused,
      eventFacts: EVENT_FACTS_VERSION,
      cleaning: CLEANING_VERSION,
      counts: { documents: corpus.documents.length, chunks: chunks.length, skipped: corpus.skipped.length },
      builtAt: new Date().toISOString(),
      seconds: (performance.now() - started) / 1000,
    };
    const dir = await writeIndex(
      indexDir,
      { manifest, documents: corpus.documents, catalog: corpus.catalog, chunks, graphs, lexical, localState: embedder.local?.state ?? null, eventFacts },
      embedder.embeddings,
    );
    return {
      upToDate: false,
      documents: corpus.documents.length,
      chunks: chunks.length,
      skipped: corpus.skipped,
      droppedLines: corpus.droppedLines,
      seconds: (performance.now() - started) / 1000,
      dir,
    };
  } finally {
    await builder.close();
  }
}

/** Embed every text and send the vectors, as they come, to an HNSW graph built on a worker thread. */
async function embedIntoGraph(
  embedder: Embedder,
  chunks: Chunk[],
  hnsw: HnswSettings,
  scratch: string,
  onEmbedded: (done: number) => void,
): Promise<{ builder: GraphBuilder; dimensions: number }> {
  // Local here, so freed on return.
  const texts = chunks.map(embeddingText);
  const local = embedder.local;
  // The endpoint embedder sends its own progress; its vectors' length gives the dimensions.
  const remote = local ? null : await embedder.embeddings.embedDocuments(texts);
  if (local) local.fit(texts);
  const dimensions = local ? local.dimensions : (remote?.[0]?.length ?? embedder.dimensions ?? 0);
  const builder = new GraphBuilder(dimensions, texts.length, hnsw, scratch);
  try {
    for (let i = 0; i < texts.length; i += BATCH) {
      const rows = Math.min(BATCH, texts.length - i);
      const vectors = new Float32Array(rows * dimensions);
      for (let row = 0; row < rows; row++) {
        if (local) local.embedInto(texts[i + row]!, vectors, row * dimensions);
        else vectors.set(remote![i + row]!, row * dimensions);
      }
      builder.add(vectors);
      if (local) onEmbedded(i + rows);
    }
  } catch (error) {
    await builder.close();
    throw error;
  }
  return { builder, dimensions };
}
