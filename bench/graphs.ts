/** HNSW graphs over the bench's stored vectors, built in this thread (sharded as the indexer does), and searched as the app searches them. */
import hnswlib from "hnswlib-node";
import { shardRanges, type HnswSettings } from "../lib/index/store";

/** One graph per shard of `settings.shardSize` vectors; labels are positions within the shard. */
export function buildShardedHnsw(vectors: ArrayLike<number>[], dimensions: number, settings: HnswSettings): hnswlib.HierarchicalNSW[] {
  return shardRanges(vectors.length, settings.shardSize).map(({ start, end }) => {
    const index = new hnswlib.HierarchicalNSW("cosine", dimensions);
    index.initIndex(Math.max(end - start, 1), settings.M, settings.efConstruction, 42);
    for (let i = start; i < end; i++) index.addPoint(Array.from(vectors[i]!), i - start);
    index.setEf(settings.efSearch);
    return index;
  });
}

/** Cosine similarities of the `k` nearest stored vectors across the shards, best first. */
export function searchShards(graphs: hnswlib.HierarchicalNSW[], query: number[], k: number): number[] {
  const scores: number[] = [];
  for (const graph of graphs) {
    const count = graph.getCurrentCount();
    if (count === 0) continue;
    for (const d of graph.searchKnn(query, Math.min(k, count)).distances) scores.push(1 - d);
  }
  return scores.sort((a, b) => b - a).slice(0, k);
}
