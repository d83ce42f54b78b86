/**
 * Syndicated copies say the same sentence in several articles ("WASHINGTON — The President signed …"
 * in the wire's report and in each outlet that ran it). An answer quotes it once and lists the other
 * outlets as also reporting it, so its other quotes can say something else.
 */
import { foldedTerms } from "../text/normalize";

/** Share of the longer sentence's syllables two sentences must share to be one sentence copied (an outlet's dateline or a word changed). */
const COPY_OVERLAP = 0.9;

/** A sentence's folded syllables, joined and as a set: what two sentences are compared by. */
interface SentenceKey {
  joined: string;
  terms: Set<string>;
}

function keyOf(text: string): SentenceKey {
  const terms = foldedTerms(text);
  return { joined: terms.join(" "), terms: new Set(terms) };
}

function sameKey(left: SentenceKey, right: SentenceKey): boolean {
  if (left.joined === right.joined) return true;
  let shared = 0;
  for (const term of left.terms) if (right.terms.has(term)) shared++;
  return shared > 0 && shared / Math.max(left.terms.size, right.terms.size) >= COPY_OVERLAP;
}

/** Whether two sentences are the same sentence, give or take a word: accents, case and punctuation aside. */
export function sameSentence(a: string, b: string): boolean {
  return sameKey(keyOf(a), keyOf(b));
}

/** The sentences to choose from with each copy set aside under the first (best) of its kind from another article. */
export function setCopiesAside<T extends { text: string }>(ranked: readonly T[], docOf: (item: T) => string): { kept: T[]; copiesOf: Map<T, T[]> } {
  // Each sentence is folded once, not once per comparison: an answer compares every candidate with every one kept.
  const kept: { item: T; key: SentenceKey }[] = [];
  const copiesOf = new Map<T, T[]>();
  for (const item of ranked) {
    const key = keyOf(item.text);
    const original = kept.find((k) => docOf(k.item) !== docOf(item) && sameKey(k.key, key))?.item;
    if (original) copiesOf.set(original, [...(copiesOf.get(original) ?? []), item]);
    else kept.push({ item, key });
  }
  return { kept: kept.map((k) => k.item), copiesOf };
}
