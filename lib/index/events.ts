/**
 * Events a text mentions, as data: kind and ordinal ("vòng đàm phán thứ 3", "the fifth round",
 * "phiên cấp Bộ trưởng lần thứ 8"), the dates, places and people (with side and role) stated with
 * them. Rules here, words in lib/text/lexicon/events.ts; both languages, with or without diacritics.
 */
import { findDates, type DateMention } from "../text/event-dates";
import {
  CLAUSE_DATE_CUES,
  COUNTED_NOUN_WORDS,
  EN_CARDINAL_WORDS,
  EN_NAME_BOUNDARY_WORDS,
  EN_LAST_OF_SERIES,
  EN_ORDINAL_WORDS,
  EVENT_KIND_PHRASES,
  KIND_WITHOUT_ORDINAL_IN_QUESTIONS,
  MEETING_VERBS,
  MEETING_WORDS,
  OPEN_EVENT_KINDS,
  ORDINAL_ONLY_PHRASES,
  PLACES,
  REFERENCE_CUES,
  SIDE_WORDS,
  VI_FIRST_WORDS,
  FIRST_AS_PREDICATE,
  VI_ORDINAL_WORDS,
  type EventKind,
  type Side,
} from "../text/lexicon/events";
import { fold, foldedTerms, rawSyllables, spacedSyllables, toNfc, tokenize } from "../text/normalize";
import { ROLE_PHRASES, TITLE_RUN_WORDS } from "../text/person-roles";
import { WORDS_OF_ADDRESS } from "../text/lexicon/person-titles";
import { splitSentences } from "../text/sentences";

export type { EventKind, Side } from "../text/lexicon/events";
export type { DateMention } from "../text/event-dates";

/** One mention of an event in a sentence. */
export interface EventMention {
  kind: EventKind;
  /** 3 for "vòng 3" / "the third round"; null when the text gives none. */
  ordinal: number | null;
  /** The mention only places another event in time ("sau vòng 2", "after the third round"). */
  reference: boolean;
  /** Token positions in the sentence, [at, to) with its ordinal (dates are given to the mention nearest them). */
  at?: number;
  to?: number;
}

export interface PersonMention {
  name: string;
  side: Side | null;
  role: string | null;
}

/** What one sentence says about events. */
export interface SentenceFacts {
  /** Offsets of the sentence in the text it came from. */
  start: number;
  end: number;
  events: EventMention[];
  dates: DateMention[];
  /** For each date, the index in `events` of the mention it belongs to (the nearest one), or NO_OWNER for a date of a clause of its own. */
  dateOwners: number[];
  /** Place ids (lib/text/lexicon/events.ts PLACES). */
  places: string[];
  people: PersonMention[];
}

/** Open kinds' phrases (a body, "joint committee", or an event noun, "tham vấn") as folded token lists, longest first. */
const OPEN_PHRASES = OPEN_EVENT_KINDS.flatMap((k) => [...k.vi, ...k.en].map((p) => ({ kind: k.id, event: k.event, words: foldedTerms(p) }))).sort(
  (a, b) => b.words.length - a.words.length,
);
const OPEN_BY_FIRST = new Map<string, typeof OPEN_PHRASES>();
for (const p of OPEN_PHRASES) OPEN_BY_FIRST.set(p.words[0]!, [...(OPEN_BY_FIRST.get(p.words[0]!) ?? []), p]);
/**
 * English two-word names of bodies, by their first word: a subject word or two may stand before the last ("the Joint
 * Energy Committee", "the Joint Digital Trade Committee").
 */
const STRETCHED_BY_FIRST = new Map<string, typeof OPEN_PHRASES>();
for (const k of OPEN_EVENT_KINDS)
  for (const phrase of k.event ? [] : k.en) {
    const words = foldedTerms(phrase);
    if (words.length === 2) STRETCHED_BY_FIRST.set(words[0]!, [...(STRETCHED_BY_FIRST.get(words[0]!) ?? []), { kind: k.id, event: k.event, words }]);
  }
/** Most subject words a body's name holds before its last word ("Joint [Digital Trade] Committee"). */
const MAX_SUBJECT_WORDS = 2;

/** The open kind's phrase at i, as written (with the subject words a body's English name holds), else undefined. */
function openPhraseAt(words: string[], i: number): (typeof OPEN_PHRASES)[number] | undefined {
  const exact = OPEN_BY_FIRST.get(words[i]!)?.find((p) => matchesAt(words, i, p.words));
  if (exact) return exact;
  for (const p of STRETCHED_BY_FIRST.get(words[i]!) ?? [])
    for (let inserted = 1; inserted <= MAX_SUBJECT_WORDS; inserted++) {
      const subject = words[i + inserted];
      if (subject === undefined || EN_CLAUSE_WORDS.has(subject) || /\d/u.test(subject) || subject === p.words[1]) break;
      if (words[i + inserted + 1] === p.words[1]) return { ...p, words: words.slice(i, i + inserted + 2) };
    }
  return undefined;
}
const MEETINGS = MEETING_WORDS.map((w) => w.split(" ")).sort((a, b) => b.length - a.length);
const VERBS = MEETING_VERBS.map((w) => w.split(" ")).sort((a, b) => b.length - a.length);
/** Length of a meeting word ("phiên họp", "session") at i; 0 when none. */
const meetingAt = (words: string[], i: number) => MEETINGS.find((m) => matchesAt(words, i, m))?.length ?? 0;
/** Folded "hop" is also "hợp" of "hợp tác", "hợp đồng", "phù hợp": only a verb when no such word follows. */
const NOT_MEETING_AFTER_HOP = new Set(["tac", "dong", "ly", "le", "phap", "nhat", "thuc", "hon", "chuan", "y"]);
/** "phiên họp", "cuộc họp": there "họp" is the noun, a meeting word ("kỳ họp" is left out: folded, "Hoa Kỳ họp" is the verb). */
const MEETING_BEFORE_HOP = new Set(["phien", "cuoc", "buoi"]);
const verbAt = (words: string[], i: number) => {
  const verb = VERBS.find((v) => matchesAt(words, i, v));
  if (!verb) return 0;
  if (verb.length === 1 && verb[0] === "hop" && (NOT_MEETING_AFTER_HOP.has(words[i + 1] ?? "") || MEETING_BEFORE_HOP.has(words[i - 1] ?? ""))) return 0;
  return verb.length;
};
/** English words a body's modifiers never are: articles, prepositions, verbs of the clause ("the Vietnam–US [joint committee]"). */
const EN_CLAUSE_WORDS = new Set([...EN_NAME_BOUNDARY_WORDS, "said", "says"]);
/** Vietnamese words that end a name's modifiers before its ordinal ("đối thoại [kinh tế cấp cao] lần thứ 3"). */
const VI_CLAUSE_WORDS = new Set("cua ve tai o va voi theo trong sau truoc khi da se dang duoc bi la".split(" "));
/** How far a body's own meeting may stand from its name: "Nhóm công tác về quy tắc xuất xứ … đã họp phiên đầu tiên". */
const SUBJECT_REACH = 24;

/** An English ordinal at i ("second", "3rd"), else null. */
const enOrdinalAt = (words: string[], i: number) => enOrdinal(words[i]);

/**
 * A Vietnamese ordinal starting at i, as a report writes it after a kind or a meeting verb: "thứ hai",
 * "lần thứ 3", "đầu tiên", "lần đầu"; a bare number only right after the kind ("vòng tham vấn 2").
 */
function viOrdinalAt(words: string[], i: number, bareNumber: boolean): { value: number; end: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  const marked = w === "thu" || w === "lan" || FIRST_WORDS.some((f) => matchesAt(words, i, f)) || (bareNumber && /^\d{1,2}$/.test(w));
  if (!marked) return null;
  const value = ordinalAfter(words, i);
  return value === null ? null : { value, end: ordinalEnd(words, i) };
}

/**
 * Events of the open kinds (lib/text/lexicon/events.ts OPEN_EVENT_KINDS) a sentence numbers: "the
 * second meeting of the Joint Committee", "the third Joint Committee meeting", "a first round of
 * consultations", "the 3rd High-level Economic Dialogue", "the working group … held its first
 * session", "… met for the first time", "Phiên họp thứ hai của Ủy ban hỗn hợp", "vòng tham vấn thứ 2",
 * "Ủy ban hỗn hợp … họp phiên thứ hai", "nhóm công tác … đã họp lần đầu". `at`/`to` span the words
 * the mention covers, so the listed kinds' bare "round"/"phiên" inside it are not read again. With
 * `unnumbered`, a question's mention without an ordinal counts too ("phiên họp gần đây nhất của Ủy ban hỗn hợp").
 */
export function openEventMentions(words: string[], unnumbered = false): EventMention[] {
  const out: EventMention[] = [];
  for (let p = 0; p < words.length; p++) {
    const phrase = openPhraseAt(words, p);
    if (!phrase) continue;
    const pe = p + phrase.words.length;
    // "Nhóm công tác … thuộc Ủy ban hỗn hợp … đã tổ chức phiên họp đầu tiên", "the first of the groups set up by the Joint
    // Committee": a body named after another with no verb between them only qualifies it, and the meeting is the first's.
    const found = openOrdinal(words, p, pe, phrase.event, previousOpen(words, p) ? "possessive" : "any");
    if (found || unnumbered) {
      // A question names the body's meetings with a meeting word ("phiên họp … của Ủy ban hỗn hợp") or a verb after it
      // ("nhóm công tác nào … họp", "when did the group meet").
      const verbSoon = [1, 2, 3, 4, 5, 6].some((d) => verbAt(words, pe + d - 1) > 0);
      const hasMeeting = meetingAt(words, pe) > 0 || (p > 0 && MEETINGS.some((m) => matchesAt(words, p - m.length, m))) || words[p - 1] === "cua" || verbSoon;
      if (found || phrase.event || hasMeeting) {
        const at = found?.at ?? p;
        out.push({ kind: phrase.kind, ordinal: found?.ordinal ?? null, reference: isReference(words, at), at, to: Math.max(pe, found?.to ?? pe) });
      }
    }
    p = pe - 1;
  }
  return out;
}

/** Whether another open kind's phrase stands before p in the same clause (no meeting verb between them). */
function previousOpen(words: string[], p: number): boolean {
  for (let i = p - 1; i >= Math.max(0, p - SUBJECT_REACH); i--) {
    if (verbAt(words, i)) return false;
    const other = openPhraseAt(words, i);
    if (other && i + other.words.length <= p) return true;
  }
  return false;
}

/**
 * The ordinal attached to the open kind's phrase at [p, pe), with the words the mention spans. `subject`: how it may
 * be the subject of a meeting verb after it: "any" when it starts its clause, else only of a possessive ("the
 * agriculture group will report to the Joint Committee at *its* second meeting": the nearest body's).
 */
function openOrdinal(
  words: string[],
  p: number,
  pe: number,
  event: boolean,
  subject: "any" | "possessive",
): { ordinal: number; at: number; to: number } | null {
  const meetingAfter = meetingAt(words, pe);
  // English, before it: "the third [Joint Committee] meeting", "the 3rd [High-level Economic] Dialogue", "second consultation round".
  let j = p;
  while (j > 0 && p - j < 3 && !EN_CLAUSE_WORDS.has(words[j - 1]!) && enOrdinalAt(words, j - 1) === null && !kindPhraseAt(words, j - 1)) j--;
  const before = enOrdinalAt(words, j - 1);
  if (before !== null && (event || meetingAfter > 0)) return { ordinal: before, at: j - 1, to: pe + meetingAfter };
  // English, a meeting "of" it: "the second meeting of the Vietnam–US Joint Committee", "a first round of consultations".
  let k = p;
  while (k > 0 && p - k < 4 && words[k - 1] !== "of" && !EN_CLAUSE_WORDS.has(words[k - 1]!)) k--;
  if (words[k - 1] === "the") k--;
  if (words[k - 1] === "of") {
    const m = MEETINGS.find((w) => matchesAt(words, k - 1 - w.length, w));
    if (m) {
      const h = k - 1 - m.length;
      let o = h;
      while (o > 0 && h - o < 2 && enOrdinalAt(words, o - 1) === null && !EN_CLAUSE_WORDS.has(words[o - 1]!)) o--;
      const ordinal = enOrdinalAt(words, o - 1) ?? numberAfterMeeting(words, h + m.length);
      if (ordinal !== null) return { ordinal, at: enOrdinalAt(words, o - 1) !== null ? o - 1 : h, to: pe };
    }
  }
  // Vietnamese, a meeting numbered before it: "Phiên họp thứ ba [của] Ủy ban hỗn hợp", "phiên đầu tiên của Đối thoại".
  const q = words[p - 1] === "cua" ? p - 1 : p;
  for (let h = Math.max(0, q - 8); h < q; h++) {
    const m = meetingAt(words, h);
    if (m === 0) continue;
    const ord = viOrdinalAt(words, h + m, true);
    if (ord && ord.end === q) return { ordinal: ord.value, at: h, to: pe };
  }
  // Vietnamese, after it: "vòng tham vấn thứ 2", "Đối thoại kinh tế cấp cao lần thứ 3", "phiên họp Ủy ban hỗn hợp lần thứ 3".
  const meetingBefore = p > 0 && MEETINGS.some((m) => matchesAt(words, p - m.length, m));
  let a = pe;
  while (a < words.length && a - pe < 5 && !VI_CLAUSE_WORDS.has(words[a]!) && !viOrdinalAt(words, a, a === pe) && !kindPhraseAt(words, a) && !verbAt(words, a))
    a++;
  const direct = viOrdinalAt(words, a, a === pe);
  // A body's "lần thứ 11" counts its meetings ("Hội đồng Thương mại và Đầu tư lần thứ 11"); "nhóm công tác thứ hai" is a second group.
  if (direct && (event || meetingBefore || words[a] === "lan"))
    return { ordinal: direct.value, at: meetingBefore ? p - (MEETINGS.find((m) => matchesAt(words, p - m.length, m))?.length ?? 0) : p, to: direct.end };
  // Its subject: "Ủy ban hỗn hợp … họp phiên thứ hai", "nhóm công tác … đã họp lần đầu", "the working group … held its first
  // session", "agreed at its second session", "met for the first time". Not past another event's name.
  let passedOther = false;
  for (let v = pe; v < Math.min(words.length, pe + SUBJECT_REACH); v++) {
    const listed = kindPhraseAt(words, v);
    if (listed && !listed.bare) break;
    if (openPhraseAt(words, v)) passedOther = true;
    const possessive = words[v] === "its" || words[v] === "their";
    // A possessive is the nearest body's; a verb is the clause's subject's.
    if (possessive && passedOther) break;
    const verb = subject === "any" ? verbAt(words, v) : 0;
    if (!verb && !possessive) {
      if (enOrdinalAt(words, v) !== null) break;
      continue;
    }
    let o = v + Math.max(verb, 1);
    if (!possessive && ["its", "their", "a", "the"].includes(words[o] ?? "")) o++;
    // "met for the first time", "họp lần đầu", "held its first session", "họp phiên thứ hai", "tổ chức phiên họp đầu tiên".
    if (words[o] === "for" && words[o + 1] === "the" && enOrdinalAt(words, o + 2) !== null && words[o + 3] === "time")
      return { ordinal: enOrdinalAt(words, o + 2)!, at: v, to: o + 4 };
    const en = enOrdinalAt(words, o);
    if (en !== null) {
      let h = o + 1;
      while (h < words.length && h - o <= 2 && meetingAt(words, h) === 0) h++;
      const m = meetingAt(words, h);
      if (m > 0) return { ordinal: en, at: v, to: h + m };
      break;
    }
    const m = meetingAt(words, o);
    // "họp phiên thứ hai", "họp phiên 7": after a meeting word a bare number is its ordinal too.
    const vi = viOrdinalAt(words, o + m, m > 0);
    if (vi && (m > 0 || verb > 0)) return { ordinal: vi.value, at: v, to: vi.end };
    if (possessive) break;
  }
  return null;
}

/** "meeting 2", "Session Two": a number right after a meeting word. */
function numberAfterMeeting(words: string[], i: number): number | null {
  const w = words[i];
  if (w === undefined) return null;
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return enOrdinal(w) ?? (w in EN_CARDINAL_WORDS ? EN_CARDINAL_WORDS[w]! : null);
}

/** Kind phrases as folded token lists, longest first (so "phiên cấp bộ trưởng" wins over "vòng"). */
const KIND_PHRASES: { kind: EventKind; words: string[]; bare: boolean; askable: boolean }[] = (
  Object.entries(EVENT_KIND_PHRASES) as [EventKind, { vi: readonly string[]; en: readonly string[] }][]
)
  .flatMap(([kind, { vi, en }]) =>
    [...vi, ...en].map((p) => ({
      kind,
      words: foldedTerms(p),
      bare: ORDINAL_ONLY_PHRASES.includes(p),
      askable: !ORDINAL_ONLY_PHRASES.includes(p) || KIND_WITHOUT_ORDINAL_IN_QUESTIONS.includes(p),
    })),
  )
  .sort((a, b) => b.words.length - a.words.length);

/** Kind phrases by their first word: most words start none, and are passed over with one look-up. */
const KIND_BY_FIRST = new Map<string, typeof KIND_PHRASES>();
for (const p of KIND_PHRASES) KIND_BY_FIRST.set(p.words[0]!, [...(KIND_BY_FIRST.get(p.words[0]!) ?? []), p]);
const kindPhraseAt = (words: string[], i: number) => KIND_BY_FIRST.get(words[i]!)?.find((p) => matchesAt(words, i, p.words));

const REFERENCE_PHRASES = REFERENCE_CUES.map((c) => c.split(" ")).sort((a, b) => b.length - a.length);
const FIRST_WORDS = VI_FIRST_WORDS.map(foldedTerms);
const PREDICATE_WORDS = FIRST_AS_PREDICATE.map(foldedTerms);

/**
 * "Đây là vòng đầu tiên bà … làm Trưởng đoàn", "It was the first round for Priya Castellanos as the chief negotiator":
 * "first" said of the report's own event (the first someone led), not round 1 named.
 */
function firstAsPredicate(words: string[], i: number, end: number): boolean {
  const before = (at: number) => PREDICATE_WORDS.some((p) => matchesAt(words, at - p.length, p));
  if (FIRST_WORDS.some((first) => matchesAt(words, end, first))) return before(i);
  return words[i - 1] === "first" && before(i - 1);
}
/** Words that may stand between a kind and its ordinal: "vòng đàm phán (trực tiếp) (lần) thứ 3". */
const ORDINAL_FILLERS = new Set(["lan", "thu", "truc", "tiep", "chinh", "thuc", "no", "number"]);
/**
 * "trong vòng 2 năm" is "within two years", not round 2; and folded, "vọng" is "vòng": "kỳ vọng" (expect),
 * "hy vọng" (hope), "triển vọng" (prospects), "tham vọng", "thất vọng", "khát vọng", "nguyện vọng" are no rounds.
 */
const NOT_A_ROUND_BEFORE = new Set(["trong", "khoang", "quanh", "all", "year", "ky", "hy", "hi", "trien", "tham", "that", "khat", "nguyen"]);
/** "nhiều vòng đàm phán", "hai phiên cấp Bộ trưởng", "several rounds": many events, not one. */
const QUANTIFIERS = new Set([
  "nhieu",
  "cac",
  "nhung",
  "moi",
  "hai",
  "ba",
  "bon",
  "nam",
  "several",
  "many",
  "all",
  "multiple",
  "two",
  "three",
  "four",
  "five",
  "previous",
  "earlier",
  "later",
  "next",
  "tiep",
]);
const DIRECT_ORDINALS = new Set(["hai", "ba", "bon"]);
const COUNTED_NOUNS = COUNTED_NOUN_WORDS.map(foldedTerms);
const NUMBERED_KINDS = new Set<EventKind>(["round", "ministerial", "technical"]);
const NOT_A_ROUND_AFTER = new Set(["nam", "thang", "ngay", "tuan", "gio", "phut", "trip", "table", "robin", "number"]);

/** Whether a phrase's words stand at word `i` of a text's words (folded syllables, as foldedTerms gives). */
export function matchesAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => words[i + j] === w);
}

/** Where the ordinal after `i` ends (for placing dates); `i` when there is none. */
function ordinalEnd(words: string[], i: number, breaks?: ClauseBreaks): number {
  for (const first of FIRST_WORDS) if (matchesAt(words, i, first)) return i + first.length;
  let j = i;
  while (j < words.length && j - i < 3 && ORDINAL_FILLERS.has(words[j]!)) j++;
  return ordinalAfter(words, i, breaks) === null ? i : j + (viNumberAt(words, j)?.length ?? 1);
}

/** Positions of the words a comma, colon or full stop follows in their text (folded words have lost it). */
export type ClauseBreaks = ReadonlySet<number>;

/** The clause breaks of a text, by the positions of its words (as tokenize and foldedTerms number them). */
export function clauseBreaks(text: string): ClauseBreaks {
  const tokens = tokenize(text);
  const breaks = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) if (/[,;:.!?]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) breaks.add(i);
  return breaks;
}

/**
 * Units after "mười"/"mươi": "mười một" 11, "hai mươi lăm" 25. Folded "nam", "sau" and "tu" are left
 * out: after "mười" they are mostly "năm" (year), "sau" (after) and "từ" (from).
 */
const VI_UNITS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, lam: 5, bay: 7, tam: 8, chin: 9 };

/** A Vietnamese number in words at j, one to three words: "tám", "mười một", "hai mươi mốt". */
function viNumberAt(words: string[], j: number): { value: number; length: number } | null {
  const w = words[j];
  if (w === undefined || !(w in VI_ORDINAL_WORDS)) return null;
  const next = words[j + 1] ?? "";
  if (w === "muoi") return next in VI_UNITS ? { value: 10 + VI_UNITS[next]!, length: 2 } : { value: 10, length: 1 };
  const tens = VI_UNITS[w];
  if (tens !== undefined && tens >= 2 && next === "muoi") {
    const unit = VI_UNITS[words[j + 2] ?? ""];
    return unit !== undefined ? { value: tens * 10 + unit, length: 3 } : { value: tens * 10, length: 2 };
  }
  return { value: VI_ORDINAL_WORDS[w]!, length: 1 };
}

/** An English ordinal word or digits with their suffix: "fifth", "3rd", "11th". */
function enOrdinal(w: string | undefined): number | null {
  if (w === undefined) return null;
  if (w in EN_ORDINAL_WORDS) return EN_ORDINAL_WORDS[w]!;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  return digits ? Number(digits[1]) : null;
}

/**
 * "vòng đầu tiên sau Tuyên bố chung", "the first round since the statement", "the first negotiating session under new
 * chief negotiators", "vòng đầu tiên dưới sự dẫn dắt của …": first counted from another event or change, not round 1.
 */
const COUNTED_FROM = [["sau"], ["after"], ["under"], ["duoi"]]; // "kể từ" and "since" are among QUALIFIED_FIRST, right after the kind too
/**
 * Words that make "first" the first of a kind qualified some way, not number 1, a few words after the kind: "the first
 * technical round held in Washington since …", "the first ministerial round … held outside their own countries", a
 * question's "the first round reported in these articles" (the earliest one reported).
 */
const QUALIFIED_FIRST = [["ke", "tu"], ["since"], ["outside"], ["reported"], ["duoc", "dua", "tin"]];
/** How far after the kind such a qualifier may stand ("held in Washington since"). */
const QUALIFIER_REACH = 8;
function countedFrom(words: string[], i: number): boolean {
  if (COUNTED_FROM.some((cue) => matchesAt(words, i, cue))) return true;
  for (let at = i; at < Math.min(words.length, i + QUALIFIER_REACH); at++) if (QUALIFIED_FIRST.some((cue) => matchesAt(words, at, cue))) return true;
  return false;
}

/** An ordinal right after `i` (Vietnamese order), allowing a few filler words ("lần thứ"). */
function ordinalAfter(words: string[], i: number, breaks?: ClauseBreaks): number | null {
  for (const first of FIRST_WORDS) if (matchesAt(words, i, first)) return countedFrom(words, i + first.length) ? null : 1;
  let j = i;
  while (j < words.length && j - i < 3 && ORDINAL_FILLERS.has(words[j]!)) j++;
  const w = words[j];
  if (w === undefined) return null;
  // "Kết thúc vòng đàm phán, hai bên đã …", "fifth round; 12 chapters closed": a number right after the kind that counts
  // the noun after it starts a new clause (folded, the punctuation between them is gone).
  // "Tại vòng 5, phía Mỹ …": a comma after the number ends the mention; the noun after it is counted by nothing.
  const counts = j === i && !breaks?.has(j) && COUNTED_NOUNS.some((noun) => matchesAt(words, j + 1, noun));
  if (/^\d{1,2}$/.test(w)) return counts ? null : Number(w);
  const afterThu = j > i && words[j - 1] === "thu";
  // Right after the kind only unambiguous words count: folded "tu", "nam", "sau" are also "từ", "năm", "sau".
  if (w in VI_ORDINAL_WORDS && (afterThu || (j === i && DIRECT_ORDINALS.has(w) && !counts))) return viNumberAt(words, j)!.value;
  const english = enOrdinal(w);
  if (english !== null) return english;
  // "round six", "Round Two of the talks": a cardinal right after the kind, not a count of something after it ("round two years ago").
  if (j === i && w in EN_CARDINAL_WORDS && !EN_TIME_UNITS.has(words[j + 1] ?? "") && !counts) return EN_CARDINAL_WORDS[w]!;
  return null;
}

const EN_TIME_UNITS = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "hours", "times"]);

/** An English ordinal just before `i`: "the fifth round", "3rd round", "a fifth and final round". */
function ordinalBefore(words: string[], i: number): number | null {
  const lastOfSeries = EN_LAST_OF_SERIES.includes(words[i - 1] ?? "") && words[i - 2] === "and";
  return lastOfSeries ? enOrdinal(words[i - 3]) : enOrdinal(words[i - 1]);
}

/**
 * The ordinal of the kind phrase at words[i, end): after it or, in English order, before it. Only
 * rounds and sessions, or a kind followed by "thứ"/"lần", take a number after them: "thuế đối ứng 20%"
 * is a rate, not the 20th tariff.
 */
function phraseOrdinal(words: string[], i: number, end: number, kind: EventKind, breaks?: ClauseBreaks): number | null {
  const numbered = NUMBERED_KINDS.has(kind) || words[end] === "thu" || words[end] === "lan";
  const before = ordinalBefore(words, i) === 1 && countedFrom(words, end) ? null : ordinalBefore(words, i);
  return numbered ? (ordinalAfter(words, end, breaks) ?? before) : before;
}

/** "tuần trước", "tháng sau": a time word before "trước"/"sau" makes it "last week", "next month", not "before"/"after". */
const TIME_UNITS = new Set(["tuan", "thang", "nam", "hom", "ngay", "quy"]);

function isReference(words: string[], i: number): boolean {
  // Found once, not for each cue: every mention is checked against every cue.
  const place = placeEndingAt(words, i);
  for (const cue of REFERENCE_PHRASES) {
    const from = i - cue.length;
    if (cue.length === 1 && (cue[0] === "truoc" || cue[0] === "sau") && TIME_UNITS.has(words[from - 1] ?? "")) continue;
    if (from >= 0 && matchesAt(words, from, cue)) return true;
    // "after the third round": the article or ordinal may sit between the cue and the kind.
    if (from - 1 >= 0 && matchesAt(words, from - 1, cue) && (words[i - 1] === "the" || enOrdinal(words[i - 1]) !== null)) return true;
    if (from - 2 >= 0 && matchesAt(words, from - 2, cue) && words[i - 2] === "the" && enOrdinal(words[i - 1]) !== null) return true;
    // "before the Hanoi round", "after the Da Nang talks": a place between the cue and the kind.
    if (place > 0 && words[i - place - 1] === "the" && matchesAt(words, i - place - 1 - cue.length, cue)) return true;
  }
  return false;
}

/** How many words a place spelling ending right before word `i` has ("da nang" of "the da nang round"), else 0. */
function placeEndingAt(words: string[], i: number): number {
  return PLACE_WORDS.find((place) => place.length <= i && matchesAt(words, i - place.length, place))?.length ?? 0;
}

/** A kind named in a question, even without a number or after a quantifier ("các vòng đàm phán", "vòng nào"). */
export interface KindMention extends EventMention {
  /** Token position, for telling the event asked about from the one it is placed against. */
  index: number;
}

/** Words of the English kind phrases ("session", "round", "statement"), to read a question's plurals as them. */
const EN_KIND_WORDS = new Set(Object.values(EVENT_KIND_PHRASES).flatMap((p) => p.en.flatMap(foldedTerms)));

/** Every kind phrase of a question's words, with its ordinal and whether it is a reference ("sau vòng 2"). */
export function kindMentions(asked: string[], breaks?: ClauseBreaks): KindMention[] {
  // A question names kinds in the plural ("list the ministerial sessions"); reports name each event in the singular.
  const words = asked.map((w) => (w.length > 3 && w.endsWith("s") && !EN_KIND_WORDS.has(w) && EN_KIND_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : w));
  const open = openEventMentions(words, true);
  const out: KindMention[] = open.map((e) => ({ kind: e.kind, ordinal: e.ordinal, reference: e.reference, index: e.at! }));
  for (let i = 0; i < words.length; i++) {
    const phrase = kindPhraseAt(words, i);
    if (!phrase) continue;
    const end = i + phrase.words.length;
    if (phrase.bare && open.some((e) => i >= e.at! && i < e.to!)) continue;
    if (phrase.bare && NOT_A_ROUND_BEFORE.has(words[i - 1] ?? "")) continue;
    // A question's "phiên đàm phán thứ 3" is session 3 of any kind (read as generic by lib/retrieve/event-query.ts).
    if (!phrase.askable) continue;
    const ordinal = phraseOrdinal(words, i, end, phrase.kind, breaks);
    out.push({ kind: phrase.kind, ordinal, reference: isReference(words, i), index: i });
    i = end - 1;
  }
  return open.length ? out.sort((a, b) => a.index - b.index) : out;
}

/** Event mentions of a token list (folded words). */
export function eventMentions(words: string[], breaks?: ClauseBreaks): EventMention[] {
  const open = openEventMentions(words);
  const out: EventMention[] = [...open];
  for (let i = 0; i < words.length; i++) {
    const phrase = kindPhraseAt(words, i);
    if (!phrase) continue;
    // "the first round of consultations", "phiên thứ hai của Ủy ban hỗn hợp": an open kind's, not a negotiating round.
    if (phrase.bare && open.some((e) => i >= e.at! && i < e.to!)) continue;
    const end = i + phrase.words.length;
    const ordinal = phraseOrdinal(words, i, end, phrase.kind, breaks);
    if (phrase.bare) {
      // A bare "vòng"/"round" is an event only with its ordinal, and never "trong vòng 2 năm".
      const durationAfter = /^\d+$/.test(words[end] ?? "") && NOT_A_ROUND_AFTER.has(words[end + 1] ?? "");
      if (ordinal === null || NOT_A_ROUND_BEFORE.has(words[i - 1] ?? "") || durationAfter) {
        continue;
      }
    }
    if (ordinal === null && (QUANTIFIERS.has(words[i - 1] ?? "") || words[end] === "tiep" || words[end] === "ke")) continue;
    if (ordinal === 1 && firstAsPredicate(words, i, end)) {
      i = end - 1;
      continue;
    }
    out.push({ kind: phrase.kind, ordinal, reference: isReference(words, i), at: i, to: Math.max(end, ordinalEnd(words, end, breaks)) });
    i = end - 1;
  }
  return open.length ? out.sort((a, b) => a.at! - b.at!) : out;
}

/** Each place spelling as folded words, longest first. */
const PLACE_WORDS = PLACES.flatMap((p) => [...p.vi, ...p.en].map(foldedTerms)).sort((a, b) => b.length - a.length);

const PLACE_SPELLINGS = PLACES.flatMap((p) => [...p.vi, ...p.en].map((s) => ({ id: p.id, words: spacedSyllables(s).folded }))).sort(
  (a, b) => b.words.length - a.words.length,
);

/**
 * Place ids a text names, in the order it names them: "tại thành phố Seattle (bang Washington)" is held in Seattle, the
 * first place said, not in the state named after it.
 */
export function placesIn(words: string[]): string[] {
  const joined = ` ${words.join(" ")} `;
  const first = new Map<string, number>();
  for (const p of PLACE_SPELLINGS) {
    const at = joined.indexOf(p.words);
    if (at >= 0 && at < (first.get(p.id) ?? Infinity)) first.set(p.id, at);
  }
  return [...first].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

const ROLE_WORDS = ROLE_PHRASES.map(([p, role]) => ({ words: p.split(" "), role }));

function sideOf(words: string[], lang: "vi" | "en", raw: string): Side | null {
  const joined = ` ${words.join(" ")} `;
  const has = (side: Side) =>
    SIDE_WORDS[side].some((w) => {
      if (w === "us" || w === "u s") return /\bU\.?S\.?\b|\bUSTR\b/.test(raw);
      if (w === "my" && lang === "en") return false;
      return joined.includes(` ${w} `);
    });
  const us = has("us");
  const vn = has("vn");
  return us && !vn ? "us" : vn && !us ? "vn" : null;
}

/** Roles that only one side has. */
const ROLE_SIDE: Readonly<Record<string, Side>> = { "trade-representative": "us", "assistant-trade-representative": "us" };
/** Lower-case words allowed inside a title-and-name run: "Minister of Industry and Trade Tran Quoc Bao". */
const RUN_CONNECTORS = new Set(["of", "and", "for"]);

/**
 * People named after a role ("Bộ trưởng Bộ Công Thương Trần Quốc Bảo", "Assistant US Trade
 * Representative Karen Whitfield") or before one ("Karen Whitfield, trưởng đoàn kỹ thuật phía Mỹ"),
 * with the side the title, the role or the words right after the name give.
 */
export function peopleIn(sentence: string, lang: "vi" | "en"): PersonMention[] {
  const tokens = tokenize(sentence);
  const words = tokens.map((t) => t.folded);
  const out: PersonMention[] = [];
  const capitalised = (k: number) => /^\p{Lu}/u.test(sentence.slice(tokens[k]!.start, tokens[k]!.end));
  const joined = (k: number) => k > 0 && /^\s+$/u.test(sentence.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const raw = (from: number, to: number) => (from < to ? sentence.slice(tokens[from]!.start, tokens[to - 1]!.end) : "");
  const side = (from: number, to: number) => sideOf(words.slice(Math.max(0, from), to), lang, raw(Math.max(0, from), to));
  for (let i = 0; i < tokens.length; i++) {
    const role = ROLE_WORDS.find((r) => matchesAt(words, i, r.words));
    if (!role) continue;
    // The capitalised run after the role (one clause); its leading title and organisation words are not the name.
    const runStart = i + role.words.length;
    let j = runStart;
    // Name words at the end of the run so far: "and" after a whole name starts the next person
    // ("Minister … Tran Quoc Bao and US Trade Representative Michael Brennan"), not more of the title.
    let named = 0;
    while (
      j < tokens.length &&
      joined(j) &&
      j - runStart < 10 &&
      !(named >= 2 && words[j] === "and") &&
      (capitalised(j) || (RUN_CONNECTORS.has(words[j]!) && j + 1 < tokens.length && capitalised(j + 1)))
    ) {
      named = capitalised(j) && !TITLE_RUN_WORDS.has(words[j]!) ? named + 1 : 0;
      j++;
    }
    let nameStart = runStart;
    while (nameStart < j && (TITLE_RUN_WORDS.has(words[nameStart]!) || RUN_CONNECTORS.has(words[nameStart]!))) nameStart++;
    const after = Math.min(tokens.length, j + 6);
    if (j - nameStart >= 2 && j - nameStart <= 4) {
      // "led by Deputy Minister … Le Thi Thu Hang": the title nearest the name is the role.
      let nearest = role.role;
      for (let k = runStart; k < nameStart; k++) {
        const inner = ROLE_WORDS.find((r) => matchesAt(words, k, r.words));
        if (!inner) continue;
        nearest = inner.role;
        k += inner.words.length - 1;
      }
      out.push({ name: raw(nameStart, j), side: side(i, j) ?? ROLE_SIDE[nearest] ?? side(j, after), role: nearest });
      i = j - 1;
      continue;
    } else if (i >= 2) {
      // "Karen Whitfield, trưởng đoàn …", "bà Karen Whitfield dẫn đầu": the name just before the role.
      let k = i;
      while (k > 0 && capitalised(k - 1) && i - k < 4) k--;
      while (k < i && TITLE_RUN_WORDS.has(words[k]!)) k++;
      if (i - k >= 2) out.push({ name: raw(k, i), side: side(i, after) ?? ROLE_SIDE[role.role] ?? side(k - 6, k), role: role.role });
    }
    i += role.words.length - 1;
  }
  // "Phía Mỹ do bà Helen Marsh, Giám đốc … (USTR), dẫn đầu": a whole name after a word of address that no role found; its
  // side is told by the clause before it ("Phía Mỹ do"), else by the words after it.
  for (let i = 0; i < tokens.length; i++) {
    if (!ADDRESS_WORDS.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && joined(j) && capitalised(j) && j - i <= MAX_NAME_WORDS) j++;
    const name = raw(i + 1, j);
    if (j - i - 1 >= 2 && !out.some((p) => p.name.includes(name) || name.includes(p.name))) {
      // The last role words, which end the clause ("…, dẫn đầu"): those inside the apposition name an office ("Văn phòng Đại diện Thương mại").
      let role: string | null = null;
      for (let k = j; k < tokens.length; k++) {
        const found = ROLE_WORDS.find((r) => matchesAt(words, k, r.words));
        if (!found) continue;
        role = found.role;
        k += found.words.length - 1;
      }
      out.push({
        name,
        side: side(i - SIDE_REACH, i) ?? side(j, Math.min(tokens.length, j + SIDE_REACH * 2)) ?? (role ? (ROLE_SIDE[role] ?? null) : null),
        role,
      });
    }
    i = j - 1;
  }
  return out;
}
const ADDRESS_WORDS = new Set(WORDS_OF_ADDRESS);
/** Most words of a person's name after a word of address ("Phan Thị Ngọc Diệp"). */
const MAX_NAME_WORDS = 4;
/** Words before a name (and twice as many after it) that may tell its side. */
const SIDE_REACH = 6;

/** The date owner of a date no event mention owns (lib/index/event-facts.ts keeps it as such). */
export const NO_OWNER = -1;
const CLAUSE_CUES = CLAUSE_DATE_CUES.map(foldedTerms);

/**
 * Whether a date after an event mention is said in a clause of its own, opened between them ("The ministerial session
 * will be the first meeting between Khue and Vance since Vance took office in May"): it dates that clause, not the
 * event. A cue right before the date ("since Monday") still dates the event.
 */
function inOwnClause(words: string[], tokens: { start: number }[], event: EventMention, dateIndex: number): boolean {
  const dateAt = tokens.findIndex((t) => t.start >= dateIndex);
  const from = event.to ?? event.at ?? 0;
  if (dateAt < 0 || dateAt <= from) return false;
  for (let i = from; i < dateAt; i++) {
    const cue = CLAUSE_CUES.find((c) => matchesAt(words, i, c));
    if (cue && i + cue.length < dateAt) return true;
  }
  return false;
}

const ROLE_FIRST_WORDS = new Set(ROLE_WORDS.map((r) => r.words[0]!));

/**
 * Facts of each sentence of a text (a chunk, a title), with offsets relative to `offset`. Dates and
 * places are read only in sentences that mention an event, people only after a role word: the
 * index builds this for every sentence of the archive, and most say neither.
 */
export function sentenceFacts(text: string, context: { articleDate: string | null; lang: "vi" | "en"; people?: boolean }, offset = 0): SentenceFacts[] {
  // The whole text folded once; NFC Vietnamese keeps its length when folded, so sentences slice it directly.
  const nfc = toNfc(text);
  const foldedText = nfc === text ? fold(text) : null;
  const sameLength = foldedText !== null && foldedText.length === text.length;
  return splitSentences(text, offset).map((span) => {
    const sentence = text.slice(span.start - offset, span.end - offset);
    // The same syllables as tokenize; offsets are only needed when there is an event.
    const words = sameLength ? rawSyllables(foldedText!.slice(span.start - offset, span.end - offset)) : foldedTerms(sentence);
    // Punctuation is read only where a number before it could be counted as a noun's ("vòng 5, phía Mỹ …").
    const events = eventMentions(words, /\d\s*[,;:]/.test(sentence) ? clauseBreaks(sentence) : undefined);
    const tokens = events.length ? tokenize(sentence) : [];
    const dates = events.length ? findDates(sentence, context.articleDate) : [];
    // A date belongs to the event mention nearest it: "phiên cấp Bộ trưởng (10/11) … trước phiên cấp kỹ thuật từ ngày 12-14/11".
    const dateOwners = dates.map((d) => {
      let best = 0;
      let gap = Infinity;
      events.forEach((e, i) => {
        const from = tokens[e.at ?? 0]?.start ?? 0;
        const to = tokens[(e.to ?? 1) - 1]?.end ?? from;
        const g = d.index < from ? from - d.index : Math.max(0, d.index - to);
        if (g < gap) [best, gap] = [i, g];
      });
      return inOwnClause(words, tokens, events[best]!, d.index) ? NO_OWNER : best;
    });
    return {
      start: span.start,
      end: span.end,
      events,
      dates,
      dateOwners,
      places: events.length ? placesIn(words) : [],
      people: context.people !== false && words.some((w) => ROLE_FIRST_WORDS.has(w)) ? peopleIn(sentence, context.lang) : [],
    };
  });
}
