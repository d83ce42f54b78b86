/**
 * BM25's posting lists kept in WebAssembly memory beside the per-search scores, so that adding a
 * term's postings to the scores is one WebAssembly loop: with the same double-precision arithmetic
 * as the JavaScript loop it replaces (the same scores to the last bit), at 100k chunks 2.4–2.9×
 * less CPU per search (~577k postings a bench question; README, Benchmarks).
 */
import { compiledOnce, localGet as get, instantiateOverMemory, oneFunctionModule, WASM_TYPE, type WasmInstance } from "./wasm-module";

/**
 * `accumulate(p, w, end, boost, score, matched)`: for each posting from byte offset p (documents,
 * u32) and w (weights, f32) until p reaches end, score[doc] += boost × weight (f64) and
 * matched[doc] += 1 (u16), score and matched being byte offsets of those arrays.
 */
const accumulateModule = compiledOnce((): WebAssembly.Module => {
  const [P, W, END, BOOST, SCORE, MATCHED, DOC, ADDRESS] = [0, 1, 2, 3, 4, 5, 6, 7];
  const set = (local: number) => [0x21, local];
  const tee = (local: number) => [0x22, local];
  const add = (local: number, bytes: number) => [...get(local), 0x41, bytes, 0x6a];
  const body = [
    ...[0x01, 0x02, WASM_TYPE.i32], // locals: doc, address
    ...[0x03, 0x40], // loop
    ...[...get(P), 0x28, 0x02, 0x00, ...set(DOC)], // doc = docs[p]
    ...[...get(SCORE), ...get(DOC), 0x41, 3, 0x74, 0x6a, ...set(ADDRESS)], // address = score + doc × 8
    ...[...get(ADDRESS), ...get(ADDRESS), 0x2b, 0x03, 0x00], // score[doc] …
    ...[...get(BOOST), ...get(W), 0x2a, 0x02, 0x00, 0xbb, 0xa2, 0xa0, 0x39, 0x03, 0x00], // … + boost × f64(weight), stored
    ...[...get(MATCHED), ...get(DOC), 0x41, 1, 0x74, 0x6a, ...tee(ADDRESS)], // address = matched + doc × 2
    ...[...get(ADDRESS), 0x2f, 0x01, 0x00, 0x41, 1, 0x6a, 0x3b, 0x01, 0x00], // matched[doc] += 1
    ...[...add(W, 4), ...set(W)],
    ...[...add(P, 4), ...tee(P), ...get(END), 0x49, 0x0d, 0], // br_if (p += 4) < end
    0x0b, // end loop
    0x0b, // end function
  ];
  const { i32, f64 } = WASM_TYPE;
  return oneFunctionModule("accumulate", [i32, i32, i32, f64, i32, i32], body);
});

/** Where each array starts in the memory, and the bytes they take together. */
function layout(documents: number, postings: number) {
  // Scores first (8-byte aligned), then counts, then documents and weights (4-byte aligned).
  const matchedAt = 8 * documents;
  const docsAt = Math.ceil((matchedAt + 2 * documents) / 4) * 4;
  const weightsAt = docsAt + 4 * postings;
  return { matchedAt, docsAt, weightsAt, bytes: weightsAt + 4 * postings };
}

export class PostingScan {
  readonly score: Float64Array;
  readonly matched: Uint16Array;
  readonly docs: Uint32Array;
  readonly weights: Float32Array;
  private readonly docsAt: number;
  private readonly weightsAt: number;
  private readonly matchedAt: number;
  private readonly run: (p: number, w: number, end: number, boost: number, score: number, matched: number) => void;

  private constructor(documents: number, postings: number, at: ReturnType<typeof layout>, { memory, exports }: WasmInstance) {
    this.matchedAt = at.matchedAt;
    this.docsAt = at.docsAt;
    this.weightsAt = at.weightsAt;
    this.run = exports.accumulate as PostingScan["run"];
    this.score = new Float64Array(memory.buffer, 0, documents);
    this.matched = new Uint16Array(memory.buffer, this.matchedAt, documents);
    this.docs = new Uint32Array(memory.buffer, this.docsAt, postings);
    this.weights = new Float32Array(memory.buffer, this.weightsAt, postings);
  }

  /** Room for `postings` postings over `documents` documents (to fill through `docs` and `weights`), or null when WebAssembly memory cannot hold them. */
  static allocate(documents: number, postings: number): PostingScan | null {
    const at = layout(documents, postings);
    // Without the memory, BM25 keeps its JavaScript loop.
    const wasm = instantiateOverMemory(accumulateModule, at.bytes);
    return wasm && new PostingScan(documents, postings, at, wasm);
  }

  /** Adds postings start … end (indexes into `docs`) with their boost to `score` and `matched`. */
  accumulate(start: number, end: number, boost: number): void {
    if (end > start) this.run(this.docsAt + 4 * start, this.weightsAt + 4 * start, this.docsAt + 4 * end, boost, 0, this.matchedAt);
  }
}
