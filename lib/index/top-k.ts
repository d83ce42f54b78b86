/** The best k of a stream of scored rows, kept in two arrays sorted best first: what the exact scans collect. */

/**
 * Puts `row` with `score` in its place among the best k so far (`scores` best first, `-Infinity`
 * where empty), pushing out the last. The caller checks `score > scores[k - 1]` first: most rows of a
 * scan fail that one comparison and never get here.
 */
export function insertBest(scores: Float32Array | Float64Array, rows: Int32Array, score: number, row: number): void {
  let at = scores.length - 1;
  while (at > 0 && scores[at - 1]! < score) {
    scores[at] = scores[at - 1]!;
    rows[at] = rows[at - 1]!;
    at--;
  }
  scores[at] = score;
  rows[at] = row;
}
