/** The terms a text is matched on: folded syllables, syllable bigrams and character n-grams, shared by BM25 and the local embedder. */
import { foldedTerms } from "./normalize";

/** Adjacent folded syllable pairs, which carry Vietnamese words ("dam_phan", "hoa_ky"). */
export function bigrams(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) out.push(`${terms[i]}_${terms[i + 1]}`);
  return out;
}

/** Character trigrams of each folded syllable with boundary marks, for spelling variants. */
export function charNgrams(terms: string[], n = 3): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const padded = `<${term}>`;
    if (padded.length <= n) {
      out.push(padded);
      continue;
    }
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}

/** The BM25 terms a document text is indexed under: folded syllables plus bigrams (queries are weighted by the retriever's queryTerms). */
export function indexTerms(text: string): string[] {
  const terms = foldedTerms(text);
  return terms.concat(bigrams(terms));
}
