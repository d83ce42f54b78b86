/** Exact top-k by a tight Float32Array dot-product scan: the floor for exact search, and the ground truth for recall. */
import { insertBest } from "../lib/index/top-k";

export interface Neighbours {
  ids: number[];
  /** Cosine similarities, best first. */
  scores: number[];
}

export class ExactScan {
  private readonly matrix: Float32Array;
  readonly count: number;

  /** `vectors` must be L2-normalised, so a dot product is the cosine similarity. */
  constructor(
    vectors: ArrayLike<number>[],
    readonly dimensions: number,
  ) {
    this.count = vectors.length;
    this.matrix = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => {
      this.matrix.set(v, i * dimensions);
    });
  }

  search(query: Float32Array, k: number): Neighbours {
    const { matrix, dimensions } = this;
    const topScores = new Float32Array(k).fill(-Infinity);
    const topIds = new Int32Array(k).fill(-1);
    for (let row = 0, offset = 0; row < this.count; row++, offset += dimensions) {
      let dot = 0;
      for (let j = 0; j < dimensions; j++) dot += matrix[offset + j]! * query[j]!;
      if (dot <= topScores[k - 1]!) continue;
      insertBest(topScores, topIds, dot, row);
    }
    const found = Math.min(k, this.count);
    return { ids: Array.from(topIds.subarray(0, found)), scores: Array.from(topScores.subarray(0, found)) };
  }
}

/** Float32 scores and an exact scan's can differ in the last bits; a result this close to the k-th counts. */
const TIE = 1e-5;

/**
 * Recall@k of approximate results against the exact ones, by score: an approximate result counts when
 * it scores at least the exact k-th best (less `tolerance`), so ties at the k-th place are not misses.
 */
export function recallAtK(exact: Neighbours, approximateScores: number[], k: number, tolerance = TIE): number {
  const kth = exact.scores[Math.min(k, exact.scores.length) - 1];
  if (kth === undefined) return 1;
  const hits = approximateScores.slice(0, k).filter((s) => s >= kth - tolerance).length;
  return hits / Math.min(k, exact.scores.length);
}
