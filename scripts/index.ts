/** `npm run index [-- --force] [--corpus DIR] [--out DIR] [--store embedded|postgres]`: build the search index of a corpus folder. */
import path from "node:path";
import { ConfigError, readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { buildIndex, type BuildProgress, type BuildSummary } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";
import { PostgresArchive } from "../lib/store/postgres/archive";
import { buildPostgresArchive } from "../lib/store/postgres/build";
import { redactUrl } from "../lib/store/postgres/pool";
import { syncArchive } from "../lib/index/update";
import { readCommandLine } from "./command-line";
import { describeSync } from "../lib/index/sync-log";

const USAGE =
  "Usage: npm run index -- [--force] [--corpus DIR] [--out DIR] [--store embedded|postgres]\n  --force       rebuild even when the corpus and settings are unchanged\n  --corpus DIR  index another folder (default: CORPUS_DIR or ./corpus)\n  --out DIR     write the index under DIR (default: DATA_DIR or ./data)\n  --store NAME  embedded (files under --out) or postgres (DATABASE_URL); default: STORE or embedded";

const { values } = readCommandLine(USAGE, {
  options: {
    force: { type: "boolean", default: false },
    corpus: { type: "string" },
    out: { type: "string" },
    store: { type: "string" },
  },
});

const interactive = process.stderr.isTTY;
let lastTenth = -1;
function show(event: BuildProgress): void {
  const line =
    event.stage === "reading"
      ? `Reading ${event.index + 1}/${event.total}: ${event.file}`
      : event.stage === "chunking"
        ? `Chunked ${event.documents} documents into ${event.chunks} chunks`
        : event.stage === "embedding"
          ? `Embedding ${event.done}/${event.total} chunks`
          : event.stage === "linking"
            ? "Building BM25 and linking the vector graph"
            : "Writing the index";
  if (interactive) process.stderr.write(`\r\x1b[K${line}`);
  else if (event.stage !== "embedding") process.stderr.write(`${line}\n`);
  else {
    // Logs get a line per tenth of the work, not one per batch.
    const tenth = Math.floor((10 * event.done) / Math.max(event.total, 1));
    if (tenth !== lastTenth) process.stderr.write(`${line}\n`);
    lastTenth = tenth;
  }
}

try {
  const config = readConfig(values.store ? { ...process.env, STORE: values.store } : process.env);
  const corpusDir = path.resolve(values.corpus ?? config.corpusDir);
  const postgres = config.STORE === "postgres";
  const indexDir = postgres ? `PostgreSQL at ${redactUrl(config.DATABASE_URL!)}` : indexDirOf(path.resolve(values.out ?? config.dataDir));
  let summary: BuildSummary;
  if (postgres) {
    const archive = await PostgresArchive.open(config);
    try {
      summary = await buildPostgresArchive({ config, corpusDir, archive, force: values.force, onProgress: show });
    } finally {
      await archive.close();
    }
  } else {
    summary = await buildIndex({ config, corpusDir, indexDir, force: values.force, onProgress: show });
  }
  if (interactive) process.stderr.write("\r\x1b[K");
  for (const skip of summary.skipped) console.warn(`Skipped ${skip.file}: ${skip.reason}`);
  if (summary.upToDate) {
    // The corpus is unchanged; added articles are brought in line incrementally.
    if (!values.out && !postgres) for (const line of describeSync(await syncArchive(config))) console.log(line);
    console.log(`Index is up to date (${summary.documents} documents, ${summary.chunks} chunks) in ${indexDir}. Use --force to rebuild.`);
  } else {
    console.log(
      `Indexed ${summary.documents} documents into ${summary.chunks} chunks in ${summary.seconds.toFixed(2)} s ` +
        `(${summary.droppedLines} lines of site chrome dropped, ${summary.skipped.length} files skipped) → ${indexDir}`,
    );
  }
} catch (error) {
  if (interactive) process.stderr.write("\n");
  const message =
    error instanceof AppError ? `${error.message} ${error.hint ?? ""}` : error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Indexing failed: ${message}`);
  process.exit(1);
}
