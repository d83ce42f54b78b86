/**
 * The stage of a trade-remedy case a question asks about (its initiation, the preliminary or the final determination),
 * and whether an article's headline reports that stage or another: the reports of one case share almost all their words,
 * and "mức thuế … trong kết luận sơ bộ" is answered by the preliminary determination's report, not by the final one's that
 * recalls it. Words in lib/text/lexicon/case-stages.ts.
 */
import { CASE_WORDS, STAGE_COMPARISON_CUES, STAGE_IN_QUESTIONS, STAGE_IN_TITLES, type CaseStage } from "../text/lexicon/case-stages";
import { matchesAt } from "../index/events";
import { REFERENCE_CUES } from "../text/lexicon/events";
import { foldedTerms, spacedSyllables } from "../text/normalize";

const padded = (text: string) => spacedSyllables(text).folded;
const phrases = (list: readonly string[]) => list.map((p) => padded(p));
const STAGES = Object.keys(STAGE_IN_TITLES) as CaseStage[];
const IN_TITLES = new Map(STAGES.map((s) => [s, phrases(STAGE_IN_TITLES[s])]));
const IN_QUESTIONS = new Map(STAGES.map((s) => [s, [...STAGE_IN_TITLES[s], ...STAGE_IN_QUESTIONS[s]].map(foldedTerms)]));
const CASE = phrases(CASE_WORDS);

/** How many words before a stage's name a cue may stand and make it the anchor of the question ("after the preliminary determination"). */
const CUE_REACH = 3;
const CUES = REFERENCE_CUES.map((c) => c.split(" "));
const COMPARISON_CUES = STAGE_COMPARISON_CUES.map(foldedTerms);

/** Whether one of `cues` stands at most CUE_REACH words before the stage phrase at word `at`. */
function cuedAt(words: string[], at: number, cues: readonly string[][]): boolean {
  return cues.some((cue) => {
    for (let from = Math.max(0, at - CUE_REACH - cue.length + 1); from + cue.length <= at; from++) if (matchesAt(words, from, cue)) return true;
    return false;
  });
}

/** Whether the stage phrase at word `at` is placed after or before by a cue: "sau kết luận sơ bộ", "after the preliminary …". */
const anchoredAt = (words: string[], at: number) => cuedAt(words, at, CUES);

/**
 * The one stage a question asks about, beside a word of the case; null when it names none, or several ("from the
 * preliminary to the final rate"; one compared with another is not asked: "the final rate, lower than the preliminary
 * one" asks about the final), or places the question against it ("How did the case develop after the preliminary
 * determination?" asks about what came later). A follow-up names the case in the question before it (`previous`):
 * "And at the final stage?" after "What preliminary anti-dumping rate …?" asks about the final determination.
 */
export function askedStage(question: string, previous?: string): CaseStage | null {
  const words = foldedTerms(question);
  const text = ` ${words.join(" ")} `;
  const context = previous === undefined ? "" : padded(previous);
  if (!CASE.some((w) => text.includes(w) || context.includes(w))) return null;
  /** Where the question names each stage (the word each of its names starts at), read once for the three tests below. */
  const namedAt = new Map(STAGES.map((s) => [s, IN_QUESTIONS.get(s)!.flatMap((p) => words.flatMap((_, i) => (matchesAt(words, i, p) ? [i] : [])))]));
  const mentioned = STAGES.filter((s) => namedAt.get(s)!.length > 0);
  // "… cuối cùng thấp hơn mức sơ bộ": a stage named only as what another is compared with is not the one asked.
  const compared = (s: CaseStage) => namedAt.get(s)!.every((i) => cuedAt(words, i, COMPARISON_CUES));
  const named = mentioned.length > 1 ? mentioned.filter((s) => !compared(s)) : mentioned;
  if (named.length !== 1) return null;
  const stage = named[0]!;
  return namedAt.get(stage)!.some((i) => anchoredAt(words, i)) ? null : stage;
}

/** +1 when a headline names the asked stage, -1 when it names only others, 0 when it names none. */
export function stageAgreement(title: string, asked: CaseStage): -1 | 0 | 1 {
  const text = padded(title);
  const named = STAGES.filter((s) => IN_TITLES.get(s)!.some((p) => text.includes(p)));
  if (named.includes(asked)) return 1;
  return named.length > 0 ? -1 : 0;
}

/**
 * Whether a wording names a stage of a case other than `stage`: what a follow-up that asks about `stage` swaps out of the
 * question before it ("sơ bộ" of "What preliminary rate …?" when it asks "And at the final stage?").
 */
export function namesOtherStage(wording: string, stage: CaseStage): boolean {
  const words = foldedTerms(wording);
  return STAGES.some((s) => s !== stage && IN_QUESTIONS.get(s)!.some((p) => p.length === words.length && matchesAt(words, 0, p)));
}
