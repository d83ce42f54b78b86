/** Other HNSW graphs over the same vectors, built in this thread, for the recall–latency curve. */
import hnswlib from "hnswlib-node";
import type { HnswSettings } from "../lib/index/store";

export function buildHnsw(vectors: ArrayLike<number>[], dimensions: number, settings: HnswSettings): hnswlib.HierarchicalNSW {
  const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
  index.initIndex(Math.max(vectors.length, 1), settings.M, settings.efConstruction, 42);
  vectors.forEach((v, i) => index.addPoint(Array.isArray(v) ? v : Array.from(v), i));
  index.setEf(settings.efSearch);
  return index;
}
