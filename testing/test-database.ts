/**
 * A PostgreSQL for tests and the bench's PostgreSQL run: TEST_DATABASE_URL when set (a real server
 * whose tables the tests may drop), otherwise PGlite with pgvector and pg_textsearch over the wire
 * (scripts/pglite-server.mjs), started here in its own process like the browser tests start the
 * app, and stoppable mid-test.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { freePort } from "./free-port";

// Also imported by the benchmark, run as an ES module (no __dirname there).
const ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
// Loading PGlite and its extensions takes seconds alone, and a minute or more on a shared machine under load.
const START_TIMEOUT_MS = 180_000;

export interface TestDatabase {
  url: string;
  /** Whether this is the PGlite the tests started (only that one can be stopped and restarted). */
  pglite: boolean;
  /** Stop the database process (connections drop; the files stay). */
  stop(): Promise<void>;
  /** Start it again on the same port over the same files. */
  start(): Promise<void>;
  /** Stop for good and remove its files. */
  dispose(): Promise<void>;
}

/** Drop everything the app's migrations create, so a test starts from an empty database. */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop table if exists chunks, articles, term_frequencies, lexical_terms, removed_articles, archive_state, schema_migrations cascade");
  } finally {
    await client.end();
  }
}

/** Wait until a client connects to the server on `port` and a query answers, retrying until `timeoutMs`. */
async function acceptsQueries(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres", connectionTimeoutMillis: 10_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function startPglite(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "pglite-server.mjs"), "--db", dataDir, "--port", String(port), "--max-connections", "12"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`PGlite did not start within ${START_TIMEOUT_MS / 1000}s: ${output}`));
    }, START_TIMEOUT_MS);
    let listening = false;
    const onData = (data: Buffer) => {
      output += data.toString();
      if (!listening && /listening on \d+/.test(output)) {
        listening = true;
        // Under load the server prints this before it answers: ready once a query goes through.
        acceptsQueries(port, START_TIMEOUT_MS).then(
          () => {
            clearTimeout(timer);
            resolve(child);
          },
          (error: Error) => {
            clearTimeout(timer);
            child.kill("SIGKILL");
            reject(new Error(`PGlite said it listens on ${port} but answered no query: ${error.message}; ${output}`));
          },
        );
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`PGlite exited with code ${code} before listening: ${output}`));
    });
  });
}

function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * An empty PGlite cluster to copy a fresh database from. PGlite runs initdb in a new data folder:
 * ~9 s of CPU (far longer under load), where opening a folder already initialised takes ~1.5 s
 * (measured on the 2-core machine, PGlite 0.5.14). The cluster is made once, by the first test that
 * needs it, and kept under node_modules/.cache keyed by PGlite's version; it holds no extension
 * and no table (the app's migrations make those in each copy). Made aside and renamed into place, so
 * two workers making it at once never see half of one.
 */
async function initialisedCluster(): Promise<string> {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
  const cacheDir = path.join(ROOT, "node_modules", ".cache", "vntrade-tests");
  const cluster = path.join(cacheDir, `pglite-${version}-initdb`);
  if (existsSync(path.join(cluster, "PG_VERSION"))) return cluster;
  mkdirSync(cacheDir, { recursive: true });
  const making = mkdtempSync(`${cluster}.making-`);
  // The server closes the database on SIGTERM, which writes everything initdb made to the folder.
  await stopProcess(await startPglite(making, await freePort()));
  try {
    renameSync(making, cluster);
  } catch {
    // Another worker renamed its copy into place first: use that one.
    rmSync(making, { recursive: true, force: true });
  }
  return cluster;
}

/** Put an empty cluster in `dataDir` unless it holds one already (a kept benchmark database). */
async function initialise(dataDir: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) cpSync(await initialisedCluster(), dataDir, { recursive: true });
}

/**
 * A database of its own on the server of `url`, so test files running at once do not empty each
 * other's tables; null when the role may not create databases (the tests then share `url`, emptied
 * by each file: run them one at a time with `--no-file-parallelism`).
 */
async function ownDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const name = `vntrade_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } catch {
    return null;
  } finally {
    await admin.end();
  }
  const own = new URL(url);
  own.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
  // A server that answers every database name with the same one (PGlite's socket server does) gives no isolation.
  const check = new pg.Client({ connectionString: own.toString() });
  await check.connect();
  const [row] = (await check.query<{ name: string }>("select current_database() as name")).rows;
  await check.end();
  if (row?.name !== name) {
    await drop();
    return null;
  }
  return { url: own.toString(), drop };
}

/**
 * The database for a test file: an empty one, ready for migrations. `keepIn` (the benchmark's split
 * runs) keeps the database between runs instead: PGlite's files in that folder, or TEST_DATABASE_URL
 * as it is; disposing then only stops the server.
 */
export async function startTestDatabase(options: { keepIn?: string } = {}): Promise<TestDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const noop = async () => {};
    if (options.keepIn) return { url: external, pglite: false, stop: noop, start: noop, dispose: noop };
    const own = await ownDatabase(external);
    if (own) return { url: own.url, pglite: false, stop: noop, start: noop, dispose: own.drop };
    await emptyDatabase(external);
    return { url: external, pglite: false, stop: noop, start: noop, dispose: () => emptyDatabase(external) };
  }
  const kept = options.keepIn;
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(path.join(os.tmpdir(), "vntrade-pglite-"));
  await initialise(dataDir);
  const port = await freePort();
  let child: ChildProcess | null = await startPglite(dataDir, port);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    pglite: true,
    stop: async () => {
      await stopProcess(child);
      child = null;
    },
    start: async () => {
      child ??= await startPglite(dataDir, port);
    },
    dispose: async () => {
      await stopProcess(child);
      child = null;
      if (!kept) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
