/**
 * Someone asked about at an event whose reports never name them: "What did Helen Marsh say at the Can Tho
 * consultation?" when she led other consultations and the Can Tho reports name only the officials who were
 * there. The archive knows the name and reports the event, but nothing it says puts the one at the other.
 */
import { kindMentions } from "../index/events";
import { AT_EVENT_CUES } from "../text/lexicon/events";
import { foldedTerms } from "../text/normalize";
import { mentions, type Searchable } from "./coverage";
import { namesSide, type Concept } from "./query";

const AT_EVENT = new Set(AT_EVENT_CUES);
/** Words a place cue may stand before the event's kind word: "at [the Can Tho fisheries] consultation". */
const AT_EVENT_REACH = 5;

/** Whether a question places what it asks at the event it names: "at the … consultation", "tại vòng đàm phán …". */
export function asksAtEvent(question: string): boolean {
  const words = foldedTerms(question);
  const asked = kindMentions(words).find((k) => !k.reference);
  if (!asked) return false;
  return words.slice(Math.max(0, asked.index - AT_EVENT_REACH), asked.index).some((w) => AT_EVENT.has(w));
}

/**
 * A name as the question writes it, not a wording the lexicon gives: a person's ("Helen Marsh", "Okafor"), not
 * a month or an office with translations ("August", "Commerce Department"), nor a side of the talks.
 */
const ownName = (c: Concept) => c.name === true && !c.fromHistory && c.alternates.length === 1 && !namesSide(c);

/**
 * The first name the question places at the events it asks about (not a word that only frames the event, as
 * `framing` marks) that none of the texts about those events mentions; null when each is named there, or when
 * the question does not place anyone at them.
 */
export function nameAbsentFromEvent(
  question: string,
  concepts: readonly Concept[],
  framing: readonly boolean[],
  eventTexts: readonly Searchable[],
): Concept | null {
  if (eventTexts.length === 0 || !asksAtEvent(question)) return null;
  return concepts.find((c, i) => ownName(c) && !framing[i] && !eventTexts.some((t) => mentions(t, c))) ?? null;
}
