/**
 * Questions asking what someone said, and the sentences that report what was said: a quotation, or
 * a verb of speech ("said", "cho biết"). Words in lib/text/lexicon/speech.ts.
 */
import type { QueryPlan } from "../retrieve/query";
import { ASKED_SPEECH_VERBS, ASKS_WHAT_SAID, QUOTATION_MARKS, SPEECH_VERBS } from "../text/lexicon/speech";
import { foldedTerms, spacedSyllables, syllableText, tokenize } from "../text/normalize";
import { namesGiven } from "./named-people";

const ASKED_IN_ENGLISH = new RegExp(`\\b(what|how) (did|does|do|has|have|had|was|were) (?:[a-z0-9]+ ){0,8}(${ASKED_SPEECH_VERBS.join("|")})\\b`);

/** Whether a question asks what someone said. */
export function asksWhatWasSaid(question: string): boolean {
  const folded = spacedSyllables(question).folded;
  return ASKS_WHAT_SAID.some((cue) => folded.includes(` ${cue} `)) || ASKED_IN_ENGLISH.test(folded);
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
