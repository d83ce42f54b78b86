/**
 * Loads the archive once per process and reloads it when it changes (a rebuild switched the embedded
 * index, or a writer committed to PostgreSQL); shared by the server and the CLI.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AppConfig } from "./config";
import { AnswerPipeline } from "./answer/pipeline";
import { createEmbedder, configuredEmbedderName } from "./index/embedder";
import { indexDirOf, type LoadedIndex, openIndex } from "./index/store";
import { Retriever } from "./retrieve/retriever";
import { EmbeddedStore } from "./store/embedded";
import { PostgresArchive } from "./store/postgres/archive";
import { PostgresStore } from "./store/postgres/store";
import type { ArchiveStore } from "./store/store";

/** A loaded archive with its retriever and answer pipeline. */
export interface Runtime {
  store: ArchiveStore;
  /** The embedded index (STORE=embedded); null when the archive is in PostgreSQL. */
  index: LoadedIndex | null;
  retriever: Retriever;
  pipeline: AnswerPipeline;
}

async function pointerStamp(indexDir: string): Promise<string | null> {
  try {
    const stat = await fs.stat(path.join(indexDir, "CURRENT"));
    return `${stat.mtimeMs}:${stat.size}:${await fs.readFile(path.join(indexDir, "CURRENT"), "utf8")}`;
  } catch {
    return null;
  }
}

function runtimeOver(config: AppConfig, store: ArchiveStore, index: LoadedIndex | null, fetchImpl?: typeof fetch): Runtime {
  const retriever = new Retriever(store, store.embeddings);
  return { store, index, retriever, pipeline: new AnswerPipeline(config, retriever, fetchImpl) };
}

/** Open the configured store; with PostgreSQL, pass `archive` to reuse a connection pool. */
export async function loadRuntime(config: AppConfig, fetchImpl?: typeof fetch, archive?: PostgresArchive): Promise<Runtime> {
  const embedderName = configuredEmbedderName(config);
  if (config.STORE === "postgres") {
    const db = archive ?? (await PostgresArchive.open(config));
    const store = await PostgresStore.open(db, { embedderName }, (embedder) => createEmbedder(config, { localState: embedder.state ?? undefined }).embeddings);
    return runtimeOver(config, store, null, fetchImpl);
  }
  const index = await openIndex(indexDirOf(config.dataDir), { embedderName }, (state) => createEmbedder(config, { localState: state ?? undefined }).embeddings);
  return runtimeOver(config, new EmbeddedStore(index), index, fetchImpl);
}

/**
 * Keeps one runtime per process, reloading it when the archive changes: the embedded index's
 * pointer file, or PostgreSQL's version counter (read on every call, so a replica sees another
 * process's write on its next request).
 */
export class RuntimeHolder {
  private current: { stamp: string | null; runtime: Promise<Runtime> } | null = null;
  private archive: Promise<PostgresArchive> | null = null;

  constructor(private readonly config: AppConfig, private readonly fetchImpl?: typeof fetch) {}

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
    const stamp = archive ? await archive.version() : await pointerStamp(indexDirOf(this.config.dataDir));
    if (!this.current || this.current.stamp !== stamp) {
      const runtime = loadRuntime(this.config, this.fetchImpl, archive ?? undefined);
      this.current = { stamp, runtime };
      // A failed load is not cached: the next request tries again (e.g. after `npm run index`).
      runtime.catch(() => {
        if (this.current?.runtime === runtime) this.current = null;
      });
    }
    return this.current.runtime;
  }

  /** Close the database pool, if one was opened (tests, shutdown). */
  async close(): Promise<void> {
    const archive = await this.archive?.catch(() => null);
    this.archive = null;
    this.current = null;
    await archive?.close();
  }
}
