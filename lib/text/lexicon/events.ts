/**
 * Words of negotiation events in Vietnamese and English: event kinds, ordinals, months, relative
 * dates, sides, roles, places and the cues of event questions. Data only; every phrase is matched
 * folded (without diacritics, lower case), so "vòng" and "vong" are the same word.
 */
import { MEETING_HEADS } from "./event-heads";

/** Kinds of events a negotiation archive reports that the lexicon lists with their own phrases. */
export type ListedKind = "round" | "ministerial" | "technical" | "statement" | "tariff" | "call";
/**
 * A kind of event: a listed one, or an open kind (OPEN_EVENT_KINDS' ids, "joint-committee", "consultation"), never
 * merged with another kind.
 */
export type EventKind = ListedKind | (string & {});

/**
 * Phrases naming each kind, longest first within a kind. A phrase may be followed by an ordinal
 * ("vòng đàm phán thứ 3", "phiên cấp Bộ trưởng lần thứ 8") or preceded by one ("the fifth round").
 */
export const EVENT_KIND_PHRASES: Readonly<Record<ListedKind, { vi: readonly string[]; en: readonly string[] }>> = {
  ministerial: {
    vi: [
      "phiên đàm phán trực tiếp cấp bộ trưởng",
      "phiên đàm phán cấp bộ trưởng",
      "phiên làm việc cấp bộ trưởng",
      "phiên họp cấp bộ trưởng",
      "cuộc họp cấp bộ trưởng",
      "phiên cấp bộ trưởng",
      "vòng đàm phán cấp bộ trưởng",
      "cuộc đàm phán cấp bộ trưởng",
      "đàm phán cấp bộ trưởng",
    ],
    en: [
      "ministerial session",
      "ministerial meeting",
      "ministerial round",
      "ministerial talks",
      "ministerial-level session",
      "ministerial-level talks",
      "minister-level negotiation session",
      "minister-level session",
      "minister-level talks",
      "minister-level meeting",
    ],
  },
  // A session "at technical level" ("cấp kỹ thuật", "technical-level") is a meeting of its own beside the rounds; a
  // "technical round" plainly is what many reports call the negotiating rounds themselves ("vòng đàm phán kỹ thuật thứ
  // chín" is round 9, numbered in the rounds' one series), so those phrases are the rounds'.
  technical: {
    vi: ["phiên đàm phán cấp kỹ thuật", "phiên cấp kỹ thuật", "vòng đàm phán cấp kỹ thuật", "phiên đàm phán kỹ thuật", "phiên kỹ thuật"],
    en: [
      "technical session",
      "technical talks",
      "technical-level negotiation round",
      "technical-level negotiation session",
      "technical-level session",
      "technical-level round",
      "technical-level talks",
    ],
  },
  round: {
    vi: ["vòng đàm phán kỹ thuật", "vòng kỹ thuật", "vòng đàm phán", "vòng", "phiên đàm phán", "đợt đàm phán", "phiên"],
    en: ["round of negotiations", "round of talks", "negotiating round", "technical round", "round"],
  },
  statement: {
    vi: ["tuyên bố chung"],
    en: ["joint statement"],
  },
  tariff: {
    vi: ["thuế đối ứng", "thuế quan đối ứng", "mức thuế đối ứng"],
    en: ["reciprocal tariff", "reciprocal tariffs"],
  },
  call: {
    vi: ["điện đàm", "cuộc điện đàm"],
    en: ["phone call", "telephone call"],
  },
};

/** Kind phrases that name an event only with its ordinal ("vòng 3", "the fifth round", "phiên đàm phán thứ ba"); alone they are any session. */
export const ORDINAL_ONLY_PHRASES: readonly string[] = ["vòng", "round", "phiên đàm phán", "đợt đàm phán", "phiên"];
/**
 * Of those, the ones a question may use without a number to ask about that kind ("vòng nào?"). A
 * question's "phiên đàm phán lần thứ tám" names a number of any kind of session, so it stays generic.
 */
export const KIND_WITHOUT_ORDINAL_IN_QUESTIONS: readonly string[] = ["vòng", "round"];

/** Labels of each kind, for answers and the timeline. `{n}` is the ordinal. */
/** How answers and the timeline name a kind of event: `{n}` is the ordinal. */
export interface KindLabels {
  vi: string;
  viNth: string;
  en: string;
  enNth: string;
  viPlural: string;
  enPlural: string;
}

export const EVENT_KIND_LABELS: Readonly<Record<ListedKind, KindLabels>> = {
  round: { vi: "Vòng đàm phán", viNth: "Vòng đàm phán thứ {n}", en: "Negotiating round", enNth: "Round {n}", viPlural: "vòng đàm phán", enPlural: "rounds" },
  ministerial: {
    vi: "Phiên đàm phán cấp Bộ trưởng",
    viNth: "Phiên đàm phán cấp Bộ trưởng lần thứ {n}",
    en: "Ministerial session",
    enNth: "Ministerial session {n}",
    viPlural: "phiên cấp Bộ trưởng",
    enPlural: "ministerial sessions",
  },
  technical: {
    vi: "Phiên đàm phán cấp kỹ thuật",
    viNth: "Phiên đàm phán cấp kỹ thuật lần thứ {n}",
    en: "Technical session",
    enNth: "Technical session {n}",
    viPlural: "phiên cấp kỹ thuật",
    enPlural: "technical sessions",
  },
  statement: {
    vi: "Tuyên bố chung",
    viNth: "Tuyên bố chung lần thứ {n}",
    en: "Joint statement",
    enNth: "Joint statement {n}",
    viPlural: "tuyên bố chung",
    enPlural: "joint statements",
  },
  tariff: {
    vi: "Thuế đối ứng",
    viNth: "Thuế đối ứng (lần {n})",
    en: "Reciprocal tariff",
    enNth: "Reciprocal tariff {n}",
    viPlural: "thông báo thuế đối ứng",
    enPlural: "tariff announcements",
  },
  call: { vi: "Điện đàm", viNth: "Cuộc điện đàm thứ {n}", en: "Phone call", enNth: "Phone call {n}", viPlural: "cuộc điện đàm", enPlural: "phone calls" },
};

/**
 * Bodies and activities that hold numbered events of their own besides the negotiating rounds and
 * sessions above: a joint committee's meetings, a working group's sessions, consultation rounds,
 * dialogues, a council's meetings. Each is one kind in both languages, never merged with the rounds:
 * "the second joint committee meeting" and "phiên họp thứ hai của Ủy ban hỗn hợp" are one event, and
 * not round 2. `event`: the phrase names an event by itself and takes an ordinal as a kind does ("the
 * third economic dialogue", "vòng tham vấn thứ 2"); otherwise it is a body whose events are its
 * meetings ("the first meeting of the Joint Committee", "nhóm công tác … họp lần đầu").
 */
export const OPEN_EVENT_KINDS: readonly { id: string; event: boolean; vi: readonly string[]; en: readonly string[]; labels: KindLabels }[] = [
  {
    id: "joint-committee",
    event: false,
    vi: ["ủy ban hỗn hợp", "ủy ban liên hợp", "ủy ban chung"],
    en: ["joint committee"],
    labels: {
      vi: "Phiên họp Ủy ban hỗn hợp",
      viNth: "Phiên họp thứ {n} của Ủy ban hỗn hợp",
      en: "Joint committee meeting",
      enNth: "Joint committee meeting {n}",
      viPlural: "phiên họp Ủy ban hỗn hợp",
      enPlural: "joint committee meetings",
    },
  },
  {
    id: "working-group",
    event: false,
    vi: ["nhóm công tác", "tổ công tác"],
    en: ["working group", "working groups", "joint working group"],
    labels: {
      vi: "Phiên họp nhóm công tác",
      viNth: "Phiên họp thứ {n} của nhóm công tác",
      en: "Working group session",
      enNth: "Working group session {n}",
      viPlural: "phiên họp nhóm công tác",
      enPlural: "working group sessions",
    },
  },
  {
    id: "council",
    event: false,
    vi: ["hội đồng thương mại và đầu tư", "hội đồng"],
    en: ["trade and investment council", "council"],
    labels: {
      vi: "Phiên họp Hội đồng",
      viNth: "Phiên họp thứ {n} của Hội đồng",
      en: "Council meeting",
      enNth: "Council meeting {n}",
      viPlural: "phiên họp Hội đồng",
      enPlural: "council meetings",
    },
  },
  {
    id: "consultation",
    event: true,
    vi: ["tham vấn"],
    en: ["consultation", "consultations"],
    labels: {
      vi: "Vòng tham vấn",
      viNth: "Vòng tham vấn thứ {n}",
      en: "Consultation round",
      enNth: "Consultation round {n}",
      viPlural: "vòng tham vấn",
      enPlural: "consultation rounds",
    },
  },
  {
    id: "dialogue",
    event: true,
    vi: ["đối thoại"],
    en: ["dialogue", "dialogues"],
    labels: {
      vi: "Đối thoại",
      viNth: "Đối thoại lần thứ {n}",
      en: "Dialogue",
      enNth: "Dialogue {n}",
      viPlural: "cuộc đối thoại",
      enPlural: "dialogues",
    },
  },
];

/** Words that name the meetings of a body ("the first *meeting* of the Joint Committee", "*phiên họp* thứ hai"), folded. */
export const MEETING_WORDS: readonly string[] = [...MEETING_HEADS.en, ...MEETING_HEADS.vi];

/**
 * Verbs before a meeting word or an ordinal that make a body its subject ("Ủy ban hỗn hợp *họp* phiên
 * thứ hai", "the group *held* its first session"), folded.
 */
export const MEETING_VERBS: readonly string[] = ["hop", "to chuc", "tien hanh", "held", "holds", "hold", "holding", "met", "meets", "meet"];

/**
 * English words that are never part of the name of a body or an event: articles, possessives,
 * demonstratives, prepositions, conjunctions and a clause's auxiliaries. The words of a name stop at
 * one ("the Vietnam–US [joint committee]", "after the third [consultation round]").
 */
export const EN_NAME_BOUNDARY_WORDS: readonly string[] = [
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
  "these",
  "those",
  "of",
  "at",
  "in",
  "on",
  "to",
  "for",
  "and",
  "or",
  "by",
  "from",
  "with",
  "after",
  "before",
  "since",
  "following",
  "until",
  "during",
  "was",
  "were",
  "is",
  "are",
  "will",
  "be",
  "been",
  "has",
  "have",
  "had",
];

/** Words for "negotiation event" in general: a question with them and a time is about events ("có những phiên đàm phán nào trong tháng 6"). */
export const GENERIC_EVENT_PHRASES: readonly string[] = [
  "phiên đàm phán",
  "cuộc đàm phán",
  "các vòng",
  "đàm phán",
  "phiên họp",
  "phiên",
  "talks",
  "negotiations",
  "negotiation",
  "negotiating sessions",
  "sessions",
  "session",
];

/**
 * Words that make a numbered session a negotiation: "phiên đàm phán thứ nhất", "the first negotiating session" is the
 * negotiators' first round or session, not a council's first meeting nor the first technical consultation.
 */
export const NEGOTIATION_WORDS: readonly string[] = ["đàm phán", "negotiating", "negotiation", "negotiations"];

/** Words for negotiating sessions as such: a question listing them by period leaves out tariff news and statements of that period. */
export const SESSION_WORDS: readonly string[] = [
  "phiên",
  "phiên đàm phán",
  "phiên họp",
  "cuộc họp",
  "sessions",
  "session",
  "meetings",
  "negotiating sessions",
  "rounds",
];

/** A table of number words with no inherited keys: `"constructor" in table` must be false for every reader. */
function numberWords(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));
}

/** Ordinal words, folded, with their value. Vietnamese ones follow "thứ" / "lần thứ" or the kind itself ("vòng hai"). */
export const VI_ORDINAL_WORDS = numberWords({
  nhat: 1,
  mot: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
});
/**
 * Nouns a number counts ("hai bên", "ba nước", "nine chapters", "12 chapters"): said right after a kind, the number
 * starts a new clause ("vòng đàm phán, hai bên đã …", "fifth round; 12 chapters closed"), and numbers no event.
 */
export const COUNTED_NOUN_WORDS: readonly string[] = [
  "bên",
  "nước",
  "phía",
  "đoàn",
  "bộ trưởng",
  "trưởng đoàn",
  "chương",
  "nhóm",
  "chapters",
  "chapter",
  "sides",
  "countries",
  "members",
  "issues",
  "groups",
  "working groups",
  "percent",
  "tariff lines",
];
/**
 * Words that open a clause of its own after an event's mention: a date said after them dates that clause ("… since
 * Vance took office in May", "… kể từ khi Hiệp định có hiệu lực ngày 1/3"), not the event.
 */
export const CLAUSE_DATE_CUES: readonly string[] = ["since", "when", "kể từ khi", "từ khi", "sau khi"];
/** Vietnamese words for "first" that need no "thứ". */
export const VI_FIRST_WORDS: readonly string[] = ["đầu tiên", "lần đầu"];
/**
 * Words before "the first round" that make it say what the report's own event was, not name round 1: "Đây *là* vòng
 * đầu tiên bà … làm Trưởng đoàn", "It *was the* first round for …", "Castellanos*'s* first round as chief negotiator".
 * Each is matched right before the kind phrase (Vietnamese) or before "first" (English, possessive "'s" as "s").
 */
export const FIRST_AS_PREDICATE: readonly string[] = ["là", "was the", "is the", "be the", "were the", "marks the", "marked the", "became the", "s"];

export const EN_ORDINAL_WORDS = numberWords({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
  "6th": 6,
  "7th": 7,
  "8th": 8,
  "9th": 9,
  "10th": 10,
});

/**
 * Words that join an English ordinal before the kind without changing it: "a fifth and final round", "the third and
 * last consultation" (folded, each after "and").
 */
export const EN_LAST_OF_SERIES: readonly string[] = ["final", "last"];

/** English cardinals that number an event when right after its kind: "round six", "Session Two". */
export const EN_CARDINAL_WORDS = numberWords({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
});

/** Words just before an event phrase that make it a reference to another event ("sau vòng 2", "after the third round"), not the one reported. */
export const REFERENCE_CUES: readonly string[] = [
  "sau",
  "truoc",
  "ke tu",
  "tu sau",
  "sau khi",
  "truoc khi",
  "tiep noi",
  "ngay sau",
  "ngay truoc",
  "sau thanh cong cua",
  "ket qua cua",
  "diem lai ket qua",
  "danh gia ket qua",
  "reviewed the results of",
  "reviewed the outcome of",
  "after",
  "before",
  "since",
  "following",
  "followed",
  "follows",
  "followed a",
  "follows a",
  "ahead of",
  "after the",
  "before the",
  "since the",
  "following the",
  "ahead of the",
  "return for a later",
];

/**
 * Words just before an event phrase (folded) that place someone at it: "what did she say at the Can Tho
 * consultation", "during the fifth round", "phát biểu gì tại vòng đàm phán", "nói gì trong vòng 5".
 */
export const AT_EVENT_CUES: readonly string[] = ["at", "during", "in", "tai", "o", "trong"];

/**
 * Words that frame an event without saying what happened at it, spelt with their diacritics (an
 * unmarked question's wording matches them folded): that it was held ("held",
 * "diễn ra"), who led or met at it ("led", "chủ trì"), a side as such ("phía", "side"), and where it
 * stands in time ("after", "sau khi", "during"). Every report of an event says them in its own
 * language's way, so they tell which event a question is about, not which report or sentence of it
 * holds more of what was asked. The one list `framesEvent` (lib/retrieve/event-frame.ts) reads.
 */
export const EVENT_FRAME_WORDS: readonly string[] = [
  // That it was held.
  "held",
  "hold",
  "holds",
  "take place",
  "takes place",
  "took place",
  "taken place",
  "happen",
  "happened",
  "diễn ra",
  "tổ chức",
  "được tổ chức",
  "tiến hành",
  // Who led or met at it.
  "met",
  "meet",
  "họp",
  "led",
  "lead",
  "leads",
  "headed",
  "dẫn đầu",
  "chủ trì",
  "trưởng đoàn",
  // A side as such.
  "side",
  "sides",
  "phía",
  "bên",
  // Where the question places the event in time ("after the fifth round", "sau vòng 5").
  "after",
  "before",
  "during",
  "since",
  "sau",
  "sau khi",
  "trước",
  "trước khi",
  "trong",
  "kể từ",
];

export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Vietnamese words that write a date ("ngày 24/5", "tháng 4/2030", "năm 2030", "19 đến 22/5"): a question
 * typed without diacritics writes them "ngay", "thang", "nam", "den", "toi", and is read as if it had them.
 */
export const VI_DATE_WORDS: readonly string[] = ["ngày", "tháng", "năm", "đến", "tới"];

export const EN_WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Relative day expressions, folded, with their offset in days from the article's date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  "hom nay": 0,
  "sang nay": 0,
  "chieu nay": 0,
  "toi nay": 0,
  "trua nay": 0,
  "dem nay": 0,
  "hom qua": -1,
  "toi qua": -1,
  "dem qua": -1,
  "chieu qua": -1,
  "sang qua": -1,
  "hom kia": -2,
  "tuan truoc": -7,
  "tuan qua": -7,
  today: 0,
  "this morning": 0,
  "this afternoon": 0,
  tonight: 0,
  yesterday: -1,
  "last night": -1,
  "last week": -7,
};
/** Those of RELATIVE_DAYS that name a week, not a day ("tuần trước", "last week"): their date is only the week's. */
export const RELATIVE_WEEK_PHRASES: readonly string[] = ["tuan truoc", "tuan qua", "last week"];
/** "N ngày trước", "N days ago": N in digits or these words. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  // English counts to seven, spelled as the cardinals that number an event.
  ...Object.fromEntries(Object.entries(EN_CARDINAL_WORDS).filter(([, n]) => n <= 7)),
  a: 1,
};
/** Month-precision relative expressions: offset in months from the article's month. */
export const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  "thang nay": 0,
  "dau thang nay": 0,
  "thang truoc": -1,
  "thang qua": -1,
  "this month": 0,
  "earlier this month": 0,
  "last month": -1,
  "earlier this year": 0,
};

/** Sides of a bilateral negotiation. */
export type Side = "vn" | "us";

/** Words that put a person or a delegation on a side, folded. */
export const SIDE_WORDS: Readonly<Record<Side, readonly string[]>> = {
  vn: ["viet nam", "vietnam", "vietnamese", "bo cong thuong", "industry and trade", "chinh phu", "phia viet", "doan viet"],
  us: ["hoa ky", "my", "us", "u s", "american", "america", "united states", "ustr", "washington"],
};

/** Places with their spellings; the first of each language is the label. */
export const PLACES: readonly { id: string; vi: readonly string[]; en: readonly string[] }[] = [
  {
    id: "washington",
    vi: ["Washington, D.C.", "Washington D.C.", "Washington DC", "thủ đô Washington", "Washington"],
    en: ["Washington, D.C.", "Washington D.C.", "Washington DC", "Washington"],
  },
  { id: "hanoi", vi: ["Hà Nội"], en: ["Hanoi", "Ha Noi"] },
  { id: "danang", vi: ["Đà Nẵng", "thành phố Đà Nẵng"], en: ["Da Nang", "Danang"] },
  { id: "hcmc", vi: ["TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "TPHCM"], en: ["Ho Chi Minh City", "HCMC"] },
  { id: "haiphong", vi: ["Hải Phòng", "thành phố Hải Phòng"], en: ["Hai Phong", "Haiphong"] },
  { id: "halong", vi: ["Hạ Long", "thành phố Hạ Long"], en: ["Ha Long", "Halong"] },
  { id: "cantho", vi: ["Cần Thơ"], en: ["Can Tho"] },
  { id: "singapore", vi: ["Singapore"], en: ["Singapore"] },
  { id: "newyork", vi: ["New York"], en: ["New York"] },
  { id: "geneva", vi: ["Geneva", "Genève"], en: ["Geneva"] },
  { id: "kualalumpur", vi: ["Kuala Lumpur"], en: ["Kuala Lumpur"] },
  { id: "tokyo", vi: ["Tokyo"], en: ["Tokyo"] },
  { id: "beijing", vi: ["Bắc Kinh"], en: ["Beijing"] },
  { id: "brussels", vi: ["Brussels"], en: ["Brussels"] },
  { id: "singapore", vi: ["Singapore"], en: ["Singapore"] },
  { id: "jakarta", vi: ["Jakarta"], en: ["Jakarta"] },
  { id: "bangkok", vi: ["Bangkok"], en: ["Bangkok"] },
  { id: "seoul", vi: ["Seoul"], en: ["Seoul"] },
  { id: "haiphong", vi: ["Hải Phòng", "thành phố Hải Phòng"], en: ["Hai Phong", "Haiphong"] },
  { id: "cantho", vi: ["Cần Thơ", "thành phố Cần Thơ"], en: ["Can Tho"] },
  { id: "halong", vi: ["Hạ Long", "thành phố Hạ Long"], en: ["Ha Long", "Halong"] },
  { id: "nhatrang", vi: ["Nha Trang"], en: ["Nha Trang"] },
  { id: "dalat", vi: ["Đà Lạt"], en: ["Da Lat", "Dalat"] },
  { id: "quynhon", vi: ["Quy Nhơn"], en: ["Quy Nhon"] },
  { id: "seattle", vi: ["Seattle"], en: ["Seattle"] },
  { id: "sanfrancisco", vi: ["San Francisco"], en: ["San Francisco"] },
  { id: "losangeles", vi: ["Los Angeles"], en: ["Los Angeles"] },
  { id: "chicago", vi: ["Chicago"], en: ["Chicago"] },
  { id: "honolulu", vi: ["Honolulu"], en: ["Honolulu"] },
  { id: "vungtau", vi: ["Vũng Tàu", "thành phố Vũng Tàu"], en: ["Vung Tau"] },
  { id: "phuquoc", vi: ["Phú Quốc"], en: ["Phu Quoc"] },
  { id: "houston", vi: ["Houston"], en: ["Houston"] },
  { id: "boston", vi: ["Boston"], en: ["Boston"] },
  { id: "miami", vi: ["Miami"], en: ["Miami"] },
  { id: "atlanta", vi: ["Atlanta"], en: ["Atlanta"] },
  { id: "neworleans", vi: ["New Orleans"], en: ["New Orleans"] },
  { id: "sandiego", vi: ["San Diego"], en: ["San Diego"] },
  { id: "portland", vi: ["Portland"], en: ["Portland"] },
  { id: "denver", vi: ["Denver"], en: ["Denver"] },
  { id: "dallas", vi: ["Dallas"], en: ["Dallas"] },
  { id: "detroit", vi: ["Detroit"], en: ["Detroit"] },
  { id: "philadelphia", vi: ["Philadelphia"], en: ["Philadelphia"] },
  { id: "longbeach", vi: ["Long Beach"], en: ["Long Beach"] },
];

/**
 * Words that make a report's sentence announce an event still to come ("Vòng đàm phán thứ tư dự kiến diễn ra trước cuối
 * năm nay", "The sixth round will be held in Seattle"), each language's as written: such a sentence past an article's
 * lead does not number the article's own event (lib/index/event-catalog.ts). Vietnamese with its diacritics (folded,
 * "se" is also "sẻ" of "chia sẻ").
 */
export const ANNOUNCEMENT_CUES: { readonly vi: readonly string[]; readonly en: readonly string[] } = {
  vi: ["dự kiến", "sẽ", "sắp", "dự định", "theo kế hoạch"],
  en: ["will", "is expected", "are expected", "is scheduled", "are scheduled", "is set to", "are set to", "is due", "is planned", "are planned"],
};

/** Question cues, folded. */
export const QUESTION_CUES = {
  latest: ["moi nhat", "gan day nhat", "gan nhat", "sau cung", "cuoi cung", "latest", "most recent", "last", "newest"],
  earliest: ["dau tien", "som nhat", "earliest", "first"],
  /**
   * "Trưởng đoàn hiện nay là ai?", "Who leads the US side now?": the state as the latest session's reports give it
   * (a delegation's lead, where the talks stand), not the first report that names a lead.
   */
  current: ["hien nay", "hien tai", "hien gio", "bay gio", "currently", "current", "now", "at present", "these days"],
  before: ["truoc", "before", "prior to", "ahead of"],
  after: ["sau", "tiep theo", "ke tiep", "after", "following", "next"],
  /** "the next round", "vòng trước đó": a neighbour of the event named is asked, not the event itself. */
  neighbour: ["tiep theo", "ke tiep", "ke den", "sau do", "truoc do", "lien truoc", "lien sau", "next", "subsequent", "previous", "preceding", "prior"],
  /**
   * "vòng tiếp theo", "the upcoming round": the event after the one named, or after the latest of its kind when
   * none is named (the planned one, if the reports announce it).
   */
  next: ["tiep theo", "ke tiep", "sap toi", "sap dien ra", "next", "upcoming", "forthcoming"],
  /** "vòng đàm phán dự kiến …", "the planned round": an event of a kind asked without a number is the one still to come. */
  planned: ["du kien", "planned", "scheduled"],
  timeline: [
    "tom tat",
    "tong hop",
    "diem lai",
    "nhin lai",
    "theo thu tu",
    "theo trinh tu",
    "dong thoi gian",
    "moc thoi gian",
    "dien bien",
    "qua trinh dam phan dien ra",
    "timeline",
    "summarise",
    "summarize",
    "summary",
    "in order",
    "chronolog",
    "overview",
    "recap",
    "what happened",
  ],
  /** Listing words: with a period or a kind, the question wants every event ("có những vòng nào", "which sessions"). */
  listing: ["nhung vong", "nhung phien", "cac vong", "cac phien", "which rounds", "which sessions", "what rounds"],
  /**
   * Listing verbs: they list events only when events are what follows them ("list the rounds", "có những phiên nào"), not
   * other things ("List the chapters closed at the San Francisco round", "vòng 4 có những chương nào").
   */
  listingVerbs: ["co nhung", "liet ke", "ke ten", "list"],
  /** Nouns of events in general, that a listing verb may list ("có những sự kiện nào trong tháng 6?"). */
  eventNouns: ["su kien", "events", "meetings", "sessions", "rounds", "talks", "phien", "vong", "cuoc hop"],
} as const;
