/** Builds the index from a corpus folder: load, clean, chunk, embed, store; skips the work when nothing changed. */
import path from "node:path";
import type { AppConfig } from "../config";
import { loadCorpus, type SkippedFile } from "../corpus/load";
import { chunkDocument, DEFAULT_CHUNK_SETTINGS, type ChunkSettings } from "./chunk";
import { createEmbedder } from "./embedder";
import { buildLexicalIndex } from "./lexical";
import { DEFAULT_HNSW, MANIFEST_VERSION, hashInputs, readManifest, writeIndex, type HnswSettings, type Manifest } from "./store";

/** Progress events, for a terminal or a log. */
export type BuildProgress =
  | { stage: "reading"; file: string; index: number; total: number }
  | { stage: "chunking"; documents: number; chunks: number }
  | { stage: "embedding"; done: number; total: number }
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

/** Where the index of a data folder lives. */
export function indexDirOf(dataDir: string): string {
  return path.join(dataDir, "index");
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
  const texts = chunks.map((c) => `${c.title}\n${c.text}`);

  let vectors: number[][] = [];
  if (embedder.local) {
    embedder.local.fit(texts);
    for (let i = 0; i < texts.length; i += BATCH) {
      vectors.push(...texts.slice(i, i + BATCH).map((t) => embedder.local!.embed(t)));
      progress({ stage: "embedding", done: Math.min(i + BATCH, texts.length), total: texts.length });
    }
  } else {
    vectors = await embedder.embeddings.embedDocuments(texts);
  }
  const dimensions = vectors[0]?.length ?? embedder.dimensions ?? 0;
  progress({ stage: "writing" });
  const seconds = (performance.now() - started) / 1000;
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    embedder: { name: embedder.name, dimensions },
    chunking,
    hnsw,
    inputs,
    counts: { documents: corpus.documents.length, chunks: chunks.length, skipped: corpus.skipped.length },
    builtAt: new Date().toISOString(),
    seconds,
  };
  const dir = await writeIndex(
    indexDir,
    { manifest, documents: corpus.documents, chunks, vectors, lexical: buildLexicalIndex(chunks), localState: embedder.local?.state ?? null },
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
}
