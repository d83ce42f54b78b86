/**
 * The main thread's side of the HNSW build: sends vectors to graph-worker.mjs as they are embedded,
 * then reads the finished graphs back. Chunks are split into shards of `shardSize`, one graph each,
 * searched side by side: small graphs are quicker to link and keep recall high (see README, Benchmarks).
 */
import { promises as fs } from "node:fs";
import { Worker } from "node:worker_threads";
import hnswlib from "hnswlib-node";
import { shardRanges, type HnswSettings } from "./store";

/** hnswlib's level generator seed: the same input gives the same graph. */
const SEED = 42;

export class GraphBuilder {
  private readonly worker: Worker;
  private failure: Error | null = null;
  private sent = 0;
  private readonly sizes: number[];
  private readonly waiting = new Set<{ resolve: (counts: number[]) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly dimensions: number,
    capacity: number,
    private readonly settings: HnswSettings,
    private readonly scratch: string,
  ) {
    this.sizes = shardRanges(capacity, settings.shardSize).map(({ start, end }) => end - start);
    this.worker = new Worker(new URL("./graph-worker.mjs", import.meta.url), {
      workerData: { dimensions, M: settings.M, efConstruction: settings.efConstruction, seed: SEED, scratch },
    });
    this.worker.on("message", (message: { done?: number[] }) => {
      if (message.done === undefined) return;
      for (const w of this.waiting) w.resolve(message.done);
      this.waiting.clear();
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const w of this.waiting) w.reject(error);
      this.waiting.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`The HNSW graph builder stopped (exit code ${code}).`)));
  }

  /** Queue the next rows (L2-normalised, `dimensions` floats each), in chunk order. */
  add(vectors: Float32Array): void {
    if (this.failure) throw this.failure;
    if (vectors.length % this.dimensions !== 0) throw new Error(`Vectors of ${this.dimensions} dimensions expected.`);
    let row = 0;
    const rows = vectors.length / this.dimensions;
    while (row < rows) {
      const shard = Math.floor(this.sent / this.settings.shardSize);
      const take = Math.min(rows - row, (shard + 1) * this.settings.shardSize - this.sent);
      const part = vectors.slice(row * this.dimensions, (row + take) * this.dimensions);
      this.worker.postMessage({ shard, capacity: this.sizes[shard] ?? take, vectors: part }, [part.buffer]);
      this.sent += take;
      row += take;
    }
  }

  /** Wait for every row to be inserted and return the graphs, in shard order, with their search ef set. */
  async finish(): Promise<hnswlib.HierarchicalNSW[]> {
    if (this.failure) throw this.failure;
    const files = this.sizes.map((_, s) => `${this.scratch}-${s}.tmp`);
    try {
      const counts = await new Promise<number[]>((resolve, reject) => {
        this.waiting.add({ resolve, reject });
        this.worker.postMessage({ finish: true });
      });
      const expected = this.sent === 0 ? [] : this.sizes;
      if (counts.join() !== expected.join()) throw new Error(`The HNSW graphs hold ${counts.join("+")} of ${this.sent} vectors.`);
      // The worker's copies go before these are read, so the two are never in memory together.
      await this.close();
      return this.sizes.map((_, s) => {
        const graph = new hnswlib.HierarchicalNSW("cosine", this.dimensions);
        if (s < counts.length) graph.readIndexSync(files[s]!);
        else graph.initIndex(1, this.settings.M, this.settings.efConstruction, SEED);
        graph.setEf(this.settings.efSearch);
        return graph;
      });
    } finally {
      await this.close();
      await Promise.all(files.map((f) => fs.rm(f, { force: true })));
    }
  }

  /** Stop the worker (also after a failed build). */
  async close(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}
