/** Keeps the conversation forwarded to the model within a token budget, dropping the oldest turns first. */
import type { Turn } from "./pipeline";

/**
 * Tokens a text costs, estimated: ~3 characters a token for Vietnamese with diacritics (GPT-4o's
 * tokenizer on the corpus gives 2.9–3.4); an over-estimate only drops a turn sooner.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}

/** The most recent turns that fit the budget, in order, and how many older ones were dropped. */
export function fitHistory(history: Turn[], budget: number): { kept: Turn[]; dropped: number } {
  let used = 0;
  let start = history.length;
  while (start > 0) {
    const cost = estimateTokens(history[start - 1]!.text);
    if (used + cost > budget) break;
    used += cost;
    start--;
  }
  return { kept: history.slice(start), dropped: start };
}
