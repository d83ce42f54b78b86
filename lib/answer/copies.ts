/**
 * Syndicated copies say the same sentence in several articles ("WASHINGTON — The President signed …"
 * in the wire's report and in each outlet that ran it). An answer quotes it once and lists the other
 * outlets as also reporting it, so its other quotes can say something else.
 */
import { foldedTerms } from "../text/normalize";

/** Share of the longer sentence's syllables two sentences must share to be one sentence copied (an outlet's dateline or a word changed). */
const COPY_OVERLAP = 0.9;

/** Whether two sentences are the same sentence, give or take a word: accents, case and punctuation aside. */
export function sameSentence(a: string, b: string): boolean {
  const left = foldedTerms(a);
  const right = foldedTerms(b);
  if (left.join(" ") === right.join(" ")) return true;
  const [leftSet, rightSet] = [new Set(left), new Set(right)];
  const shared = [...leftSet].filter((t) => rightSet.has(t)).length;
  return shared > 0 && shared / Math.max(leftSet.size, rightSet.size) >= COPY_OVERLAP;
}

/** The sentences to choose from with each copy set aside under the first (best) of its kind from another article. */
export function setCopiesAside<T extends { text: string }>(ranked: readonly T[], docOf: (item: T) => string): { kept: T[]; copiesOf: Map<T, T[]> } {
  const kept: T[] = [];
  const copiesOf = new Map<T, T[]>();
  for (const item of ranked) {
    const original = kept.find((k) => docOf(k) !== docOf(item) && sameSentence(k.text, item.text));
    if (original) copiesOf.set(original, [...(copiesOf.get(original) ?? []), item]);
    else kept.push(item);
  }
  return { kept, copiesOf };
}
