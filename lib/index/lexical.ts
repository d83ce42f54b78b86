/** The BM25 side of retrieval: chunk text and title on folded syllables and bigrams, and its two files. */
import type { Chunk } from "../types";
import { indexTerms } from "../text/features";
import { lexicalMetaSchema, parseJson } from "./schemas";
import { Bm25Index, type Bm25Field, type Bm25Hit, type QueryTerm } from "./bm25";
import { PostingScan } from "./posting-scan";

/** Fields of a chunk and their weights; the title is repeated on every chunk of an article, so it weighs less. */
const FIELDS: Bm25Field[] = [
  { name: "text", boost: 1 },
  { name: "title", boost: 0.3 },
];

export const LEXICAL_FILES = { meta: "lexical.json", postings: "lexical.bin" } as const;
const FORMAT = 2;

export type LexicalIndex = Bm25Index;

/** What retrieval asks of the keyword side: a base index alone, or a base with a delta segment. */
export interface LexicalSearch {
  /** Best `limit` chunks (positions in the index's chunk list) for weighted query terms. */
  search(query: readonly QueryTerm[], limit: number): Bm25Hit[];
  /** Whether any chunk has the term (removed articles' terms may still count until the next build). */
  has(term: string): boolean;
}

function* fieldsOf(chunks: readonly Pick<Chunk, "text" | "title">[]) {
  for (const c of chunks) yield [indexTerms(c.text), indexTerms(c.title)];
}

/**
 * Terms of the delta's chunks, remembered by text: every change re-applies the whole delta (up to
 * DELTA_COMPACT_CHUNKS chunks), and without this each reload cut every added chunk into terms again.
 */
const DELTA_TERMS = new Map<string, string[]>();
const DELTA_TERMS_MAX = 20_000;

function deltaTerms(text: string): string[] {
  let terms = DELTA_TERMS.get(text);
  if (!terms) {
    if (DELTA_TERMS.size >= DELTA_TERMS_MAX) DELTA_TERMS.clear();
    terms = indexTerms(text);
    DELTA_TERMS.set(text, terms);
  }
  return terms;
}

function* deltaFieldsOf(chunks: readonly Pick<Chunk, "text" | "title">[]) {
  for (const c of chunks) yield [deltaTerms(c.text), deltaTerms(c.title)];
}

export function buildLexicalIndex(chunks: readonly Pick<Chunk, "text" | "title">[]): LexicalIndex {
  return Bm25Index.build(FIELDS, fieldsOf(chunks));
}

/**
 * A small segment over chunks added since the base was built, weighted with the base's statistics
 * so its scores merge with the base's. Articles removed since stay counted in those statistics
 * until the next full build: a drift of a few documents in thousands.
 */
export function buildLexicalDelta(chunks: readonly Pick<Chunk, "text" | "title">[], base: LexicalIndex): LexicalIndex {
  const averageLengths = base.averageLengths;
  return Bm25Index.build(
    FIELDS,
    deltaFieldsOf(chunks),
    averageLengths ? { documents: base.documents, averageLengths, documentFrequency: (t) => base.documentFrequency(t) } : undefined,
  );
}

/**
 * The base segment with some of its chunks hidden (removed articles) and a delta segment whose
 * chunk positions follow the base's, merged by score at query time.
 */
export class SegmentedLexicalIndex implements LexicalSearch {
  constructor(
    private readonly base: LexicalIndex,
    /** 1 for each base position that is hidden. */
    private readonly hidden: Uint8Array,
    private readonly hiddenCount: number,
    private readonly delta: LexicalIndex,
  ) {}

  has(term: string): boolean {
    return this.base.has(term) || this.delta.has(term);
  }

  search(query: readonly QueryTerm[], limit: number): Bm25Hit[] {
    // Hidden chunks can take places in the base's list: ask for that many more.
    const fromBase = this.base.search(query, limit + this.hiddenCount).filter((hit) => this.hidden[hit.doc] !== 1);
    const offset = this.base.documents;
    const fromDelta = this.delta.search(query, limit).map((hit) => ({ doc: hit.doc + offset, score: hit.score }));
    return [...fromBase, ...fromDelta].sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
  }
}

interface LexicalMeta {
  format: number;
  documents: number;
  fields: Bm25Field[];
  terms: string[];
  /** Number of postings; the binary file holds offsets (terms + 1), docs, then weights. */
  postings: number;
  /** Average distinct terms per field, for scoring a delta segment against this index. */
  averageLengths?: number[];
}

/**
 * The index as a JSON text (vocabulary, fields) and the binary file's parts in order (views of the
 * posting arrays, not copies: at 100k chunks they run to hundreds of MB).
 */
export function serializeLexicalIndex(index: LexicalIndex): { meta: string; postings: Uint8Array[] } {
  const { offsets, docs, weights } = index.postings;
  const meta: LexicalMeta = {
    format: FORMAT,
    documents: index.documents,
    fields: index.fields,
    terms: index.terms,
    postings: docs.length,
    averageLengths: index.averageLengths ? [...index.averageLengths] : undefined,
  };
  const postings = [offsets, docs, weights].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  return { meta: JSON.stringify(meta), postings };
}

/** Read the two files back; throws on any inconsistency, so a damaged index is reported rather than searched. */
export function loadLexicalIndex(metaText: string, postings: Buffer): LexicalIndex {
  const meta: LexicalMeta = parseJson(lexicalMetaSchema, metaText);
  if (meta.format !== FORMAT) {
    throw new Error("unknown lexical index format");
  }
  const termCount = meta.terms.length;
  const count = meta.postings;
  const expectedBytes = 4 * (termCount + 1) + 8 * count;
  if (postings.byteLength !== expectedBytes) throw new Error(`lexical postings are ${postings.byteLength} bytes, expected ${expectedBytes}`);
  // Copy into aligned arrays (a Buffer read from disk may start at any byte offset), documents and
  // weights straight into the WebAssembly memory searches add them from when it can hold them.
  const offsetBytes = 4 * (termCount + 1);
  const offsets = new Uint32Array(termCount + 1);
  new Uint8Array(offsets.buffer).set(postings.subarray(0, offsetBytes));
  const scan = PostingScan.allocate(meta.documents, count) ?? undefined;
  const docs = scan?.docs ?? new Uint32Array(count);
  const weights = scan?.weights ?? new Float32Array(count);
  new Uint8Array(docs.buffer, docs.byteOffset, 4 * count).set(postings.subarray(offsetBytes, offsetBytes + 4 * count));
  new Uint8Array(weights.buffer, weights.byteOffset, 4 * count).set(postings.subarray(offsetBytes + 4 * count));
  for (let t = 0; t < termCount; t++) if (offsets[t]! > offsets[t + 1]!) throw new Error("lexical offsets out of order");
  if (offsets[0] !== 0 || offsets[termCount] !== count) throw new Error("lexical offsets do not match the postings");
  for (const doc of docs) if (doc >= meta.documents) throw new Error("lexical posting outside the documents");
  const averageLengths = meta.averageLengths?.every((n) => Number.isFinite(n)) ? meta.averageLengths : undefined;
  return new Bm25Index(meta.terms, meta.fields, { offsets, docs, weights, scan }, meta.documents, averageLengths);
}
