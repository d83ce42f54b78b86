/**
 * Serves the built app on HOST:PORT with Node's http server, so the request timeouts are ours:
 * slow headers and bodies are cut after HEADERS_TIMEOUT_MS / REQUEST_TIMEOUT_MS, not Node's 300 s.
 * Refuses to start on a network address without a token. Run by `npm start` after the build.
 */
import { createServer } from "node:http";
import next from "next";
import { ConfigError, readConfig } from "../lib/config";
import { accessMode, UNAUTHENTICATED_WARNING } from "../lib/server/access";

// scripts/load.ts (and people reading `ps`) find the server by this name, as with `next start`.
process.title = "next-server (scripts/serve.ts)";

/** Streams still open this long after SIGTERM are cut, so the port is always freed. */
const SHUTDOWN_GRACE_MS = 3000;

async function main(): Promise<void> {
  const config = readConfig();
  const mode = accessMode(config);
  if (mode === "unauthenticated") console.warn(`WARNING: ${UNAUTHENTICATED_WARNING}`);

  const app = next({ dev: false, hostname: config.HOST, port: config.PORT, dir: process.cwd() });
  await app.prepare();
  const handle = app.getRequestHandler();

  // Node only looks for timed-out requests every connectionsCheckingInterval (30 s by default), which
  // would let a slow client hold a socket for the timeout plus up to 30 s: check every second.
  const server = createServer(
    { headersTimeout: config.HEADERS_TIMEOUT_MS, requestTimeout: config.REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
    (req, res) => {
      // The client's own address, never a value the client sent: per-client limits key on it.
      req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
      // A client that goes away mid-upload is not a fault of ours (without a listener it would be an uncaught exception).
      req.on("error", (error: NodeJS.ErrnoException) => {
        const gone = error.code === "ECONNRESET" || error.message === "aborted";
        (gone ? console.info : console.warn)(
          `[serve] ${req.method} ${(req.url ?? "").split("?")[0]}: ${gone ? "the client went away mid-request" : error.message}`,
        );
      });
      handle(req, res).catch((error: unknown) => {
        console.error("[serve] request failed:", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "internal:server", message: "Something went wrong on the server." } }));
      });
    },
  );
  // A slow client's socket is closed outright: nothing to answer once the timeout hit.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ERR_HTTP_REQUEST_TIMEOUT" || error.code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n");
    else socket.destroy();
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the server`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  console.log(
    `Serving on http://${config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST}:${config.PORT}${mode === "token" ? " (sign-in required)" : ""}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `The server failed to start: ${(error as Error).message ?? String(error)}`);
  process.exit(1);
});
