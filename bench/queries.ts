/**
 * The benchmark's queries: every development question, then seeded fragments of corpus sentences
 * (5–15 words, the length of a typed question; whole sentences run to 700 characters) up to the count.
 */
import { readFileSync } from "node:fs";
import { parseQuestionSet } from "../lib/eval/question-set";
import { Random } from "./random";

export type QuerySource = "dev" | "sentence";

export interface BenchQuery {
  text: string;
  source: QuerySource;
}

export const QUERY_SOURCES: QuerySource[] = ["dev", "sentence"];

/** The questions of tests/fixtures/dev-questions.json (follow-ups without their history). */
export function devQuestions(file: string): string[] {
  return parseQuestionSet(readFileSync(file, "utf8"), file).questions.map((q) => q.question);
}

/** A window of 5–15 words of a sentence: how a user quotes what they half remember. */
function fragment(sentence: string, random: Random): string {
  const words = sentence.split(" ");
  const length = Math.min(words.length, random.int(5, 15));
  const start = random.int(0, words.length - length);
  return words.slice(start, start + length).join(" ");
}

/** `count` queries (never fewer than the development questions), in a seeded order. */
export function benchQueries(questions: string[], sentences: string[], count: number, seed: number): BenchQuery[] {
  const random = new Random(seed);
  const queries: BenchQuery[] = questions.map((text) => ({ text, source: "dev" as const }));
  while (queries.length < count) queries.push({ text: fragment(random.pick(sentences), random), source: "sentence" });
  return random.sample(queries, queries.length);
}
