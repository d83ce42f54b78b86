/**
 * The PostgreSQL store at one scale of `npm run bench`, beside the embedded one on the same synthetic
 * corpus (written by the scale worker's build phase into --dir): PGlite over the wire (or
 * TEST_DATABASE_URL) started here, `npm run index -- --store postgres`'s build, retrieval latency
 * through the same Retriever, HNSW recall@10 against an exact scan of the vectors PostgreSQL stores, and the time to
 * add one article. Last stdout line: PgPhase as JSON.
 *
 * A run too long for one sitting (100k chunks in PGlite) splits in two: `--phase build --pgdata P`
 * builds into PGlite's files in P (and writes the synthetic corpus into --dir when the scale worker
 * has not), then `--phase measure --pgdata P` times the searches and additions on that database,
 * reporting the build's figures it recorded.
 *
 * `--phase recall --pgdata P [--ef 200,400,768]` measures only recall@10 on that build (and, per ef_search
 * given, recall@10 and the vector search's latency: the recall–latency curve).
 *
 * Usage: node --import tsx bench/pg-worker.ts --dir D --chunks N --queries Q --seed S [--phase all|build|measure|recall --pgdata P] [--ef LIST]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readConfig } from "../lib/config";
import { addArticles } from "../lib/index/update";
import { analyzeQuery } from "../lib/retrieve/query";
import { loadRuntime } from "../lib/runtime";
import { PG_HNSW, PostgresArchive, vectorLiteral } from "../lib/store/postgres/archive";
import { buildPostgresArchive } from "../lib/store/postgres/build";
import { nearestInShards, searchBegin, type PostgresStore } from "../lib/store/postgres/store";
import { startTestDatabase } from "../testing/test-database";
import { ExactScan, recallAtK } from "./exact-search";
import { benchQueries, devQuestions } from "./queries";
import type { PgPhase } from "./results";
import { measure, measureResults, round, summarize } from "./stats";
import { Random } from "./random";
import { sentencePool, uniqueArticle, writeSyntheticCorpus } from "./synthetic-corpus";
import { WORKER_OPTIONS } from "./worker-options";

const ROOT = process.cwd();
const K = 10;
const ADDS = 5;
const { values } = parseArgs({
  options: {
    ...WORKER_OPTIONS,
    phase: { type: "string", default: "all" },
    /** PGlite's data folder, kept between the build and measure phases (else a temporary one). */
    pgdata: { type: "string" },
    /** ef_search values of the recall–latency curve (none: only the store's own setting). */
    ef: { type: "string", default: "" },
  },
});
const chunkTarget = Number(values.chunks);
const phase = values.phase;
if (!["all", "build", "measure", "recall"].includes(phase) || (phase !== "all" && !values.pgdata && !process.env.TEST_DATABASE_URL)) {
  console.error("Usage: pg-worker.ts --dir D --chunks N … [--phase all|build|measure]; the split phases need --pgdata P (or TEST_DATABASE_URL)");
  process.exit(2);
}
/** What the build phase records for the measure phase. */
const buildRecord = () => path.join(values.pgdata ?? values.dir ?? "", "bench-build.json");
/** What the build phase leaves for the measuring phases (read back from disk, so checked). */
const buildRecordSchema = z.object({ chunks: z.number().int().nonnegative(), seconds: z.number().nonnegative(), seed: z.number().int() });
type BuildRecord = z.infer<typeof buildRecordSchema>;
/** A vector scaled to length 1: a dot product of two is then their cosine similarity, as pgvector's `1 - (a <=> b)`. */
function unit(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  const norm = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}
const log = (message: string) => process.stderr.write(`  [${chunkTarget} chunks, PostgreSQL] ${message}\n`);

/** What `--phase recall` reports. */
interface RecallRecord {
  chunks: number;
  vectorShards: number;
  recallAt10: number;
  efCurve: NonNullable<PgPhase["efCurve"]>;
}

async function main(): Promise<PgPhase | BuildRecord | RecallRecord> {
  const corpusDir = path.join(values.dir ?? "", "corpus");
  if (!existsSync(corpusDir)) {
    // Run on its own: the same synthetic corpus as the scale worker's for this seed.
    const pool = await sentencePool(path.join(ROOT, "corpus"), readConfig({}).MAX_FILE_BYTES);
    const written = await writeSyntheticCorpus(corpusDir, pool, chunkTarget, Number(values.seed));
    log(`wrote ${written.documents} synthetic articles, ${written.chunks} chunks`);
  }
  const database = await startTestDatabase({ keepIn: values.pgdata });
  const config = readConfig({
    STORE: "postgres",
    DATABASE_URL: database.url,
    CORPUS_DIR: path.join(values.dir ?? "", "corpus"),
    PG_POOL_MAX: "4",
    // The build is one transaction of many statements; one of them may take minutes at 100k chunks.
    PG_STATEMENT_TIMEOUT_MS: "3600000",
  });
  const archive = await PostgresArchive.open(config);
  try {
    let built: BuildRecord;
    if (phase === "measure" || phase === "recall") {
      built = buildRecordSchema.parse(JSON.parse(readFileSync(buildRecord(), "utf8")));
      if (built.seed !== Number(values.seed)) throw new Error(`${buildRecord()} holds another build: ${JSON.stringify(built)}`);
      log(`measuring the build of ${built.chunks} chunks made in ${built.seconds.toFixed(1)} s`);
    } else {
      log(`building into ${database.pglite ? "PGlite" : "TEST_DATABASE_URL"}`);
      const summary = await buildPostgresArchive({ config, corpusDir: config.corpusDir, archive, force: true });
      log(`built in ${summary.seconds.toFixed(1)} s`);
      built = { chunks: summary.chunks, seconds: summary.seconds, seed: Number(values.seed) };
      if (phase === "build") {
        writeFileSync(buildRecord(), JSON.stringify(built));
        return built;
      }
    }
    const loadStart = performance.now();
    const runtime = await loadRuntime(config, undefined, archive);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const store = runtime.store as PostgresStore;

    const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
    const queries = benchQueries(
      devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")),
      pool.sentences,
      Number(values.queries),
      Number(values.seed),
    );
    const plans = queries.map((q) => analyzeQuery(q.text));
    const { retriever } = runtime;
    const candidates = retriever.settings.candidates;
    log("recall@10 against an exact scan in PostgreSQL");
    const dims = store.summary.embedder.dimensions;
    const vectors = await Promise.all(plans.map((p) => store.embeddings.embedQuery(p.vectorText)));
    // The truth: an exact scan of the vectors as PostgreSQL stores them, read once and compared in the
    // app (ExactScan, as the embedded store's recall). PostgreSQL's own exact scan reads every stored
    // vector again for each query: about 5 s a query at 100k chunks in PGlite. A kept build also keeps
    // this truth for these queries, which its measures leave as they were (their additions are removed).
    const truthFile = values.pgdata ? path.join(values.pgdata, `bench-exact-${values.seed}-${queries.length}.json`) : null;
    const kept = truthFile && existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, "utf8")) as { chunks: number; exact: number[][] }) : null;
    let exact: number[][] = kept?.chunks === built.chunks && kept.exact.length === vectors.length ? kept.exact : [];
    if (exact.length === 0) {
      const stored: Float32Array[] = [];
      for (let after = ""; ; ) {
        const rows = await archive.query<{ id: string; v: string }>("select id, embedding::text as v from chunks where id > $1 order by id limit 5000", [
          after,
        ]);
        if (rows.length === 0) break;
        for (const r of rows) stored.push(unit(JSON.parse(r.v) as number[]));
        after = rows.at(-1)!.id;
      }
      const scan = new ExactScan(stored, dims);
      exact = vectors.map((v) => scan.search(unit(v), K).scores);
    }
    if (truthFile && !kept) writeFileSync(truthFile, JSON.stringify({ chunks: built.chunks, exact }));
    const recallOf = (approximate: number[][]) =>
      round(approximate.reduce((sum, scores, i) => sum + recallAtK({ ids: exact[i]!.map((_, j) => j), scores: exact[i]! }, scores, K), 0) / approximate.length);
    const approximate: number[][] = [];
    for (const vector of vectors) approximate.push((await store.nearest(vector, K)).map((h) => 1 - h.distance));
    const recallAt10 = recallOf(approximate);
    log(`recall@10 ${recallAt10} (${store.vectorShards} shards, ef_search ${PG_HNSW.efSearch})`);
    const efCurve: NonNullable<PgPhase["efCurve"]> = [];
    for (const ef of values.ef.split(",").filter(Boolean).map(Number)) {
      // Each query's results kept in order (the warm-up runs are not kept).
      const { latency: ms, results: found } = await measureResults(vectors, (vector) =>
        archive.transaction(
          async (client) => {
            const { rows } = await client.query<{ distance: number }>(
              `select distance from (${nearestInShards(dims, store.vectorShards)}) n order by distance limit $2`,
              [vectorLiteral(vector), K],
            );
            return rows.map((r) => 1 - r.distance);
          },
          searchBegin(K, "read only", ef),
        ),
      );
      efCurve.push({ ef, recallAt10: recallOf(found), vectorMs: ms });
      log(`ef_search ${ef}: recall@10 ${efCurve.at(-1)!.recallAt10}, p50 ${round(ms.p50)} ms`);
    }
    if (phase === "recall") return { chunks: built.chunks, vectorShards: store.vectorShards, recallAt10, efCurve };

    log(`timing retrieval over ${queries.length} queries`);
    const latency = {
      hybrid: await measure(queries, (q) => retriever.retrieve(q.text), 10),
      vector: await measure(plans, (p) => retriever.vectorSearch(p.vectorText, candidates), 10),
      bm25: await measure(plans, (p) => retriever.lexicalSearch(p, candidates), 10),
    };

    log(`adding one article, ${ADDS} times`);
    // As `npm run add` and the Articles page add one (lib/index/update.ts addArticles: read, copy check, chunk, embed, one transaction).
    const random = new Random(Number(values.seed) + 7);
    const addMs: number[] = [];
    const answeredMs: number[] = [];
    const visibleMs: number[] = [];
    const added: string[] = [];
    let reader = runtime;
    for (let i = 0; i < ADDS; i++) {
      const upload = uniqueArticle(pool, random, i, Number(values.seed));
      const started = performance.now();
      const [outcome] = await addArticles(config, [upload]);
      const written = performance.now();
      if (outcome?.status !== "added") throw new Error(`the bench article was not added: ${JSON.stringify(outcome)}`);
      added.push(outcome.id);
      addMs.push(written - started);
      // What every app process pays on its next request: load the new version (only the added article is fetched), then answer from it.
      reader = await loadRuntime(config, undefined, archive, reader);
      await reader.retriever.retrieve(`Bench addition ${i}`);
      answeredMs.push(performance.now() - written);
      visibleMs.push(performance.now() - started);
    }
    await archive.deleteArticles(added);
    const [size] = await archive.query<{ bytes: string }>("select pg_database_size(current_database())::text as bytes");
    return {
      store: database.pglite ? "PGlite (PostgreSQL 18 in WebAssembly) over the wire" : "TEST_DATABASE_URL",
      chunks: built.chunks,
      buildSeconds: round(built.seconds),
      buildChunksPerSec: Math.round(built.chunks / built.seconds),
      ...(phase === "measure" ? { builtBeforeRun: true } : {}),
      loadSeconds: round(loadSeconds),
      hnsw: { ...PG_HNSW },
      vectorShards: store.vectorShards,
      keywordRanking: store.ranking,
      latency,
      recallAt10,
      ...(efCurve.length > 0 ? { efCurve } : {}),
      addOneMs: summarize(addMs),
      answeredAfterAddMs: summarize(answeredMs),
      visibleMs: summarize(visibleMs),
      databaseMb: round(Number(size?.bytes ?? 0) / 1048576),
    };
  } finally {
    await archive.close();
    await database.dispose();
  }
}

main().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(`pg-worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
