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

import { PostingScan } from "./posting-scan";

export const BM25_PARAMS = { k: 1.2, b: 0.7, d: 0.5 } as const;

export interface Bm25Field {
  name: string;
  boost: number;
}

/**
 * Postings of all fields merged: for term t, entries offsets[t] … offsets[t + 1] of docs (ascending)
 * and weights (the sum over fields of boost × BM25+ weight), so a document appears once per term.
 */
export interface Postings {
  offsets: Uint32Array;
  docs: Uint32Array;
  weights: Float32Array;
  /** The WebAssembly memory `docs` and `weights` are views of, when they were read into one. */
  scan?: PostingScan;
}

/** Per-search scratch: accumulated score and distinct query terms matched, per document, and how a term's postings are added to them. */
interface Scratch {
  score: Float64Array;
  matched: Uint16Array;
  accumulate(start: number, end: number, boost: number): void;
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

/**
 * Statistics of a larger index that a small one is scored against (a delta segment against its
 * base), so that the two segments' scores can be merged: document count, average field lengths,
 * and how many documents contain a term.
 */
export interface ReferenceStatistics {
  documents: number;
  averageLengths: readonly number[];
  documentFrequency(term: string): number;
}

/**
 * BM25's inverse document frequency (the +1 keeps it positive for terms in most documents), as
 * MiniSearch computes it. Also weighs the local embedder's features and the question concepts
 * that coverage counts, so the three rank rarity alike.
 */
export function idf(documents: number, matching: number): number {
  return Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
}

/** Merged postings from each document's per-field term counts (`perDoc[doc][field]`), and the average field lengths. */
function mergedPostings(
  perDoc: FieldCounts[][],
  fields: Bm25Field[],
  vocabulary: string[],
  reference?: ReferenceStatistics,
): { postings: Postings; averageLengths: number[] } {
  const terms = vocabulary.length;
  const documents = perDoc.length;
  // Per field: documents containing each term, and the average field length (distinct terms).
  const frequency = fields.map(() => new Uint32Array(terms));
  const averageLength = fields.map(() => 0);
  // Per term: documents containing it in any field (a document counts once).
  const offsets = new Uint32Array(terms + 1);
  const lastDoc = new Int32Array(terms).fill(-1);
  perDoc.forEach((byField, doc) => {
    byField.forEach(({ ids }, f) => {
      averageLength[f]! += ids.length / Math.max(documents, 1);
      for (const id of ids) {
        frequency[f]![id]!++;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          offsets[id + 1]!++;
        }
      }
    });
  });
  for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
  const ownAverages = [...averageLength];
  // Scored against a reference: its documents and lengths count, and its frequencies (merged over fields) add to each field's.
  const total = reference ? reference.documents + documents : documents;
  if (reference) {
    for (let t = 0; t < terms; t++) {
      const more = reference.documentFrequency(vocabulary[t]!);
      if (more > 0) for (const f of frequency) f[t]! += more;
    }
    fields.forEach((_, f) => {
      averageLength[f] = reference.averageLengths[f] ?? averageLength[f]!;
    });
  }
  const docs = new Uint32Array(offsets[terms]!);
  const weights = new Float32Array(offsets[terms]!);
  const next = offsets.slice(0, terms);
  lastDoc.fill(-1);
  const { k, b, d } = BM25_PARAMS;
  perDoc.forEach((byField, doc) => {
    byField.forEach(({ ids, tfs }, f) => {
      const norm = k * (1 - b + (b * ids.length) / averageLength[f]!);
      const boost = fields[f]!.boost;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const weight = boost * idf(total, frequency[f]![id]!) * (d + (tf * (k + 1)) / (tf + norm));
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          docs[next[id]!] = doc;
          weights[next[id]!++] = weight;
        } else {
          weights[next[id]! - 1] = weights[next[id]! - 1]! + weight;
        }
      }
    });
  });
  return { postings: { offsets, docs, weights }, averageLengths: ownAverages };
}

export class Bm25Index {
  private readonly vocabulary: Map<string, number>;
  /** Made at the first search, then reused: an index read from disk has its postings in a scan already, one built here (a delta) is copied into one then. */
  private scratch: Scratch | null = null;

  constructor(
    readonly terms: string[],
    readonly fields: Bm25Field[],
    readonly postings: Postings,
    readonly documents: number,
    /** Average distinct terms per field; absent in indexes written before it was recorded. */
    readonly averageLengths?: readonly number[],
  ) {
    this.vocabulary = new Map(terms.map((t, i) => [t, i]));
  }

  /**
   * The postings' WebAssembly scan (copying them into one when they were not read into it), else
   * the same loop in JavaScript.
   */
  private scratchSpace(): Scratch {
    if (this.scratch) return this.scratch;
    const { docs, weights } = this.postings;
    let scan = this.postings.scan ?? null;
    if (!scan) {
      scan = PostingScan.allocate(this.documents, docs.length);
      scan?.docs.set(docs);
      scan?.weights.set(weights);
    }
    if (scan) {
      const ready = scan;
      this.scratch = { score: ready.score, matched: ready.matched, accumulate: (start, end, boost) => ready.accumulate(start, end, boost) };
      return this.scratch;
    }
    const score = new Float64Array(this.documents);
    const matched = new Uint16Array(this.documents);
    const accumulate = (start: number, end: number, boost: number) => {
      for (let p = start; p < end; p++) {
        const doc = docs[p]!;
        score[doc] = score[doc]! + boost * weights[p]!;
        matched[doc] = matched[doc]! + 1;
      }
    };
    this.scratch = { score, matched, accumulate };
    return this.scratch;
  }

  /** Whether any document has the term (a syllable, or a bigram "le_van"). */
  has(term: string): boolean {
    return this.vocabulary.has(term);
  }

  /**
   * Index documents given as one token list per field, in `fields` order; with a reference, weights
   * use its statistics too (see ReferenceStatistics).
   */
  static build(fields: Bm25Field[], documents: Iterable<readonly (readonly string[])[]>, reference?: ReferenceStatistics): Bm25Index {
    const vocabulary = new Map<string, number>();
    const scratch = new Map<number, number>();
    const perDoc: FieldCounts[][] = [];
    for (const tokens of documents) perDoc.push(fields.map((_, f) => countTerms(tokens[f] ?? [], vocabulary, scratch)));
    const terms = [...vocabulary.keys()];
    const { postings, averageLengths } = mergedPostings(perDoc, fields, terms, reference);
    return new Bm25Index(terms, fields, postings, perDoc.length, averageLengths);
  }

  /** Documents containing a term in any field. */
  documentFrequency(term: string): number {
    const id = this.vocabulary.get(term);
    return id === undefined ? 0 : this.postings.offsets[id + 1]! - this.postings.offsets[id]!;
  }

  /** Best `limit` documents for weighted query terms (each term once); equal scores keep document order. */
  search(query: readonly QueryTerm[], limit: number): Bm25Hit[] {
    const { score, matched, accumulate } = this.scratchSpace();
    const { offsets } = this.postings;
    // Clearing is a memset, cheaper than checking a stamp on every posting.
    score.fill(0);
    matched.fill(0);
    let any = false;
    // Each document's weights are added in the query's order, whichever loop adds them.
    for (const { term, boost } of query) {
      const id = this.vocabulary.get(term);
      if (id === undefined) continue;
      any = true;
      accumulate(offsets[id]!, offsets[id + 1]!, boost);
    }
    const best: Bm25Hit[] = [];
    if (!any || limit <= 0) return best;
    // Final score = sum × distinct terms matched; keep the best `limit`, best first.
    for (let doc = 0; doc < this.documents; doc++) {
      if (matched[doc] === 0) continue;
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
