/** Splits a document's cleaned body into overlapping, sentence-aligned chunks with exact offsets. */
import type { Chunk, SourceDocument } from "../types";
import { splitSentences, type Span } from "../text/sentences";

/** Chunking settings; recorded in the index manifest, so a change triggers a rebuild. */
export interface ChunkSettings {
  /** Target chunk length in characters; sentences are packed until the next would pass it. */
  targetChars: number;
  /** Sentences repeated at the start of the next chunk. */
  overlapSentences: number;
  /** A sentence longer than this is cut at clause or word boundaries. */
  maxSentenceChars: number;
}

/** Chosen by `npm run eval` over sizes 300–1200 (see README, Evaluation). */
export const DEFAULT_CHUNK_SETTINGS: ChunkSettings = { targetChars: 600, overlapSentences: 1, maxSentenceChars: 800 };

/** Sentence spans of the whole body, paragraph by paragraph. */
export function sentenceSpans(body: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of body.split("\n\n")) {
    spans.push(...splitSentences(paragraph, offset));
    offset += paragraph.length + 2;
  }
  return spans;
}

/** Cut an over-long sentence at "; " or ", " (else a space) so no piece passes `max`. */
function cutLongSpan(body: string, span: Span, max: number): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    const window = body.slice(start, start + max);
    const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    const at = cut > max / 3 ? cut + 1 : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : max;
    pieces.push({ start, end: start + at });
    start += at;
    while (body[start] === " ") start++;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Chunk one document. Every chunk satisfies `doc.body.slice(chunk.start, chunk.end) === chunk.text`. */
export function chunkDocument(doc: SourceDocument, settings: ChunkSettings = DEFAULT_CHUNK_SETTINGS): Chunk[] {
  const units = sentenceSpans(doc.body).flatMap((s) => cutLongSpan(doc.body, s, settings.maxSentenceChars));
  const chunks: Chunk[] = [];
  let first = 0;
  while (first < units.length) {
    let last = first;
    while (last + 1 < units.length && units[last + 1]!.end - units[first]!.start <= settings.targetChars) last++;
    const start = units[first]!.start;
    const end = units[last]!.end;
    chunks.push({
      id: `${doc.id}#${chunks.length}`,
      docId: doc.id,
      title: doc.title,
      date: doc.date,
      url: doc.url,
      source: doc.source,
      start,
      end,
      text: doc.body.slice(start, end),
    });
    if (last + 1 >= units.length) break;
    first = Math.max(first + 1, last + 1 - settings.overlapSentences);
  }
  return chunks;
}
