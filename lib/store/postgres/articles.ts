/**
 * Adding and removing articles through the app (Articles page, POST and DELETE /api/documents,
 * `npm run add` / `remove`) when the archive is in PostgreSQL: the embedded archive's outcomes
 * (lib/index/update.ts), each article written in one transaction that every app process sees on
 * its next request. The original file is kept in the database, so any process can undo a removal.
 */
import path from "node:path";
import type { AppConfig } from "../../config";
import { checkFileName } from "../../corpus/archive";
import { documentMetadataSchema } from "../../corpus/document";
import { readArticle } from "../../corpus/read-article";
import { AppError } from "../../errors";
import { createEmbedder } from "../../index/embedder";
import type { AddOutcome, ArticleUpload, Removal } from "../../index/update";
import { embedderMismatch } from "../../index/corrupt";
import { PostgresArchive, POSTGRES_ARCHIVE } from "./archive";
import { prepareArticles } from "./build";

/** The writers open their own pool for the change and close it after: a change is rare, a pool per process is not needed for it. */
async function withArchive<T>(config: AppConfig, work: (archive: PostgresArchive) => Promise<T>): Promise<T> {
  const archive = await PostgresArchive.open(config);
  try {
    return await work(archive);
  } finally {
    await archive.close();
  }
}

/** `name`, or for pasted text whose id is taken `<id>-2<ext>`, `<id>-3<ext>`… */
async function freeName(archive: PostgresArchive, name: string): Promise<string> {
  const ext = path.extname(name);
  const id = path.basename(name, ext);
  const taken = await archive.takenIds(id);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!taken.has(candidate)) return `${candidate}${ext}`;
  }
}

async function addOne(config: AppConfig, archive: PostgresArchive, upload: ArticleUpload): Promise<AddOutcome> {
  const file = upload.uniqueName ? await freeName(archive, upload.name) : upload.name;
  const name = checkFileName(file);
  if (!name.ok) return { file, status: "refused", code: "refused:article", reason: name.reason };
  const read = await readArticle({ name: name.file, bytes: upload.bytes }, { maxFileBytes: config.MAX_FILE_BYTES, metadata: upload.metadata });
  if (!read.ok) return { file, status: "refused", code: "refused:article", reason: read.reason };
  const { document } = read;
  // Embedded with the archive's own embedder (its learnt state), outside the write transaction.
  const state = await archive.state();
  if (!state.embedder)
    throw new AppError("unavailable:index", "The database holds no archive yet to add articles to.", {
      hint: "Build it first: npm run index -- --store postgres",
    });
  const embedder = createEmbedder(config, { localState: state.embedder.state ?? undefined });
  if (embedder.name !== state.embedder.name) throw embedderMismatch(POSTGRES_ARCHIVE, state.embedder, embedder.name);
  const [prepared] = await prepareArticles([document], embedder, state.chunking ?? undefined);
  const refusal = await archive.addArticle({
    ...prepared!,
    original: { name: name.file, bytes: Buffer.from(upload.bytes) },
    metadata: upload.metadata ? { given: upload.metadata } : {},
  });
  if (!refusal) return { file, status: "added", id: document.id, title: document.title, chunks: prepared!.chunks.length };
  if (refusal.status === "conflict") {
    return {
      file,
      status: "refused",
      code: "conflict:article",
      reason: `an article with the id "${document.id}" is already in the archive ("${refusal.title}"); remove it first or rename the file`,
    };
  }
  return {
    file,
    status: "duplicate",
    id: document.id,
    title: document.title,
    duplicateOf: refusal.of,
    duplicateOfTitle: refusal.title,
    similarity: refusal.similarity,
  };
}

/** Add articles to the PostgreSQL archive: each added, kept as a copy of one already there, or refused with its reason. */
export async function addPostgresArticles(config: AppConfig, uploads: ArticleUpload[]): Promise<AddOutcome[]> {
  return withArchive(config, async (archive) => {
    const outcomes: AddOutcome[] = [];
    for (const upload of uploads) outcomes.push(await addOne(config, archive, upload));
    return outcomes;
  });
}

/** Remove an article added through the app; its original is kept for `restorePostgresArticle`. */
export async function removePostgresArticle(config: AppConfig, id: string): Promise<Removal> {
  return withArchive(config, (archive) => archive.removeAddedArticle(id));
}

/** Put back an article removed by `removePostgresArticle` (the undo). */
export async function restorePostgresArticle(config: AppConfig, id: string): Promise<AddOutcome> {
  return withArchive(config, async (archive) => {
    const removed = await archive.removedArticle(id);
    if (!removed)
      throw new AppError("not_found:document", `No removed article "${id}" to restore.`, { hint: "Only the last removal of an article can be undone." });
    const outcome = await addOne(config, archive, {
      name: removed.name,
      bytes: new Uint8Array(removed.bytes),
      // Not the app's metadata (or none): the article comes back with what its own text says, as in the embedded archive.
      metadata: documentMetadataSchema.safeParse(removed.given).data,
    });
    if (outcome.status !== "refused") await archive.forgetRemoved(id);
    return outcome;
  });
}
