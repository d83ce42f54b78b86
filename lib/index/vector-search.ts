/** Vector search over a loaded index: the column scan or each shard's HNSW graph (through LangChain's HNSWLib), plus the additions scanned exactly. */
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { SynchronousInMemoryDocstore } from "@langchain/community/stores/doc/in_memory";
import { Document } from "@langchain/core/documents";
import type { Embeddings } from "@langchain/core/embeddings";
import type hnswlib from "hnswlib-node";
import type { Chunk } from "../types";
import { nearestAdded } from "./delta";
import type { LoadedIndex } from "./open-index";

/**
 * LangChain's HNSWLib over a graph whose labels are chunk positions; each label's document is its
 * chunk (text shared, not copied), and results name the chunk by id.
 */
export function vectorStore(chunks: Chunk[], graph: hnswlib.HierarchicalNSW, embeddings: Embeddings, dimensions: number): HNSWLib {
  const docstore = new SynchronousInMemoryDocstore(
    new Map(chunks.map((c, i) => [String(i), new Document({ pageContent: c.text, metadata: { chunkId: c.id } })])),
  );
  return new HNSWLib(embeddings, { space: "cosine", numDimensions: dimensions, index: graph, docstore });
}

/**
 * The `k` chunks nearest a query vector (cosine distance, smallest first): the additions scanned,
 * and the build's chunks by the exact column scan when the query is sparse enough, else by each
 * shard's graph, the results merged by distance.
 */
export async function nearestChunks(index: LoadedIndex, vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]> {
  const found: { chunk: Chunk; distance: number }[] = nearestAdded(index, vector, k);
  const overlay = index.overlay;
  const columns = index.columns;
  if (columns?.suits(vector)) {
    for (const { row, distance } of columns.nearest(vector, k, overlay?.hiddenCount ? overlay.hidden : null)) {
      found.push({ chunk: index.chunks[row]!, distance });
    }
    return found.sort((a, b) => a.distance - b.distance).slice(0, k);
  }
  const shardSize = index.manifest.hnsw.shardSize;
  for (const [s, store] of index.vectors.entries()) {
    const graph = store.index;
    const start = s * shardSize;
    const hiddenHere = overlay?.hiddenByShard[s] ?? 0;
    const live = graph.getCurrentCount() - hiddenHere;
    if (live === 0) continue;
    // Labels are positions in the shard; chunks of removed articles are filtered out inside the search.
    // The filter is a JS call per visited node: only shards that hold a removed chunk pay for it.
    const hidden = overlay?.hidden;
    const filter = hiddenHere > 0 && hidden ? (label: number) => hidden[start + label] !== 1 : undefined;
    const result = graph.searchKnn(vector, Math.min(k, live), filter);
    result.neighbors.forEach((label, i) => {
      const chunk = index.chunks[start + label];
      if (chunk) found.push({ chunk, distance: result.distances[i]! });
    });
  }
  return found.sort((a, b) => a.distance - b.distance).slice(0, k);
}
