/**
 * Which of a question's concepts only name the event it asks about ("the second round", "phiên cấp
 * Bộ trưởng lần thứ tư", "in Singapore", "held"): every report of that event says them, so among the
 * sentences of its reports they tell nothing about which sentence answers.
 */
import type { ArchiveEvent } from "../index/event-catalog";
import type { Concept, QueryPlan } from "../retrieve/query";
import {
  EN_ORDINAL_WORDS,
  EVENT_HELD_WORDS,
  EVENT_KIND_PHRASES,
  GENERIC_EVENT_PHRASES,
  PLACES,
  QUESTION_CUES,
  SIDE_NOUNS,
  SIDE_WORDS,
  VI_FIRST_WORDS,
  VI_ORDINAL_WORDS,
} from "../text/lexicon/events";
import { numberForms } from "../text/numbers";
import { tokenize } from "../text/normalize";

const folded = (phrase: string) =>
  ` ${tokenize(phrase)
    .map((t) => t.folded)
    .join(" ")} `;

const GENERIC = GENERIC_EVENT_PHRASES.map(folded);
const HELD = EVENT_HELD_WORDS.map(folded);
/** "thứ", "lần", "lần thứ": the words an ordinal is written with. */
const ORDINAL_MARKERS = [" thu ", " lan ", " lan thu "];
/** "latest", "after", "sau", "next" …: words that place the asked event against others or say what came of it ("after round 5"), once the event is found. */
const { latest, earliest, before, after, neighbour } = QUESTION_CUES;
const PLACING = [...latest, ...earliest, ...before, ...after, ...neighbour].map((c) => ` ${c} `);

const SIDES = [...Object.values(SIDE_WORDS).flat(), ...SIDE_NOUNS].map((w) => ` ${w} `);

/** The folded wordings of each number as an ordinal: "2", "thu 2", "thu hai", "hai", "second", "2nd". */
function ordinalWordings(n: number): string[] {
  const vi = Object.entries(VI_ORDINAL_WORDS)
    .filter(([, v]) => v === n)
    .map(([w]) => ` ${w} `);
  const en = Object.entries(EN_ORDINAL_WORDS)
    .filter(([, v]) => v === n)
    .map(([w]) => ` ${w} `);
  return [...numberForms(n).map(folded), ...vi, ...en, ...(n === 1 ? VI_FIRST_WORDS.map(folded) : [])];
}

/**
 * Whether a wording is part of a phrase: several of its words ("cấp bộ trưởng"), or the one word it
 * starts or ends with ("phiên", "session"); a single inner word ("làm" of "phiên làm việc") may be a name.
 */
function partOf(own: string, phrase: string): boolean {
  if (!phrase.includes(own)) return false;
  return own.trim().includes(" ") || phrase.startsWith(own) || phrase.endsWith(own);
}

/** Whether a concept's own wording names one of the asked events (kind, number, place), how it is placed, or that it was held. */
function names(concept: Concept, events: readonly ArchiveEvent[], plan: QueryPlan): boolean {
  const own = folded(concept.label);
  const kinds = new Set([...events.map((e) => e.kind), ...(plan.events.relation ? [plan.events.relation.anchor.kind] : [])]);
  const kindPhrases = [...kinds].flatMap((k) => [...EVENT_KIND_PHRASES[k].vi, ...EVENT_KIND_PHRASES[k].en].map(folded));
  const ordinals = [...events.map((e) => e.ordinal), plan.events.relation?.anchor.ordinal ?? null].filter((n): n is number => n !== null);
  const places = PLACES.filter((p) => events.some((e) => e.place === p.id)).flatMap((p) => [...p.vi, ...p.en].map(folded));
  return (
    [...kindPhrases, ...GENERIC, ...HELD].some((phrase) => partOf(own, phrase)) ||
    ORDINAL_MARKERS.includes(own) ||
    ordinals.some((n) => ordinalWordings(n).includes(own)) ||
    places.includes(own) ||
    PLACING.includes(own) ||
    // "Who led the US side?": the side is told by whom a sentence names (the side bonus), not by its words.
    (plan.expects === "person" && plan.events.side !== null && SIDES.includes(own))
  );
}

/** The question's concepts that say something beyond naming the asked events (all of them when none is asked). */
export function contentConcepts(plan: QueryPlan, events: readonly ArchiveEvent[]): boolean[] {
  return plan.concepts.map((c) => events.length === 0 || !names(c, events, plan));
}
