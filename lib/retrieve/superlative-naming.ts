/**
 * "The first round that Ha Thi Lan Phuong led", "vòng đầu tiên do bà Hà Thị Lan Phương dẫn đầu": the first (or latest)
 * of the events whose reports name someone, not round 1 (or the latest of all).
 */
import { QUESTION_CUES } from "../text/lexicon/events";
import { fold, tokenize, type Token } from "../text/normalize";

/** Most words between the "first"/"latest" word and a name that still restricts it ("first round that", "vòng đàm phán đầu tiên do Thứ trưởng"). */
const MAX_GAP = 5;
/** Punctuation that closes the clause: "At the first round, Okafor said …" names him apart from the round. */
const CLAUSE_END = /[,;:?!.]/;

const CUES = (["earliest", "latest"] as const).flatMap((superlative) => QUESTION_CUES[superlative].map((cue) => ({ superlative, words: cue.split(" ") })));

/** Where a folded phrase's words first stand among the tokens, or -1. */
function indexOf(tokens: readonly Token[], words: readonly string[]): number {
  return tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.folded === w));
}

/**
 * The superlative a question restricts to events that name someone, with those names (folded), when a name it gives
 * stands a few words after its "first"/"latest" word in the same clause; null otherwise ("What did Okafor say at the
 * first round?" names him before it, and asks of round 1).
 */
export function superlativeNaming(question: string, names: readonly string[]): { superlative: "earliest" | "latest"; names: string[] } | null {
  const tokens = tokenize(question);
  const found = CUES.map((cue) => ({ ...cue, at: indexOf(tokens, cue.words) })).filter((cue) => cue.at >= 0);
  const cue = found.sort((a, b) => a.at - b.at)[0];
  if (!cue) return null;
  const cueEnd = cue.at + cue.words.length;
  const after = names.filter((name) => {
    const at = indexOf(tokens.slice(cueEnd), fold(name).split(" "));
    return at >= 0 && at <= MAX_GAP && !CLAUSE_END.test(question.slice(tokens[cueEnd - 1]!.end, tokens[cueEnd + at]!.start));
  });
  return after.length > 0 ? { superlative: cue.superlative, names: after.map(fold) } : null;
}
