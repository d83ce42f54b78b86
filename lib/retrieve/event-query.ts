/**
 * What a question asks about events and time: which event (kind, ordinal), which period ("tháng
 * 6/2025", "in July"), latest/first, before/after another event, a timeline, and which side.
 */
import { findDates } from "../text/event-dates";
import {
  EN_ORDINAL_WORDS,
  GENERIC_EVENT_PHRASES,
  NEGOTIATION_WORDS,
  QUESTION_CUES,
  SESSION_WORDS,
  VI_DATE_WORDS,
  VI_ORDINAL_WORDS,
  type EventKind,
  type Side,
} from "../text/lexicon/events";
import { fold, foldedTerms, hasVietnameseDiacritics, spacedSyllables } from "../text/normalize";
import { ROLE_PHRASES } from "../text/person-roles";
import { isOpenKind, isSessionKind } from "../index/event-kinds";
import { clauseBreaks, kindMentions, matchesAt, placesIn } from "../index/events";
import { namesListedKind, unlistedEvent, type UnlistedEvent } from "./unlisted-event";

/** A period a question names: a month (of a year, or of any year) or a year. */
export interface Period {
  year: number | null;
  /** 1–12, or null for a whole year. */
  month: number | null;
}

export interface EventQuery {
  kind: EventKind | null;
  ordinal: number | null;
  /** The question speaks of negotiations or sessions in general ("đàm phán", "talks"). */
  generic: boolean;
  superlative: "latest" | "earliest" | null;
  /** "sau vòng 2", "before the joint statement": the event asked is placed against another. */
  relation: { direction: "before" | "after"; anchor: { kind: EventKind; ordinal: number | null } } | null;
  period: Period | null;
  /** Every event is wanted, in order: a timeline, a summary, "which sessions in June". */
  timeline: boolean;
  /** The question asks for sessions ("phiên", "rounds", "meetings"), not everything that happened ("đàm phán", "talks"). */
  sessions?: boolean;
  /**
   * A number said of a negotiation with no kind ("phiên đàm phán thứ nhất", "the first negotiating session"): the
   * negotiators' rounds and sessions of that number, before a council's meeting or a consultation of it.
   */
  negotiation?: boolean;
  side: Side | null;
  /** A place the question names ("first met in Hanoi", "vòng đàm phán tại Đà Nẵng"): place id of lib/text/lexicon/events.ts. */
  place?: string | null;
  /**
   * The question's event is named with a kind the lexicon does not list ("the second joint committee
   * meeting", "vòng tham vấn thứ 2"): that kind, folded, as written, with its ordinal. The lexicon's
   * rounds and sessions with that number are other events, so such a question is not ranked by the
   * catalog's events.
   */
  unlisted?: UnlistedEvent | null;
  /**
   * Names (folded) the asked event's own reports give, with the superlative: "the first round that Ha Thi Lan Phuong
   * led" is the first of the rounds whose reports name her (lib/retrieve/superlative-naming.ts).
   */
  naming?: string[];
}

/** A text's folded syllables, space-joined with a space at each end: a phrase is then found as whole words. */
const foldedWords = (text: string) => spacedSyllables(text).folded;
const phrases = (list: readonly string[]) => list.map(foldedWords);
const CUES = Object.fromEntries(Object.entries(QUESTION_CUES).map(([k, v]) => [k, phrases(v)])) as Record<keyof typeof QUESTION_CUES, string[]>;
const GENERIC = phrases(GENERIC_EVENT_PHRASES);
const SESSIONS = phrases(SESSION_WORDS);
const NEGOTIATION = phrases(NEGOTIATION_WORDS);
const SIDE_PHRASES: [Side, string[]][] = [
  ["vn", phrases(["phía Việt Nam", "đoàn Việt Nam", "Việt Nam", "Vietnamese side", "Vietnam's", "Vietnamese", "Vietnam side", "phía ta", "Vietnam"])],
  [
    "us",
    phrases([
      "phía Hoa Kỳ",
      "phía Mỹ",
      "đoàn Hoa Kỳ",
      "đoàn Mỹ",
      "Hoa Kỳ",
      "Mỹ",
      "US side",
      "American side",
      "American",
      "the US",
      "U.S.",
      "United States",
      "USTR",
    ]),
  ],
];

/** The pair named together ("Vietnam-US talks", "đàm phán Việt - Mỹ"): no side. */
const BOTH_SIDES = phrases([
  "Vietnam-US",
  "US-Vietnam",
  "Vietnam-U.S.",
  "U.S.-Vietnam",
  "Vietnam and the US",
  "Vietnam and the United States",
  "Việt - Mỹ",
  "Việt Mỹ",
  "Việt Nam - Hoa Kỳ",
  "Việt Nam và Hoa Kỳ",
]);

const has = (joined: string, list: string[]) => list.some((p) => joined.includes(p));
/** A span of time or events, "từ … đến …", "from … to …" (folded, a few words apart). */
const SPAN = / (?:tu|from)(?: \S+){1,8} (?:den|toi|to|until|through|till) /;
const MINISTERS = / (ministers|hai bo truong|cac bo truong) /;
const MEET = / (meet|met|meeting|gap|gap nhau|gap go) /;

/** The side a question asks about, when it names exactly one ("phía Hoa Kỳ", "the Vietnamese side"). */
export function askedSide(question: string): Side | null {
  const joined = foldedWords(question);
  const sides = SIDE_PHRASES.filter(([, list]) => has(joined, list)).map(([side]) => side);
  // "đàm phán Việt Nam - Hoa Kỳ" names both: no side. "phía …"/"… side" wins over a bare country name.
  const explicit = SIDE_PHRASES.filter(
    ([, list]) => list.slice(0, 2).some((p) => joined.includes(p)) || list.some((p) => p.includes(" side ") && joined.includes(p)),
  ).map(([s]) => s);
  if (explicit.length === 1) return explicit[0]!;
  if (has(joined, BOTH_SIDES)) return null;
  return sides.length === 1 ? sides[0]! : null;
}

const ROLES = ROLE_PHRASES.map(([phrase, role]) => [` ${phrase} `, role] as const);

/** The role a question names ("the US Trade Representative", "Thứ trưởng"), the longest wording first. */
export function askedRole(question: string): string | null {
  const joined = foldedWords(question);
  return ROLES.find(([phrase]) => joined.includes(phrase))?.[1] ?? null;
}

/** Each date word folded ("thang") to its written form ("tháng"), as one alternation. */
const FOLDED_DATE_WORDS = new Map(VI_DATE_WORDS.map((w) => [fold(w), w]));
const FOLDED_DATE_WORD = new RegExp(`(?<![\\p{L}\\d])(${[...FOLDED_DATE_WORDS.keys()].join("|")})(?=\\s+\\d)`, "giu");

/**
 * A question typed without diacritics with its date words written as the dates of the reports are
 * ("thang 4/2030" → "tháng 4/2030", "nam 2030" → "năm 2030"), only before a figure; a question with
 * diacritics is left as it is.
 */
export function withDateWords(question: string): string {
  if (hasVietnameseDiacritics(question)) return question;
  return question.replace(FOLDED_DATE_WORD, (word) => FOLDED_DATE_WORDS.get(word.toLowerCase()) ?? word);
}

/** A month or year the question names; a day ("ngày 24/5") is a fact to find, not a period. */
function periodOf(typed: string): Period | null {
  const question = withDateWords(typed);
  const dates = findDates(question, null);
  const month = dates.find((d) => d.precision === "month");
  if (month) return { year: Number(month.date.slice(0, 4)), month: Number(month.date.slice(5, 7)) };
  const year = dates.find((d) => d.precision === "year");
  // Without a reference date a month has no year: "tháng 8", "in August".
  const bare =
    /(?:^|\s)(?:tháng|thang)\s+(\d{1,2})(?!\s*\/\s*\d)|\b(?:in|during)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/iu.exec(
      question,
    );
  if (bare) {
    const names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    const m = bare[1] ? Number(bare[1]) : names.indexOf(bare[2]!.toLowerCase()) + 1;
    if (m >= 1 && m <= 12) return { year: year ? Number(year.date) : null, month: m };
  }
  return year ? { year: Number(year.date), month: null } : null;
}

/** "the eighth session", "the thirteenth round of talks": an English ordinal word before a generic event noun. */
const EN_GENERIC_ORDINAL = new RegExp(
  `\\b(${Object.keys(EN_ORDINAL_WORDS)
    .filter((w) => /^[a-z]+$/.test(w))
    .join("|")})(?: [a-z]+){0,3} (?:session|meeting|round|talks)\\b`,
);

/** How many words after a listing verb the events it lists may start ("list all the ministerial sessions"). */
const LISTED_REACH = 3;
const LISTING_VERBS = CUES.listingVerbs.map((cue) => cue.trim().split(" "));
const EVENT_NOUNS = CUES.eventNouns.map((noun) => noun.trim().split(" "));

/** Whether a listing verb lists events: a kind or an event noun right after it ("list the rounds"), not other things ("list the chapters"). */
function listsEvents(words: string[], kinds: readonly { index: number }[]): boolean {
  return words.some((_, at) =>
    LISTING_VERBS.some((verb) => {
      if (!matchesAt(words, at, verb)) return false;
      const from = at + verb.length;
      const within = (i: number) => i >= from && i <= from + LISTED_REACH;
      return kinds.some((k) => within(k.index)) || words.some((_, i) => within(i) && EVENT_NOUNS.some((noun) => matchesAt(words, i, noun)));
    }),
  );
}

/** Read the event and time a question asks about. */
export function analyzeEventQuery(question: string): EventQuery {
  const words = foldedTerms(question);
  const joined = ` ${words.join(" ")} `;
  const kinds = kindMentions(words, clauseBreaks(question));
  // "When did the ministers last meet?", "Hai Bộ trưởng gặp nhau lần gần nhất khi nào?": the ministers meeting is their session.
  // "Sau Tuyên bố chung, hai Bộ trưởng gặp nhau lần đầu ở đâu?": an event it is placed against does not say otherwise.
  const ministersMeet = kinds.every((k) => k.reference) && MINISTERS.test(joined) && MEET.test(joined);
  const asked = kinds.find((k) => !k.reference) ?? (ministersMeet ? { kind: "ministerial" as const, ordinal: null, reference: false, index: 0 } : null);
  const anchor = kinds.find((k) => k.reference) ?? null;
  // "vòng đàm phán tiếp theo sau vòng hai": a second mention placed after a first.
  const after = has(joined, CUES.after);
  const before = has(joined, CUES.before);
  let relation: EventQuery["relation"] = null;
  // "Sau vòng 3 hai bên thống nhất …", "agreed after round 3": with no other event named and no
  // "next", what came out of the event is asked, not its neighbour ("before round 3" still is the one before).
  const lone = anchor !== null && asked === null && after && !before && !has(joined, CUES.neighbour);
  if (anchor && (after || before) && !lone)
    relation = {
      direction: after && !(before && joined.indexOf(" truoc ") < joined.indexOf(" sau ")) ? "after" : "before",
      anchor: { kind: anchor.kind, ordinal: anchor.ordinal },
    };
  else if (asked && kinds.length === 1 && (has(joined, CUES.next) || (asked.ordinal === null && isSessionKind(asked.kind) && has(joined, CUES.planned)))) {
    // "vòng 5 tiếp theo" is the one after round 5; "the next round", "vòng đàm phán dự kiến" the one after the latest
    // (a session planned; "theo tuyên bố chung, hai nước dự kiến ký …" plans a signing, not a statement).
    relation = { direction: "after", anchor: { kind: asked.kind, ordinal: asked.ordinal } };
  }
  const generic = has(joined, GENERIC);
  // A generic word with a number: "phiên đàm phán lần thứ tám", "the eighth session".
  let genericOrdinal: number | null = null;
  if (!asked && generic) {
    // Folded "thu tu" is also "thứ tự" (order): "tư" counts only as written.
    const m = / (?:lan thu|lan|thu) (\d{1,2}|nhat|hai|ba|nam|sau|bay|tam|chin|muoi) /.exec(joined);
    const words2: Record<string, number> = { nhat: 1, hai: 2, ba: 3, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
    if (m) genericOrdinal = /^\d+$/.test(m[1]!) ? Number(m[1]) : (words2[m[1]!] ?? null);
    else if (/(^|\s)(lần )?thứ tư(\s|$|[?.,])/u.test(question.toLowerCase().normalize("NFC"))) genericOrdinal = 4;
    const en = EN_GENERIC_ORDINAL.exec(joined);
    if (en) genericOrdinal = EN_ORDINAL_WORDS[en[1]!] ?? null;
  }
  const ordinal = asked?.ordinal ?? genericOrdinal;
  // "hiện nay", "now": as the latest session's reports have it (the negotiators' meetings, not the latest tariff news).
  const current = ordinal === null && has(joined, CUES.current);
  const superlative = ordinal !== null ? null : has(joined, CUES.latest) ? "latest" : has(joined, CUES.earliest) ? "earliest" : current ? "latest" : null;
  const period = periodOf(question);
  const listing =
    has(joined, CUES.listing) ||
    listsEvents(words, kinds) ||
    /\b(nhung|cac) (vong|phien)\b|\b(?:which|what)(?: [a-z]+){0,2} (?:rounds|sessions|meetings)\b/.test(joined);
  const timeline = has(joined, CUES.timeline) || (listing && (period !== null || (asked !== null && asked.ordinal === null)));
  // "Tóm tắt … theo thứ tự thời gian, từ vòng đầu tiên đến khi kết thúc", "summarise the talks from the first round to
  // the joint statement": the event named is where a timeline starts, not the one asked; of one kind only when both ends are.
  if (has(joined, CUES.timeline) && SPAN.test(joined)) {
    // "a timeline of the rounds, from the first to the latest": a kind named before the span is the one listed, unless its ends name another.
    const spanStart = joined
      .slice(0, joined.search(SPAN) + 1)
      .split(" ")
      .filter(Boolean).length;
    const namedBefore = kinds.some((k) => k.index < spanStart);
    const sameKind = (kinds.length >= 2 || namedBefore) && kinds.every((k) => k.kind === kinds[0]!.kind);
    return {
      kind: sameKind ? kinds[0]!.kind : null,
      ordinal: null,
      generic: true,
      superlative: null,
      relation: null,
      period,
      timeline: true,
      sessions: has(joined, SESSIONS),
      side: askedSide(question),
      place: placesIn(words)[0] ?? null,
      // Starting from an event of a kind the lexicon does not list, the catalog cannot list the span either.
      unlisted: unlistedEvent(question),
    };
  }
  return {
    // "What came before round 3?" asks for the round before; before an open kind's event ("Which tariff measure came
    // before the second joint committee meeting?") whatever came before is asked.
    kind: asked?.kind ?? ((relation && !isOpenKind(anchor!.kind)) || lone ? anchor!.kind : null),
    ordinal: relation ? null : lone ? anchor!.ordinal : ordinal,
    // Who holds a role now ("Who leads the US delegation now?") is a question about the talks, whatever else it names.
    generic: generic || kinds.length > 0 || (current && askedRole(question) !== null),
    superlative: relation ? null : superlative,
    relation,
    period,
    timeline: timeline && ordinal === null && superlative === null,
    sessions: has(joined, SESSIONS) || (current && asked === null),
    negotiation: genericOrdinal !== null && !relation && has(joined, NEGOTIATION),
    side: askedSide(question),
    place: placesIn(words)[0] ?? null,
    // An open kind the catalog keeps as its own events ("the second joint committee meeting") is asked by event, not as unlisted.
    unlisted: kinds.some((k) => isOpenKind(k.kind)) ? null : unlistedEvent(question),
  };
}

const EN_ORDINALS = Object.keys(EN_ORDINAL_WORDS).join("|");
/** "the second", "third one": an English ordinal names an event only with "the" or a noun; bare it is an adverb ("when did it first meet?"). */
const EN_BARE_ORDINAL = new RegExp(` the (${EN_ORDINALS}) | (${EN_ORDINALS}) (?:one|session|meeting) `);

/**
 * An ordinal said without a kind ("lần thứ hai", "thứ 3", "the second one"): in a follow-up it swaps
 * the previous question's ordinal ("Còn lần thứ hai?"). Alone it says nothing ("thứ Hai" is Monday).
 */
export function bareOrdinal(question: string): number | null {
  const joined = foldedWords(question);
  const vi = / (?:lan thu|lan|thu|so) (\d{1,2}|nhat|hai|ba|bon|nam|sau|bay|tam|chin|muoi) /.exec(joined);
  if (vi) return /^\d+$/.test(vi[1]!) ? Number(vi[1]) : (VI_ORDINAL_WORDS[vi[1]!] ?? null);
  const en = EN_BARE_ORDINAL.exec(joined);
  return en ? EN_ORDINAL_WORDS[(en[1] ?? en[2])!]! : null;
}

/** Whether an event query says anything at all (else retrieval is as before). */
export function isEventQuery(q: EventQuery): boolean {
  // An event of a kind the catalog cannot tell apart from the rounds and sessions it knows: event tiers would push other events first.
  if (q.unlisted) return false;
  return (
    q.kind !== null ||
    q.ordinal !== null ||
    q.relation !== null ||
    q.timeline ||
    ((q.superlative !== null || q.period !== null) && q.generic) ||
    // "Which trade meetings were held in February 2027?": sessions asked by period.
    (q.period !== null && q.sessions === true) ||
    // "When did negotiators first meet in Hanoi?": the first event held there.
    (q.superlative !== null && Boolean(q.place)) ||
    // "Việt Nam nhượng bộ gì trong phiên họp tại Đà Nẵng?": the sessions held there.
    (q.sessions === true && Boolean(q.place))
  );
}

/**
 * The event after the previous question's in a follow-up that asks for the next one: "Còn vòng tiếp theo?"
 * after round 5 is round 6 (or what round 5's reports say of it), as is "And the next one?". Null when the
 * follow-up names its own anchor or the previous question named no event.
 */
function nextAfterPrevious(own: EventQuery, previous: EventQuery, ownQuestion: string): EventQuery["relation"] {
  if (previous.kind === null || previous.relation !== null) return null;
  const anchor = { kind: previous.kind, ordinal: previous.ordinal };
  // "Còn vòng tiếp theo?": the follow-up's own "next round" is after the latest round until the previous question says which.
  if (own.relation) {
    const { direction, anchor: ownAnchor } = own.relation;
    return direction === "after" && ownAnchor.ordinal === null && ownAnchor.kind === previous.kind ? { direction, anchor } : null;
  }
  const ownEvent = own.kind !== null || own.ordinal !== null || own.superlative !== null;
  return !ownEvent && has(foldedWords(ownQuestion), CUES.next) ? { direction: "after", anchor } : null;
}

/** A follow-up keeps the previous question's event and time, and swaps what it names itself. */
export function mergeFollowUp(own: EventQuery, previous: EventQuery, ownQuestion = ""): EventQuery {
  const next = nextAfterPrevious(own, previous, ownQuestion);
  if (next) own = { ...own, kind: next.anchor.kind, ordinal: null, superlative: null, relation: next };
  const ownEvent = own.kind !== null || own.ordinal !== null || own.relation !== null || own.superlative !== null;
  // "Còn vòng thứ hai?" after "vòng tham vấn thứ nhất": the bare "vòng"/"round" is the previous question's open kind.
  const sameOpenKind = own.kind === "round" && previous.kind !== null && isOpenKind(previous.kind) && !namesListedKind(ownQuestion);
  return {
    kind: sameOpenKind ? previous.kind : ownEvent ? (own.kind ?? (own.ordinal !== null ? previous.kind : null)) : previous.kind,
    ordinal: ownEvent ? own.ordinal : previous.ordinal,
    generic: own.generic || previous.generic,
    superlative: ownEvent ? own.superlative : previous.superlative,
    relation: ownEvent ? own.relation : previous.relation,
    period: own.period ?? (ownEvent ? null : previous.period),
    timeline: own.timeline,
    sessions: own.sessions || (!ownEvent && previous.sessions),
    negotiation: ownEvent ? own.negotiation : previous.negotiation,
    side: own.side ?? previous.side,
    place: own.place ?? (ownEvent ? null : (previous.place ?? null)),
    // "Còn vòng thứ hai?" after "vòng tham vấn thứ nhất": the same unlisted kind, unless the follow-up names a listed one.
    unlisted:
      own.unlisted ??
      (namesListedKind(ownQuestion) || !previous.unlisted
        ? null
        : { ...previous.unlisted, ordinal: own.ordinal ?? (ownEvent ? null : previous.unlisted.ordinal), reference: false }),
  };
}
