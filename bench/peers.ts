/** The peers our search is compared with over the same chunks and vectors: LangChain's MemoryVectorStore (exact) and MiniSearch alone. */
import { MemoryVectorStore } from "@langchain/classic/vectorstores/memory";
import { Document } from "@langchain/core/documents";
import { FakeEmbeddings } from "@langchain/core/utils/testing";
import MiniSearch from "minisearch";
import type { Chunk } from "../lib/types";

/** LangChain's in-memory store, filled with our vectors (no embedder is ever called). */
export async function memoryVectorStore(chunks: Chunk[], vectors: number[][]): Promise<MemoryVectorStore> {
  const store = new MemoryVectorStore(new FakeEmbeddings());
  await store.addVectors(
    vectors,
    chunks.map((c) => new Document({ pageContent: c.text, metadata: { chunkId: c.id } })),
  );
  return store;
}

/** MiniSearch with its defaults (its own tokenizer, BM25+, OR of terms) over the same chunk texts and titles. */
export function plainMiniSearch(chunks: Chunk[]): MiniSearch {
  const index = new MiniSearch({ idField: "id", fields: ["text", "title"] });
  index.addAll(chunks.map(({ id, text, title }) => ({ id, text, title })));
  return index;
}
