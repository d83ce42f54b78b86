/**
 * What retrieval, answers and the API read from the archive, whichever store holds it: the embedded
 * index (files in DATA_DIR, the default) or PostgreSQL with pgvector (STORE=postgres).
 */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import type { QueryTerm } from "../index/bm25";
import type { TermStatistics } from "../retrieve/coverage";
import type { AlsoReportedBy, Chunk, DocumentSummary, SourceDocument } from "../types";
import type { EventCatalog } from "../index/event-catalog";

export type StoreKind = "embedded" | "postgres";

/** The archive at the moment it was opened: what /api/health reports. */
export interface StoreSummary {
  documents: number;
  chunks: number;
  builtAt: string | null;
  embedder: { name: string; dimensions: number };
}

/** Vector and keyword candidates of one question, read from one version of the archive. */
export interface Candidates {
  vector: Chunk[];
  lexical: Chunk[];
}

export interface ArchiveStore {
  readonly kind: StoreKind;
  readonly summary: StoreSummary;
  /** The embedder that made the stored vectors: queries must use it too. */
  readonly embeddings: EmbeddingsInterface;
  /** Document frequencies of folded syllables over the chunks (concept weights, unknown names). */
  readonly stats: TermStatistics;
  /** The `k` chunks nearest a query vector, by cosine distance (smallest first). */
  nearest(vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]>;
  /** The best `k` chunks by BM25 over our folded terms (weighted query terms, each once). */
  keywordSearch(terms: readonly QueryTerm[], k: number): Promise<Chunk[]>;
  /**
   * Both searches of one question against the same version of the archive, so a reader never mixes
   * an article's old and new chunks (a null vector or empty terms skip that side).
   */
  candidates(vector: number[] | null, terms: readonly QueryTerm[], k: number): Promise<Candidates>;
  /** The archive's events (lib/index/event-catalog.ts), when this store keeps them; without, questions are not read for events. */
  readonly events?: EventCatalog;
  /** Whether any chunk has a BM25 term (a syllable or a bigram "le_van"), when the store can tell without a query. */
  hasTerm?(term: string): boolean;
  document(id: string): Promise<SourceDocument | null>;
  /** Other outlets' copies of an article, kept instead of indexed twice (stores that track them). */
  alsoReportedBy?(id: string): AlsoReportedBy[];
  /** Every article, oldest first (undated ones first). */
  documentSummaries(): Promise<DocumentSummary[]>;
}

export const byDate = (a: DocumentSummary, b: DocumentSummary) => (a.date ?? "").localeCompare(b.date ?? "");

/** An article's line in the list (`documentSummaries`), whichever store holds it: its metadata and what the store knows of it. */
export function documentSummary(
  { id, title, date, source, url, lang }: SourceDocument,
  held: { chunks: number; added: boolean; alsoReportedBy: AlsoReportedBy[] },
): DocumentSummary {
  return { id, title, date, source, url, lang, ...held };
}
