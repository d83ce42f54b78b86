/**
 * `npm run bench [-- --quick] [--seed N] [--no-server | --server-only] [--postgres N,… [--pgdata DIR]] [--only N,…]`: indexing, retrieval, recall and server
 * benchmarks, seeded and repeatable. Each synthetic scale runs in its own process (peak RSS per
 * scale); the server part starts the app with `npm start` on a free loopback port. Prints tables
 * (progress goes to stderr) and, as the last line, one JSON object.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBigFiles } from "../bench/big-files";
import { lastJsonLine, runTs } from "../bench/child";
import { indexRealCorpus } from "../bench/corpus-index";
import { describeMachine } from "../bench/machine";
import { devQuestions } from "../bench/queries";
import { renderTables, summaryJson, type BenchRun } from "../bench/report";
import type { AdditionPhase, BuildPhase, PgPhase, ScaleResult, SearchPhase } from "../bench/results";
import { benchServer, type ServerPlan } from "../bench/server-bench";
import { DEFAULT_HNSW } from "../lib/index/store";
import { PG_HNSW } from "../lib/store/postgres/archive";
import { readCommandLine } from "./command-line";

const ROOT = process.cwd();

interface Plan {
  scales: number[];
  queries: number;
  ef: number[];
  /** Other graphs (M:efConstruction[:shardSize]) to compare at the largest scale, where the defaults are chosen. */
  otherGraphs: string;
  server: ServerPlan;
}

const FULL: Plan = {
  scales: [1_000, 10_000, 100_000],
  queries: 200,
  ef: [256, 384, 512, 768, 1024, 2048],
  otherGraphs: "24:96,16:64,24:96:100000",
  server: {
    warmup: 10,
    single: 100,
    concurrentClients: 50,
    concurrentPerClient: 4,
    localSingle: 30,
    localPerClient: 2,
    rewriteRequests: 30,
    refuseBuild: false,
  },
};

const QUICK: Plan = {
  scales: [1_000, 10_000],
  queries: 120,
  ef: [128, 256, 512, 768],
  otherGraphs: "",
  server: { warmup: 5, single: 20, concurrentClients: 50, concurrentPerClient: 1, localSingle: 10, localPerClient: 1, rewriteRequests: 20, refuseBuild: true },
};

const USAGE = `Usage: npm run bench -- [--quick] [--seed N] [--only N,…] [--no-server | --server-only] [--postgres N,… [--pgdata DIR]]
  Indexing, retrieval, recall and server benchmarks, seeded and repeatable; the last line is one JSON object.
  --quick          1k and 10k chunks, fewer queries (~1.5 min once the app is built; default: 1k, 10k, 100k)
  --seed N         seed of the synthetic corpora and queries (default: 42)
  --only N,…       only these scales, e.g. --only 100000
  --no-server      skip the server part (no app build needed)
  --server-only    the corpus and the server part alone (the app must be built: npm run build)
  --postgres N,…   also measure the PostgreSQL store at these scales (PGlite, or TEST_DATABASE_URL)
  --pgdata DIR     PostgreSQL builds made before (bench/pg-worker.ts --phase build), one folder per scale`;

const { values } = readCommandLine(USAGE, {
  options: {
    quick: { type: "boolean", default: false },
    seed: { type: "string", default: "42" },
    "no-server": { type: "boolean", default: false },
    /** Scales at which the PostgreSQL store (PGlite, or TEST_DATABASE_URL) is measured too, e.g. 1000,10000. */
    postgres: { type: "string", default: "" },
    /**
     * A folder of PostgreSQL builds made before, one PGlite data folder per scale (`bench/pg-worker.ts
     * --phase build --pgdata DIR/100000`, same seed): a --postgres scale with a build there is measured
     * on it instead of built in this run, for a scale whose build and measures would not fit one
     * sitting (100k chunks: a ~6 minute build); the other scales are built here.
     */
    pgdata: { type: "string" },
    /** Run only these scales (e.g. the 100k one alone, which is heavy). */
    only: { type: "string", default: "" },
    /** The corpus and the server part alone (no big files, no synthetic scales): the app must be built. */
    "server-only": { type: "boolean", default: false },
  },
});
const chosen = values.quick ? QUICK : FULL;
const scaleList = (text: string) => text.split(",").filter(Boolean).map(Number);
const plan = values.only ? { ...chosen, scales: scaleList(values.only) } : chosen;
const postgresScales = scaleList(values.postgres);
const seed = Number(values.seed);
const log = (message: string) => process.stderr.write(`${message}\n`);

async function runScale(chunks: number): Promise<ScaleResult> {
  log(`Scale ${chunks.toLocaleString("en-US")} chunks: index, then search, each in its own process`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "vntrade-bench-"));
  try {
    const common = ["--dir", dir, "--chunks", String(chunks), "--queries", String(plan.queries), "--seed", String(seed), "--ef", plan.ef.join(",")];
    if (chunks === Math.max(...plan.scales) && plan.otherGraphs) common.push("--graphs", plan.otherGraphs);
    const worker = path.join(ROOT, "bench", "scale-worker.ts");
    const built = lastJsonLine<BuildPhase>((await runTs(worker, ["--phase", "build", ...common])).stdout);
    const searched = lastJsonLine<SearchPhase>((await runTs(worker, ["--phase", "search", ...common])).stdout);
    // The PostgreSQL store reads the same synthetic corpus, before the additions change anything.
    const postgres = postgresScales.includes(chunks)
      ? lastJsonLine<PgPhase>(
          (
            await runTs(path.join(ROOT, "bench", "pg-worker.ts"), [
              "--dir",
              dir,
              "--chunks",
              String(chunks),
              "--queries",
              String(plan.queries),
              "--seed",
              String(seed),
              // pgvector takes ef_search up to 1,000; the store's own setting is measured anyway (recall@10).
              ...(chunks === Math.max(...postgresScales) ? ["--ef", plan.ef.filter((ef) => ef <= 1000 && ef !== PG_HNSW.efSearch).join(",")] : []),
              ...(values.pgdata && existsSync(path.join(values.pgdata, String(chunks), "bench-build.json"))
                ? ["--phase", "measure", "--pgdata", path.join(values.pgdata, String(chunks))]
                : []),
            ])
          ).stdout,
        )
      : undefined;
    // Additions go last: they change the index the other phases measured.
    const addition = lastJsonLine<AdditionPhase>(
      (await runTs(path.join(ROOT, "bench", "addition-worker.ts"), ["--dir", dir, "--chunks", String(chunks), "--seed", String(seed)])).stdout,
    );
    const { peakMb: buildPeakMb, chunks: count, documents, ...build } = built;
    return {
      ...searched,
      addition,
      chunks: count,
      documents,
      build: { ...build, loadSeconds: searched.loadSeconds },
      rss: { buildPeakMb, searchPeakMb: searched.rss.peakMb, peakMb: Math.max(buildPeakMb, searched.rss.peakMb), withPeersMb: searched.rss.withPeersMb },
      ...(postgres ? { postgres } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  log("Corpus: npm run index --force (scripts/index.ts) into a temporary folder");
  const corpus = await indexRealCorpus(ROOT);
  const serverOnly = values["server-only"];
  if (!serverOnly) log("One 5 MB file of repeated lines, one of normal text: cleaning and indexing time");
  const bigFiles = serverOnly ? undefined : await benchBigFiles(ROOT, seed);
  const scales: ScaleResult[] = [];
  for (const chunks of serverOnly ? [] : plan.scales) scales.push(await runScale(chunks));
  let server = null;
  let serverNote: string | null = "--no-server";
  if (!values["no-server"]) {
    log("Server");
    server = await benchServer(ROOT, devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")), plan.server, (m) => log(`  ${m}`));
    serverNote = server ? null : "the app needs building first (npm start builds it; run it once, or the full benchmark)";
  }
  const run: BenchRun = { seed, quick: values.quick, machine: describeMachine(), corpus, bigFiles, scales, server, serverNote, hnsw: { ...DEFAULT_HNSW } };
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(renderTables(run));
  console.log(summaryJson(run));
}

main().catch((error: unknown) => {
  console.error(`npm run bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
