/**
 * Words that head the name of an event whatever its kind, in both languages, folded: "the second
 * joint committee *meeting*", "*phiên họp* thứ hai của Ủy ban hỗn hợp", "*vòng* tham vấn thứ 2".
 * Data only; lib/retrieve/unlisted-event.ts reads a question's event named with a kind the event
 * lexicon (lib/text/lexicon/events.ts) does not list.
 */

/**
 * Nouns that name the meetings of a body, in both languages, folded: "the first *meeting* of the Joint
 * Committee", "*phiên họp* thứ hai". Every one heads an event's name; the event lexicon's meeting words
 * (lib/text/lexicon/events.ts MEETING_WORDS) are these.
 */
export const MEETING_HEADS: Readonly<{ en: readonly string[]; vi: readonly string[] }> = {
  en: ["meeting", "meetings", "session", "sessions", "round", "rounds"],
  vi: ["phien hop", "cuoc hop", "ky hop", "hoi nghi", "phien", "vong"],
};

/** Vietnamese event nouns, folded: a body's meetings and a dialogue. */
export const VI_EVENT_HEADS: readonly string[] = [...MEETING_HEADS.vi, "doi thoai"];

/**
 * Modifiers that say nothing of an event's kind: "the second trade meeting", "vòng đàm phán" are
 * still the lexicon's sessions and rounds.
 */
export const GENERIC_EVENT_MODIFIERS: readonly string[] = [
  "trade",
  "negotiating",
  "negotiation",
  "negotiations",
  "bilateral",
  "formal",
  "official",
  "direct",
  "new",
  "us",
  "u",
  "s",
  "vietnam",
  "vietnamese",
  "american",
  "dam phan",
  "truc tiep",
  "chinh thuc",
];

/**
 * Head nouns that name the same sort of event in either language, folded: a question's "second
 * joint committee meeting" is numbered like a report's "phiên họp thứ hai", its "consultation round"
 * like "vòng tham vấn".
 */
export const EVENT_HEAD_GROUPS: Readonly<Record<string, { en: readonly string[]; vi: readonly string[] }>> = {
  meeting: {
    en: ["meeting", "meetings", "session", "sessions", "conference", "summit", "dialogue", "hearing"],
    vi: ["phien hop", "ky hop", "cuoc hop", "hoi nghi", "doi thoai", "phien"],
  },
  round: { en: ["round", "rounds", "consultation", "consultations", "talks"], vi: ["vong"] },
  review: { en: ["review", "reviews"], vi: ["ra soat"] },
};

/** English event nouns, singular and plural: a body's meetings and every group's other gatherings. */
export const EN_EVENT_HEADS: readonly string[] = [...new Set([...MEETING_HEADS.en, ...Object.values(EVENT_HEAD_GROUPS).flatMap((group) => group.en)])];
