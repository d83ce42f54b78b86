/**
 * The built-in embedder: Vietnamese-aware feature hashing (exact and folded syllables, syllable
 * bigrams, character trigrams), IDF-weighted and L2-normalised. Deterministic, offline, no download.
 */
import { Embeddings } from "@langchain/core/embeddings";
import { fold, rawSyllables, toNfc } from "../text/normalize";
import { charNgrams } from "../text/features";
import { idf as bm25Idf } from "./bm25";

/** Size of the hashed space document frequencies are counted in (fewer collisions than `dimensions`). */
const IDF_BUCKETS = 1 << 18;

/** Relative weight of each feature family in the vector. */
const WEIGHTS = { exact: 0.5, folded: 1, bigram: 1.5, trigram: 0.35 } as const;

const FNV_OFFSET = 0x811c9dc5;
/** Seed of the second hash, which picks a feature's dimension and sign. */
const SLOT_SEED = 0x9e3779b9;

/** FNV-1a, 32 bit, continuing from state `h`: fnv(a + b, s) === fnv(b, fnv(a, s)). */
function fnv(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A feature is its key string ("s:dam", "b:dam_phan", …) hashed twice: `bucket` counts document
 * frequency, `slot` picks the dimension and sign. Keys are never built as strings: FNV-1a is
 * sequential, so a key's hash continues from its prefix's.
 */
interface Feature {
  /** Both hashes in one number (53 bits), to count repeats of a key within a text. */
  id: number;
  bucket: number;
  slot: number;
  weight: number;
}

type FeatureVisitor = (id: number, bucket: number, slot: number, weight: number) => void;

const featureId = (h1: number, h2: number) => h1 * 0x200000 + (h2 >>> 11);

/** A prefix's hash states under both seeds, to continue from. */
const prefix = (p: string): [number, number] => [fnv(p, FNV_OFFSET), fnv(p, SLOT_SEED)];
const EXACT = prefix("w:");
const FOLDED = prefix("s:");
const BIGRAM = prefix("b:");
const TRIGRAM = prefix("c:");

function keyed([seed1, seed2]: [number, number], text: string, weight: number): Feature {
  const h1 = fnv(text, seed1);
  const h2 = fnv(text, seed2);
  return { id: featureId(h1, h2), bucket: h1 % IDF_BUCKETS, slot: h2, weight };
}

/** Everything one syllable contributes, computed once per distinct token. */
interface Syllable {
  folded: string;
  exact: Feature | null;
  syllable: Feature;
  trigrams: Feature[];
  /** Hash states after "b:<folded>_", from which the bigram with the next syllable continues. */
  bigramLeft: [number, number];
}

/**
 * Distinct features of one text in order of first occurrence, with their counts: an
 * open-addressing table over typed arrays, reused from text to text.
 */
class FeatureCounts {
  size = 0;
  private mask = 0;
  private slots = new Int32Array(0);
  private stamps = new Uint32Array(0);
  private generation = 0;
  ids = new Float64Array(0);
  buckets = new Int32Array(0);
  hashes = new Uint32Array(0);
  weights = new Float64Array(0);
  counts = new Int32Array(0);

  /** Empty the table, sized for up to `features` features. */
  reset(features: number): void {
    this.size = 0;
    this.generation++;
    if (features * 2 <= this.slots.length) return;
    const capacity = 1 << Math.ceil(Math.log2(Math.max(features * 2, 1024)));
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.ids = new Float64Array(capacity);
    this.buckets = new Int32Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.weights = new Float64Array(capacity);
    this.counts = new Int32Array(capacity);
  }

  readonly add: FeatureVisitor = (id, bucket, slot, weight) => {
    let i = (bucket ^ slot) & this.mask;
    while (this.stamps[i] === this.generation) {
      const at = this.slots[i]!;
      if (this.ids[at] === id) {
        this.counts[at]!++;
        return;
      }
      i = (i + 1) & this.mask;
    }
    const at = this.size++;
    this.stamps[i] = this.generation;
    this.slots[i] = at;
    this.ids[at] = id;
    this.buckets[at] = bucket;
    this.hashes[at] = slot;
    this.weights[at] = weight;
    this.counts[at] = 1;
  };
}

const CACHE_LIMIT = 200_000;

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
  private idfTable: Float64Array | null = null;
  private syllables = new Map<string, Syllable>();
  private counts = new FeatureCounts();
  private buffer = new Float64Array(0);

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

  private syllable(raw: string): Syllable {
    let s = this.syllables.get(raw);
    if (s) return s;
    const text = raw.toLowerCase();
    const folded = fold(text);
    s = {
      folded,
      exact: text !== folded ? keyed(EXACT, text, WEIGHTS.exact) : null,
      syllable: keyed(FOLDED, folded, WEIGHTS.folded),
      trigrams: charNgrams([folded]).map((c) => keyed(TRIGRAM, c, WEIGHTS.trigram)),
      bigramLeft: [fnv(`${folded}_`, BIGRAM[0]), fnv(`${folded}_`, BIGRAM[1])],
    };
    if (this.syllables.size >= CACHE_LIMIT) this.syllables.clear();
    this.syllables.set(raw, s);
    return s;
  }

  /** Visit every feature of a text in a fixed order: exact syllables, folded syllables, bigrams, trigrams. */
  private eachFeature(tokens: Syllable[], visit: FeatureVisitor): void {
    const pass = (f: Feature) => visit(f.id, f.bucket, f.slot, f.weight);
    for (const t of tokens) if (t.exact) pass(t.exact);
    for (const t of tokens) pass(t.syllable);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [left1, left2] = tokens[i]!.bigramLeft;
      const right = tokens[i + 1]!.folded;
      const h1 = fnv(right, left1);
      const h2 = fnv(right, left2);
      visit(featureId(h1, h2), h1 % IDF_BUCKETS, h2, WEIGHTS.bigram);
    }
    for (const t of tokens) for (const f of t.trigrams) pass(f);
  }

  private tokens(text: string): Syllable[] {
    // The tokens of `tokenize`, matched here so a syllable's features are computed once.
    return rawSyllables(toNfc(text)).map((raw) => this.syllable(raw));
  }

  /** Count document frequencies over the texts that will be indexed. */
  fit(texts: string[]): void {
    this.documentFrequency = new Uint32Array(IDF_BUCKETS);
    this.documentCount = texts.length;
    this.idfTable = null;
    const seenIn = new Uint32Array(IDF_BUCKETS);
    let text = 0;
    const count: FeatureVisitor = (_id, bucket) => {
      if (seenIn[bucket] === text) return;
      seenIn[bucket] = text;
      this.documentFrequency[bucket]! += 1;
    };
    for (const t of texts) {
      text++;
      this.eachFeature(this.tokens(t), count);
    }
  }

  get state(): LocalEmbedderState {
    const bytes = Buffer.from(this.documentFrequency.buffer, this.documentFrequency.byteOffset, this.documentFrequency.byteLength);
    return { documents: this.documentCount, documentFrequencies: bytes.toString("base64") };
  }

  /** BM25-style IDF of every bucket, computed once per fit. */
  private get idf(): Float64Array {
    if (this.idfTable) return this.idfTable;
    const n = Math.max(this.documentCount, 1);
    // A plain loop: Float64Array.from with a mapping function took ~0.5 s for the 262k buckets, paid by every addition.
    const table = new Float64Array(this.documentFrequency.length);
    for (let i = 0; i < table.length; i++) table[i] = bm25Idf(n, this.documentFrequency[i]!);
    this.idfTable = table;
    return table;
  }

  /** The L2-normalised vector of a text, in a buffer reused from call to call. */
  private vectorOf(text: string): Float64Array {
    const idf = this.idf;
    const tokens = this.tokens(text);
    const counts = this.counts;
    counts.reset(tokens.length * 8);
    this.eachFeature(tokens, counts.add);
    if (this.buffer.length !== this.dimensions) this.buffer = new Float64Array(this.dimensions);
    const vector = this.buffer.fill(0);
    for (let i = 0; i < counts.size; i++) {
      const count = counts.counts[i]!;
      const value = counts.weights[i]! * (count === 1 ? 1 : 1 + Math.log(count)) * idf[counts.buckets[i]!]!;
      const slot = counts.hashes[i]!;
      vector[slot % this.dimensions]! += slot & 0x80000000 ? -value : value;
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < this.dimensions; i++) vector[i] = vector[i]! / norm;
    return vector;
  }

  /** Embed one text synchronously (every query goes through here). */
  embed(text: string): number[] {
    return Array.from(this.vectorOf(text));
  }

  /** Embed one text into `out` at `offset`, without an intermediate array (the indexing hot path). */
  embedInto(text: string, out: Float32Array, offset: number): void {
    out.set(this.vectorOf(text), offset);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }
}
