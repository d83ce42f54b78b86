/** Builds the archive in PostgreSQL from a corpus folder (`npm run index -- --store postgres`), and prepares articles for the writers. */
import { isDeepStrictEqual } from "node:util";
import type { AppConfig } from "../../config";
import { loadCorpus } from "../../corpus/load";
import type { BuildProgress, BuildSummary } from "../../index/build";
import { chunkDocument, DEFAULT_CHUNK_SETTINGS, type ChunkSettings } from "../../index/chunk";
import { createEmbedder, type Embedder } from "../../index/embedder";
import { hashInputs } from "../../index/inputs";
import type { SourceDocument } from "../../types";
import { DamagedArchiveState, type PostgresArchive, type PreparedArticle, type RecordedEmbedder } from "./archive";
import { documentMetadataSchema } from "../../corpus/document";
import { readArticle } from "../../corpus/read-article";

/** What is embedded for a chunk: the title gives every chunk its article's context (as in lib/index/build.ts). */
const embeddedText = (title: string, text: string) => `${title}\n${text}`;

/** Chunk and embed articles with an embedder as it is (added articles use the archive's fitted embedder). */
export async function prepareArticles(
  documents: SourceDocument[],
  embedder: Embedder,
  chunking: ChunkSettings = DEFAULT_CHUNK_SETTINGS,
): Promise<PreparedArticle[]> {
  const perDocument = documents.map((document) => ({ document, chunks: chunkDocument(document, chunking) }));
  const texts = perDocument.flatMap(({ chunks }) => chunks.map((c) => embeddedText(c.title, c.text)));
  const vectors = embedder.local ? texts.map((t) => embedder.local!.embed(t)) : await embedder.embeddings.embedDocuments(texts);
  let next = 0;
  return perDocument.map(({ document, chunks }) => ({ document, chunks, vectors: chunks.map(() => vectors[next++]!) }));
}

export interface PostgresBuildOptions {
  config: AppConfig;
  corpusDir: string;
  archive: PostgresArchive;
  force?: boolean;
  chunking?: ChunkSettings;
  onProgress?: (event: BuildProgress) => void;
}

/** What an added article keeps through a rebuild: its original and what the user said about it. */
type Kept = Pick<PreparedArticle, "original" | "metadata">;

/**
 * The articles added through the app (lib/store/postgres/articles.ts), read again from their
 * originals; one whose id the corpus now has is left out, as the embedded build leaves it out.
 */
async function addedArticles(config: AppConfig, archive: PostgresArchive, corpusIds: Set<string>): Promise<{ document: SourceDocument; kept: Kept }[]> {
  const rows = await archive.query<{ id: string; name: string; bytes: Buffer; metadata: Record<string, unknown> }>(
    `select id, original_name as name, original as bytes, metadata from articles
       where coalesce((metadata->>'added')::boolean, false) and original is not null order by position`,
  );
  const out: { document: SourceDocument; kept: Kept }[] = [];
  for (const row of rows) {
    if (corpusIds.has(row.id)) continue;
    // What the user gave when adding it, as the app stored it; anything else counts as nothing given.
    const given = documentMetadataSchema.safeParse(row.metadata.given).data;
    const read = await readArticle({ name: row.name, bytes: row.bytes }, { maxFileBytes: config.MAX_FILE_BYTES, metadata: given });
    if (!read.ok) continue;
    out.push({ document: read.document, kept: { original: { name: row.name, bytes: row.bytes }, metadata: { added: true, given } } });
  }
  return out;
}

/** Load, chunk, fit the embedder on the whole corpus, embed, and replace the archive in one transaction. */
export async function buildPostgresArchive(options: PostgresBuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const { config, corpusDir, archive } = options;
  const chunking = options.chunking ?? DEFAULT_CHUNK_SETTINGS;
  const progress = options.onProgress ?? (() => {});
  const embedder = createEmbedder(config, { onBatch: (done, total) => progress({ stage: "embedding", done, total }) });
  const inputs = await hashInputs(corpusDir);
  // A damaged state row is what this build repairs, never a reason to refuse it: it only counts as changed.
  // A missing row is not: the build writes its state into that row, so it stops with the migrations' hint.
  const state = await archive.state().catch((error: unknown) => {
    if (error instanceof DamagedArchiveState) return null;
    throw error;
  });
  // jsonb keeps keys in its own order: compared as values, not as text.
  const unchanged =
    state !== null && state.embedder?.name === embedder.name && isDeepStrictEqual(state.chunking, chunking) && isDeepStrictEqual(state.inputs, inputs);
  if (!options.force && unchanged) {
    const [counts] = await archive.query<{ documents: number; chunks: number }>(
      "select (select count(*) from articles)::int as documents, (select count(*) from chunks)::int as chunks",
    );
    return {
      upToDate: true,
      documents: counts?.documents ?? 0,
      chunks: counts?.chunks ?? 0,
      skipped: [],
      droppedLines: 0,
      seconds: (performance.now() - started) / 1000,
      dir: null,
    };
  }
  const corpus = await loadCorpus(corpusDir, {
    maxFileBytes: config.MAX_FILE_BYTES,
    onFile: (file, index, total) => progress({ stage: "reading", file, index, total }),
  });
  // Articles added through the app are rebuilt from their originals, after the corpus (as the embedded build reads its archive folder).
  const added = await addedArticles(config, archive, new Set(corpus.documents.map((d) => d.id)));
  const chunked = [...corpus.documents.map((document) => ({ document, kept: undefined })), ...added].map(({ document, kept }) => ({
    document,
    kept,
    chunks: chunkDocument(document, chunking),
  }));
  const total = chunked.reduce((n, a) => n + a.chunks.length, 0);
  progress({ stage: "chunking", documents: chunked.length, chunks: total });
  const texts = chunked.flatMap(({ chunks }) => chunks.map((c) => embeddedText(c.title, c.text)));
  let vectors: ArrayLike<number>[];
  if (embedder.local) {
    embedder.local.fit(texts);
    vectors = texts.map((t, i) => {
      if ((i + 1) % 1000 === 0 || i + 1 === texts.length) progress({ stage: "embedding", done: i + 1, total: texts.length });
      return embedder.local!.embed(t);
    });
  } else {
    vectors = await embedder.embeddings.embedDocuments(texts);
  }
  const dimensions = embedder.local?.dimensions ?? vectors[0]?.length ?? 0;
  const recorded: RecordedEmbedder = { name: embedder.name, dimensions, state: embedder.local?.state ?? null };
  let next = 0;
  // Copies added through the app stay listed under the article they copy ("also reported by").
  const copies = new Map(
    (
      await archive.query<{ id: string; copies: unknown[] }>(
        "select id, metadata->'alsoReportedBy' as copies from articles where jsonb_array_length(coalesce(metadata->'alsoReportedBy', '[]'::jsonb)) > 0",
      )
    ).map((r) => [r.id, r.copies]),
  );
  const articles = chunked.map(({ document, chunks, kept }) => {
    const metadata = { ...kept?.metadata, ...(copies.has(document.id) ? { alsoReportedBy: copies.get(document.id) } : {}) };
    return { document, chunks, vectors: chunks.map(() => vectors[next++]!), original: kept?.original, metadata };
  });
  progress({ stage: "writing" });
  await archive.rebuild({ embedder: recorded, chunking, inputs, articles });
  return {
    upToDate: false,
    documents: chunked.length,
    chunks: total,
    skipped: corpus.skipped,
    droppedLines: corpus.droppedLines,
    seconds: (performance.now() - started) / 1000,
    dir: null,
  };
}
