#!/usr/bin/env node
/**
 * PostgreSQL 18 (PGlite, WebAssembly) with pgvector and pg_textsearch, served over the PostgreSQL wire
 * protocol on loopback: what the tests, `npm run eval` and `npm run bench` use as a database when no
 * server is at hand. `node scripts/pglite-server.mjs [--db DIR] [--port N] [--max-connections N]
 * [--without-textsearch]` (the last to try the keyword fallback of a server without pg_textsearch);
 * prints `listening on PORT` once it accepts connections. Not for production: one process, one core.
 */
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_textsearch } from "@electric-sql/pglite-pg_textsearch";
import { vector } from "@electric-sql/pglite-pgvector";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "memory://" },
    port: { type: "string", default: "0" },
    "max-connections": { type: "string", default: "8" },
    "without-textsearch": { type: "boolean", default: false },
  },
});

const extensions = values["without-textsearch"] ? { vector } : { vector, pg_textsearch };
const db = await PGlite.create(values.db, { extensions });
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(values.port), maxConnections: Number(values["max-connections"]) });
server.addEventListener("listening", (event) => {
  const detail = /** @type {CustomEvent<{ port?: number }>} */ (event).detail;
  console.log(`listening on ${detail?.port ?? values.port}`);
});
await server.start();

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => undefined);
  // Closing flushes a file-backed database to disk, so a restart finds every committed write.
  await db.close().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
