/** The offline answerer: picks the passage sentences that answer the question, orders them, and cites each. */
import { conceptWeight, coverage, searchable, type TermStatistics } from "../retrieve/coverage";
import type { AnswerType } from "../retrieve/query";
import type { Retrieval } from "../retrieve/retriever";
import type { Citation, Passage } from "../types";
import { passageSentences, quoteCitation } from "./citations";

/** Passages sentences are drawn from, best first. */
const SOURCE_PASSAGES = 3;
const MAX_SENTENCES = 3;
/** A further sentence must score at least this share of the best one. */
const RELATIVE_FLOOR = 0.5;
/** Bonus for a sentence that holds the kind of fact the question asks for. */
const ANSWER_TYPE_BONUS = 0.25;
/** The sentence right after the best one joins it when it shares this much of the question (it often completes it). */
const CONTINUATION_COVERAGE = 0.2;

/** Patterns of each kind of fact in Vietnamese news text. */
const ANSWER_PATTERNS: Record<AnswerType, RegExp> = {
  date: /\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}-\d{1,2}\/\d{1,2}\b|(ngày|tháng|năm)\s+\d{1,4}|\b(19|20)\d{2}\b|đầu tháng|cuối tháng|giữa tháng/iu,
  place: /(?<!\p{L})([Tt]ại|[Ởở])\s+([Tt]hủ đô\s+)?\p{Lu}|trụ sở/u,
  quantity: /\d[\d.,]*\s*(%|tỷ|triệu|nghìn|USD|đồng)|\bthứ\s+\d/iu,
  person: /(?<!\p{L})(ông|bà|Bộ trưởng|Thủ tướng|Tổng Bí thư|Trưởng Đại diện)\s+\p{Lu}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u,
};

interface Candidate {
  passage: Passage;
  start: number;
  end: number;
  text: string;
  coverage: number;
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
      const typed = plan.expects && ANSWER_PATTERNS[plan.expects].test(text) ? ANSWER_TYPE_BONUS : 0;
      const covered = coverage(searchable(text), plan.concepts, weights);
      candidates.push({ passage, start: span.start, end: span.end, text, coverage: covered, score: covered + typed + 0.05 / passage.rank });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { body: "", citations: [] };
  const continuation = candidates.find((c) => c.passage.chunk.docId === best.passage.chunk.docId && c.start > best.end && c.start <= best.end + 2 && c.coverage >= CONTINUATION_COVERAGE);
  const chosen = [best, ...(continuation ? [continuation] : []), ...candidates.filter((c) => c !== best && c !== continuation && c.score >= best.score * RELATIVE_FLOOR)].slice(0, MAX_SENTENCES);

  // Reading order: articles in the order of their best passage, sentences in document order.
  const articleOrder = [...new Set(chosen.map((c) => c.passage.chunk.docId))];
  chosen.sort((a, b) => articleOrder.indexOf(a.passage.chunk.docId) - articleOrder.indexOf(b.passage.chunk.docId) || a.start - b.start);
  const paragraphs = articleOrder.map((docId) =>
    chosen
      .filter((c) => c.passage.chunk.docId === docId)
      .map((c) => `${c.text} [${c.passage.rank}]`)
      .join(" "),
  );
  return { body: paragraphs.join("\n\n"), citations: quoteCitations(chosen) };
}

/** One citation per quoted sentence: the same [n] may cite several sentences of its passage, each an exact span. */
function quoteCitations(chosen: Candidate[]): Citation[] {
  return [...chosen]
    .sort((a, b) => a.passage.rank - b.passage.rank || a.start - b.start)
    .map((c) => quoteCitation(c.passage.rank, c.passage, c, c.text));
}
