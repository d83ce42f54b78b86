/**
 * The built-in embedder: Vietnamese-aware feature hashing (exact and folded syllables, syllable
 * bigrams, character trigrams), IDF-weighted and L2-normalised. Deterministic, offline, no download.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { tokenize } from "../text/normalize";
import { bigrams, charNgrams } from "../text/features";

/** Size of the hashed space document frequencies are counted in (fewer collisions than `dimensions`). */
const IDF_BUCKETS = 1 << 18;

/** Relative weight of each feature family in the vector. */
const WEIGHTS = { exact: 0.5, folded: 1, bigram: 1.5, trigram: 0.35 } as const;

/** FNV-1a, 32 bit. */
function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

interface Feature {
  key: string;
  weight: number;
}

function features(text: string): Feature[] {
  const tokens = tokenize(text);
  const folded = tokens.map((t) => t.folded);
  const out: Feature[] = [];
  for (const t of tokens) if (t.text !== t.folded) out.push({ key: `w:${t.text}`, weight: WEIGHTS.exact });
  for (const f of folded) out.push({ key: `s:${f}`, weight: WEIGHTS.folded });
  for (const b of bigrams(folded)) out.push({ key: `b:${b}`, weight: WEIGHTS.bigram });
  for (const c of charNgrams(folded)) out.push({ key: `c:${c}`, weight: WEIGHTS.trigram });
  return out;
}

/** What the local embedder learns from the corpus: document frequencies per hashed feature. */
export interface LocalEmbedderState {
  documents: number;
  /** Base64 of a Uint32Array of document frequencies over IDF_BUCKETS. */
  documentFrequencies: string;
}

export class LocalHashEmbeddings extends Embeddings {
  static readonly id = "local-hash";
  static readonly version = 1;
  readonly dimensions: number;
  private documentFrequency = new Uint32Array(IDF_BUCKETS);
  private documentCount = 0;

  constructor(options: { dimensions?: number; state?: LocalEmbedderState } = {}) {
    super({});
    this.dimensions = options.dimensions ?? 512;
    if (options.state) {
      const bytes = Buffer.from(options.state.documentFrequencies, "base64");
      this.documentFrequency = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      this.documentCount = options.state.documents;
    }
  }

  /** Identifier recorded in the index manifest. */
  get name(): string {
    return `${LocalHashEmbeddings.id}-v${LocalHashEmbeddings.version}`;
  }

  /** Count document frequencies over the texts that will be indexed. */
  fit(texts: string[]): void {
    this.documentFrequency = new Uint32Array(IDF_BUCKETS);
    this.documentCount = texts.length;
    for (const text of texts) {
      const seen = new Set<number>();
      for (const f of features(text)) seen.add(hash(f.key) % IDF_BUCKETS);
      for (const bucket of seen) this.documentFrequency[bucket]! += 1;
    }
  }

  get state(): LocalEmbedderState {
    const bytes = Buffer.from(this.documentFrequency.buffer, this.documentFrequency.byteOffset, this.documentFrequency.byteLength);
    return { documents: this.documentCount, documentFrequencies: bytes.toString("base64") };
  }

  private idf(bucket: number): number {
    const df = this.documentFrequency[bucket] ?? 0;
    const n = Math.max(this.documentCount, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Embed one text synchronously (the hot path of indexing and of every query). */
  embed(text: string): number[] {
    const vector = new Float64Array(this.dimensions);
    const counts = new Map<string, { weight: number; count: number }>();
    for (const f of features(text)) {
      const entry = counts.get(f.key);
      if (entry) entry.count++;
      else counts.set(f.key, { weight: f.weight, count: 1 });
    }
    for (const [key, { weight, count }] of counts) {
      const h = hash(key);
      const value = weight * (1 + Math.log(count)) * this.idf(h % IDF_BUCKETS);
      const slot = hash(key, 0x9e3779b9) ;
      vector[slot % this.dimensions]! += slot & 0x80000000 ? -value : value;
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    return Array.from(vector, (v) => v / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
