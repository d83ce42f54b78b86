/**
 * Builds the HNSW graph on its own thread, so insertion (the slowest step of indexing) runs beside
 * embedding, BM25 and the JSON files on the main thread. Plain JavaScript: worker threads load it
 * directly, whatever runs the indexer (tsx, vitest). Messages: { vectors: Float32Array } rows to
 * add in order; { finish: file } writes the graph there and replies { done: count }.
 */
import { parentPort, workerData } from "node:worker_threads";
import hnswlib from "hnswlib-node";

const { dimensions, capacity, M, efConstruction, seed } = workerData;
const graph = new hnswlib.HierarchicalNSW("cosine", dimensions);
graph.initIndex(Math.max(capacity, 1), M, efConstruction, seed);
let count = 0;

parentPort.on("message", (message) => {
  if (message.vectors) {
    const rows = message.vectors.length / dimensions;
    for (let row = 0; row < rows; row++) graph.addPoint(Array.from(message.vectors.subarray(row * dimensions, (row + 1) * dimensions)), count++);
  } else if (message.finish) {
    graph.writeIndexSync(message.finish);
    parentPort.postMessage({ done: count });
  }
});
