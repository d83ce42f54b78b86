/**
 * One scale of `npm run bench`, in two processes as the product runs (index, then serve), each with
 * its own peak RSS. `--phase build` writes a synthetic corpus of N chunks into --dir and indexes it
 * with the real `buildIndex`; `--phase search` loads that index, times retrieval, measures HNSW
 * recall against an exact scan, and runs the peers on the same queries and vectors. Last stdout
 * line: the phase's JSON (BuildPhase or SearchPhase).
 *
 * Usage: node --import tsx bench/scale-worker.ts --phase build|search|latency|recall --dir D --chunks N --queries Q --seed S --ef 16,64 [--graphs 16:64,24:96:100000]
 */
import { promises as fs, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type hnswlib from "hnswlib-node";
import { readConfig } from "../lib/config";
import { buildIndex, type BuildProgress } from "../lib/index/build";
import type { LocalHashEmbeddings } from "../lib/index/local-embeddings";
import { DEFAULT_HNSW, indexDirOf, type HnswSettings } from "../lib/index/store";
import { nearestChunks } from "../lib/index/vector-search";
import { analyzeQuery } from "../lib/retrieve/query";
import { loadRuntime, type Runtime } from "../lib/runtime";
import { buildShardedHnsw, searchShards } from "./graphs";
import { ExactScan, recallAtK, type Neighbours } from "./exact-search";
import { memoryVectorStore, plainMiniSearch } from "./peers";
import { benchQueries, devQuestions, QUERY_SOURCES, type BenchQuery } from "./queries";
import type { BuildPhase, CurvePoint, SearchPhase } from "./results";
import type { Latency } from "./stats";
import { measure, measureResults, round, summarize } from "./stats";
import { sentencePool, writeSyntheticCorpus } from "./synthetic-corpus";
import { WORKER_OPTIONS } from "./worker-options";

const ROOT = process.cwd();
const K = 10;
const { values } = parseArgs({
  options: {
    ...WORKER_OPTIONS,
    phase: { type: "string" },
    ef: { type: "string", default: "16,32,64,128,256,512" },
    graphs: { type: "string", default: "" },
    "cpu-prof": { type: "string" },
  },
});
const chunkTarget = Number(values.chunks);
const workDir = values.dir ?? "";
const seed = Number(values.seed);
const efValues = [...new Set([...values.ef.split(",").map(Number), DEFAULT_HNSW.efSearch])].sort((a, b) => a - b);
/** Other settings to compare, as M:efConstruction[:shardSize]. */
const extraGraphs = values.graphs ? values.graphs.split(",").map((g) => g.split(":").map(Number)) : [];

const log = (message: string) => process.stderr.write(`  [${chunkTarget} chunks] ${message}\n`);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await diskBytes(full) : (await fs.stat(full)).size;
  }
  return total;
}

const configOf = (dir: string) => readConfig({ CORPUS_DIR: path.join(dir, "corpus"), DATA_DIR: path.join(dir, "data") });

/** Write the synthetic corpus and index it exactly as `npm run index -- --force` would. */
async function build(): Promise<BuildPhase> {
  const config = configOf(workDir);
  const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
  const written = await writeSyntheticCorpus(config.corpusDir, pool, chunkTarget, seed);
  log(`wrote ${written.documents} articles; indexing`);
  const marks = new Map<BuildProgress["stage"], number>();
  const started = performance.now();
  const summary = await buildIndex({
    config,
    corpusDir: config.corpusDir,
    indexDir: indexDirOf(config.dataDir),
    force: true,
    onProgress: (e) => marks.has(e.stage) || marks.set(e.stage, performance.now()),
  });
  const ended = performance.now();
  const at = (stage: BuildProgress["stage"]) => marks.get(stage) ?? ended;
  const stages = {
    readCleanChunk: (at("chunking") - started) / 1000,
    embed: (at("linking") - at("chunking")) / 1000,
    hnswBm25Write: (ended - at("linking")) / 1000,
  };
  log(`built in ${summary.seconds.toFixed(1)} s`);
  return {
    chunks: summary.chunks,
    documents: summary.documents,
    seconds: round(summary.seconds),
    chunksPerSec: Math.round(summary.chunks / summary.seconds),
    stages: mapValues(stages, round),
    indexBytes: await diskBytes(indexDirOf(config.dataDir)),
    peakMb: rssMb(),
  };
}

/** Warm latency of the three retrieval modes, as the app runs them. */
async function retrievalLatency(runtime: Runtime, queries: BenchQuery[]) {
  const { retriever } = runtime;
  const plans = queries.map((q) => analyzeQuery(q.text));
  const candidates = retriever.settings.candidates;
  return {
    hybrid: await measure(queries, (q) => retriever.retrieve(q.text)),
    vector: await measure(plans, (p) => retriever.vectorSearch(p.vectorText, candidates)),
    bm25: await measure(plans, (p) => retriever.lexicalSearch(p, candidates)),
  };
}

type GraphSettings = Pick<HnswSettings, "shardSize" | "M" | "efConstruction"> & { graphBuildSeconds: number | null };

/** Recall and latency of one set of shard graphs at each ef, against the exact neighbours. */
function curveOf(graphs: hnswlib.HierarchicalNSW[], settings: GraphSettings, vectors: number[][], exact: Neighbours[], queries: BenchQuery[]): CurvePoint[] {
  return efValues.map((ef) => {
    for (const graph of graphs) graph.setEf(ef);
    const times: number[] = [];
    const recalls = vectors.map((v, i) => {
      const start = performance.now();
      const scores = searchShards(graphs, v, K);
      times.push(performance.now() - start);
      return { strict: recallAtK(exact[i]!, scores, K), near: recallAtK(exact[i]!, scores, K, 0.01), source: queries[i]!.source };
    });
    const mean = (xs: number[]) => round(xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1));
    const bySource = Object.fromEntries(
      QUERY_SOURCES.map((s) => [s, recalls.filter((r) => r.source === s).map((r) => r.strict)] as const)
        .filter(([, xs]) => xs.length > 0)
        .map(([s, xs]) => [s, mean(xs)]),
    );
    return {
      ...settings,
      ef,
      recallAt10: mean(recalls.map((r) => r.strict)),
      recallBySource: bySource,
      nearRecallAt10: mean(recalls.map((r) => r.near)),
      searchMs: summarize(times),
    };
  });
}

/** LangChain's MemoryVectorStore over the stored vectors: its latency, and whether it returns the exact top 10. */
async function timeMemoryVectorStore(runtime: Runtime, queryVectors: number[][], stored: number[][], exact: Neighbours[]) {
  const store = await memoryVectorStore(runtime.index!.chunks, stored);
  const { latency, results } = await measureResults(queryVectors, (v) => store.similaritySearchVectorWithScore(v, K), 10);
  const recalls = results.map((hits, i) =>
    recallAtK(
      exact[i]!,
      hits.map(([, score]) => score),
      K,
    ),
  );
  return { latency, recallAt10: round(recalls.reduce((a, b) => a + b, 0) / recalls.length) };
}

/** MiniSearch alone, with its defaults, over the same chunks and the raw query text. */
async function timeMiniSearch(runtime: Runtime, queries: BenchQuery[]) {
  const mini = plainMiniSearch(runtime.index!.chunks);
  return measure(queries, (q) => mini.search(q.text));
}

/**
 * Our vector search and the peers, on the same query vectors and stored vectors; the exact scan is
 * also the ground truth. Each peer is built, timed and dropped in turn, so only one is in memory.
 */
async function comparePeers(runtime: Runtime, queries: BenchQuery[], queryVectors: number[][], stored: number[][]) {
  const scan = new ExactScan(stored, runtime.index!.manifest.embedder.dimensions);
  const exact = await measureResults(
    queryVectors.map((v) => Float32Array.from(v)),
    (q) => scan.search(q, K),
    10,
  );
  const ours = await measureResults(queryVectors, (v) => nearestChunks(runtime.index!, v, K));
  const searchRecalls = ours.results.map((hits, i) =>
    recallAtK(
      exact.results[i]!,
      hits.map((hit) => 1 - hit.distance),
      K,
    ),
  );
  const memory = await timeMemoryVectorStore(runtime, queryVectors, stored, exact.results);
  const miniSearch = await timeMiniSearch(runtime, queries);
  return {
    exact: exact.results,
    peers: { hnsw: ours.latency, memoryVectorStore: memory.latency, exactScan: exact.latency, miniSearch },
    memoryVectorStoreRecallAt10: memory.recallAt10,
    searchRecallAt10: round(searchRecalls.reduce((a, b) => a + b, 0) / searchRecalls.length),
  };
}

/**
 * The recall–latency curve: the graphs the build wrote at every ef, then each other setting asked
 * for. With other settings to compare, the default graphs are built again to time them.
 */
function recallCurves(
  graphs: hnswlib.HierarchicalNSW[],
  dimensions: number,
  stored: number[][],
  queryVectors: number[][],
  exact: Neighbours[],
  queries: BenchQuery[],
): CurvePoint[] {
  const timedGraphs = (settings: Omit<GraphSettings, "graphBuildSeconds">) => {
    const start = performance.now();
    const built = buildShardedHnsw(stored, dimensions, { ...settings, efSearch: DEFAULT_HNSW.efSearch });
    return { built, settings: { ...settings, graphBuildSeconds: round((performance.now() - start) / 1000) } };
  };
  const { shardSize, M, efConstruction } = DEFAULT_HNSW;
  const defaults = extraGraphs.length > 0 ? timedGraphs({ shardSize, M, efConstruction }).settings : { shardSize, M, efConstruction, graphBuildSeconds: null };
  const curve = curveOf(graphs, defaults, queryVectors, exact, queries);
  for (const [otherM, otherEfConstruction, otherShardSize] of extraGraphs) {
    const { built, settings } = timedGraphs({ M: otherM!, efConstruction: otherEfConstruction!, shardSize: otherShardSize ?? shardSize });
    curve.push(...curveOf(built, settings, queryVectors, exact, queries));
  }
  for (const graph of graphs) graph.setEf(DEFAULT_HNSW.efSearch);
  return curve;
}

async function search(): Promise<SearchPhase> {
  const config = configOf(workDir);
  const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
  const loadStart = performance.now();
  const runtime = await loadRuntime(config);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const loadedMb = rssMb();
  const queries = benchQueries(devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")), pool.sentences, Number(values.queries), seed);

  log(`timing retrieval over ${queries.length} queries`);
  const latency = await retrievalLatency(runtime, queries);
  const peakMb = rssMb();

  log("exact scan (ground truth) and peers");
  // Same vectors for everyone: those stored in the graph, and the query vectors the retriever embeds.
  const graphs = runtime.index!.vectors.map((store) => store.index);
  const stored = graphs.flatMap((graph) => Array.from({ length: graph.getCurrentCount() }, (_, i) => graph.getPoint(i)));
  const embedder = runtime.index!.embeddings as LocalHashEmbeddings;
  const queryVectors = queries.map((q) => embedder.embed(analyzeQuery(q.text).vectorText));
  const { exact, peers, memoryVectorStoreRecallAt10, searchRecallAt10 } = await comparePeers(runtime, queries, queryVectors, stored);

  log("recall–latency curve");
  const curve = recallCurves(graphs, runtime.index!.manifest.embedder.dimensions, stored, queryVectors, exact, queries);
  const ratio = (peer: number, ours: number) => round(peer / ours);
  return {
    queries: queries.length,
    loadSeconds: round(loadSeconds),
    hnsw: { ...DEFAULT_HNSW },
    latency,
    peers,
    ratios: {
      vsMemoryVectorStore: ratio(peers.memoryVectorStore.p95, peers.hnsw.p95),
      vsExactScan: ratio(peers.exactScan.p95, peers.hnsw.p95),
      bm25VsMiniSearch: ratio(peers.miniSearch.p95, latency.bm25.p95),
      hybridVsMiniSearch: ratio(peers.miniSearch.p95, latency.hybrid.p95),
    },
    memoryVectorStoreRecallAt10,
    searchRecallAt10,
    curve,
    recallAt10:
      curve.find(
        (p) =>
          p.shardSize === DEFAULT_HNSW.shardSize &&
          p.M === DEFAULT_HNSW.M &&
          p.efConstruction === DEFAULT_HNSW.efConstruction &&
          p.ef === DEFAULT_HNSW.efSearch,
      )?.recallAt10 ?? Number.NaN,
    rss: { loadedMb, peakMb, withPeersMb: rssMb() },
  };
}

/**
 * `--phase latency`: the search phase's retrieval timings alone (hybrid, vector, BM25 over the same
 * queries), without the peers and the recall curve, to measure a change to retrieval in minutes at
 * 100k chunks; `--cpu-prof FILE` profiles the timed hybrid queries.
 */
async function latency(): Promise<{ queries: number; loadSeconds: number; latency: Awaited<ReturnType<typeof retrievalLatency>>; hybridAgain: Latency }> {
  const config = configOf(workDir);
  const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
  const loadStart = performance.now();
  const runtime = await loadRuntime(config);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const queries = benchQueries(devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")), pool.sentences, Number(values.queries), seed);
  log(`loaded in ${loadSeconds.toFixed(1)} s; timing retrieval over ${queries.length} queries`);
  const measured = await retrievalLatency(runtime, queries);
  // Hybrid once more after the other two modes: the spread between the two runs shows the machine's noise.
  const profiler = values["cpu-prof"] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const hybridAgain = await measure(queries, (q) => runtime.retriever.retrieve(q.text));
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(values["cpu-prof"]!, JSON.stringify(profile));
    profiler.disconnect();
  }
  return { queries: queries.length, loadSeconds: round(loadSeconds), latency: measured, hybridAgain };
}

/**
 * `--phase recall`: HNSW recall@10 against an exact scan and search latency at each `--ef`, on the
 * graphs an existing scale's build wrote (the search phase's curve without the peers), to choose
 * efSearch at 100k chunks in minutes; and the same for the app's vector search (`nearestChunks`).
 */
async function recall(): Promise<{ queries: number; curve: CurvePoint[]; search: { recallAt10: number; ms: Latency } }> {
  const config = configOf(workDir);
  const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
  const runtime = await loadRuntime(config);
  const queries = benchQueries(devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")), pool.sentences, Number(values.queries), seed);
  const graphs = runtime.index!.vectors.map((store) => store.index);
  const stored = graphs.flatMap((graph) => Array.from({ length: graph.getCurrentCount() }, (_, i) => graph.getPoint(i)));
  const embedder = runtime.index!.embeddings as LocalHashEmbeddings;
  const queryVectors = queries.map((q) => embedder.embed(analyzeQuery(q.text).vectorText));
  log(`exact neighbours of ${queries.length} queries over ${stored.length} vectors`);
  const scan = new ExactScan(stored, runtime.index!.manifest.embedder.dimensions);
  const exact = queryVectors.map((v) => scan.search(Float32Array.from(v), K));
  const { shardSize, M, efConstruction } = DEFAULT_HNSW;
  const curve = curveOf(graphs, { shardSize, M, efConstruction, graphBuildSeconds: null }, queryVectors, exact, queries);
  for (const graph of graphs) graph.setEf(DEFAULT_HNSW.efSearch);
  // The app's own vector search over the same queries: the column scan where it applies.
  const search = await measureResults(queryVectors, (v) => nearestChunks(runtime.index!, v, K));
  const recalls = search.results.map((hits, i) =>
    recallAtK(
      exact[i]!,
      hits.map((hit) => 1 - hit.distance),
      K,
    ),
  );
  return { queries: queries.length, curve, search: { recallAt10: round(recalls.reduce((a, b) => a + b, 0) / recalls.length), ms: search.latency } };
}

function mapValues<T extends Record<string, number>>(object: T, f: (v: number) => number): T {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, f(v)])) as T;
}

const phases = { build, search, latency, recall } as const;
const phase = phases[values.phase as keyof typeof phases];
if (!phase || !workDir) {
  console.error("Usage: scale-worker.ts --phase build|search|latency|recall --dir D --chunks N …");
  process.exit(2);
}
phase().then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
