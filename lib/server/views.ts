/** What clients see of passages: the citation number, where the passage is and what it says. */
import { contentVersion } from "../answer/versions";
import type { AlsoReportedBy, Citation, Passage, PassageView, SourceDocument } from "../types";

export function toPassageView({ rank, chunk, score }: Passage): PassageView {
  return {
    n: rank,
    docId: chunk.docId,
    chunkId: chunk.id,
    title: chunk.title,
    date: chunk.date,
    url: chunk.url,
    source: chunk.source,
    score,
    text: chunk.text,
    start: chunk.start,
    end: chunk.end,
  };
}

/** Citations stamped with their article's content version, so a later view can tell whether the offsets still hold. */
export async function withVersions(citations: Citation[], documentOf: (id: string) => Promise<SourceDocument | null>): Promise<Citation[]> {
  const versions = new Map<string, string | undefined>();
  for (const docId of new Set(citations.map((c) => c.docId))) {
    const document = await documentOf(docId);
    versions.set(docId, document ? contentVersion(document.body) : undefined);
  }
  return citations.map((c) => ({ ...c, version: versions.get(c.docId) }));
}

/** Citations with the other outlets that carried the same report, so its source card can say so. */
export function withAlsoReportedBy(citations: Citation[], copiesOf: (docId: string) => AlsoReportedBy[]): Citation[] {
  return citations.map((c) => {
    const copies = copiesOf(c.docId);
    return copies.length > 0 ? { ...c, alsoReportedBy: copies } : c;
  });
}
