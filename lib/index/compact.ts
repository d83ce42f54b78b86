/**
 * Folding the delta into a new build once it has grown: every added chunk is scanned exactly on
 * every question, every removed one filtered out of the base's results, and delta.json is rewritten
 * whole at every change, so past DELTA_COMPACT_CHUNKS added and removed chunks the archive is rebuilt
 * from its folders (as `npm run index -- --force` does). The rebuild is the ordinary one: written
 * beside the live build and switched in by one atomic rename, so a crash midway leaves the previous
 * build and its delta answering, and the next check starts over.
 * The rebuild itself is `compactIfDue` (lib/index/build.ts); this module, imported by the server's
 * routes, only checks and starts it in a process of its own, and so bundles nothing of the build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { AppConfig } from "../config";
import { readDelta } from "./delta";
import { currentBuildDir, indexDirOf } from "./store";

/** Why a compaction is due: the delta's added chunks and the base's removed ones against the threshold. */
export interface CompactionDue {
  addedChunks: number;
  /** Chunks of removed articles still in the base's graphs and postings, filtered out at every question. */
  removedChunks: number;
  threshold: number;
}

/** Whether the live build's delta has reached DELTA_COMPACT_CHUNKS added and removed chunks together (0 turns compaction off). */
export async function compactionDue(config: AppConfig): Promise<CompactionDue | null> {
  if (config.STORE !== "embedded" || config.DELTA_COMPACT_CHUNKS === 0) return null;
  const dir = await currentBuildDir(indexDirOf(config.dataDir));
  const delta = dir ? await readDelta(dir) : null;
  const addedChunks = delta?.chunks.length ?? 0;
  const removedChunks = delta?.hiddenChunks ?? 0;
  return addedChunks + removedChunks >= config.DELTA_COMPACT_CHUNKS ? { addedChunks, removedChunks, threshold: config.DELTA_COMPACT_CHUNKS } : null;
}

/** "12 added and 30 removed chunks", for the log lines. */
export function describeDue(due: CompactionDue): string {
  return due.removedChunks > 0 ? `${due.addedChunks} added and ${due.removedChunks} removed chunks` : `${due.addedChunks} added chunks`;
}

let running: ChildProcess | null = null;

/** The command line of scripts/compact.ts as the server runs it: Node with tsx's loader, from the project folder. */
function compactScriptCommand(): string[] {
  // The script's path is known at run time only; the comment keeps Turbopack from tracing the project for it.
  return [process.execPath, "--import", "tsx", path.join(/*turbopackIgnore: true*/ process.cwd(), "scripts", "compact.ts")];
}

/**
 * `compactIfDue` (lib/index/build.ts) in a process of its own (scripts/compact.ts), not awaited: a server after an
 * addition. The rebuild embeds and reads every article, seconds of CPU that would otherwise stall
 * the server's answers. One at a time per server; its lines go to the log, a failure never reaches
 * the caller. The child gets this process's environment with `config`'s folders and threshold.
 * Resolves to null when nothing was due (or one is running), else to the child's exit, to come.
 * `command` starts the script (tests pass it bundled, which starts in a third of tsx's CPU).
 */
export async function compactInBackground(
  config: AppConfig,
  log: { info: (line: string) => void; error: (line: string) => void } = console,
  command: readonly string[] = compactScriptCommand(),
): Promise<{ exited: Promise<number | null> } | null> {
  if (running) return null;
  try {
    if (!(await compactionDue(config))) return null;
  } catch (error) {
    log.error(`[articles] could not check the additions for compaction: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  if (running) return null;
  const env = { ...process.env, DATA_DIR: config.dataDir, CORPUS_DIR: config.corpusDir, DELTA_COMPACT_CHUNKS: String(config.DELTA_COMPACT_CHUNKS) };
  const [file, ...args] = command;
  const child = spawn(file!, args, { stdio: ["ignore", "pipe", "pipe"], env });
  running = child;
  const relay = (write: (line: string) => void) => (data: Buffer) => {
    for (const line of data.toString("utf8").split("\n").filter(Boolean)) write(`[articles] ${line}`);
  };
  child.stdout?.on("data", relay(log.info));
  child.stderr?.on("data", relay(log.error));
  const exited = new Promise<number | null>((resolve) => {
    child.on("error", (error) => {
      log.error(`[articles] could not start the compaction: ${error.message}`);
      running = null;
      resolve(null);
    });
    child.on("close", (code) => {
      running = null;
      resolve(code);
    });
  });
  return { exited };
}
