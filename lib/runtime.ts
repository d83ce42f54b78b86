/** Loads the index once per process and reloads it when a rebuild switches the live index; shared by the server and the CLI. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AppConfig } from "./config";
import { AnswerPipeline } from "./answer/pipeline";
import { createEmbedder, configuredEmbedderName } from "./index/embedder";
import { indexDirOf, type LoadedIndex, openIndex } from "./index/store";
import { Retriever } from "./retrieve/retriever";

/** A loaded index with its retriever and answer pipeline. */
export interface Runtime {
  index: LoadedIndex;
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

export async function loadRuntime(config: AppConfig, fetchImpl?: typeof fetch): Promise<Runtime> {
  const indexDir = indexDirOf(config.dataDir);
  const embedderName = configuredEmbedderName(config);
  const index = await openIndex(indexDir, { embedderName }, (state) => createEmbedder(config, { localState: state ?? undefined }).embeddings);
  const embeddings = index.embeddings;
  const retriever = new Retriever(index, embeddings);
  return { index, retriever, pipeline: new AnswerPipeline(config, retriever, fetchImpl) };
}

/** Keeps one runtime per process, reloading it when the index pointer changes (a rebuild landed). */
export class RuntimeHolder {
  private current: { stamp: string | null; runtime: Promise<Runtime> } | null = null;

  constructor(private readonly config: AppConfig, private readonly fetchImpl?: typeof fetch) {}

  async get(): Promise<Runtime> {
    const stamp = await pointerStamp(indexDirOf(this.config.dataDir));
    if (!this.current || this.current.stamp !== stamp) {
      const runtime = loadRuntime(this.config, this.fetchImpl);
      this.current = { stamp, runtime };
      // A failed load is not cached: the next request tries again (e.g. after `npm run index`).
      runtime.catch(() => {
        if (this.current?.runtime === runtime) this.current = null;
      });
    }
    return this.current.runtime;
  }
}
