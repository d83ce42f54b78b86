/** One article made ready for the index: its chunks and the texts their vectors are made from. Shared by the full build and an addition. */
import type { Chunk, SourceDocument } from "../types";
import { chunkDocument, type ChunkSettings } from "./chunk";

/** What is embedded for a chunk: the title gives every chunk its article's context. */
export const embeddingText = (chunk: Pick<Chunk, "title" | "text">) => `${chunk.title}\n${chunk.text}`;

export interface PreparedDocument {
  document: SourceDocument;
  chunks: Chunk[];
  texts: string[];
}

export function prepareDocument(document: SourceDocument, chunking: ChunkSettings): PreparedDocument {
  const chunks = chunkDocument(document, chunking);
  return { document, chunks, texts: chunks.map(embeddingText) };
}
