/** Hybrid retrieval: HNSW vector search and BM25 over the same chunks, fused by reciprocal rank and concept coverage, with an abstention threshold. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { bigrams } from "../text/features";
import { fold } from "../text/normalize";
import type { ArchiveStore } from "../store/store";
import type { Chunk, Passage } from "../types";
import { LRUCache } from "lru-cache";
import { conceptWeight, coverage, searchable, type Searchable, type TermStatistics } from "./coverage";
import { analyzeQuery, type QueryPlan } from "./query";

/** Retrieval settings, chosen with `npm run eval` (see README, Evaluation). */
export interface RetrievalSettings {
  /** Passages returned (and numbered for citation). */
  k: number;
  /** Candidates taken from each of BM25 and the vector search before fusion. */
  candidates: number;
  /** Reciprocal-rank-fusion constant. */
  rrfK: number;
  /** Weights of the vector and BM25 rankings in the fusion (0 leaves a ranking out). */
  vectorWeight: number;
  lexicalWeight: number;
  /** Weight of concept coverage added to the fused score, in RRF units. */
  coverageWeight: number;
  /** Below this coverage by the best passage, the articles do not answer the question. */
  minCoverage: number;
}

export const DEFAULT_RETRIEVAL: RetrievalSettings = { k: 6, candidates: 40, rrfK: 60, vectorWeight: 1, lexicalWeight: 1, coverageWeight: 0.03, minCoverage: 0.4 };

/** A retrieval with its plan, passages best first, and whether they answer the question at all. */
export interface Retrieval {
  plan: QueryPlan;
  passages: Passage[];
  /** Coverage of the question by the best passage (0–1). */
  relevance: number;
  answerable: boolean;
  conceptWeights: number[];
}

/** Passages whose searchable text is kept between questions: the same passages come back again and again. */
const SEARCHABLE_CACHE = 5_000;

export class Retriever {
  readonly stats: TermStatistics;
  private readonly haystacks = new LRUCache<string, Searchable>({ max: SEARCHABLE_CACHE });

  constructor(
    readonly store: ArchiveStore,
    private readonly embeddings: EmbeddingsInterface,
    readonly settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ) {
    this.stats = store.stats;
  }

  /** BM25 terms of a plan: each wording's syllables and bigrams, earlier turns weighed less. */
  private lexicalTerms(plan: QueryPlan): { term: string; boost: number }[] {
    const boosts = new Map<string, number>();
    const add = (term: string, boost: number) => boosts.set(term, Math.max(boosts.get(term) ?? 0, boost));
    for (const concept of plan.concepts) {
      const scale = concept.fromHistory ? 0.5 : 1;
      for (const alt of concept.alternates) {
        const syllables = fold(alt).split(" ");
        for (const s of syllables) add(s, 0.6 * scale);
        for (const b of bigrams(syllables)) add(b, 1 * scale);
      }
    }
    return [...boosts].map(([term, boost]) => ({ term, boost }));
  }

  /** A chunk's text prepared for phrase look-ups, from the cache when it was a candidate lately. */
  private haystack(chunk: Chunk): Searchable {
    let haystack = this.haystacks.get(chunk.id);
    if (!haystack) {
      haystack = searchable(chunk.text);
      this.haystacks.set(chunk.id, haystack);
    }
    return haystack;
  }

  async vectorSearch(text: string, limit: number): Promise<Chunk[]> {
    const vector = await this.embeddings.embedQuery(text);
    return (await this.store.nearest(vector, limit)).map((hit) => hit.chunk);
  }

  async lexicalSearch(plan: QueryPlan, limit: number): Promise<Chunk[]> {
    return this.store.keywordSearch(this.lexicalTerms(plan), limit);
  }

  /** Retrieve passages for a question; `history` holds the user's earlier questions, oldest first. */
  async retrieve(question: string, history: string[] = []): Promise<Retrieval> {
    const plan = analyzeQuery(question, history);
    const { candidates, rrfK, k, coverageWeight, minCoverage, vectorWeight, lexicalWeight } = this.settings;
    const queryVector = vectorWeight > 0 ? await this.embeddings.embedQuery(plan.vectorText) : null;
    const { vector, lexical } = await this.store.candidates(queryVector, lexicalWeight > 0 ? this.lexicalTerms(plan) : [], candidates);
    const weights = plan.concepts.map((c) => conceptWeight(c, this.stats));
    const fused = new Map<string, { chunk: Chunk; score: number; coverage: number }>();
    const addRanks = (list: Chunk[], weight: number) =>
      list.forEach((chunk, rank) => {
        const entry = fused.get(chunk.id) ?? { chunk, score: 0, coverage: coverage(this.haystack(chunk), plan.concepts, weights) };
        entry.score += weight / (rrfK + rank + 1);
        fused.set(chunk.id, entry);
      });
    addRanks(vector, vectorWeight);
    addRanks(lexical, lexicalWeight);
    const ranked = [...fused.values()]
      .map((e) => ({ ...e, score: e.score + coverageWeight * e.coverage }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
    const passages: Passage[] = ranked.map((e, i) => ({ rank: i + 1, chunk: e.chunk, score: Number(e.score.toFixed(5)) }));
    const relevance = Math.max(0, ...ranked.slice(0, 3).map((e) => e.coverage));
    // A question that names something the articles never mention is not about them.
    const unknownName = plan.concepts.some((c) => c.name && !c.fromHistory && !c.alternates.some((a) => this.stats.known(fold(a))));
    return { plan, passages, relevance, answerable: passages.length > 0 && relevance >= minCoverage && !unknownName, conceptWeights: weights };
  }
}
