/** The main thread's side of the HNSW graph build: sends vectors to graph-worker.mjs as they are embedded, then reads the finished graph back. */
import { promises as fs } from "node:fs";
import { Worker } from "node:worker_threads";
import hnswlib from "hnswlib-node";
import type { HnswSettings } from "./store";

/** hnswlib's level generator seed: the same input gives the same graph. */
const SEED = 42;

export class GraphBuilder {
  private readonly worker: Worker;
  private failure: Error | null = null;
  private sent = 0;
  private readonly waiting = new Set<{ resolve: (count: number) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly dimensions: number,
    capacity: number,
    private readonly settings: HnswSettings,
  ) {
    this.worker = new Worker(new URL("./graph-worker.mjs", import.meta.url), {
      workerData: { dimensions, capacity, M: settings.M, efConstruction: settings.efConstruction, seed: SEED },
    });
    this.worker.on("message", (message: { done?: number }) => {
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

  /** Queue rows (L2-normalised, `dimensions` floats each) for insertion; the buffer is handed over. */
  add(vectors: Float32Array): void {
    if (this.failure) throw this.failure;
    if (vectors.length % this.dimensions !== 0) throw new Error(`Vectors of ${this.dimensions} dimensions expected.`);
    this.sent += vectors.length / this.dimensions;
    this.worker.postMessage({ vectors }, [vectors.buffer as ArrayBuffer]);
  }

  /** Wait for every row to be inserted and return the graph, with its search ef set. */
  async finish(scratchFile: string): Promise<hnswlib.HierarchicalNSW> {
    if (this.failure) throw this.failure;
    try {
      const count = await new Promise<number>((resolve, reject) => {
        this.waiting.add({ resolve, reject });
        this.worker.postMessage({ finish: scratchFile });
      });
      if (count !== this.sent) throw new Error(`The HNSW graph holds ${count} of ${this.sent} vectors.`);
      // The worker's copy goes before this one is read, so the two are never in memory together.
      await this.close();
      const graph = new hnswlib.HierarchicalNSW("cosine", this.dimensions);
      graph.readIndexSync(scratchFile);
      graph.setEf(this.settings.efSearch);
      return graph;
    } finally {
      await this.close();
      await fs.rm(scratchFile, { force: true });
    }
  }

  /** Stop the worker (also after a failed build). */
  async close(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}
