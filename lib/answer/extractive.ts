/** The offline answerer: picks the passage sentences that answer the question, orders them, and cites each. */
import { conceptWeight, coverage } from "../retrieve/coverage";
import type { Retrieval } from "../retrieve/retriever";
import type { Citation, Passage } from "../types";
import { passageSentences, quoteCitation } from "./citations";
import type { TermStatistics } from "../retrieve/coverage";

/** Passages sentences are drawn from, best first. */
const SOURCE_PASSAGES = 3;
const MAX_SENTENCES = 3;
/** A further sentence must score at least this share of the best one. */
const RELATIVE_FLOOR = 0.6;

interface Candidate {
  passage: Passage;
  start: number;
  end: number;
  text: string;
  score: number;
}

export interface ExtractiveAnswer {
  /** Sentences with their [n] markers, grouped by article. */
  body: string;
  citations: Citation[];
}

/** Choose and order the answering sentences of the best passages. */
export function extractAnswer(retrieval: Retrieval, stats: TermStatistics): ExtractiveAnswer {
  const { plan } = retrieval;
  const weights = plan.concepts.map((c) => conceptWeight(c, stats));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const passage of retrieval.passages.slice(0, SOURCE_PASSAGES)) {
    for (const span of passageSentences(passage)) {
      const key = `${passage.chunk.docId}:${span.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = passage.chunk.text.slice(span.start - passage.chunk.start, span.end - passage.chunk.start);
      // Earlier passages win ties; a follow-up's own words count double through the weights.
      const score = coverage(text, plan.concepts, weights) + 0.02 / passage.rank;
      candidates.push({ passage, start: span.start, end: span.end, text, score });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { body: "", citations: [] };
  const chosen = candidates.filter((c) => c.score >= best.score * RELATIVE_FLOOR).slice(0, MAX_SENTENCES);

  // Reading order: articles in the order of their best passage, sentences in document order.
  const articleOrder = [...new Set(chosen.map((c) => c.passage.chunk.docId))];
  chosen.sort((a, b) => articleOrder.indexOf(a.passage.chunk.docId) - articleOrder.indexOf(b.passage.chunk.docId) || a.start - b.start);
  const citations = new Map<number, Citation>();
  const paragraphs = articleOrder.map((docId) =>
    chosen
      .filter((c) => c.passage.chunk.docId === docId)
      .map((c) => {
        if (!citations.has(c.passage.rank)) citations.set(c.passage.rank, quoteCitation(c.passage.rank, c.passage, c, c.text));
        return `${c.text} [${c.passage.rank}]`;
      })
      .join(" "),
  );
  return { body: paragraphs.join("\n\n"), citations: [...citations.values()].sort((a, b) => a.n - b.n) };
}
