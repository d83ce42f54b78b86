/** Shapes of what the benchmark measures, shared by the scale worker, the server run and the report. */
import type { Latency } from "./stats";
import type { QuerySource } from "./queries";

/** One point of the recall–latency curve: a graph (M, efConstruction) searched at one ef. */
export interface CurvePoint {
  /** Vectors per graph; more vectors than this make several graphs, searched side by side. */
  shardSize: number;
  M: number;
  efConstruction: number;
  ef: number;
  /** Seconds to insert every vector into this graph (hnswlib, one thread); null when not measured. */
  graphBuildSeconds: number | null;
  recallAt10: number;
  /** Recall@10 per query source: development questions, fragments of corpus sentences. */
  recallBySource: Partial<Record<QuerySource, number>>;
  /** Results within 0.01 cosine of the exact 10th best also count: near-ties are not misses. */
  nearRecallAt10: number;
  searchMs: Latency;
}

/** `npm run index` on one synthetic scale, in its own process. */
export interface BuildPhase {
  chunks: number;
  documents: number;
  seconds: number;
  chunksPerSec: number;
  /** Seconds per stage of buildIndex, from its progress events. */
  stages: { readCleanChunk: number; embed: number; hnswBm25Write: number };
  indexBytes: number;
  peakMb: number;
}

/** Loading that index and searching it, in another process, as the server would. */
export interface SearchPhase {
  queries: number;
  loadSeconds: number;
  hnsw: { shardSize: number; M: number; efConstruction: number; efSearch: number };
  latency: { hybrid: Latency; vector: Latency; bm25: Latency };
  peers: { hnsw: Latency; memoryVectorStore: Latency; exactScan: Latency; miniSearch: Latency };
  /** Peer p95 over ours: how many times faster ours is (below 1: slower). */
  ratios: { vsMemoryVectorStore: number; vsExactScan: number; bm25VsMiniSearch: number; hybridVsMiniSearch: number };
  /** Did MemoryVectorStore return the exact top 10? (Its sort comparator is not a total order.) */
  memoryVectorStoreRecallAt10: number;
  curve: CurvePoint[];
  /** Recall@10 of the HNSW graphs at the default settings (from the curve). */
  recallAt10: number;
  /** Recall@10 of the app's vector search (`nearestChunks`: the column scan for sparse queries, else the graphs). */
  searchRecallAt10: number;
  /** After loading; after our queries (the peak without peers); with the peers loaded too. */
  rss: { loadedMb: number; peakMb: number; withPeersMb: number };
}

/** Adding articles to that index while it serves (bench/addition-worker.ts). */
export interface AdditionPhase {
  additions: number;
  /** One article added: read, chunked, embedded, delta written (npm run add, POST /api/documents). */
  addSeconds: { median: number; max: number };
  /** From the start of an addition until a serving process answers from it. */
  visibleSeconds: { median: number; max: number };
  /** Retrieval latency with no addition, and while articles are being added. */
  queryMs: { idle: Latency; duringAdditions: Latency };
}

export interface ScaleResult extends Omit<SearchPhase, "rss"> {
  /** Absent in runs made before additions were measured. */
  addition?: AdditionPhase;
  chunks: number;
  documents: number;
  build: Omit<BuildPhase, "chunks" | "documents" | "peakMb"> & { loadSeconds: number };
  /** Peak RSS of the index build and of the search process; `peakMb` is the larger. */
  rss: { buildPeakMb: number; searchPeakMb: number; peakMb: number; withPeersMb: number };
  /** The PostgreSQL store on the same corpus, when measured (`--postgres`). */
  postgres?: PgPhase;
}

/** Timings of one load on POST /api/chat. */
export interface ServerLoad {
  requests: number;
  clients: number;
  errors: number;
  /** First byte of the response body (the stream's first event, sent once passages are retrieved). */
  ttfbMs: Latency;
  /** First text delta of the answer. */
  firstTextMs: Latency;
  /** Last byte of the stream: the whole answer. */
  fullMs: Latency;
}

export interface ServerResult {
  /** Seconds `npm start` spent building the app first (null: it was already built). */
  appBuildSeconds: number | null;
  offline: { single: ServerLoad; concurrent: ServerLoad };
  local: {
    single: ServerLoad;
    concurrent: ServerLoad;
    question: string;
    fake: { firstChunkDelayMs: number; intervalMs: number; chunkChars: number };
    /** Request sent → the fake model receives our upstream request (parse, retrieve, prompt, connect). */
    beforeUpstreamMs: Latency;
    /** First text delta at the client − request sent − the fake's first-chunk delay: all that is ours. */
    overheadMs: Latency;
    /** First text of English questions beside a Vietnamese one, the fake answering the non-streamed rewrite call only after `delayMs`. */
    rewrite?: RewriteComparison & { delayMs: number };
  };
}

/** One kind of question in the rewrite comparison: its first text and how many rewrite calls the model got. */
export interface QuestionKindTiming {
  question: string;
  firstTextMs: Latency;
  /** Non-streamed (rewrite) calls the fake endpoint received for these requests. */
  rewriteCalls: number;
  errors: number;
}

/** Vietnamese, fully covered English (no rewrite call) and rewritten English questions, `requests` of each, interleaved. */
export interface RewriteComparison {
  requests: number;
  vi: QuestionKindTiming;
  en: QuestionKindTiming;
  enRewritten: QuestionKindTiming;
}

/** The PostgreSQL store on the same synthetic corpus (bench/pg-worker.ts). */
export interface PgPhase {
  store: string;
  chunks: number;
  buildSeconds: number;
  buildChunksPerSec: number;
  /** The build was made before the run (`--pgdata`), on the same synthetic corpus; its figures are the ones it recorded. */
  builtBeforeRun?: boolean;
  loadSeconds: number;
  /** shardSize absent in runs made before the vectors were sharded (one graph). */
  hnsw: { m: number; efConstruction: number; efSearch: number; shardSize?: number };
  /** Vector shards, each with its HNSW index (absent before sharding: one). */
  vectorShards?: number;
  keywordRanking: string;
  latency: { hybrid: Latency; vector: Latency; bm25: Latency };
  recallAt10: number;
  /** Recall@10 and the vector search's latency at other ef_search values (`--ef`). */
  efCurve?: { ef: number; recallAt10: number; vectorMs: Latency }[];
  /** Add one synthetic article as `npm run add` does (read, copy check, chunk, embed, one transaction). */
  addOneMs: Latency;
  /** After that write, a reader's reload of the new version (statistics, terms, event catalog) and its first answer from the article. */
  answeredAfterAddMs?: Latency;
  /** From the start of the addition until a reader answers from it (the embedded store's visibleSeconds). */
  visibleMs?: Latency;
  databaseMb: number;
}
