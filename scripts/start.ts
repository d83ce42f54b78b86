/**
/**
 * `npm start`: builds the index when it is missing or stale (else brings it in line with the
 * articles folder, completing an addition a crash interrupted), builds the app when its sources
 * changed, then serves it on http://HOST:PORT (127.0.0.1:3000 by default) with scripts/serve.ts,
 * and watches the articles folder: files dropped in are added, files taken out removed, each logged.
 * SIGTERM and SIGINT are passed on to the server (or build) it runs, so stopping `npm start` frees the port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, promises as fs, watch } from "node:fs";
import path from "node:path";
import { defaultProfileProblem } from "../lib/ai/providers";
import { ConfigError, readConfig, type AppConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { PostgresArchive } from "../lib/store/postgres/archive";
import { buildPostgresArchive } from "../lib/store/postgres/build";
import { redactUrl } from "../lib/store/postgres/pool";
import { accessMode } from "../lib/server/access";
import { archiveDirOf } from "../lib/corpus/archive";
import { syncArchive } from "../lib/index/update";
import { compactInBackground } from "../lib/index/compact";
import { describeSync } from "../lib/index/sync-log";
import { buildIndex, isIndexStale } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const STAMP = path.join(ROOT, ".next", "source-stamp");
const SERVE = path.join(ROOT, "scripts", "serve.ts");
const SOURCES = ["app", "lib", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
/** A child that ignores SIGTERM this long is killed. */
const KILL_AFTER_MS = 10_000;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

/** Latest modification time among the app's sources: a change means the build is stale. */
async function sourceStamp(): Promise<string> {
  let latest = 0;
  const visit = async (p: string): Promise<void> => {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) return;
    if (stat.isDirectory()) await Promise.all((await fs.readdir(p)).map((e) => visit(path.join(p, e))));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  await Promise.all(SOURCES.map((s) => visit(path.join(ROOT, s))));
  return String(latest);
}

let current: ChildProcess | null = null;
let stopping = false;

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env });
    current = child;
    child.on("exit", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

function signalChild(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    child.kill(signal);
  } catch {
    // Already gone.
  }
}

/** Pass SIGTERM/SIGINT on to the server (or build) and exit once it has; SIGKILL it if it lingers. */
function onStopSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  const child = current;
  if (!child) process.exit(0);
  signalChild(child, signal);
  const timer = setTimeout(() => signalChild(child, "SIGKILL"), KILL_AFTER_MS);
  child.once("exit", () => {
    clearTimeout(timer);
    process.exit(0);
  });
}
process.on("SIGTERM", onStopSignal);
process.on("SIGINT", onStopSignal);
// If whatever started us dies without passing the signal on (SIGKILL), stop the server rather than keep the port.
const parentPid = process.ppid;
setInterval(() => process.ppid !== parentPid && onStopSignal("SIGTERM"), 1000).unref();

/**
 * With PostgreSQL, the schema is brought up to date and a database with no archive yet gets one
 * built from CORPUS_DIR; an archive that is there is left to its writers (`npm run index -- --store
 * postgres`, the archive's add and remove), so replicas starting together do not rebuild it.
 */
async function ensurePostgresArchive(config: AppConfig): Promise<void> {
  const archive = await PostgresArchive.open(config);
  try {
    if ((await archive.state()).embedder) return;
    console.log(`Building the archive in PostgreSQL (${redactUrl(config.DATABASE_URL!)}) from ${config.corpusDir}…`);
    const summary = await buildPostgresArchive({ config, corpusDir: config.corpusDir, archive });
    console.log(`  ${summary.documents} documents, ${summary.chunks} chunks in ${summary.seconds.toFixed(1)} s`);
  } finally {
    await archive.close();
  }
}

/** Sync the articles folder and log what changed; a failure is logged, never fatal to the server. */
async function syncAndLog(config: AppConfig): Promise<void> {
  try {
    for (const line of describeSync(await syncArchive(config, "npm start: articles folder watcher"))) console.log(`[articles] ${line}`);
    await compactInBackground(config);
  } catch (error) {
    console.error(`[articles] could not sync the articles folder: ${(error as Error).message ?? String(error)}`);
  }
}

/** Watch the articles folder; changes are gathered for a moment (a copy arrives in several writes). */
function watchArchive(config: AppConfig): void {
  const dir = archiveDirOf(config.dataDir);
  let timer: NodeJS.Timeout | null = null;
  let running = Promise.resolve();
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(() => syncAndLog(config))), WATCH_SETTLE_MS);
  };
  watch(dir, (_event, name) => {
    if (name && !String(name).startsWith(".")) schedule();
  }).on("error", (error) => console.error(`[articles] watcher stopped: ${error.message}`));
  console.log(`[articles] watching ${dir} for articles dropped in or taken out`);
}

/** How long the folder must be quiet before a sync. */
const WATCH_SETTLE_MS = 700;

async function main(): Promise<number> {
  const config = readConfig();
  const profileProblem = defaultProfileProblem(config);
  if (profileProblem) {
    console.error(`npm start refused: ${profileProblem}`);
    return 1;
  }
  accessMode(config); // a network HOST without a token stops here, before any build
  const indexDir = indexDirOf(config.dataDir);
  if (config.STORE === "postgres") {
    await ensurePostgresArchive(config);
  } else if (await isIndexStale(config, config.corpusDir, indexDir)) {
    console.log("Building the search index…");
    const summary = await buildIndex({
      config,
      corpusDir: config.corpusDir,
      indexDir,
      onProgress: (e) => e.stage === "chunking" && console.log(`  ${e.documents} documents, ${e.chunks} chunks`),
    });
    for (const skip of summary.skipped) console.warn(`  skipped ${skip.file}: ${skip.reason}`);
    console.log(`  done in ${summary.seconds.toFixed(1)} s`);
  } else if (config.STORE === "embedded") {
    await syncAndLog(config);
  }
  if (config.STORE === "embedded") {
    await fs.mkdir(archiveDirOf(config.dataDir), { recursive: true });
    watchArchive(config);
  }
  const stamp = await sourceStamp();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && (await fs.readFile(STAMP, "utf8").catch(() => "")) === stamp;
  if (!built) {
    console.log("Building the app (first start, or the sources changed); this takes a minute or two…");
    const began = Date.now();
    // A line now and then, so a long first build never looks stuck.
    const heartbeat = setInterval(() => console.log(`  still building the app… ${Math.round((Date.now() - began) / 1000)} s`), 20_000);
    const code = await run([NEXT_BIN, "build"]).finally(() => clearInterval(heartbeat));
    if (code === 0) console.log(`  app built in ${Math.round((Date.now() - began) / 1000)} s`);
    if (code !== 0) {
      console.error("The app build failed; see the output above.");
      return code;
    }
    await fs.writeFile(STAMP, stamp);
  }
  if (stopping) return 0;
  return run(["--import", "tsx", SERVE]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const hint = error instanceof AppError && error.hint ? ` ${error.hint}` : "";
    console.error(error instanceof ConfigError ? error.message : `npm start failed: ${(error as Error).message ?? String(error)}${hint}`);
    process.exit(1);
  },
);
