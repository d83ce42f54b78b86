/** The BM25 side of retrieval: a MiniSearch index over chunk text, on folded syllables and bigrams. */
import MiniSearch, { type SearchResult } from "minisearch";
import type { Chunk } from "../types";
import { lexicalTerms } from "../text/features";

const OPTIONS = {
  idField: "id",
  fields: ["text", "title"],
  storeFields: [] as string[],
  tokenize: (text: string) => lexicalTerms(text),
  processTerm: (term: string) => term,
  searchOptions: { boost: { text: 1, title: 0.3 }, combineWith: "OR" as const },
};

export type LexicalIndex = MiniSearch<Pick<Chunk, "id" | "text" | "title">>;

export function buildLexicalIndex(chunks: Chunk[]): LexicalIndex {
  const index: LexicalIndex = new MiniSearch(OPTIONS);
  index.addAll(chunks.map(({ id, text, title }) => ({ id, text, title })));
  return index;
}

export function loadLexicalIndex(json: string): LexicalIndex {
  return MiniSearch.loadJSON(json, OPTIONS);
}

/** Search with a query given as weighted terms (already folded and expanded). */
export function searchLexical(index: LexicalIndex, terms: { term: string; boost: number }[], limit: number): SearchResult[] {
  if (terms.length === 0) return [];
  const weights = new Map(terms.map(({ term, boost }) => [term, boost]));
  return index
    .search([...weights.keys()].join(" "), {
      tokenize: (query: string) => query.split(" "),
      boostTerm: (term: string) => weights.get(term) ?? 1,
    })
    .slice(0, limit);
}
