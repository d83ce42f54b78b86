/** The PostgreSQL connection pool: timeouts from configuration, and database failures as 503s that say what to do. */
import pg from "pg";
import type { AppConfig } from "../../config";
import { AppError } from "../../errors";

export type Db = pg.Pool;
export type DbClient = pg.PoolClient;

/** Where the URL's password would be, masked: the URL appears in messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}

export function createPool(config: Pick<AppConfig, "DATABASE_URL" | "PG_POOL_MAX" | "PG_CONNECT_TIMEOUT_MS" | "PG_STATEMENT_TIMEOUT_MS">): Db {
  const pool = new pg.Pool({
    connectionString: config.DATABASE_URL,
    max: config.PG_POOL_MAX,
    connectionTimeoutMillis: config.PG_CONNECT_TIMEOUT_MS,
    // Server-side limit, and the same on the client: a server that stops answering mid-query is given up on too.
    statement_timeout: config.PG_STATEMENT_TIMEOUT_MS,
    query_timeout: config.PG_STATEMENT_TIMEOUT_MS + 1_000,
    idleTimeoutMillis: 30_000,
    // Scripts (index, ask, eval) end when their work is done; open idle connections must not keep them alive.
    allowExitOnIdle: true,
    application_name: "vn-trade-qa",
  });
  // An idle connection that the server drops emits here; without a listener it would crash the process.
  // The pool discards that connection and opens a new one for the next query.
  pool.on("error", (error) => console.warn(`[db] idle connection lost: ${error.message}`));
  return pool;
}

/** What pg and its pool say when a connection is lost or never made (plain words, no pattern characters). */
const CONNECTION_FAILURE_MESSAGE = new RegExp(
  [
    "Connection terminated",
    "timeout exceeded when trying to connect",
    "Query read timeout",
    "connection timeout",
    "Client has encountered a connection error",
    "not queryable",
  ].join("|"),
  "i",
);

/** Errors that mean the database is away (down, restarting, unreachable, timed out), not a bug of ours. */
export function isConnectionFailure(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (typeof e.code === "string") {
    // Node socket errors, and PostgreSQL's classes 08 (connection), 53 (resources), 57P (shutdown), 57014 (statement timeout).
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH)$/.test(e.code)) return true;
    if (/^(08|53|57P)/.test(e.code) || e.code === "57014") return true;
  }
  return CONNECTION_FAILURE_MESSAGE.test(e.message ?? "");
}

/**
 * A database failure as the 503 a client sees (no address in it: clients need not know where the
 * database is); anything else is passed on unchanged.
 */
export function asDatabaseError(error: unknown): unknown {
  if (error instanceof AppError || !isConnectionFailure(error)) return error;
  return new AppError("unavailable:database", "The archive's database is not answering right now.", {
    hint:
      "Try again in a moment. If it lasts, check that PostgreSQL is running and that DATABASE_URL points at it " +
      "(docker compose ps; docker compose logs db): the app reconnects by itself.",
    cause: error,
  });
}

/** Run `work` on one connection inside a transaction; rolled back on any error. */
export async function inTransaction<T>(db: Db, work: (client: DbClient) => Promise<T>, begin = "begin"): Promise<T> {
  const client = await db.connect();
  let broken = false;
  // A connection lost while this client is checked out emits here (outside any query): without a
  // listener that would be an uncaught exception; the next query on it fails and is handled below.
  const onLost = () => {
    broken = true;
  };
  client.on("error", onLost);
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    broken = isConnectionFailure(error);
    if (!broken) await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.off("error", onLost);
    // A connection that failed is not handed to the next caller.
    client.release(broken ? true : undefined);
  }
}
