/**
 * BM25 over pre-tokenised fields, in flat typed arrays: one posting list per term and field, each
 * posting a document number and its precomputed weight, so a query is a few tight loops.
 *
 * The scoring is MiniSearch's (BM25+ with k 1.2, b 0.7, d 0.5; field length = distinct terms;
 * field boosts; the sum multiplied by the number of query terms matched), and tests compare the
 * rankings with MiniSearch's. MiniSearch itself is not used here because it scores through nested
 * Maps and one result object per matching document: 100 ms per query at 10k chunks and gigabytes
 * of heap at 100k (`npm run bench`, where it stays as the peer).
 */

export const BM25_PARAMS = { k: 1.2, b: 0.7, d: 0.5 } as const;

export interface Bm25Field {
  name: string;
  boost: number;
}

/** One field's postings: for term t, entries offsets[t] … offsets[t + 1] of docs and weights. */
export interface FieldPostings {
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float32Array;
}

export interface Bm25Hit {
  doc: number;
  score: number;
}

export interface QueryTerm {
  term: string;
  boost: number;
}

/** Distinct terms of one field of one document with their frequencies. */
interface FieldCounts {
  ids: Uint32Array;
  tfs: Uint32Array;
}

function countTerms(tokens: readonly string[], vocabulary: Map<string, number>, scratch: Map<number, number>): FieldCounts {
  scratch.clear();
  for (const token of tokens) {
    if (!token) continue;
    let id = vocabulary.get(token);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(token, id);
    }
    scratch.set(id, (scratch.get(id) ?? 0) + 1);
  }
  return { ids: Uint32Array.from(scratch.keys()), tfs: Uint32Array.from(scratch.values()) };
}

const idf = (documents: number, matching: number) => Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));

/** Postings of one field, in document order, with BM25+ weights (boost included). */
function fieldPostings(perDoc: FieldCounts[], terms: number, boost: number): FieldPostings {
  const documents = perDoc.length;
  const offsets = new Uint32Array(terms + 1);
  let totalLength = 0;
  for (const { ids } of perDoc) {
    totalLength += ids.length;
    for (const id of ids) offsets[id + 1]!++;
  }
  for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
  const averageLength = totalLength / Math.max(documents, 1);
  const docs = new Uint32Array(offsets[terms]!);
  const weights = new Float32Array(offsets[terms]!);
  const next = offsets.slice(0, terms);
  const { k, b, d } = BM25_PARAMS;
  perDoc.forEach(({ ids, tfs }, doc) => {
    const norm = k * (1 - b + (b * ids.length) / averageLength);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const tf = tfs[i]!;
      const at = next[id]!++;
      docs[at] = doc;
      weights[at] = boost * idf(documents, offsets[id + 1]! - offsets[id]!) * (d + (tf * (k + 1)) / (tf + norm));
    }
  });
  return { offsets, docs, weights };
}

export class Bm25Index {
  private readonly vocabulary: Map<string, number>;
  /** Per-search scratch, reused: accumulated score, distinct terms matched, last term seen, a stamp per document, and the documents matched. */
  private readonly score: Float64Array;
  private readonly matched: Uint16Array;
  private readonly lastTerm: Int32Array;
  private readonly stamp: Uint32Array;
  private readonly touched: Uint32Array;
  private generation = 0;

  constructor(
    readonly terms: string[],
    readonly fields: Bm25Field[],
    readonly postings: FieldPostings[],
    readonly documents: number,
  ) {
    this.vocabulary = new Map(terms.map((t, i) => [t, i]));
    this.score = new Float64Array(documents);
    this.matched = new Uint16Array(documents);
    this.lastTerm = new Int32Array(documents);
    this.stamp = new Uint32Array(documents);
    this.touched = new Uint32Array(documents);
  }

  /** Index documents given as one token list per field, in `fields` order. */
  static build(fields: Bm25Field[], documents: Iterable<readonly (readonly string[])[]>): Bm25Index {
    const vocabulary = new Map<string, number>();
    const scratch = new Map<number, number>();
    const perField: FieldCounts[][] = fields.map(() => []);
    for (const tokens of documents) fields.forEach((_, f) => perField[f]!.push(countTerms(tokens[f] ?? [], vocabulary, scratch)));
    const postings = fields.map((field, f) => fieldPostings(perField[f]!, vocabulary.size, field.boost));
    return new Bm25Index([...vocabulary.keys()], fields, postings, perField[0]?.length ?? 0);
  }

  /** Best `limit` documents for weighted query terms; ties keep the order in which documents were first matched. */
  search(query: readonly QueryTerm[], limit: number): Bm25Hit[] {
    const { score, matched, lastTerm, stamp, touched, postings } = this;
    const generation = ++this.generation;
    let touchedCount = 0;
    for (let q = 0; q < query.length; q++) {
      const { term, boost } = query[q]!;
      const id = this.vocabulary.get(term);
      if (id === undefined) continue;
      for (let f = 0; f < postings.length; f++) {
        const { offsets, docs, weights } = postings[f]!;
        for (let p = offsets[id]!, end = offsets[id + 1]!; p < end; p++) {
          const doc = docs[p]!;
          if (stamp[doc] !== generation) {
            stamp[doc] = generation;
            score[doc] = 0;
            matched[doc] = 0;
            lastTerm[doc] = -1;
            touched[touchedCount++] = doc;
          }
          score[doc] = score[doc]! + boost * weights[p]!;
          if (lastTerm[doc] !== q) {
            lastTerm[doc] = q;
            matched[doc] = matched[doc]! + 1;
          }
        }
      }
    }
    // Final score = sum × distinct terms matched; keep the best `limit`, best first.
    const best: Bm25Hit[] = [];
    if (limit <= 0) return best;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      const s = score[doc]! * matched[doc]!;
      if (best.length === limit && s <= best[limit - 1]!.score) continue;
      let at = Math.min(best.length, limit - 1);
      if (best.length < limit) best.push({ doc, score: s });
      while (at > 0 && best[at - 1]!.score < s) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = { doc, score: s };
    }
    return best;
  }
}
