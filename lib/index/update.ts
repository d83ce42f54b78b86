/**
 * Adding and removing articles while the app serves: each change stores or moves the original in
 * the archive folder, then rewrites the live build's delta.json (lib/index/delta.ts) in one atomic
 * rename, under the index lock. Nothing else of the index is rebuilt. `syncArchive` brings the
 * index in line with the folder: files dropped in by hand, or a change a crash interrupted. With
 * STORE=postgres, adding, removing and restoring go to lib/store/postgres/articles.ts instead.
 */
import path from "node:path";
import { promises as fs } from "node:fs";
import { createHash } from "node:crypto";
import type { AppConfig } from "../config";
import {
  archiveDirOf,
  archiveFileOf,
  archiveInputs,
  archiveKey,
  articleInputHash,
  checkFileName,
  forgetRemoved,
  moveToRemoved,
  removedArticle,
  removeIncoming,
  setArchiveMetadata,
  storeArticle,
} from "../corpus/archive";
import type { DocumentMetadata } from "../corpus/document";
import { readSidecar } from "../corpus/load";
import { readArticle } from "../corpus/read-article";
import { decodeFingerprint, fingerprint, NearDuplicateIndex, type Fingerprint } from "../corpus/near-duplicates";
import { AppError } from "../errors";
import { embedderMismatch, FILE_INDEX } from "./corrupt";
import type { SourceDocument } from "../types";
import { decodeVectors, emptyDelta, encodeVectors, readDelta, removeDeltaLeftovers, writeDelta, type Delta } from "./delta";
import { articleEventFacts, storedEventFacts } from "./event-facts";
import { faultPoint } from "./fault";
import { createEmbedder, type Embedder } from "./embedder";
import { withIndexLock } from "./lock";
import { prepareDocument } from "./prepare";
import { readCatalog } from "./open-index";
import { chunkRefSchema, localEmbedderStateSchema, manifestSchema, parseJson, sourceDocumentSchema } from "./schemas";
import { chunkRef, currentBuildDir, indexDirOf, type Manifest } from "./store";
import { addPostgresArticles, removePostgresArticle, restorePostgresArticle } from "../store/postgres/articles";

/** One file to add, as uploaded, pasted or named on the command line. */
export interface ArticleUpload {
  name: string;
  bytes: Uint8Array;
  /** What the user said about it (title, date, source, url): wins over what the file says. */
  metadata?: DocumentMetadata;
  /** Pasted text: a taken id gets "-2", "-3"… instead of a conflict. */
  uniqueName?: boolean;
}

/** What happened to one file. */
export type AddOutcome =
  | { file: string; status: "added"; id: string; title: string; chunks: number }
  | { file: string; status: "duplicate"; id: string; title: string; duplicateOf: string; duplicateOfTitle: string; similarity: number }
  | { file: string; status: "refused"; code: "refused:article" | "conflict:article"; reason: string };

/** An article of the live index: where it came from. */
interface LiveArticle {
  id: string;
  title: string;
  /** Corpus file name, or "articles/<file>". */
  file: string;
  bodySha256: string;
  source: string | null;
  url: string | null;
  date: string | null;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * What a writer reads of a live build besides its delta: files that never change while the build is
 * live (manifest, catalog, embedder state). Kept between changes in one process (a server, `npm run
 * bench`), so that an addition reads and indexes its own article, not the archive's thousands.
 */
interface BuildState {
  config: AppConfig;
  dir: string;
  /** manifest.json's size, mtime and inode when read: a rebuilt or replaced build is read again. */
  stamp: string;
  manifest: Manifest;
  /** The base's articles (titles filled in when first needed). */
  articles: Map<string, LiveArticle>;
  /** Fingerprints of the base's articles. */
  copies: NearDuplicateIndex;
  embedder: Embedder;
  /** Fingerprints of the delta's articles by body sha256, computed once. */
  deltaPrints: Map<string, Fingerprint>;
  /** Chunks per base article, read from chunks.json at the first removal of one. */
  chunkCounts?: Map<string, number>;
}

/** How many chunks each base article has (what a removal leaves in the base's graphs and postings). */
async function baseChunkCounts(build: BuildState): Promise<Map<string, number>> {
  if (!build.chunkCounts) {
    const counts = new Map<string, number>();
    for (const ref of parseJson(chunkRefSchema.array(), await fs.readFile(path.join(build.dir, "chunks.json"), "utf8")))
      counts.set(ref.docId, (counts.get(ref.docId) ?? 0) + 1);
    build.chunkCounts = counts;
  }
  return build.chunkCounts;
}

let lastBuild: BuildState | null = null;

async function buildState(config: AppConfig, dir: string): Promise<BuildState> {
  const file = path.join(dir, "manifest.json");
  const stat = await fs.stat(file);
  const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  if (lastBuild && lastBuild.config === config && lastBuild.dir === dir && lastBuild.stamp === stamp) return lastBuild;
  const manifest = parseJson(manifestSchema, await fs.readFile(file, "utf8"));
  const catalog = await readCatalog(dir);
  if (catalog.length === 0 && manifest.counts.documents > 0) {
    throw new AppError("incompatible:index", "The index was built before articles could be added to it.", {
      hint: "Rebuild it once: npm run index -- --force",
    });
  }
  const articles = new Map<string, LiveArticle>();
  const copies = new NearDuplicateIndex();
  // The catalog has no titles; base articles' titles are read only when one is named in a message.
  for (const entry of catalog) {
    articles.set(entry.id, { ...entry, title: entry.id, source: null, url: null, date: null });
    if (entry.minhash && entry.figures) copies.add(entry.id, decodeFingerprint({ minhash: entry.minhash, figures: entry.figures }));
  }
  const localState = manifest.embedder.name.startsWith("local-")
    ? parseJson(localEmbedderStateSchema, await fs.readFile(path.join(dir, "embedder.json"), "utf8"))
    : null;
  const embedder = createEmbedder(config, { localState: localState ?? undefined });
  lastBuild = { config, dir, stamp, manifest, articles, copies, embedder, deltaPrints: new Map() };
  return lastBuild;
}

/** The base's fingerprints (shared, never changed) with the delta's articles over them and the removed ones left out. */
class ArchiveCopies {
  private readonly own = new NearDuplicateIndex();
  private readonly gone: Set<string>;

  constructor(
    private readonly base: NearDuplicateIndex,
    hidden: Iterable<string>,
  ) {
    this.gone = new Set(hidden);
  }

  add(id: string, print: Fingerprint): void {
    this.own.add(id, print);
  }

  delete(id: string): void {
    this.own.delete(id);
    this.gone.add(id);
  }

  find(print: Fingerprint): { id: string; similarity: number } | null {
    const inBase = this.base.find(print, (id) => this.gone.has(id));
    const added = this.own.find(print);
    return inBase && (!added || inBase.similarity >= added.similarity) ? inBase : added;
  }
}

/** The live build and its delta, loaded for a change; `save` writes the delta back. */
class ArchiveWriter {
  private constructor(
    readonly config: AppConfig,
    readonly buildDir: string,
    readonly manifest: Manifest,
    readonly delta: Delta,
    readonly live: Map<string, LiveArticle>,
    /** What the writer keeps of the live build between changes. */
    private readonly build: BuildState,
    /** Fingerprints of the live articles, to recognise an added copy of one. */
    private readonly copies: ArchiveCopies,
  ) {}

  get archiveDir(): string {
    return archiveDirOf(this.config.dataDir);
  }

  static async open(config: AppConfig): Promise<ArchiveWriter> {
    if (config.STORE !== "embedded") {
      throw new AppError(
        "unavailable:index",
        "Articles can be added and removed with the embedded index only (STORE=embedded); the PostgreSQL store does not take additions yet.",
        { hint: "Add the files to the corpus folder and run npm run index -- --store postgres." },
      );
    }
    const buildDir = await currentBuildDir(indexDirOf(config.dataDir));
    if (!buildDir) throw new AppError("unavailable:index", "There is no index to add articles to yet.", { hint: "Build it first: npm run index" });
    const build = await buildState(config, buildDir);
    const delta = (await readDelta(buildDir)) ?? emptyDelta(path.basename(buildDir));
    const live = new Map(build.articles);
    for (const id of delta.hidden) live.delete(id);
    const copies = new ArchiveCopies(build.copies, delta.hidden);
    for (const d of delta.documents) {
      const article = describe(d, fileOfDelta(delta, d.id) ?? archiveKey(`${d.id}`));
      live.set(d.id, article);
      // The delta's articles are fingerprinted once per process, not at every change (up to DELTA_COMPACT_CHUNKS chunks of them).
      let print = build.deltaPrints.get(article.bodySha256);
      if (!print) {
        print = fingerprint(d.body);
        build.deltaPrints.set(article.bodySha256, print);
      }
      copies.add(d.id, print);
    }
    return new ArchiveWriter(config, buildDir, build.manifest, delta, live, build, copies);
  }

  /** Archive files as the index now reflects them: the base's record patched by the delta. */
  effectiveArchive(): Record<string, string> {
    const merged: Record<string, string | null> = { ...(this.manifest.archive ?? {}), ...this.delta.archive };
    return Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== null));
  }

  private recordArchive(key: string, hash: string | null): void {
    if (hash === null && !(key in (this.manifest.archive ?? {}))) delete this.delta.archive[key];
    else this.delta.archive[key] = hash;
    if (hash === null) delete this.delta.refused[key];
  }

  /** Title of a live article, read from the base's documents when needed. */
  async titleOf(id: string): Promise<string> {
    const article = this.live.get(id);
    if (!article) return id;
    if (article.title !== id) return article.title;
    const documents = parseJson(sourceDocumentSchema.array(), await fs.readFile(path.join(this.buildDir, "documents.json"), "utf8"));
    for (const d of documents) {
      const entry = this.live.get(d.id);
      if (entry && entry.title === entry.id) Object.assign(entry, { title: d.title, source: d.source, url: d.url, date: d.date });
    }
    return this.live.get(id)?.title ?? id;
  }

  /** Index one article whose original is (or is about to be) stored as `file`. */
  async index(file: string, bytes: Uint8Array, metadata: DocumentMetadata | undefined, store: boolean): Promise<AddOutcome> {
    const name = checkFileName(file);
    if (!name.ok) return { file, status: "refused", code: "refused:article", reason: name.reason };
    const key = archiveKey(name.file);
    if (this.live.has(name.id)) {
      if (!store) {
        this.recordArchive(key, articleInputHash(bytes, metadata));
        this.delta.refused[key] = `the id "${name.id}" is taken by another article`;
      }
      return {
        file,
        status: "refused",
        code: "conflict:article",
        reason: `an article with the id "${name.id}" is already in the archive ("${await this.titleOf(name.id)}"); remove it first or rename the file`,
      };
    }
    const read = await readArticle({ name: name.file, bytes }, { maxFileBytes: this.config.MAX_FILE_BYTES, metadata });
    if (!read.ok) {
      // A refused file dropped in the folder is recorded, so the next sync does not try it again.
      if (!store) {
        this.recordArchive(key, articleInputHash(bytes, metadata));
        this.delta.refused[key] = read.reason;
      }
      return { file, status: "refused", code: "refused:article", reason: read.reason };
    }
    const document = read.document;
    const bodySha256 = sha256(document.body);
    const print = fingerprint(document.body);
    const exact = [...this.live.values()].find((a) => a.bodySha256 === bodySha256);
    const same = exact ? { id: exact.id, similarity: 1 } : this.copies.find(print);
    if (store) {
      await storeArticle(this.archiveDir, name.file, bytes);
      if (metadata) await setArchiveMetadata(this.archiveDir, name.id, metadata);
      faultPoint("article-stored");
    }
    this.recordArchive(key, articleInputHash(bytes, metadata));
    if (same) {
      const duplicates = this.delta.alsoReportedBy ?? {};
      const copies = duplicates[same.id] ?? [];
      copies.push({ id: document.id, title: document.title, source: document.source, url: document.url, date: document.date, similarity: same.similarity });
      duplicates[same.id] = copies;
      this.delta.alsoReportedBy = duplicates;
      this.delta.refused[key] = `duplicate of ${same.id}`;
      return {
        file,
        status: "duplicate",
        id: document.id,
        title: document.title,
        duplicateOf: same.id,
        duplicateOfTitle: await this.titleOf(same.id),
        similarity: same.similarity,
      };
    }
    const prepared = prepareDocument(document, this.manifest.chunking);
    const vectors = await this.embed(prepared.texts);
    const previous = this.delta.vectors ? decodeVectors(this.delta.vectors) : new Float32Array(0);
    const joined = new Float32Array(previous.length + vectors.length);
    joined.set(previous);
    joined.set(vectors, previous.length);
    this.delta.vectors = encodeVectors(joined);
    this.delta.documents.push(document);
    // Read once here, so that no serving process reads the article's text for its events.
    this.delta.eventFacts ??= storedEventFacts([]);
    this.delta.eventFacts.articles.push(articleEventFacts(document));
    this.delta.chunks.push(...prepared.chunks.map(chunkRef));
    this.live.set(document.id, describe(document, key, bodySha256));
    this.copies.add(document.id, print);
    this.build.deltaPrints.set(bodySha256, print);
    return { file, status: "added", id: document.id, title: document.title, chunks: prepared.chunks.length };
  }

  /** Vectors of the texts with the index's embedder (the base's learnt state), L2-normalised. */
  private async embed(texts: string[]): Promise<Float32Array> {
    const embedder = this.build.embedder;
    if (embedder.name !== this.manifest.embedder.name) {
      throw embedderMismatch(FILE_INDEX, this.manifest.embedder, embedder.name);
    }
    const dimensions = this.manifest.embedder.dimensions;
    const rows = await embedder.embeddings.embedDocuments(texts);
    const out = new Float32Array(rows.length * dimensions);
    rows.forEach((row, r) => {
      let norm = 0;
      for (const v of row) norm += v * v;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) out[r * dimensions + d] = (row[d] ?? 0) / norm;
    });
    return out;
  }

  /** Take an article out of the live index (its original is dealt with by the caller). */
  async unindex(id: string): Promise<void> {
    const article = this.live.get(id);
    if (!article) return;
    const at = this.delta.documents.findIndex((d) => d.id === id);
    if (at >= 0) {
      const dimensions = this.manifest.embedder.dimensions;
      const vectors = decodeVectors(this.delta.vectors);
      const keep: number[] = [];
      this.delta.chunks.forEach((c, i) => {
        if (c.docId !== id) keep.push(i);
      });
      const kept = new Float32Array(keep.length * dimensions);
      keep.forEach((i, row) => {
        kept.set(vectors.subarray(i * dimensions, (i + 1) * dimensions), row * dimensions);
      });
      this.delta.chunks = keep.map((i) => this.delta.chunks[i]!);
      this.delta.vectors = encodeVectors(kept);
      this.delta.documents.splice(at, 1);
      if (this.delta.eventFacts) this.delta.eventFacts.articles = this.delta.eventFacts.articles.filter((f) => f.docId !== id);
    } else if (!this.delta.hidden.includes(id)) {
      this.delta.hidden.push(id);
      this.delta.hiddenChunks = (this.delta.hiddenChunks ?? 0) + ((await baseChunkCounts(this.build)).get(id) ?? 0);
    }
    if (this.delta.alsoReportedBy) {
      delete this.delta.alsoReportedBy[id];
      for (const [original, copies] of Object.entries(this.delta.alsoReportedBy)) this.delta.alsoReportedBy[original] = copies.filter((c) => c.id !== id);
    }
    this.live.delete(id);
    this.copies.delete(id);
  }

  /** Forget an archive file (removed from the folder). */
  forgetFile(key: string): void {
    this.recordArchive(key, null);
  }

  async save(): Promise<void> {
    await writeDelta(this.buildDir, this.delta);
  }
}

function fileOfDelta(delta: Delta, id: string): string | undefined {
  return Object.keys(delta.archive).find((key) => path.basename(key, path.extname(key)) === id);
}

function describe(d: SourceDocument, file: string, bodySha256 = sha256(d.body)): LiveArticle {
  return { id: d.id, title: d.title, file, bodySha256, source: d.source, url: d.url, date: d.date };
}

const lockOptions = (config: AppConfig, purpose: string) => ({ purpose, waitMs: config.INDEX_LOCK_WAIT_MS });

/**
 * The watched articles folder belongs to the embedded archive (DATA_DIR/articles): with the archive
 * in PostgreSQL a sync would change an index nobody serves, so it refuses and says what to do.
 */
function refuseWithPostgres(config: AppConfig): void {
  if (config.STORE !== "postgres") return;
  throw new AppError("not_implemented:store", "The articles folder is synced into the embedded archive only; with STORE=postgres it is not watched.", {
    hint:
      "Add the files through the Articles page, POST /api/documents or npm run add, which write to PostgreSQL; " +
      "or put them in the corpus folder and run npm run index -- --store postgres.",
  });
}

/** Add articles: each stored in the archive and indexed, or refused with its reason. One delta write for all. */
export async function addArticles(config: AppConfig, uploads: ArticleUpload[], purpose = "adding articles"): Promise<AddOutcome[]> {
  if (config.STORE === "postgres") return addPostgresArticles(config, uploads);
  return withIndexLock(config.dataDir, lockOptions(config, purpose), async () => {
    const writer = await ArchiveWriter.open(config);
    const outcomes: AddOutcome[] = [];
    for (const upload of uploads) {
      let name = upload.name;
      if (upload.uniqueName) name = await freeName(writer, name);
      outcomes.push(await writer.index(name, upload.bytes, upload.metadata, true));
    }
    if (outcomes.some((o) => o.status !== "refused")) await writer.save();
    return outcomes;
  });
}

/** `name` or, when its id is taken (indexed or stored), `<id>-2<ext>`, `<id>-3<ext>`… */
async function freeName(writer: ArchiveWriter, name: string): Promise<string> {
  const ext = path.extname(name);
  const id = path.basename(name, ext);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!writer.live.has(candidate) && !(await archiveFileOf(writer.archiveDir, candidate))) return `${candidate}${ext}`;
  }
}

/** What a removal took out, for the undo. */
export interface Removal {
  id: string;
  title: string;
}

/** Remove an added article: out of the index, its original kept aside for `restoreArticle`. */
export async function removeArticle(config: AppConfig, id: string): Promise<Removal> {
  if (config.STORE === "postgres") return removePostgresArticle(config, id);
  return withIndexLock(config.dataDir, lockOptions(config, `removing ${id}`), async () => {
    const writer = await ArchiveWriter.open(config);
    const article = writer.live.get(id);
    if (!article) throw new AppError("not_found:document", `No article with id "${id}".`, { hint: "See GET /api/documents for the list." });
    if (!article.file.startsWith(archiveKey(""))) {
      throw new AppError("conflict:article", `"${id}" is shipped with the app in the corpus folder, not an added article.`, {
        hint: "Remove its file from the corpus folder and run npm run index.",
      });
    }
    const title = await writer.titleOf(id);
    const file = await archiveFileOf(writer.archiveDir, id);
    await writer.unindex(id);
    if (file) {
      // The original goes aside first: a crash before the delta is written leaves a file missing, which the next sync completes.
      await moveToRemoved(writer.archiveDir, file);
      writer.forgetFile(archiveKey(file));
    }
    await writer.save();
    return { id, title };
  });
}

/** Put back an article removed by `removeArticle` (the undo). */
export async function restoreArticle(config: AppConfig, id: string): Promise<AddOutcome> {
  if (config.STORE === "postgres") return restorePostgresArticle(config, id);
  const archiveDir = archiveDirOf(config.dataDir);
  const removed = await removedArticle(archiveDir, id);
  if (!removed)
    throw new AppError("not_found:document", `No removed article "${id}" to restore.`, { hint: "Only the last removal of an article can be undone." });
  const [outcome] = await addArticles(config, [{ name: removed.file, bytes: removed.bytes, metadata: removed.metadata }], `restoring ${id}`);
  if (outcome?.status !== "refused") await forgetRemoved(archiveDir, id);
  return outcome!;
}

/** What a sync did, per file. */
export interface SyncReport {
  added: AddOutcome[];
  removed: string[];
  cleaned: string[];
}

/**
 * Bring the index in line with the archive folder: index files that are new or changed, take out
 * articles whose file is gone, and delete half-written files a crash left. Cheap when nothing changed.
 */
export async function syncArchive(config: AppConfig, purpose = "syncing the articles folder"): Promise<SyncReport> {
  refuseWithPostgres(config);
  const archiveDir = archiveDirOf(config.dataDir);
  return withIndexLock(config.dataDir, lockOptions(config, purpose), async () => {
    const report: SyncReport = { added: [], removed: [], cleaned: await removeIncoming(archiveDir) };
    const writer = await ArchiveWriter.open(config);
    await removeDeltaLeftovers(writer.buildDir);
    const indexed = writer.effectiveArchive();
    const present = await archiveInputs(archiveDir);
    let changed = false;
    const idOf = (key: string) => path.basename(key, path.extname(key));
    for (const key of Object.keys(indexed)) {
      if (present[key] === indexed[key]) continue;
      const id = idOf(key);
      const article = writer.live.get(id);
      if (article && article.file === key) {
        await writer.unindex(id);
        report.removed.push(id);
      }
      writer.forgetFile(key);
      changed = true;
    }
    const sidecar = (await readSidecar(archiveDir)).entries;
    for (const [key, hash] of Object.entries(present)) {
      if (indexed[key] === hash) continue;
      const file = key.slice(archiveKey("").length);
      const bytes = await fs.readFile(path.join(archiveDir, file));
      report.added.push(await writer.index(file, bytes, sidecar[idOf(key)], false));
      changed = true;
    }
    if (changed) await writer.save();
    return report;
  });
}
