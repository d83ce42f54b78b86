/** What clients see of passages: the citation number, where the passage is and what it says. */
import type { Passage, PassageView } from "../types";

export function toPassageView({ rank, chunk, score }: Passage): PassageView {
  return { n: rank, docId: chunk.docId, chunkId: chunk.id, title: chunk.title, date: chunk.date, url: chunk.url, source: chunk.source, score, text: chunk.text, start: chunk.start, end: chunk.end };
}
