/** How much of a question a passage covers: the IDF-weighted share of the question's concepts it contains. */
import { fold, foldedTerms, hasVietnameseDiacritics, spacedSyllables, syllableText } from "../text/normalize";
import { idf } from "../index/bm25";
import { VI_COMPOUND_WORDS } from "../text/lexicon/vi-compounds";
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

/**
 * Weight of a concept: how rare its rarest known wording is; unknown everywhere counts as rarest. The forms of
 * the question's own English word are one wording, as common as its most common form: "plan" is no rarer for
 * the one report that writes "planning".
 */
export function conceptWeight(concept: Concept, stats: TermStatistics): number {
  const family = new Set([concept.alternates[0], ...(concept.inflections ?? [])].map((a) => fold(a ?? "")));
  const known = concept.alternates.map(fold).filter((a) => stats.known(a));
  const ownForms = known.filter((a) => family.has(a)).map((a) => stats.phraseIdf(a));
  const idfs = [...known.filter((a) => !family.has(a)).map((a) => stats.phraseIdf(a)), ...(ownForms.length ? [Math.min(...ownForms)] : [])];
  let weight = idfs.length === 0 ? stats.maxIdf : Math.max(...idfs);
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
  return spacedSyllables(text.includes("%") ? text.replaceAll("%", " % percent phần trăm ") : text);
}

/** Each syllable of a compound word (lib/text/lexicon/vi-compounds.ts) to the compounds that hold it, as written and folded. */
const COMPOUNDS_EXACT = new Map<string, string[]>();
const COMPOUNDS_FOLDED = new Map<string, string[]>();
for (const compound of VI_COMPOUND_WORDS) {
  const exact = syllableText(compound);
  for (const [table, form] of [
    [COMPOUNDS_EXACT, exact],
    [COMPOUNDS_FOLDED, fold(exact)],
  ] as const)
    for (const syllable of new Set(form.split(" "))) table.set(syllable, [...(table.get(syllable) ?? []), form]);
}

/** How many times a word occurs in a space-padded text (neighbours share the space between them). */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(` ${word} `); at >= 0; at = text.indexOf(` ${word} `, at + word.length + 1)) n++;
  return n;
}

/**
 * Whether a one-syllable wording occurs in a text on its own, not only inside a compound word that is
 * another word ("giá" in "trị giá", "gia" in "tham gia"), unless that compound is a wording of the concept itself.
 */
function occursAlone(text: string, word: string, compounds: ReadonlyMap<string, string[]>, own: readonly string[]): boolean {
  const found = occurrences(text, word);
  if (found === 0) return false;
  const holding = compounds.get(word);
  if (!holding) return true;
  const inside = holding.filter((c) => !own.includes(c)).reduce((sum, c) => sum + occurrences(text, c) * occurrences(` ${c} `, word), 0);
  return found > inside;
}

/** One wording of a concept as `mentions` looks it up: the word, which text it is matched in, and the concept's own compounds. */
interface Wording {
  word: string;
  exact: boolean;
  own: readonly string[];
}

/**
 * An English question's own word and its inflections ("meet", "met"): English, so matched only as written, where English is
 * written. Folded, the short ones are Vietnamese syllables ("met" is "mệt", "ran" is "rán", "go" is "gỗ").
 */
function englishWordings(concept: Concept): ReadonlySet<string> {
  return new Set(concept.inflections ? [concept.alternates[0]!, ...concept.inflections] : []);
}

/** Each concept's wordings prepared once (a question's concepts are matched against every candidate passage). */
const WORDINGS = new WeakMap<
  Concept,
  { alternates: readonly string[]; inflections: readonly string[] | undefined; accented: boolean; name: boolean; wordings: Wording[] }
>();

function wordingsOf(concept: Concept): Wording[] {
  const cached = WORDINGS.get(concept);
  const name = concept.name === true;
  if (
    cached &&
    cached.alternates === concept.alternates &&
    cached.inflections === concept.inflections &&
    cached.accented === concept.accented &&
    cached.name === name
  )
    return cached.wordings;
  const foldedOwn = concept.alternates.map(fold);
  const english = englishWordings(concept);
  const wordings = concept.alternates.map((alt, i) => {
    const exact = !name && (concept.accented || hasVietnameseDiacritics(alt) || english.has(alt));
    return { word: exact ? alt : foldedOwn[i]!, exact, own: exact ? concept.alternates : foldedOwn };
  });
  WORDINGS.set(concept, { alternates: concept.alternates, inflections: concept.inflections, accented: concept.accented, name, wordings });
  return wordings;
}

/**
 * Whether a concept is expressed in a text: wordings with diacritics (or from an accented question) match exactly,
 * except names: English reports write "Lê Minh Sơn" as "Le Minh Son", and a name is the same name without its marks.
 * A one-syllable wording inside a compound that is another word does not count (occursAlone).
 */
export function mentions(haystack: Searchable, concept: Concept): boolean {
  return wordingsOf(concept).some(({ word, exact, own }) => {
    const text = exact ? haystack.exact : haystack.folded;
    if (word.includes(" ")) return text.includes(` ${word} `);
    return occursAlone(text, word, exact ? COMPOUNDS_EXACT : COMPOUNDS_FOLDED, own);
  });
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
