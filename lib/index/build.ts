/** Builds the index from a corpus folder: load, clean, chunk, embed, store; skips the work when nothing changed. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AppConfig } from "../config";
import { loadCorpus, type SkippedFile } from "../corpus/load";
import type { Chunk } from "../types";
import { chunkDocument, DEFAULT_CHUNK_SETTINGS, type ChunkSettings } from "./chunk";
import { createEmbedder, type Embedder } from "./embedder";
import { GraphBuilder } from "./graph-builder";
import { buildLexicalIndex } from "./lexical";
import { DEFAULT_HNSW, GRAPH_SCRATCH_PREFIX, MANIFEST_VERSION, hashInputs, readManifest, writeIndex, type HnswSettings, type Manifest } from "./store";

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
    JSON.stringify(manifest.inputs) === JSON.stringify(inputs)
  );
}

/** Whether the index is missing or older than the corpus and settings. */
export async function isIndexStale(config: AppConfig, corpusDir: string, indexDir: string): Promise<boolean> {
  const manifest = await readManifest(indexDir);
  if (!manifest) return true;
  const embedder = createEmbedder(config);
  return !sameSettings(manifest, embedder.name, DEFAULT_CHUNK_SETTINGS, DEFAULT_HNSW, await hashInputs(corpusDir));
}

const BATCH = 256;

export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const { config, corpusDir, indexDir } = options;
  const chunking = options.chunking ?? DEFAULT_CHUNK_SETTINGS;
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const progress = options.onProgress ?? (() => {});
  const embedder = createEmbedder(config, { onBatch: (done, total) => progress({ stage: "embedding", done, total }) });
  const inputs = await hashInputs(corpusDir);
  const previous = await readManifest(indexDir);
  if (!options.force && previous && sameSettings(previous, embedder.name, chunking, hnsw, inputs)) {
    return { upToDate: true, documents: previous.counts.documents, chunks: previous.counts.chunks, skipped: [], droppedLines: 0, seconds: (performance.now() - started) / 1000, dir: null };
  }

  const corpus = await loadCorpus(corpusDir, {
    maxFileBytes: config.MAX_FILE_BYTES,
    onFile: (file, index, total) => progress({ stage: "reading", file, index, total }),
  });
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
    progress({ stage: "writing" });
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      embedder: { name: embedder.name, dimensions },
      chunking,
      hnsw,
      inputs,
      counts: { documents: corpus.documents.length, chunks: chunks.length, skipped: corpus.skipped.length },
      builtAt: new Date().toISOString(),
      seconds: (performance.now() - started) / 1000,
    };
    const dir = await writeIndex(indexDir, { manifest, documents: corpus.documents, chunks, graphs, lexical, localState: embedder.local?.state ?? null }, embedder.embeddings);
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
async function embedIntoGraph(embedder: Embedder, chunks: Chunk[], hnsw: HnswSettings, scratch: string, onEmbedded: (done: number) => void): Promise<{ builder: GraphBuilder; dimensions: number }> {
  // What is embedded: the title gives every chunk its article's context. Local here, so freed on return.
  const texts = chunks.map((c) => `${c.title}\n${c.text}`);
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
