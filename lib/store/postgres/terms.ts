/**
 * Our folded terms as words PostgreSQL's `simple` text search configuration keeps whole: its parser
 * splits at "_" (our bigram joiner) and ",", so those are escaped, and a query's term weights become
 * repetitions (pg_textsearch's BM25 adds a repeated query term's score once per repetition).
 */
import type { QueryTerm } from "../../index/bm25";
import { indexTerms } from "../../text/features";

const ESCAPES: Record<string, string> = { z: "zz", _: "zu", ",": "zc", ".": "zd" };

/** One term as one PostgreSQL word; injective ("z" itself is escaped). */
export function encodeTerm(term: string): string {
  return term.replace(/[z_,.]/g, (c) => ESCAPES[c]!);
}

/** The `terms` column of a chunk: its text's terms, then its article title's. */
export function termsColumn(text: string, title: string): string {
  return indexTerms(text).concat(indexTerms(title)).map(encodeTerm).join(" ");
}

/** Repetitions per unit of query-term weight: 10 keeps the retriever's weights (0.3 … 1) to a tenth. */
const REPEATS_PER_WEIGHT = 10;

/** A weighted query as the text handed to `to_bm25query` (or to tsquery), best-weighted terms first. */
export function bm25QueryText(terms: readonly QueryTerm[]): string {
  const words: string[] = [];
  for (const { term, boost } of [...terms].sort((a, b) => b.boost - a.boost)) {
    const word = encodeTerm(term);
    const times = Math.max(1, Math.round(boost * REPEATS_PER_WEIGHT));
    for (let i = 0; i < times; i++) words.push(word);
  }
  return words.join(" ");
}
