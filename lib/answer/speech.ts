/**
 * Questions asking what someone said, and the sentences that report what was said: a quotation, or
 * a verb of speech ("said", "cho biết"). Words in lib/text/lexicon/speech.ts.
 */
import type { QueryPlan } from "../retrieve/query";
import { ASKED_SPEECH_VERBS, ASKS_WHAT_SAID, QUOTATION_MARKS, SPEECH_VERBS } from "../text/lexicon/speech";
import { syllableText, tokenize } from "../text/normalize";

const ASKED_IN_ENGLISH = new RegExp(`\\b(what|how) (did|does|do|has|have|had|was|were) (?:[a-z0-9]+ ){0,8}(${ASKED_SPEECH_VERBS.join("|")})\\b`);

/** Whether a question asks what someone said. */
export function asksWhatWasSaid(question: string): boolean {
  const folded = ` ${tokenize(question)
    .map((t) => t.folded)
    .join(" ")} `;
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
 * last word of the name ("Ashworth said", "ông Vinh cho biết"), written capitalised.
 */
export function namesAskedSpeaker(sentence: string, plan: QueryPlan): boolean {
  const lastWords = plan.concepts.filter((c) => c.multiWord && !c.fromHistory).map((c) => tokenize(c.label).at(-1)!.folded);
  if (lastWords.length === 0) return false;
  const raw = tokenize(sentence).filter((t) => /^\p{Lu}/u.test(sentence.slice(t.start, t.end)));
  return raw.some((t) => lastWords.includes(t.folded));
}
