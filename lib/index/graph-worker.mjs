/**
 * Builds the HNSW graphs on their own thread, so insertion (the slowest step of indexing) runs
 * beside embedding, BM25 and the JSON files on the main thread. Plain JavaScript: worker threads
 * load it directly, whatever runs the indexer (tsx, vitest).
 *
 * Messages: { shard, capacity, vectors: Float32Array } rows to add to that shard's graph, shards in
 * order (a new shard writes the previous one to `${scratch}-${shard}.tmp`); { finish: true } writes
 * the last and replies { done: [rows per shard] }.
 */
import { parentPort, workerData } from "node:worker_threads";
import hnswlib from "hnswlib-node";

const { dimensions, M, efConstruction, seed, scratch } = workerData;
const counts = [];
let shard = -1;
let graph = null;

function flush() {
  if (graph) graph.writeIndexSync(`${scratch}-${shard}.tmp`);
  graph = null;
}

parentPort.on("message", (message) => {
  if (message.vectors) {
    if (message.shard !== shard) {
      flush();
      shard = message.shard;
      counts[shard] = 0;
      graph = new hnswlib.HierarchicalNSW("cosine", dimensions);
      graph.initIndex(Math.max(message.capacity, 1), M, efConstruction, seed);
    }
    const rows = message.vectors.length / dimensions;
    for (let row = 0; row < rows; row++) graph.addPoint(Array.from(message.vectors.subarray(row * dimensions, (row + 1) * dimensions)), counts[shard]++);
  } else if (message.finish) {
    flush();
    parentPort.postMessage({ done: counts });
  }
});
