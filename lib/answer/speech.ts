/**
 * Questions asking what someone said, and the sentences that report what was said: a quotation, or
 * a verb of speech ("said", "cho biết"). Words in lib/text/lexicon/speech.ts.
 */
import type { QueryPlan } from "../retrieve/query";
import { ASKED_SPEECH_OBJECTS_VI, ASKED_SPEECH_VERBS, ASKED_SPEECH_VERBS_VI, ASKER_REQUEST_WORDS, QUOTATION_MARKS, SPEECH_VERBS } from "../text/lexicon/speech";
import { fold, foldedTerms, hasVietnameseDiacritics, spacedSyllables, syllableText, tokenize } from "../text/normalize";
import { namesGiven } from "./named-people";

/** Most words between a Vietnamese verb of speech and the question word it asks with ("nói Việt Nam không muốn đóng vai trò gì"). */
const MAX_WORDS_TO_QUESTION_WORD = 10;

/**
 * "… <verb of speech> … gì / thế nào / ra sao" over a question's spaced syllables, with someone before the verb (the asker's
 * own "Hãy cho biết …" asks nothing of anyone's speech); `gap` words at most between the verb and the question word.
 */
function speechAsked(spell: (word: string) => string, gap: number): RegExp {
  const alternation = (words: readonly string[]) => words.map(spell).join("|");
  return new RegExp(
    `(?<=\\S )(?<! (?:${alternation(ASKER_REQUEST_WORDS)}) )(?:${alternation(ASKED_SPEECH_VERBS_VI)})(?: \\S+){0,${gap}} (?:${alternation(ASKED_SPEECH_OBJECTS_VI)}) `,
  );
}
/** With diacritics, as written; without, the verb right before the question word ("noi dung gi" is "nội dung gì"). */
const ASKED_IN_VIETNAMESE = speechAsked((w) => w, MAX_WORDS_TO_QUESTION_WORD);
const ASKED_WITHOUT_DIACRITICS = speechAsked(fold, 0);
const ASKED_IN_ENGLISH = new RegExp(`\\b(what|how) (did|does|do|has|have|had|was|were) (?:[a-z0-9]+ ){0,8}(${ASKED_SPEECH_VERBS.join("|")})\\b`);

/** Whether a question asks what someone said. */
export function asksWhatWasSaid(question: string): boolean {
  const { exact, folded } = spacedSyllables(question);
  return (hasVietnameseDiacritics(question) ? ASKED_IN_VIETNAMESE.test(exact) : ASKED_WITHOUT_DIACRITICS.test(folded)) || ASKED_IN_ENGLISH.test(folded);
}

/** Whether a sentence quotes someone or reports what they said. */
export function reportsSpeech(sentence: string): boolean {
  if (QUOTATION_MARKS.some((mark) => sentence.includes(mark))) return true;
  const words = ` ${syllableText(sentence)} `;
  return SPEECH_VERBS.some((verb) => words.includes(` ${verb} `));
}

/**
 * Whether a sentence names a speaker the question names, as reports name them after the first time: by the
 * last word of the name ("Ashworth said", "ông Vinh cho biết"), written capitalised. The question's names are
 * read once; the check is then made per sentence.
 */
export function namesAskedSpeaker(plan: QueryPlan): (sentence: string) => boolean {
  const lastWords = namesGiven(plan).map((c) => foldedTerms(c.label).at(-1)!);
  if (lastWords.length === 0) return () => false;
  return (sentence) => tokenize(sentence).some((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)) && lastWords.includes(t.folded));
}
