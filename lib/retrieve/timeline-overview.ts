/**
 * The passage that sums a timeline up: an article that writes out the days of the timeline's first and last events
 * ("Từ phiên khai mạc tại Hà Nội ngày 18/4/2039 đến tuyên bố chung tại Hạ Long ngày 26/7/2040, …"; an analysis
 * looking back, or a report that recalls where the talks began) spans it, and its passage dating the first event opens
 * the timeline before the one line per event.
 */
import type { ArchiveEvent, EventCatalog } from "../index/event-catalog";
import type { Chunk } from "../types";
import { eventDay } from "./written-date";

/** Fewest events a timeline lists for a passage to sum it up: two are a before and an after, not a course of events. */
const MIN_EVENTS = 3;

/** The chunks of a chunk's article: an article's chunks are next to each other in the catalog's list. */
function articleChunks(catalog: EventCatalog, index: number): Chunk[] {
  const list = catalog.chunkList;
  const docId = list[index]!.docId;
  let from = index;
  while (from > 0 && list[from - 1]!.docId === docId) from--;
  let to = index + 1;
  while (to < list.length && list[to]!.docId === docId) to++;
  return list.slice(from, to);
}

/**
 * Of the candidates (best first), the one that opens the timeline of `events` (in date order) as its overview: of the
 * first article in the reader's language (else any) whose chunks write out the days of the first and the last event,
 * its passage that dates the first one (in its best candidate's place when it is none), else its best candidate. Null
 * when no candidate's article spans the timeline.
 */
export function timelineOverview<T extends { chunk: Chunk }>(
  events: readonly ArchiveEvent[],
  candidates: readonly T[],
  catalog: EventCatalog,
  language: "vi" | "en",
): T | null {
  const dated = events.filter((e) => e.date !== null);
  const first = dated[0];
  const last = dated.at(-1);
  if (events.length < MIN_EVENTS || !first || !last || first === last) return null;
  const dates = (chunk: Chunk, event: ArchiveEvent) => eventDay(chunk.text, catalog.writtenOn(chunk.docId), [event]) === "written";
  const spanning = new Map<string, boolean>();
  const spans = (chunk: Chunk) => {
    let known = spanning.get(chunk.docId);
    if (known === undefined) {
      const index = catalog.chunkIndexOf(chunk.id);
      const chunks = index === undefined ? [chunk] : articleChunks(catalog, index);
      known = chunks.some((c) => dates(c, first)) && chunks.some((c) => dates(c, last));
      spanning.set(chunk.docId, known);
    }
    return known;
  };
  const inLanguage = (e: T) => catalog.documents.get(e.chunk.docId)?.lang === language;
  const article = candidates.find((e) => inLanguage(e) && spans(e.chunk)) ?? candidates.find((e) => spans(e.chunk));
  if (!article) return null;
  const dating = candidates.find((e) => e.chunk.docId === article.chunk.docId && dates(e.chunk, first));
  if (dating) return dating;
  // The article's passage dating the first event may be no candidate ("Round one, Hanoi, March 14-16, 2033." in a look back
  // whose later paragraphs the question matched): it stands in the place of the article's best candidate.
  const index = catalog.chunkIndexOf(article.chunk.id);
  const opening = index === undefined ? undefined : articleChunks(catalog, index).find((c) => dates(c, first));
  return opening ? { ...article, chunk: opening } : article;
}
