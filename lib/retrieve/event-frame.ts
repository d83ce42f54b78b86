/**
 * Which words of a question only frame the event it asks about — its kind, its number, its place, that
 * it was held or who led it, where it stands in time ("after the fifth round", "mới nhất") and, when
 * asked, which side — rather than carry what is asked of it. Every report of the event says them in
 * its own language's way, so they tell which event a passage reports, not which passage or sentence
 * of its reports answers: the retriever's reader's-language preference and the answer's choice of
 * sentence both weigh the rest.
 */
import { kindPhrases as openKindPhrases } from "../index/event-kinds";
import type { ArchiveEvent } from "../index/event-catalog";
import {
  EN_ORDINAL_WORDS,
  EVENT_FRAME_WORDS,
  EVENT_KIND_PHRASES,
  GENERIC_EVENT_PHRASES,
  PLACES,
  QUESTION_CUES,
  SIDE_WORDS,
  VI_FIRST_WORDS,
  type EventKind,
} from "../text/lexicon/events";
import { tokenize } from "../text/normalize";
import { numberForms, viOrdinalWords } from "../text/numbers";
import type { EventQuery } from "./event-query";
import type { Concept } from "./query";

/** The asked event as the question names it and, once found, as the archive reports it. */
export interface EventFrame {
  kinds: ReadonlySet<EventKind>;
  ordinals: ReadonlySet<number>;
  /** Place ids (lib/text/lexicon/events.ts). */
  places: ReadonlySet<string>;
  /**
   * Every event the question names is of a kind the lexicon lists, so its reports are known by their
   * events: talks in general, "the latest", its place then only frame it. Of another kind ("the first
   * joint committee meeting") those are the words that find its reports.
   */
  listed: boolean;
  /** Names that say which event is asked ("the first round that Ha Thi Lan Phuong led"), folded. */
  names?: ReadonlySet<string>;
}

/** One syllable of a wording or a list phrase: as written (lower case, NFC), folded, and whether it carries diacritics. */
interface Syllable {
  text: string;
  folded: string;
  marked: boolean;
}
type Phrase = readonly Syllable[];

const syllables = (phrase: string): Phrase => tokenize(phrase).map((t) => ({ text: t.text, folded: t.folded, marked: t.text !== t.folded }));

/**
 * Two syllables are the same word when they fold alike and, if both carry diacritics, are spelt alike:
 * "dien ra" is "diễn ra", but "đoạn" is not "đoàn" nor "phân" the "phán" of "đàm phán".
 */
const same = (a: Syllable, b: Syllable) => a.folded === b.folded && (!a.marked || !b.marked || a.text === b.text);

/** Where a wording occurs in a phrase, as whole syllables: the start indexes. */
function occurrences(wording: Phrase, phrase: Phrase): number[] {
  const starts: number[] = [];
  for (let i = 0; i + wording.length <= phrase.length; i++) if (wording.every((s, j) => same(s, phrase[i + j]!))) starts.push(i);
  return starts;
}

const isPhrase = (wording: Phrase, phrase: Phrase) => wording.length === phrase.length && occurrences(wording, phrase).length > 0;

/**
 * Whether a wording is part of a phrase: several of its words ("cấp bộ trưởng"), or the one word it
 * starts or ends with ("phiên", "session"); a single inner word ("làm" of "phiên làm việc") may be a name.
 */
function partOf(wording: Phrase, phrase: Phrase): boolean {
  return occurrences(wording, phrase).some((i) => wording.length > 1 || i === 0 || i === phrase.length - 1);
}

/** Words that frame any event: that it was held, who led it, a side as such, where it stands in time. */
const FRAME_WORDS = EVENT_FRAME_WORDS.map(syllables);
/** "latest", "first", "next": how a question places the asked event against the others, once that event is known. */
const { latest, earliest, before, after, neighbour } = QUESTION_CUES;
const PLACING = [...latest, ...earliest, ...before, ...after, ...neighbour].map(syllables);
/** "phiên", "talks", "đàm phán": a wording that is part of one of these phrases frames an event too. */
const GENERIC = GENERIC_EVENT_PHRASES.map(syllables);
/** A country: frames the event only where the side is told otherwise (`sidesFramed`). */
const SIDES = Object.values(SIDE_WORDS).flat().map(syllables);
/** "thứ", "lần", "lần thứ": the words an ordinal is written with. */
const ORDINAL_MARKERS = ["thứ", "lần", "lần thứ"].map(syllables);
const KIND_PHRASES = new Map(Object.entries(EVENT_KIND_PHRASES).map(([kind, p]) => [kind as EventKind, [...p.vi, ...p.en].map(syllables)]));

/** The asked event's frame: the question's kind, number and place (and its anchor's: "after round 5"), and those of the events found for it. */
export function eventFrame(query: EventQuery, found: readonly Pick<ArchiveEvent, "kind" | "ordinal" | "place">[] = []): EventFrame {
  const anchor = query.relation?.anchor;
  return {
    kinds: new Set([query.kind, anchor?.kind, ...found.map((e) => e.kind)].filter((k): k is EventKind => k != null)),
    ordinals: new Set([query.ordinal, anchor?.ordinal, ...found.map((e) => e.ordinal)].filter((n): n is number => n != null)),
    places: new Set([query.place, ...found.map((e) => e.place)].filter((p): p is string => p != null)),
    listed: (query.kind !== null || anchor !== undefined || found.length > 0) && !query.unlisted,
    names: new Set(query.naming ?? []),
  };
}

/** Every wording of a number as an ordinal: "2", "thứ 2", "thứ hai", "hai", "second", "2nd" ("đầu tiên" for 1). */
function ordinalWordings(n: number): Phrase[] {
  const en = Object.keys(EN_ORDINAL_WORDS).filter((w) => EN_ORDINAL_WORDS[w] === n);
  return [...numberForms(n), ...viOrdinalWords(n), ...en, ...(n === 1 ? VI_FIRST_WORDS : [])].map(syllables);
}

/**
 * Whether a concept only frames the asked event, in any of its wordings (the question's own and its
 * translations, with or without diacritics). `sidesFramed`: the side is told by other means (whom a
 * sentence names, for a who-question; each language's own name for it, when reports are compared), so
 * a country or a delegation says nothing of what was asked either.
 */
export function framesEvent(concept: Pick<Concept, "alternates">, frame: EventFrame, { sidesFramed }: { sidesFramed: boolean }): boolean {
  // An open kind ("joint-committee", "consultation") is named by its own entry's phrases.
  const kindPhrases = [...frame.kinds].flatMap((kind) => KIND_PHRASES.get(kind) ?? [...openKindPhrases(kind).vi, ...openKindPhrases(kind).en].map(syllables));
  const ordinals = [...frame.ordinals].flatMap(ordinalWordings);
  const places = PLACES.filter((p) => frame.places.has(p.id)).flatMap((p) => [...p.vi, ...p.en].map(syllables));
  const { listed } = frame;
  const whole = [
    ...FRAME_WORDS,
    ...(sidesFramed ? SIDES : []),
    ...(listed ? [...PLACING, ...places] : []),
    ...(listed && frame.ordinals.size > 0 ? ORDINAL_MARKERS : []),
    ...ordinals,
    ...[...(frame.names ?? [])].map(syllables),
  ];
  const parts = [...kindPhrases, ...(listed ? GENERIC : [])];
  return concept.alternates
    .map(syllables)
    .some((wording) => wording.length > 0 && (whole.some((p) => isPhrase(wording, p)) || parts.some((p) => partOf(wording, p))));
}
