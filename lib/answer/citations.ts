/**
 * Citations: finds the [n] markers of an answer, resolves each to its passage's exact sentence, and
 * checks that the passage supports the sentence citing it.
 */
import { splitSentences, type Span } from "../text/sentences";
import { coverage, searchable } from "../retrieve/coverage";
import { analyzeQuery } from "../retrieve/query";
import type { Citation, Passage } from "../types";
import { findMarkers, readingOrder, rewriteMarkers, stripMarkers } from "./markers";

/** Share of a claim's concepts a passage sentence must contain for the claim to count as supported. */
export const SUPPORT_THRESHOLD = 0.5;

/** Sentence spans of a passage, in document offsets. */
export function passageSentences(passage: Passage): Span[] {
  return splitSentences(passage.chunk.text, passage.chunk.start);
}

/** The text of a span of a passage's article (document offsets), read from the passage's chunk. */
export function spanText(passage: Passage, span: Span): string {
  return passage.chunk.text.slice(span.start - passage.chunk.start, span.end - passage.chunk.start);
}

/** Sentence spans of a passage with their text. */
export function passageSentenceTexts(passage: Passage): (Span & { text: string })[] {
  return passageSentences(passage).map((span) => ({ ...span, text: spanText(passage, span) }));
}

/** The numbers of the markers in a text, in order of appearance ("[1–3]" names 1, 2 and 3). */
export function markerNumbers(text: string): number[] {
  return findMarkers(text).flatMap((m) => m.numbers);
}

/**
 * The sentence of a passage that best supports a claim, with its coverage of the claim. The claim's
 * concepts are read with the question analyser (analyzeQuery), so a claim is matched the way a
 * question would be: its wordings, synonyms and number forms, each concept weighed alike.
 */
export function supportingSentence(claim: string, passage: Passage): { span: Span; text: string; coverage: number } {
  const plan = analyzeQuery(stripMarkers(claim));
  const weights = plan.concepts.map(() => 1);
  let best = { span: { start: passage.chunk.start, end: passage.chunk.end }, text: passage.chunk.text, coverage: -1 };
  for (const span of passageSentences(passage)) {
    const text = spanText(passage, span);
    const score = plan.concepts.length === 0 ? 0 : coverage(searchable(text), plan.concepts, weights);
    if (score > best.coverage) best = { span, text, coverage: score };
  }
  return best;
}

function citationFor(n: number, passage: Passage, span: Span, quote: string, supported: boolean): Citation {
  const c = passage.chunk;
  return { n, docId: c.docId, chunkId: c.id, title: c.title, date: c.date, url: c.url, source: c.source, quote, start: span.start, end: span.end, supported };
}

/**
 * Resolve the markers of a model's answer. A marker pointing at no passage yields no citation (so
 * it is never linked). Each distinct passage gets one citation, supported only if every sentence
 * citing it is supported by the passage.
 */
export function resolveCitations(answer: string, passages: Passage[]): Citation[] {
  const byNumber = new Map(passages.map((p) => [p.rank, p]));
  const citations = new Map<number, Citation>();
  for (const span of splitSentences(answer)) {
    const sentence = answer.slice(span.start, span.end);
    for (const n of new Set(markerNumbers(sentence))) {
      const passage = byNumber.get(n);
      if (!passage) continue;
      const support = supportingSentence(sentence, passage);
      const supported = support.coverage >= SUPPORT_THRESHOLD;
      const existing = citations.get(n);
      if (existing) existing.supported &&= supported;
      else citations.set(n, citationFor(n, passage, support.span, support.text, supported));
    }
  }
  return [...citations.values()].sort((a, b) => a.n - b.n);
}

/** A citation of a quoted sentence, which its passage supports by construction. */
export function quoteCitation(n: number, passage: Passage, span: Span, text: string): Citation {
  return citationFor(n, passage, span, text, true);
}

/**
 * Renumber an answer in reading order: the first passage cited becomes [1], the next new one [2]…;
 * passages never cited follow in their old order. Markers, citations and passages change together.
 */
export function inReadingOrder(text: string, citations: Citation[], passages: Passage[]): { text: string; citations: Citation[]; passages: Passage[] } {
  const map = readingOrder(text, new Set(passages.map((p) => p.rank)));
  for (const p of passages) if (!map.has(p.rank)) map.set(p.rank, map.size + 1);
  return {
    text: rewriteMarkers(text, (n) => map.get(n) ?? null),
    citations: citations.map((c) => ({ ...c, n: map.get(c.n) ?? c.n })).sort((a, b) => a.n - b.n),
    passages: passages.map((p) => ({ ...p, rank: map.get(p.rank)! })).sort((a, b) => a.rank - b.rank),
  };
}
