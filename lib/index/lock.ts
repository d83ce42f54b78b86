/**
 * One writer at a time on a data folder's index: DATA_DIR/index.lock holds the holder's pid and
 * what it is doing. A second indexer waits (up to a limit) or is told who holds the lock; a lock
 * whose process is gone is taken over.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../errors";

export const LOCK_FILE = "index.lock";
const POLL_MS = 50;

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  purpose: string;
  since: string;
}

/** A lock file as read back: a pid is required; older or partial files get the defaults. */
const lockHolderSchema = z.object({
  pid: z.number().int(),
  purpose: z.string().catch("indexing"),
  since: z.string().catch(""),
}) satisfies z.ZodType<LockHolder>;

/** Whether process `pid` still runs (on this machine): what tells a left-over lock or scratch folder from a live one. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    const parsed = lockHolderSchema.safeParse(JSON.parse(await fs.readFile(file, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A lock file still unreadable after this long was not being written: it was left damaged. */
const UNREADABLE_GRACE_MS = 5_000;

async function olderThan(file: string, ms: number): Promise<boolean> {
  const stat = await fs.stat(file).catch(() => null);
  return stat !== null && Date.now() - stat.mtimeMs > ms;
}

/** The index is locked by another live writer and did not come free in time. */
export function busyError(holder: LockHolder, waitedMs: number): AppError {
  const who = holder.pid === process.pid ? "another request of this server" : `process ${holder.pid}`;
  return new AppError(
    "busy:index",
    `The index is being changed by ${who} (${holder.purpose}, since ${holder.since}); waited ${Math.round(waitedMs / 1000)} s.`,
    {
      hint: "Try again when it has finished; INDEX_LOCK_WAIT_MS sets how long to wait.",
    },
  );
}

/** Within one process, writers queue here first, so they never poll against each other. */
const localQueues = new Map<string, Promise<unknown>>();

/**
 * Run `work` holding the data folder's index lock. Waits up to `waitMs` for another holder;
 * takes over a lock whose process has died (a crash or a kill leaves one behind).
 */
export async function withIndexLock<T>(dataDir: string, options: { purpose: string; waitMs: number }, work: () => Promise<T>): Promise<T> {
  const key = path.resolve(dataDir);
  const previous = localQueues.get(key) ?? Promise.resolve();
  const started = Date.now();
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const file = path.join(dataDir, LOCK_FILE);
      await fs.mkdir(dataDir, { recursive: true });
      const me: LockHolder = { pid: process.pid, purpose: options.purpose, since: new Date().toISOString() };
      for (;;) {
        try {
          await fs.writeFile(file, JSON.stringify(me), { flag: "wx" });
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        }
        const holder = await readHolder(file);
        // A holder that is gone, or a file being written this very moment (unreadable): retry; the former is removed.
        const abandoned = holder ? !processAlive(holder.pid) : await olderThan(file, UNREADABLE_GRACE_MS);
        if (abandoned) {
          await fs.rm(file, { force: true });
          continue;
        }
        const waited = Date.now() - started;
        if (waited >= options.waitMs) throw busyError(holder ?? { pid: -1, purpose: "unknown", since: "unknown" }, waited);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      try {
        return await work();
      } finally {
        await fs.rm(file, { force: true });
      }
    });
  localQueues.set(key, run);
  try {
    return await run;
  } finally {
    if (localQueues.get(key) === run) localQueues.delete(key);
  }
}
