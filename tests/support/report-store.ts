/** A store over a few short synthetic reports, for ranking tests: both searches return the reports in the order given. */
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import type { ArchiveStore } from "@/lib/store/store";
import type { Chunk, SourceDocument } from "@/lib/types";
import { wholeArticleChunks } from "./whole-article-chunks";

/** The reports' store, one chunk each unless `chunks` cuts them otherwise: the ranking alone must move a later report up. */
export function reportStore(docs: readonly SourceDocument[], chunks: Chunk[] = wholeArticleChunks(docs)): ArchiveStore {
  return {
    stats: new TermStatistics(chunks.map((c) => c.text)),
    events: new EventCatalog(new Map(docs.map((d) => [d.id, d])), chunks),
    candidates: async () => ({ vector: [], lexical: chunks }),
  } as unknown as ArchiveStore;
}
