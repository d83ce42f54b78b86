/**
 * Folding the delta into a new build once it has grown: every added chunk is scanned exactly on
 * every question and delta.json is rewritten whole at every change, so past DELTA_COMPACT_CHUNKS
 * added chunks the archive is rebuilt from its folders (as `npm run index -- --force` does). The
 * rebuild is the ordinary one: written beside the live build and switched in by one atomic rename,
 * so a crash midway leaves the previous build and its delta answering, and the next check starts over.
 */
import type { AppConfig } from "../config";
import { buildIndex, type BuildSummary } from "./build";
import { readDelta } from "./delta";
import { currentBuildDir, indexDirOf } from "./store";

/** Why a compaction is due: the delta's added chunks against the threshold. */
export interface CompactionDue {
  addedChunks: number;
  threshold: number;
}

/** Whether the live build's delta has reached DELTA_COMPACT_CHUNKS added chunks (0 turns compaction off). */
export async function compactionDue(config: AppConfig): Promise<CompactionDue | null> {
  if (config.STORE !== "embedded" || config.DELTA_COMPACT_CHUNKS === 0) return null;
  const dir = await currentBuildDir(indexDirOf(config.dataDir));
  const delta = dir ? await readDelta(dir) : null;
  const addedChunks = delta?.chunks.length ?? 0;
  return addedChunks >= config.DELTA_COMPACT_CHUNKS ? { addedChunks, threshold: config.DELTA_COMPACT_CHUNKS } : null;
}

/**
 * Rebuild when the delta is due (see `compactionDue`): the build waits for the index lock like any
 * writer, and additions wait for it in turn. Returns what was done, or null when nothing was due.
 */
export async function compactIfDue(config: AppConfig): Promise<{ due: CompactionDue; build: BuildSummary } | null> {
  const due = await compactionDue(config);
  if (!due) return null;
  const build = await buildIndex({ config, corpusDir: config.corpusDir, indexDir: indexDirOf(config.dataDir), force: true });
  return { due, build };
}

let running: Promise<unknown> | null = null;

/**
 * `compactIfDue` without waiting for it (a server after an addition): one at a time per process,
 * its outcome written to the log, a failure never thrown at the caller.
 */
export function compactInBackground(config: AppConfig, log: { info: (line: string) => void; error: (line: string) => void } = console): void {
  if (running) return;
  running = compactIfDue(config)
    .then((done) => {
      if (done) log.info(`[articles] the ${done.due.addedChunks} added chunks (DELTA_COMPACT_CHUNKS ${done.due.threshold}) were folded into a new build in ${done.build.seconds.toFixed(1)} s`);
    })
    .catch((error: unknown) => log.error(`[articles] folding the additions into a new build failed (the current archive keeps answering): ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => {
      running = null;
    });
}
