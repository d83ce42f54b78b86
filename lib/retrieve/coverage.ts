/** How much of a question a passage covers: the IDF-weighted share of the question's concepts it contains. */
import { fold, foldedTerms, hasVietnameseDiacritics, syllableText } from "../text/normalize";
import { idf } from "../index/bm25";
import { conceptScale, namesSide, type Concept } from "./query";

/** Document frequencies of folded syllables over the indexed chunks. */
export class TermStatistics {
  private readonly df = new Map<string, number>();
  readonly documents: number;

  /**
   * From the chunks' texts, or from frequencies a store keeps (PostgreSQL holds no chunk text in
   * memory); `base`: statistics of a base index that these add to (shared, not copied).
   */
  constructor(
    texts: Iterable<string> | { frequencies: Iterable<[string, number]>; documents: number },
    private readonly base?: TermStatistics,
  ) {
    if (!(Symbol.iterator in texts)) {
      for (const [term, df] of texts.frequencies) this.df.set(term, df);
      this.documents = texts.documents + (base?.documents ?? 0);
      return;
    }
    let n = 0;
    for (const text of texts) {
      n++;
      for (const term of new Set(foldedTerms(text))) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    this.documents = n + (base?.documents ?? 0);
  }

  private frequency(term: string): number {
    return (this.df.get(term) ?? 0) + (this.base?.frequency(term) ?? 0);
  }

  idf(term: string): number {
    return idf(this.documents, this.frequency(term));
  }

  /** Whether every syllable of a folded phrase occurs somewhere in the corpus. */
  known(phrase: string): boolean {
    return phrase.split(" ").every((t) => this.frequency(t) > 0);
  }

  /** Mean IDF of a phrase's syllables. */
  phraseIdf(phrase: string): number {
    const terms = phrase.split(" ");
    return terms.reduce((sum, t) => sum + this.idf(t), 0) / Math.max(terms.length, 1);
  }

  get maxIdf(): number {
    return this.idf("\u0000");
  }
}

/** Weight of a concept: how rare its rarest known wording is; unknown everywhere counts as rarest. */
export function conceptWeight(concept: Concept, stats: TermStatistics): number {
  const known = concept.alternates.map(fold).filter((a) => stats.known(a));
  let weight = known.length === 0 ? stats.maxIdf : Math.max(...known.map((a) => stats.phraseIdf(a)));
  // A name of several words ("Hiệp hội Dệt may") is as specific as its rarest syllable, not its mean one.
  if (concept.name && !namesSide(concept)) weight = Math.max(weight, ...known.map((a) => Math.max(...a.split(" ").map((t) => stats.idf(t)))));
  return weight * conceptScale(concept);
}

/** A text prepared for phrase look-ups, as written (lower case) and folded, padded with spaces. */
export interface Searchable {
  exact: string;
  folded: string;
}

export function searchable(text: string): Searchable {
  // The same syllables as `tokenize`, lower-cased and folded as one string rather than token by token
  // (this runs on every candidate passage of every question).
  // "28%" says "percent" as much as "28 phần trăm" does, in either language's question.
  const exact = ` ${syllableText(text.includes("%") ? text.replaceAll("%", " % percent phần trăm ") : text)} `;
  return { exact, folded: fold(exact) };
}

/**
 * Whether a concept is expressed in a text: wordings with diacritics (or from an accented question) match exactly,
 * except names: English reports write "Lê Minh Sơn" as "Le Minh Son", and a name is the same name without its marks.
 */
export function mentions(haystack: Searchable, concept: Concept): boolean {
  return concept.alternates.some((alt) =>
    !concept.name && (concept.accented || hasVietnameseDiacritics(alt)) ? haystack.exact.includes(` ${alt} `) : haystack.folded.includes(` ${fold(alt)} `),
  );
}

/** Share (0–1) of the concepts' weight that the text covers. */
export function coverage(haystack: Searchable, concepts: Concept[], weights: number[]): number {
  let total = 0;
  let found = 0;
  concepts.forEach((concept, i) => {
    const w = weights[i] ?? 0;
    total += w;
    if (mentions(haystack, concept)) found += w;
  });
  return total === 0 ? 0 : found / total;
}
