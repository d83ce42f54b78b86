/**
 * Exact nearest chunks for sparse query vectors: the build's vectors kept column by column (one
 * Float32 column per dimension), and the query's non-zero dimensions added to every chunk's score,
 * four columns a WebAssembly SIMD pass. The local embedder's questions touch about a fifth of the
 * dimensions (median 102 of 512 over the bench queries), so a question reads ~40 MB at 100k chunks,
 * where the HNSW graphs read several times that at random: at 100k chunks the scan took a third of
 * the ten graphs' time and is exact (`npm run bench`; README, Benchmarks).
 */
import { insertBest } from "./top-k";
import { compiledOnce, localGet as get, instantiateOverMemory, oneFunctionModule, WASM_TYPE, type WasmInstance } from "./wasm-module";

/**
 * `axpy4(acc, c0, c1, c2, c3, bytes, w0, w1, w2, w3)`: acc[i] += w0 × c0[i] + … + w3 × c3[i] for
 * the `bytes / 4` floats at those byte offsets of the imported memory, four floats at a time. Four
 * columns a pass read and write the scores a quarter as often: one-off, at 20k chunks, three times
 * faster than a column a pass. Hand-assembled: one function needs no toolchain.
 */
const axpyModule = compiledOnce((): WebAssembly.Module => {
  const [ACC, BYTES, I] = [0, 5, 10];
  const COLUMNS = [1, 2, 3, 4];
  const WEIGHTS = [6, 7, 8, 9];
  const SPLATS = [11, 12, 13, 14];
  const v128Load = [0xfd, 0x00, 0x04, 0x00]; // align 16, offset 0
  const v128Store = [0xfd, 0x0b, 0x04, 0x00];
  const body = [
    ...[0x02, 0x01, 0x7f, 0x04, 0x7b], // locals: i (i32), four weights splatted (v128)
    ...WEIGHTS.flatMap((w, j) => [...get(w), 0xfd, 0x13, 0x21, SPLATS[j]!]), // f32x4.splat
    ...[0x03, 0x40], // loop
    ...[...get(ACC), ...get(I), 0x6a], // store address: acc + i
    ...[...get(ACC), ...get(I), 0x6a, ...v128Load],
    ...COLUMNS.flatMap((c, j) => [...get(c), ...get(I), 0x6a, ...v128Load, ...get(SPLATS[j]!), 0xfd, 0xe6, 0x01, 0xfd, 0xe4, 0x01]), // += column × w
    ...v128Store,
    ...[...get(I), 0x41, 16, 0x6a, 0x22, I], // i += 16, kept on the stack
    ...[...get(BYTES), 0x49, 0x0d, 0], // br_if i < bytes
    0x0b, // end loop
    0x0b, // end function
  ];
  const { i32, f32 } = WASM_TYPE;
  return oneFunctionModule("axpy4", [i32, i32, i32, i32, i32, i32, f32, f32, f32, f32], body);
});

/**
 * A query is scanned when at most this share of its dimensions is non-zero; a denser one (an
 * endpoint model's) is left to the graphs, which it reads less of than every column.
 */
const MAX_DENSITY = 0.5;

/** Floats a column takes: padded to whole SIMD lanes; the padding scores 0 and is never a row. */
const strideOf = (rows: number) => Math.ceil(rows / 4) * 4;

export class ColumnScan {
  private readonly stride: number;
  private readonly floats: Float32Array;
  private readonly accumulator: Float32Array;
  private readonly accumulatorOffset: number;
  private readonly axpy4: (acc: number, c0: number, c1: number, c2: number, c3: number, bytes: number, w0: number, w1: number, w2: number, w3: number) => void;
  /** Non-zero dimensions of the query being scanned, and their weights. */
  private readonly dims: Int32Array;
  private readonly weights: Float64Array;

  private constructor(
    readonly rows: number,
    readonly dimensions: number,
    { memory, exports }: WasmInstance,
  ) {
    this.stride = strideOf(rows);
    this.axpy4 = exports.axpy4 as ColumnScan["axpy4"];
    this.dims = new Int32Array(dimensions);
    this.weights = new Float64Array(dimensions);
    this.floats = new Float32Array(memory.buffer);
    this.accumulatorOffset = this.stride * 4 * dimensions;
    this.accumulator = this.floats.subarray(this.stride * dimensions, this.stride * (dimensions + 1));
  }

  /** Room for `rows` vectors (all zero until `set`), or null when they would not fit WebAssembly's memory. */
  static allocate(rows: number, dimensions: number): ColumnScan | null {
    if (rows === 0) return null;
    // One column per dimension and the scores; without the memory the graphs are searched.
    const wasm = instantiateOverMemory(axpyModule, strideOf(rows) * 4 * (dimensions + 1));
    return wasm && new ColumnScan(rows, dimensions, wasm);
  }

  /** Store one row's vector (unit length, as the graphs keep them). */
  set(row: number, vector: ArrayLike<number>): void {
    if (row < 0 || row >= this.rows) throw new RangeError(`Row ${row} is outside the scan's ${this.rows} rows.`);
    const { floats, stride } = this;
    for (let d = 0; d < this.dimensions; d++) floats[d * stride + row] = vector[d]!;
  }

  /** Whether the scan is the cheaper search for this query (it is sparse enough). */
  suits(query: ArrayLike<number>): boolean {
    let nonZero = 0;
    for (let d = 0; d < query.length; d++) if (query[d] !== 0) nonZero++;
    return nonZero <= this.dimensions * MAX_DENSITY;
  }

  /**
   * The `k` rows nearest the query by cosine distance (1 − cosine; stored vectors are unit length,
   * as the graphs keep them), smallest first, equal distances in row order; rows marked 1 in
   * `hidden` are skipped.
   */
  nearest(query: ArrayLike<number>, k: number, hidden: Uint8Array | null = null): { row: number; distance: number }[] {
    const { accumulator, stride, dimensions } = this;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += query[d]! * query[d]!;
    norm = Math.sqrt(norm) || 1;
    accumulator.fill(0);
    const { dims, weights } = this;
    let n = 0;
    for (let d = 0; d < dimensions; d++) {
      if (query[d] === 0) continue;
      dims[n] = d;
      weights[n++] = query[d]! / norm;
    }
    const bytes = stride * 4;
    // Four columns a pass; a last pass short of four repeats its first column with weight 0.
    for (let j = 0; j < n; j += 4) {
      const column = (t: number) => dims[j + t < n ? j + t : j]! * bytes;
      const weight = (t: number) => (j + t < n ? weights[j + t]! : 0);
      this.axpy4(this.accumulatorOffset, column(0), column(1), column(2), column(3), bytes, weight(0), weight(1), weight(2), weight(3));
    }
    // The best k, kept sorted (best first): most rows fail the first comparison.
    const limit = Math.min(k, this.rows);
    const best = new Float64Array(limit).fill(-Infinity);
    const rows = new Int32Array(limit).fill(-1);
    let found = 0;
    for (let row = 0; row < this.rows; row++) {
      const score = accumulator[row]!;
      if (limit === 0 || score <= best[limit - 1]! || hidden?.[row] === 1) continue;
      insertBest(best, rows, score, row);
      found = Math.min(found + 1, limit);
    }
    return Array.from({ length: found }, (_, i) => ({ row: rows[i]!, distance: 1 - best[i]! }));
  }
}
