/**
 * `npm start`: builds the index when it is missing or stale, builds the app when its sources
 * changed, then serves it on http://HOST:PORT (127.0.0.1:3000 by default).
 */
import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { readConfig } from "../lib/config";
import { buildIndex, isIndexStale } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const STAMP = path.join(ROOT, ".next", "source-stamp");
const SOURCES = ["app", "lib", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
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

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const config = readConfig();
  const indexDir = indexDirOf(config.dataDir);
  if (await isIndexStale(config, config.corpusDir, indexDir)) {
    console.log("Building the search index…");
    const summary = await buildIndex({
      config,
      corpusDir: config.corpusDir,
      indexDir,
      onProgress: (e) => e.stage === "chunking" && console.log(`  ${e.documents} documents, ${e.chunks} chunks`),
    });
    for (const skip of summary.skipped) console.warn(`  skipped ${skip.file}: ${skip.reason}`);
    console.log(`  done in ${summary.seconds.toFixed(1)} s`);
  }
  const stamp = await sourceStamp();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && (await fs.readFile(STAMP, "utf8").catch(() => "")) === stamp;
  if (!built) {
    console.log("Building the app (first start, or the sources changed)…");
    const code = await run(["build"]);
    if (code !== 0) {
      console.error("The app build failed; see the output above.");
      return code;
    }
    await fs.writeFile(STAMP, stamp);
  }
  console.log(`Serving on http://${config.HOST}:${config.PORT}`);
  return run(["start", "--hostname", config.HOST, "--port", String(config.PORT)]);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start failed: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
