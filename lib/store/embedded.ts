/** The embedded store: a thin adapter over the loaded on-disk index (HNSW graphs + typed-array BM25). */
import type { LoadedIndex } from "../index/open-index";
import { nearestChunks } from "../index/vector-search";
import type { QueryTerm } from "../index/bm25";
import { TermStatistics } from "../retrieve/coverage";
import { catalogFrom, type EventCatalog } from "../index/event-catalog";
import type { AlsoReportedBy, Chunk, DocumentSummary, SourceDocument } from "../types";
import { byDate, documentSummary, type ArchiveStore, type Candidates, type StoreSummary } from "./store";

export class EmbeddedStore implements ArchiveStore {
  readonly kind = "embedded" as const;
  readonly summary: StoreSummary;
  readonly stats: TermStatistics;
  readonly events: EventCatalog;

  /**
   * `stats`: term statistics counted beforehand (a base's, extended by additions), else counted here.
   * `baseEvents`: the catalog of the base build `index` applies its additions over; only the added
   * and removed articles are then merged into it, not the whole archive.
   */
  constructor(
    readonly index: LoadedIndex,
    stats?: TermStatistics,
    baseEvents?: EventCatalog,
  ) {
    const { manifest } = index;
    // chunkById holds live chunks only; `chunks` also keeps the positions of removed articles' chunks.
    this.summary = { documents: index.documents.size, chunks: index.chunkById.size, builtAt: manifest.builtAt, embedder: manifest.embedder };
    this.stats = stats ?? new TermStatistics(index.chunks.map((c) => c.text));
    // A removed article's chunks keep their positions but are hidden: about no event.
    const hidden = index.overlay?.hiddenCount ? index.overlay.hidden : null;
    this.events =
      baseEvents && !index.overlay && baseEvents.chunkList === index.chunks
        ? baseEvents
        : catalogFrom(index.eventFacts, index.documents, index.chunks, { base: baseEvents, hidden });
  }

  hasTerm(term: string): boolean {
    return this.index.lexical.has(term);
  }

  get embeddings() {
    return this.index.embeddings;
  }

  async nearest(vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]> {
    const limit = Math.min(k, this.index.chunks.length);
    return limit > 0 ? nearestChunks(this.index, vector, limit) : [];
  }

  async keywordSearch(terms: readonly QueryTerm[], k: number): Promise<Chunk[]> {
    return this.index.lexical
      .search(terms, k)
      .map((hit) => this.index.chunks[hit.doc])
      .filter((c): c is Chunk => c !== undefined);
  }

  async candidates(vector: number[] | null, terms: readonly QueryTerm[], k: number): Promise<Candidates> {
    // One loaded index is one version of the archive: nothing can change between the two searches.
    return {
      vector: vector ? (await this.nearest(vector, k)).map((hit) => hit.chunk) : [],
      lexical: terms.length > 0 ? await this.keywordSearch(terms, k) : [],
    };
  }

  async document(id: string): Promise<SourceDocument | null> {
    return this.index.documents.get(id) ?? null;
  }

  alsoReportedBy(id: string): AlsoReportedBy[] {
    return this.index.alsoReportedBy[id] ?? [];
  }

  async documentSummaries(): Promise<DocumentSummary[]> {
    const chunks = new Map<string, number>();
    for (const chunk of this.index.chunkById.values()) chunks.set(chunk.docId, (chunks.get(chunk.docId) ?? 0) + 1);
    const { added, alsoReportedBy } = this.index;
    return [...this.index.documents.values()]
      .map((d) => documentSummary(d, { chunks: chunks.get(d.id) ?? 0, added: added.has(d.id), alsoReportedBy: alsoReportedBy[d.id] ?? [] }))
      .sort(byDate);
  }
}
