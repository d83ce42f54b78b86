/**
 * Turns a question (Vietnamese with or without diacritics, or English) into concepts, each with the
 * folded phrases that express it: lexicon translations, synonyms, abbreviations and number forms.
 */
import { EN_VI_LEXICON, VI_REVERSIBLE_SYLLABLES } from "../text/lexicon/en-vi";
import { VI_SYNONYM_GROUPS } from "../text/lexicon/vi-synonyms";
import { EN_PERSON_NOUN_QUALIFIED, EN_PERSON_NOUNS, VI_PERSON_NOUN_QUALIFIED, VI_PERSON_NOUNS } from "../text/lexicon/person-nouns";
import { VI_FAMILY_NAMES, VI_NAME_ENDS, VI_NAME_TITLES } from "../text/lexicon/vi-names";
import { fold, hasVietnameseDiacritics, tokenize } from "../text/normalize";
import { englishOrdinalValue, numberForms, numberValue } from "../text/numbers";
import {
  EN_COMMAND_WORDS,
  EN_STOPWORDS,
  FOLLOW_UP_CUES,
  PERSON_TITLES,
  QUESTION_PHRASES,
  QUESTION_PHRASES_EXACT,
  VI_STOPWORDS,
  VI_STOPWORDS_EXACT,
} from "../text/stopwords";
import { EN_CARDINAL_WORDS, EVENT_KIND_PHRASES, PLACES, SIDE_WORDS } from "../text/lexicon/events";
import { englishForms, englishNumberForms, irregularBases } from "../text/english";
import { analyzeEventQuery, bareOrdinal, mergeFollowUp, type EventQuery } from "./event-query";
import { superlativeNaming } from "./superlative-naming";
import { askedStage, namesOtherStage } from "./case-stage";
import type { CaseStage } from "../text/lexicon/case-stages";

export type QueryLanguage = "vi" | "en";

/**
 * How much a concept carried over from an earlier turn counts against the question's own, in
 * coverage and in BM25 boosts alike: a follow-up is mostly about what it says itself.
 */
export const HISTORY_CONCEPT_SCALE = 0.5;

/** A concept's weight scale: HISTORY_CONCEPT_SCALE for an earlier turn's, 1 for the question's own. */
export function conceptScale(concept: Pick<Concept, "fromHistory">): number {
  return concept.fromHistory ? HISTORY_CONCEPT_SCALE : 1;
}

/** One thing the question asks about, and every folded phrase that expresses it. */
export interface Concept {
  label: string;
  /**
   * Lower-case NFC phrases (space-separated syllables); the first is the question's own wording.
   * A wording with diacritics, or any wording of a question typed with diacritics, must match
   * exactly ("bão" is not "bao"); others match diacritic-insensitively.
   */
  alternates: string[];
  /** The question was typed with diacritics. */
  accented: boolean;
  /** Written as a name (capitalised inside the sentence, or an acronym): "Samsung", "EVFTA". */
  name?: boolean;
  /** From an earlier turn of the conversation (a follow-up's context). */
  fromHistory: boolean;
  /** Several capitalised words read as one name ("Lê Văn Bảo"): known only if the archive has it whole. */
  multiWord?: boolean;
  /** A stopword kept only while it might join a name. */
  partOfName?: boolean;
  /** Inflected forms of a phrase of the question ("taking effect"): matched in reports, left out of the vector query. */
  phraseForms?: string[];
  /** The English forms made of the question's own word ("plans", "planned" of "plan"): one wording with it in the concept's weight. */
  inflections?: string[];
}

/** What kind of fact a question asks for, from its question words. */
export type AnswerType = "date" | "place" | "quantity" | "person" | "reason" | "list";

export interface QueryPlan {
  question: string;
  /** The kind of fact asked for ("khi nào" → date), when the question words say. */
  expects: AnswerType | null;
  language: QueryLanguage;
  concepts: Concept[];
  followUp: boolean;
  /** The event, period and side asked about (a follow-up's merged with the previous question's). */
  events: EventQuery;
  /** Text to embed for the vector search. */
  vectorText: string;
  /** The stage of a trade-remedy case asked about (a follow-up's read beside the case its previous question names). */
  stage: CaseStage | null;
}

const foldPhrase = (text: string) =>
  tokenize(text)
    .map((t) => t.folded)
    .join(" ");
const lowerPhrase = (text: string) =>
  tokenize(text)
    .map((t) => t.text)
    .join(" ");
const MAX_PHRASE = 6;
/** Shortest English word read as an English term in a Vietnamese question: shorter ones look like unmarked syllables ("do", "an"). */
const MIN_ENGLISH_TERM = 4;

const EN_PHRASES = new Map<string, string[]>(Object.entries(EN_VI_LEXICON).map(([en, vi]) => [foldPhrase(en), vi.map(lowerPhrase)]));
/**
 * The lexicon read backwards, so a Vietnamese question also finds English reports: each Vietnamese
 * wording (exact and folded) to the English phrases it translates.
 */
const VI_EN_EXACT = new Map<string, string[]>();
const VI_EN_FOLDED = new Map<string, string[]>();
for (const [en, vis] of Object.entries(EN_VI_LEXICON)) {
  for (const vi of vis) {
    const exact = lowerPhrase(vi);
    // One-syllable wordings ("thuế", "vòng") are too loose to translate back on their own, and a
    // wording with a number ("vòng thứ hai") is read as a number first; a month ("tháng 11") is November.
    if ((!exact.includes(" ") && !VI_REVERSIBLE_SYLLABLES.includes(exact)) || (/\d|(^| )thứ /u.test(exact) && !/^tháng \d{1,2}$/u.test(exact))) continue;
    VI_EN_EXACT.set(exact, [...new Set([...(VI_EN_EXACT.get(exact) ?? []), foldPhrase(en)])]);
    VI_EN_FOLDED.set(fold(exact), [...new Set([...(VI_EN_FOLDED.get(fold(exact)) ?? []), foldPhrase(en)])]);
  }
}
/** Synonym groups keyed by each member's exact form and by its folded form. */
const SYNONYMS_EXACT = new Map<string, string[]>();
const SYNONYMS_FOLDED = new Map<string, string[]>();
for (const group of VI_SYNONYM_GROUPS) {
  const members = [...new Set(group.map(lowerPhrase))];
  for (const member of members) {
    SYNONYMS_EXACT.set(member, [...new Set([...(SYNONYMS_EXACT.get(member) ?? []), ...members])]);
    const folded = fold(member);
    SYNONYMS_FOLDED.set(folded, [...new Set([...(SYNONYMS_FOLDED.get(folded) ?? []), ...members])]);
  }
}
const ENGLISH_HINTS = new Set([...EN_STOPWORDS, ...[...EN_PHRASES.keys()].filter((k) => !k.includes(" "))]);
const VIETNAMESE_HINTS = new Set([...VI_STOPWORDS, "vong", "dam", "phan", "dien", "bo", "truong", "thuong", "mai", "hoa", "ky", "viet", "nam", "nao", "gi"]);

/**
 * English or Vietnamese: diacritics decide; without them, which language's common words dominate. Diacritics only
 * on capitalised words are a Vietnamese name in an English question ("When was Lê Thị Minh Hạnh appointed?"),
 * unless no word of the question is English.
 */
export function detectLanguage(text: string): QueryLanguage {
  const nfc = text.normalize("NFC");
  const tokens = tokenize(nfc);
  const marked = tokens.filter((t) => hasVietnameseDiacritics(t.text));
  if (marked.some((t) => !/^\p{Lu}/u.test(nfc.slice(t.start, t.end)))) return "vi";
  const words = tokens.map((t) => t.folded);
  let en = 0;
  let vi = 0;
  for (const w of words) {
    if (ENGLISH_HINTS.has(w)) en++;
    if (VIETNAMESE_HINTS.has(w)) vi++;
  }
  return en > vi ? "en" : "vi";
}

/** Add synonyms of every alternate that is a known Vietnamese synonym or abbreviation. */
function withSynonyms(alternates: string[]): string[] {
  const out = new Set(alternates);
  for (const alt of alternates) for (const s of SYNONYMS_EXACT.get(alt) ?? []) out.add(s);
  return [...out];
}

/** English inflections to try when a word is not in the lexicon as written; British "-ise" spellings as "-ize" ("recognised"). */
function lemmas(word: string): string[] {
  const american = word.replace(/is(e|es|ed|ing|ation|ations)$/, "iz$1");
  if (american !== word) return [american, ...lemmas(american)];
  const out: string[] = [];
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s")) out.push(word.slice(0, -1));
  if (word.endsWith("ed")) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith("ing")) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** Whether every wording of a concept only says what kind of answer is wanted ("when", "khi nào"). */
function isQuestionWord(alternates: string[]): boolean {
  return alternates.every((a) => QUESTION_PHRASES_EXACT.has(a) || VI_STOPWORDS_EXACT.has(a) || QUESTION_PHRASES.has(a) || EN_STOPWORDS.has(a));
}

/** "tháng 11" is also written "…/11" in dates: the bare month number is another wording. */
function withMonthNumbers(alternates: string[]): string[] {
  const months = alternates.map((a) => a.match(/^tháng (\d{1,2})$/)?.[1]).filter((m): m is string => m !== undefined);
  return months.length ? [...alternates, ...months] : alternates;
}

/** Longest phrase of `words` starting at `i` that `table` knows, as [length, alternates]. */
function longestMatch(words: string[], i: number, table: Map<string, string[]>): [number, string[]] | null {
  for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n--) {
    const phrase = words.slice(i, i + n).join(" ");
    const found = table.get(phrase);
    if (found) return [n, found];
  }
  return null;
}

const QUESTION_TABLE_FOLDED = new Map<string, string[]>([...QUESTION_PHRASES].map((p) => [p, [p]]));
const QUESTION_TABLE_EXACT = new Map<string, string[]>([...QUESTION_PHRASES_EXACT].map((p) => [p, [p]]));

/** Written as a name: an acronym ("WTO"), or a single capitalised word inside the sentence ("Samsung"). */
function isName(raw: string, position: number): boolean {
  // A phrase the lexicon knows, every word capitalised inside the sentence, names something too ("the Vietnam Textile Association").
  if (position > 0 && /\s/.test(raw)) return raw.split(/\s+/).every((w) => /^\p{Lu}[\p{Ll}\d]*$/u.test(w));
  return /^\p{Lu}[\p{Lu}\d]+$/u.test(raw) || (position > 0 && /^\p{Lu}[\p{Ll}\d]*$/u.test(raw));
}

/**
 * An English question's own wording with its inflections ("check" → "checks", "checked"; a phrase's first
 * or last word: "take effect" → "taking effect", "import duty" → "import duties"), so a report's wording need
 * not repeat the question's; names and Vietnamese words stay as written.
 */
function inflected(own: string, language: QueryLanguage, name: boolean, length: number): string[] {
  if (language !== "en" || name) return [own];
  if (length === 1) return EN_STOPWORDS.has(own) ? [own] : englishForms(own);
  const words = own.split(" ");
  const first = englishForms(words[0]!).map((f) => [f, ...words.slice(1)].join(" "));
  const last = englishForms(words.at(-1)!).map((f) => [...words.slice(0, -1), f].join(" "));
  return [...new Set([own, ...first, ...last])];
}

/** An English phrase with its last word in the other number: "import duty" → "import duties". */
function otherNumber(phrase: string): string[] {
  const words = phrase.split(" ");
  return englishNumberForms(words.at(-1)!)
    .slice(1)
    .map((f) => [...words.slice(0, -1), f].join(" "));
}

/** "eight months" is "8 tháng": an English count from three up is a number (one and two are mostly "a"/"both"). */
function englishCount(word: string): number | null {
  const value = EN_CARDINAL_WORDS[word];
  return value !== undefined && value >= 3 ? value : null;
}

function lemmaMatch(word: string): [number, string[]] | null {
  // The lexicon may list only the plural a report uses ("semiconductors" for a question's "semiconductor"),
  // or only an irregular verb's base ("lead" for "led").
  for (const lemma of [...lemmas(word), `${word}s`, ...irregularBases(word)]) {
    const found = EN_PHRASES.get(lemma);
    if (found) return [1, found];
  }
  return null;
}

const NAME_TITLES = new Set(VI_NAME_TITLES.map(foldPhrase));
const FAMILY_NAMES = new Set(VI_FAMILY_NAMES.map(foldPhrase));
const NAME_ENDS = new Set(VI_NAME_ENDS);
/** Words before "ba" that make it the number three ("vòng thứ ba", "lần ba"), not a title. */
const NUMBER_CUES = new Set(["thu", "lan"]);
/** Syllables after the family name a name in lower case runs to at most ("văn thành" of "đỗ văn thành"). */
const MAX_GIVEN_SYLLABLES = 2;

/**
 * How many words a person's name written in lower case runs to after a title at i, in a question typed
 * without diacritics ("ong do van thanh phat bieu gi" → 3: "do van thanh"): a family name, then up to two
 * syllables before a word that ends it (VI_NAME_ENDS); 0 when no title and family name stand there.
 */
function lowerCaseNameAt(words: string[], i: number): number {
  if (!NAME_TITLES.has(words[i]!) || NUMBER_CUES.has(words[i - 1] ?? "") || !FAMILY_NAMES.has(words[i + 1] ?? "")) return 0;
  let length = 1;
  while (length <= MAX_GIVEN_SYLLABLES && i + 1 + length < words.length && !NAME_ENDS.has(words[i + 1 + length]!)) length++;
  return length >= 2 ? length : 0;
}

function conceptsOf(question: string, language: QueryLanguage, fromHistory: boolean): Concept[] {
  const tokens = tokenize(question);
  const accented = hasVietnameseDiacritics(question);
  // Typed with diacritics, words are compared as written; without, diacritic-insensitively.
  const words = tokens.map((t) => (accented ? t.text : t.folded));
  const folded = tokens.map((t) => t.folded);
  const stopwords = language === "en" ? EN_STOPWORDS : accented ? VI_STOPWORDS_EXACT : VI_STOPWORDS;
  const synonyms = accented ? SYNONYMS_EXACT : SYNONYMS_FOLDED;
  const questions = accented ? QUESTION_TABLE_EXACT : QUESTION_TABLE_FOLDED;
  const concepts: Concept[] = [];
  // A number word read with its neighbours: "thứ tự" (order) and "Hoa Kỳ từ …" hold no number 4.
  const numberAt = (j: number) => numberValue(folded[j]!, folded[j - 1], { exact: accented ? tokens[j]!.text : undefined, beforePrevious: folded[j - 2] });
  /** Token span of each single-word name concept, to join adjacent ones into one name. */
  const spans = new Map<Concept, [number, number]>();
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    if (language === "en" && i === 0 && EN_COMMAND_WORDS.has(folded[0]!)) {
      i++;
      continue;
    }
    // "ong do van thanh": a person, checked whole as a name typed with capitals is (joinNames).
    const lowerName = language === "vi" && !accented ? lowerCaseNameAt(folded, i) : 0;
    if (lowerName > 0) {
      const label = folded.slice(i + 1, i + 1 + lowerName).join(" ");
      concepts.push({ label, alternates: [label], accented, fromHistory, name: true, multiWord: true });
      i += 1 + lowerName;
      continue;
    }
    // "thứ" before a number is part of the ordinal, whose forms ("thứ 8", "8th") say it already.
    if (folded[i] === "thu" && i + 1 < words.length && numberAt(i + 1) !== null) {
      i++;
      continue;
    }
    // An English term inside a Vietnamese question ("quả anh đào (cherry)") is translated as in an English one.
    const englishTerm = language === "vi" && accented && word.length >= MIN_ENGLISH_TERM && !hasVietnameseDiacritics(word) && !stopwords.has(word);
    const translated = language === "en" || englishTerm ? (longestMatch(folded, i, EN_PHRASES) ?? lemmaMatch(folded[i]!)) : null;
    // "the 8th round", "the ninth round": the same number as "vòng 8" / "vòng thứ chín" (not inside a longer phrase: "second-largest").
    const english = language === "en" && !(translated && translated[0] > 1);
    const ordinal = english ? englishOrdinalValue(folded[i]!) : null;
    const count = english ? englishCount(folded[i]!) : null;
    const value = ordinal ?? count ?? numberAt(i);
    if (value !== null) {
      // An English ordinal keeps to ordinal wordings ("5th", "thứ năm"): the bare "5" is any figure of a Vietnamese report.
      // A count ("eight months") is the figure itself ("8 tháng").
      const forms =
        ordinal !== null ? [word, ...numberForms(value).filter((f) => f !== String(value))] : count !== null ? [word, String(value)] : numberForms(value);
      concepts.push({ label: word, alternates: [...new Set(forms)], accented, fromHistory });
      i++;
      continue;
    }
    const backwards = language === "vi" ? longestMatch(words, i, accented ? VI_EN_EXACT : VI_EN_FOLDED) : null;
    const synonymOwn = longestMatch(words, i, synonyms);
    // A Vietnamese wording the lexicon translates: its English phrases join its synonyms.
    const synonym: [number, string[]] | null =
      backwards && (!synonymOwn || backwards[0] >= synonymOwn[0])
        ? [backwards[0], [...(backwards[0] === synonymOwn?.[0] ? synonymOwn[1] : []), ...backwards[1]]]
        : synonymOwn;
    const questionWords = longestMatch(words, i, questions);
    const match = translated && (!synonym || translated[0] >= synonym[0]) ? translated : synonym;
    if (questionWords && (!match || questionWords[0] >= match[0])) {
      i += questionWords[0];
      continue;
    }
    if (match) {
      const [length, alternates] = match;
      const own = words.slice(i, i + length).join(" ");
      const raw = question.slice(tokens[i]!.start, tokens[i + length - 1]!.end);
      const name = isName(raw, i);
      // An English report writes the noun a Vietnamese question's lexicon wording gives once in either number ("import duty" → "import duties").
      // Not for a name ("Hoa Kỳ" is no "united state").
      const numbered = match === synonym && backwards && !name ? backwards[1].flatMap(otherNumber).filter((f) => !alternates.includes(f)) : [];
      const forms = inflected(own, language, name, length);
      const otherForms = forms.filter((f) => f !== own);
      const all = withMonthNumbers(withSynonyms([...forms, ...alternates, ...numbered]));
      const phraseForms = [...(length > 1 ? otherForms : []), ...numbered];
      // A wording said twice ("quả anh đào (cherry)") is one concept, not two of double weight.
      const repeated = concepts.some((c) => !c.name && [...all].every((a) => c.alternates.includes(a)));
      if (!isQuestionWord([own, ...alternates]) && !repeated)
        concepts.push({
          label: own,
          alternates: [...new Set(all)],
          accented,
          fromHistory,
          name,
          ...(phraseForms.length ? { phraseForms } : {}),
          ...(forms.length > 1 ? { inflections: otherForms } : {}),
        });
      i += length;
      continue;
    }
    const raw = question.slice(tokens[i]!.start, tokens[i]!.end);
    const name = isName(raw, i);
    if (!stopwords.has(word) && !(language === "en" && VI_STOPWORDS.has(word) && word.length <= 2)) {
      const forms = inflected(word, language, name, 1);
      const concept: Concept = {
        label: word,
        alternates: forms,
        accented,
        fromHistory,
        name,
        ...(forms.length > 1 ? { inflections: forms.filter((f) => f !== word) } : {}),
      };
      concepts.push(concept);
      spans.set(concept, [i, i + 1]);
    } else if (name) {
      // A capitalised syllable that is also a common word ("Văn", "Nam") still belongs to a name.
      const concept: Concept = { label: word, alternates: [word], accented, fromHistory, name: true, partOfName: true };
      concepts.push(concept);
      spans.set(concept, [i, i + 1]);
    }
    i++;
  }
  return withPlaceNames(joinNames(concepts, spans));
}

/**
 * Adjacent capitalised words are one name ("Lê Văn Bảo", "Hà Nam", "Michael Brennan"): checked as a
 * whole, so a name whose syllables each occur somewhere in the archive is still unknown.
 */
function joinNames(concepts: Concept[], spans: Map<Concept, [number, number]>): Concept[] {
  const out: Concept[] = [];
  for (const concept of concepts) {
    const previous = out.at(-1);
    const prevSpan = previous ? spans.get(previous) : undefined;
    const span = spans.get(concept);
    // A title before a name is not part of it ("Ambassador Carl Brennan" is Carl Brennan); it stays a word of its own.
    const title = previous && !previous.multiWord && PERSON_TITLES.has(fold(previous.label));
    if (previous && prevSpan && span && previous.name && concept.name && prevSpan[1] === span[0] && !title) {
      const label = `${previous.label} ${concept.label}`;
      const joined: Concept = { label, alternates: [label], accented: concept.accented, fromHistory: concept.fromHistory, name: true, multiWord: true };
      out[out.length - 1] = joined;
      spans.set(joined, [prevSpan[0], span[1]]);
      continue;
    }
    out.push(concept);
  }
  // A common word left on its own was never a name, nor is a title.
  return out.filter((c) => !c.partOfName).map((c) => (c.name && !c.multiWord && PERSON_TITLES.has(fold(c.label)) ? { ...c, name: false } : c));
}

/** Every spelling of each place the lexicon knows, both languages, keyed by each folded spelling. */
const PLACE_NAMES = new Map<string, string[]>();
for (const place of PLACES) {
  const spellings = [...new Set([...place.vi, ...place.en].map(lowerPhrase))];
  for (const s of spellings) PLACE_NAMES.set(fold(s), spellings);
}

/** A place is written differently in each language ("Hanoi", "Hà Nội"): a question naming it finds reports in both. */
function withPlaceNames(concepts: Concept[]): Concept[] {
  return concepts.map((c) => {
    const spellings = PLACE_NAMES.get(fold(c.label));
    return spellings ? { ...c, alternates: [...new Set([...c.alternates, ...spellings])] } : c;
  });
}

/** A short question, or one that opens with a continuation cue, leans on the previous one. */
function isFollowUp(question: string, concepts: Concept[]): boolean {
  const words = tokenize(question).map((t) => t.folded);
  const first = words[0];
  const cueAtStart = first !== undefined && (FOLLOW_UP_CUES.has(first) || first === "and" || (first === "what" && /what about/i.test(question)));
  // "Which products did it leave out?", "Who represented the US there?": a word pointing back names what the last question asked of.
  const pointsBack = concepts.length <= MAX_POINTING_BACK && words.some((w) => POINTING_BACK.has(w));
  return concepts.length <= 2 || cueAtStart || pointsBack;
}
/** English words that point back to what an earlier question named. */
const POINTING_BACK = new Set(["it", "its", "they", "them", "their", "there"]);
/** Beyond this many concepts of its own, a question says what it asks about itself. */
const MAX_POINTING_BACK = 4;

/** Most words qualifying an English person noun after "which"/"what" ("Which Washington trade lawyer …"). */
const MAX_PERSON_NOUN_QUALIFIERS = 3;
/**
 * Most words after a Vietnamese person noun of two syllables before "nào" ("quan chức Mỹ nào", "quan chức Bộ Tài chính nào");
 * a one-syllable one ("người", "vị") must be right before it: "người dùng nào" asks for users, not a person.
 */
const MAX_PERSON_NOUN_QUALIFIERS_VI = 3;

const ANSWER_TYPE_CUES: [AnswerType, RegExp][] = [
  // First: "Why did the final rate fall when …" asks for a reason, whatever other question word it holds.
  ["reason", /\b(vi sao|tai sao|ly do|nguyen nhan|why|what led|what caused|for what reason)\b/],
  ["date", /\b(khi nao|bao gio|luc nao|thoi diem nao|ngay nao|thang nao|nam nao|thoi gian nao|when|(what|which) (dates?|days?|months?|years?))\b/],
  // Not "where did it end up", "where does the case stand": a figure or a state, not a place.
  [
    "place",
    /\b(o dau|tai dau|noi nao|dia diem nao|where(?! (did|does|do|has|have|had|will|would) \S+( \S+)? (end up|ended up|ends up|stand|stands|stood)\b))\b/,
  ],
  [
    "quantity",
    /\b(bao nhieu|how much|how many|how far|how large|how big|how high|how low|what was the value|what share|what percentage|what rate|what tariff rate|(what|which) ([a-z-]+ ){1,3}(rates?|margins?)|muc nao|ty le nao|muc thue nao)\b/,
  ],
  // "Which US official …", "Đại sứ nào …": a person named by the office asked about.
  [
    "person",
    new RegExp(
      `\\b(ai|nhung ai|who|whom)\\b|\\b(which|what)( (?!(?:did|does|do|is|was|were|has|have|had)\\b)[a-z]+){0,${MAX_PERSON_NOUN_QUALIFIERS}} (${EN_PERSON_NOUNS.join("|")})s?\\b(?!-| (?:${EN_PERSON_NOUN_QUALIFIED.join("|")})s?\\b)|(?<!\\b(?:${VI_PERSON_NOUN_QUALIFIED.join("|")}) )\\b((${VI_PERSON_NOUNS.filter((n) => n.includes(" ")).join("|")})( \\S+){0,${MAX_PERSON_NOUN_QUALIFIERS_VI}}|${VI_PERSON_NOUNS.filter((n) => !n.includes(" ")).join("|")}) nao\\b`,
    ),
  ],
  // Last: "Which chapters did they close?", "What working groups were set up?", "Which kinds of data did …", "những chương nào",
  // "những gì": several things, a list.
  [
    "list",
    /\b(which|what) ([a-z-]+ ){0,2}[a-z]*[^su ]s (of ([a-z-]+ ){1,2})?(did|do|does|were|are|have|has|had|will|would|remain|remained)\b|\b(nhung|cac) (\S+ ){1,4}nao\b|\bnhung gi\b/,
  ],
];

/** The answer-type cues, each to find every place it matches (matchAll leaves a shared global RegExp's lastIndex alone). */
const EVERY_ANSWER_TYPE_CUE = ANSWER_TYPE_CUES.map(([, cue]) => new RegExp(cue.source, "g"));

/**
 * Which concepts only say what kind of fact is asked: "thời gian" of "vào thời gian nào", "ngày" of "ngày nào", "date" of
 * "what date" (the wording inside the answer-type cue), not what the question is about.
 */
export function answerCueConcepts(plan: Pick<QueryPlan, "question" | "concepts">): boolean[] {
  const folded = ` ${foldPhrase(plan.question)} `;
  const cues = EVERY_ANSWER_TYPE_CUE.flatMap((cue) => [...folded.matchAll(cue)].map((m) => ` ${m[0]} `));
  return plan.concepts.map((c) => {
    const own = c.alternates[0];
    return own !== undefined && cues.some((cue) => cue.includes(` ${fold(own)} `));
  });
}

/** English question words, and the auxiliaries after which a later one asks a question of its own ("…, and where was it held?"). */
const EN_QUESTION_WORD = /\b(what|which|who|whom|whose|when|where|how|why)\b/g;
const EN_AUXILIARIES = new Set(["is", "are", "was", "were", "do", "does", "did", "will", "would", "has", "have", "had", "can", "could", "should"]);

/**
 * The answer type a question's wording asks for. An English question asks with its first question word, and
 * with any later one an auxiliary follows; another "when" only says which time ("What phase-in period did
 * Washington offer when it first tabled the text?" asks for a period), so a cue counts only where such a word stands;
 * a reason asked anywhere ("why", "what led") comes first, as in either language.
 */
export function expectedAnswer(question: string): AnswerType | null {
  const folded = ` ${foldPhrase(question)} `;
  const anywhere = ANSWER_TYPE_CUES.find(([, cue]) => cue.test(folded))?.[0] ?? null;
  if (detectLanguage(question) !== "en" || anywhere === "reason") return anywhere;
  const asking = [...folded.matchAll(EN_QUESTION_WORD)].filter(
    (m, i) => i === 0 || EN_AUXILIARIES.has(folded.slice(m.index + m[0].length).split(" ")[1] ?? ""),
  );
  for (const m of asking) {
    const found = ANSWER_TYPE_CUES.find(([, cue]) => cue.exec(folded.slice(m.index))?.index === 0);
    if (found) return found[0];
  }
  return null;
}

const SIDE_TERMS = new Set([
  "viet nam",
  "vn",
  "hoa ky",
  "my",
  "us",
  "usa",
  "american",
  "vietnamese",
  "vietnam",
  "phia",
  "side",
  "doan",
  "phia viet nam",
  "phia hoa ky",
  "phia my",
]);
const KIND_TERMS = new Map(Object.entries(EVENT_KIND_PHRASES).flatMap(([kind, p]) => [...p.vi, ...p.en].map((w) => [fold(w), kind] as const)));

const SIDE_NAMES = new Set(Object.values(SIDE_WORDS).flat());

/**
 * Whether a concept names a side of the talks ("US", "Vietnamese", "USTR", "Hoa Kỳ"): every report
 * names the sides, each in its own language's words, so holding or missing one tells nothing.
 */
export function namesSide(concept: Concept): boolean {
  return concept.alternates.some((a) => SIDE_NAMES.has(fold(a)));
}

/**
 * A name that is not a side, or a number: what a report in one language can hold and one in the
 * other lack (a 2025 figure does not answer a 2024 question; an English report that never names
 * the Textile Association does not say what it said).
 */
export function isSpecific(concept: Concept): boolean {
  if (concept.name) return !namesSide(concept);
  return concept.alternates.some((a) => /^\d[\d.,]*$/.test(a));
}

/** A name that is neither a side nor a place: a person, an outlet, a company ("Okafor", "Nhiệt Phong"). */
const namesOther = (concept: Concept) => Boolean(concept.name) && !concept.partOfName && !namesSide(concept) && !PLACE_NAMES.has(fold(concept.label));

/**
 * Whether a concept of the previous question says what a follow-up replaces: its side, its event, or the one it
 * names ("Còn phía Mỹ, ai thay ông Okafor?" after "Ai thay ông Đoàn Quốc Việt …?" asks of Okafor, not of both).
 */
function replacedBy(concept: Concept, events: EventQuery, own: readonly Concept[], stage: CaseStage | null): boolean {
  if (namesOther(concept) && own.some(namesOther)) return true;
  // "And at the final stage?" after a question about the preliminary rate: the final determination's rate, not both.
  if (stage && concept.alternates.some((a) => namesOtherStage(a, stage))) return true;
  const folded = concept.alternates.map((a) => fold(a));
  if (events.side && folded.some((a) => SIDE_TERMS.has(a))) return true;
  // A new number replaces the old one; a new kind replaces words of another kind ("còn phiên cấp kỹ thuật?" after "vòng 2").
  if ((events.ordinal !== null || events.superlative !== null) && folded.some((a) => /^\d+$/.test(a))) return true;
  if (events.kind !== null && folded.some((a) => KIND_TERMS.has(a) && KIND_TERMS.get(a) !== events.kind)) return true;
  if (events.period && folded.some((a) => /^(thang \d+|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(a)))
    return true;
  return false;
}

/** Plan the search for a question, given the user's earlier questions in this conversation (oldest first). */
export function analyzeQuery(question: string, history: string[] = []): QueryPlan {
  const language = detectLanguage(question);
  const own = conceptsOf(question, language, false);
  const previous = history.at(-1);
  const followUp = previous !== undefined && isFollowUp(question, own);
  const ownEvents = analyzeEventQuery(question);
  // "Còn lần thứ hai?" after a question about the first ministerial session: the second one of that kind.
  const ordinalOnly = followUp && ownEvents.kind === null && ownEvents.ordinal === null && ownEvents.relation === null ? bareOrdinal(question) : null;
  if (ordinalOnly !== null) Object.assign(ownEvents, { ordinal: ordinalOnly, superlative: null, timeline: false });
  const ownExpects = expectedAnswer(question);
  const events = followUp ? mergeFollowUp(ownEvents, analyzeEventQuery(previous), question) : ownEvents;
  // "The first round that Ha Thi Lan Phuong led": the first of those whose reports name her, not round 1.
  const naming =
    events.relation === null && (events.superlative !== null || events.ordinal === 1)
      ? superlativeNaming(
          question,
          own.filter(namesOther).map((c) => c.label),
        )
      : null;
  if (naming) Object.assign(events, { ordinal: null, superlative: naming.superlative, naming: naming.names, timeline: false });
  // A who/how-much/why question is never a timeline, whatever its plural says.
  if (ownExpects === "person" || ownExpects === "quantity" || ownExpects === "reason") events.timeline = false;
  const expects = ownExpects ?? (followUp ? expectedAnswer(previous) : null);
  const stage = askedStage(question, followUp ? previous : undefined);
  // The follow-up keeps the previous question's subject and drops what it swaps ("còn phía Hoa Kỳ?").
  const context = followUp ? conceptsOf(previous, detectLanguage(previous), true).filter((c) => !replacedBy(c, ownEvents, own, stage)) : [];
  const concepts = [...own, ...context.filter((c) => !own.some((o) => o.label === c.label))];
  const wordings = (c: Concept) => c.alternates.filter((a) => !c.phraseForms?.includes(a));
  const vectorText = [...(language === "vi" ? [question] : []), ...concepts.flatMap((c) => (language === "vi" ? wordings(c).slice(1) : wordings(c)))].join(" ");
  return { question, expects, language, concepts, followUp, events, vectorText: vectorText || fold(question), stage };
}
