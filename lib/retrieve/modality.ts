/**
 * Whether a milestone (an agreement signed or ratified) is asked and reported as having happened: a
 * question "On what date was the agreement signed?" is not answered by reports that it "could be
 * signed early next year" or "dự kiến ký trong quý I", which say it has not happened.
 */
import { MILESTONE_WORDS, NOT_HAPPENED_CUES } from "../text/lexicon/modality";
import { VI_COMPOUND_WORDS } from "../text/lexicon/vi-compounds";
import { fold, hasVietnameseDiacritics, syllableText } from "../text/normalize";
import { splitSentences } from "../text/sentences";

const padded = (text: string) => ` ${syllableText(text)} `;
const CUES = NOT_HAPPENED_CUES.map((c) => ` ${syllableText(c)} `);
const CUES_FOLDED = CUES.map(fold);
const EN = MILESTONE_WORDS.en.map((w) => ` ${w} `);
const VI = MILESTONE_WORDS.vi.map((w) => ` ${syllableText(w)} `);
const VI_FOLDED = MILESTONE_WORDS.viFolded.map((w) => ` ${w} `);
/** Compound words holding a milestone word that are other words: "chữ ký" is a signature, "đăng ký" registration. */
const OTHER_WORDS = VI_COMPOUND_WORDS.map((c) => ` ${syllableText(c)} `).filter((c) => VI.some((w) => c.includes(w)));

/** Whether a text (as written, lower case, space-padded) names a milestone, not only inside another word. */
function namesMilestone(exact: string): boolean {
  if (EN.some((w) => exact.includes(w))) return true;
  const stripped = OTHER_WORDS.reduce((text, other) => text.replaceAll(other, " "), exact);
  return VI.some((w) => stripped.includes(w));
}

/** Whether a text (as written, space-padded) makes a milestone a plan, a possibility or a denial: as written when it has diacritics, else folded. */
const statesNotHappened = (exact: string) =>
  hasVietnameseDiacritics(exact) ? CUES.some((c) => exact.includes(c)) : CUES_FOLDED.some((c) => exact.includes(c));

/** A question about a milestone as done: it names one and says nothing of plans or possibility ("When do they plan to sign?" is not). */
export function asksMilestoneHappened(question: string): boolean {
  // A question-final "chưa" asks whether it has happened yet ("Hiệp định đã ký chưa?"); it denies nothing.
  const exact = padded(question).replace(/ (chưa|chua) $/u, " ");
  const folded = fold(exact);
  const names = namesMilestone(exact) || VI_FOLDED.some((w) => folded.includes(w));
  return names && !statesNotHappened(hasVietnameseDiacritics(exact) ? exact : folded);
}

/** Whether a passage has a sentence reporting a milestone without a word making it a plan, a possibility or a denial. */
export function reportsMilestoneHappened(text: string): boolean {
  return splitSentences(text).some((span) => {
    const exact = padded(text.slice(span.start, span.end));
    return namesMilestone(exact) && !statesNotHappened(exact);
  });
}
