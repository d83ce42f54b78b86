/**
 * Loads the archive once per process and follows it as it changes; shared by the server and the
 * CLI. Embedded index: a rebuild (the pointer moves) is loaded anew; an addition or removal (the
 * build's delta.json changes) is applied over the base already in memory, so it answers within a
 * request. PostgreSQL: reloaded when a writer commits (its version counter).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AppConfig } from "./config";
import { AnswerPipeline } from "./answer/pipeline";
import { applyDelta, DELTA_FILE, readDelta } from "./index/delta";
import { createEmbedder, configuredEmbedderName } from "./index/embedder";
import { catalogFrom, type EventCatalog } from "./index/event-catalog";
import { openIndex, type LoadedIndex } from "./index/open-index";
import { currentBuildDir, indexDirOf } from "./index/store";
import { TermStatistics } from "./retrieve/coverage";
import { Retriever } from "./retrieve/retriever";
import { EmbeddedStore } from "./store/embedded";
import { PostgresArchive } from "./store/postgres/archive";
import { PostgresStore } from "./store/postgres/store";
import type { ArchiveStore } from "./store/store";

/** A loaded archive with its retriever and answer pipeline. */
export interface Runtime {
  store: ArchiveStore;
  /** The embedded index with its additions applied (STORE=embedded); null when the archive is in PostgreSQL. */
  index: LoadedIndex | null;
  retriever: Retriever;
  pipeline: AnswerPipeline;
  /** The embedded base build, its term statistics and its events, reused when only the delta changes. */
  base: { index: LoadedIndex; stats: TermStatistics; events: EventCatalog } | null;
}

/** What identifies the embedded index's live state: the pointer's target and the delta file's version. */
async function liveStamp(indexDir: string): Promise<string | null> {
  const dir = await currentBuildDir(indexDir);
  if (!dir) return null;
  const delta = await fs.stat(path.join(dir, DELTA_FILE)).catch(() => null);
  return `${dir}|${delta ? `${delta.mtimeMs}:${delta.size}:${delta.ino}` : "-"}`;
}

function runtimeOver(config: AppConfig, store: ArchiveStore, index: LoadedIndex | null, base: Runtime["base"], fetchImpl?: typeof fetch): Runtime {
  const retriever = new Retriever(store, store.embeddings);
  return { store, index, retriever, pipeline: new AnswerPipeline(config, retriever, fetchImpl), base };
}

/**
 * Open the configured store. With PostgreSQL, pass `archive` to reuse a connection pool. Pass the
 * `previous` runtime to reuse what has not changed: embedded, its base build when the pointer has
 * not moved; PostgreSQL, its embedder while the build is the same.
 */
export async function loadRuntime(config: AppConfig, fetchImpl?: typeof fetch, archive?: PostgresArchive, previous?: Runtime): Promise<Runtime> {
  const embedderName = configuredEmbedderName(config);
  if (config.STORE === "postgres") {
    const db = archive ?? (await PostgresArchive.open(config));
    // A new version of the same build keeps the previous one's embedder (its state is read once per build).
    const before = previous?.store instanceof PostgresStore ? previous.store : undefined;
    const store = await PostgresStore.open(
      db,
      { embedderName },
      (embedder) => createEmbedder(config, { localState: embedder.state ?? undefined }).embeddings,
      before,
    );
    return runtimeOver(config, store, null, null, fetchImpl);
  }
  const indexDir = indexDirOf(config.dataDir);
  const dir = await currentBuildDir(indexDir);
  let base = previous?.base && dir && previous.base.index.dir === dir ? previous.base : null;
  if (!base) {
    const index = await openIndex(indexDir, { embedderName }, (state) => createEmbedder(config, { localState: state ?? undefined }).embeddings);
    base = { index, stats: new TermStatistics(index.chunks.map((c) => c.text)), events: catalogFrom(index.eventFacts, index.documents, index.chunks) };
  }
  const index = applyDelta(base.index, await readDelta(base.index.dir));
  // Only the added chunks are counted; the base's counts are shared.
  const stats = index.overlay
    ? new TermStatistics(
        index.chunks.slice(index.overlay.start).map((c) => c.text),
        base.stats,
      )
    : base.stats;
  return runtimeOver(config, new EmbeddedStore(index, stats, base.events), index, base, fetchImpl);
}

/** What the holder serves: the index loaded from the live pointer, or the last good one because a newer one failed to load. */
export interface RuntimeStatus {
  /** `previous`: a rebuilt index could not be loaded, the last good one is still served. */
  serving: "current" | "previous" | "none";
  /** Why the newest index could not be loaded (a coded error's message), when it could not. */
  problem?: string;
  /** When that load failed. */
  failedAt?: string;
}

/** A failed load of an unchanged pointer is tried again after this long, not on every request (a corrupt index costs ~76 ms of hashing per try). */
export const RELOAD_RETRY_MS = 30_000;

/**
 * Keeps one runtime per process, reloading it when the archive changes: the embedded index's
 * pointer or delta, or PostgreSQL's version counter (read on every call, so a replica sees another
 * process's write on its next request). A reload that fails keeps serving the last good runtime
 * (and says so in `status()`); a failed load is retried only when the stamp changes again or after
 * RELOAD_RETRY_MS.
 */
export class RuntimeHolder {
  private good: { stamp: string | null; runtime: Runtime } | null = null;
  private loading: { stamp: string | null; runtime: Promise<Runtime> } | null = null;
  private failed: { stamp: string | null; error: unknown; at: number } | null = null;
  private archive: Promise<PostgresArchive> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly fetchImpl?: typeof fetch,
    private readonly load: typeof loadRuntime = loadRuntime,
    private readonly now: () => number = Date.now,
  ) {}

  /** The pool, opened (and migrated) on first use; a failed open is retried on the next call. */
  private postgres(): Promise<PostgresArchive> {
    if (!this.archive) {
      const opening = PostgresArchive.open(this.config);
      this.archive = opening;
      opening.catch(() => {
        if (this.archive === opening) this.archive = null;
      });
    }
    return this.archive;
  }

  async get(): Promise<Runtime> {
    const archive = this.config.STORE === "postgres" ? await this.postgres() : null;
    const stamp = archive ? await archive.version() : await liveStamp(indexDirOf(this.config.dataDir));
    if (this.good && this.good.stamp === stamp) return this.good.runtime;
    if (this.failed && this.failed.stamp === stamp && this.now() - this.failed.at < RELOAD_RETRY_MS) {
      if (this.good) return this.good.runtime;
      throw this.failed.error;
    }
    if (!this.loading || this.loading.stamp !== stamp) {
      // The last good runtime lets a delta-only change reuse its base index (see loadRuntime).
      const runtime = this.load(this.config, this.fetchImpl, archive ?? undefined, this.good?.runtime);
      const attempt = { stamp, runtime };
      this.loading = attempt;
      runtime.then(
        (loaded) => {
          if (this.loading === attempt) this.loading = null;
          this.good = { stamp, runtime: loaded };
          this.failed = null;
        },
        (error: unknown) => {
          if (this.loading === attempt) this.loading = null;
          this.failed = { stamp, error, at: this.now() };
        },
      );
    }
    try {
      return await this.loading.runtime;
    } catch (error) {
      // The new index is broken: keep answering from the last good one.
      if (this.good) return this.good.runtime;
      throw error;
    }
  }

  /** Whether the newest index is served, and why not when it is not (for /api/health). */
  status(): RuntimeStatus {
    const problem = this.failed ? messageOf(this.failed.error) : undefined;
    if (this.failed && this.good) return { serving: "previous", problem, failedAt: new Date(this.failed.at).toISOString() };
    if (this.good) return { serving: "current" };
    return { serving: "none", ...(problem ? { problem, failedAt: new Date(this.failed!.at).toISOString() } : {}) };
  }

  /** Close the database pool, if one was opened (tests, shutdown). */
  async close(): Promise<void> {
    const archive = await this.archive?.catch(() => null);
    this.archive = null;
    this.good = null;
    this.loading = null;
    this.failed = null;
    await archive?.close();
  }
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : "the index could not be loaded";
}
