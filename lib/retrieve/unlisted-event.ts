/**
 * An event a question names with a kind the event lexicon does not list: "the second joint committee
 * meeting", "vòng tham vấn thứ 2", "phiên họp thứ hai của Ủy ban hỗn hợp", "the second session of the
 * rules of origin working group". Such a question is not about the lexicon's rounds or sessions with
 * that number; retrieval then ranks it as any other question instead of by event.
 */
import {
  EN_CARDINAL_WORDS,
  EVENT_KIND_PHRASES,
  EN_NAME_BOUNDARY_WORDS,
  EN_ORDINAL_WORDS,
  ORDINAL_ONLY_PHRASES,
  QUESTION_CUES,
  REFERENCE_CUES,
  VI_FIRST_WORDS,
  VI_ORDINAL_WORDS,
} from "../text/lexicon/events";
import { EN_EVENT_HEADS, EVENT_HEAD_GROUPS, GENERIC_EVENT_MODIFIERS, VI_EVENT_HEADS } from "../text/lexicon/event-heads";
import { matchesAt } from "../index/events";
import { foldedTerms } from "../text/normalize";

/** The lexicon's kind phrases that name a kind by themselves (not the bare "vòng", "round", "phiên"). */
const KNOWN_KINDS = Object.values(EVENT_KIND_PHRASES)
  .flatMap((p) => [...p.vi, ...p.en])
  .filter((p) => !ORDINAL_ONLY_PHRASES.includes(p))
  .map(foldedTerms);
const EN_HEADS = new Set(EN_EVENT_HEADS);
/** Longest first, so that "phiên họp" is found before "phiên". */
const VI_HEADS = VI_EVENT_HEADS.map((h) => h.split(" ")).sort((a, b) => b.length - a.length);
const GENERIC = new Set(GENERIC_EVENT_MODIFIERS.flatMap((m) => m.split(" ")));
/** English words that end a modifier run before a head: articles, possessives, prepositions, question words. */
const EN_STOPS = new Set([...EN_NAME_BOUNDARY_WORDS, ..."what which when where who whom why how did does do s".split(" ")]);
/** Vietnamese words that end the qualifiers after a head: the ordinal, a preposition, a verb of the question. */
const VI_STOPS = new Set(
  "thu lan cua ve tai o dien ra duoc do co la vao nam thang ngay nao gi khi bao nhieu sau truoc gan moi cuoc cung dau hop thi sao quyet dinh".split(" "),
);
/** An owner that is the negotiations themselves. */
const NEGOTIATIONS = new Set(["talks", "negotiations", "negotiation"]);
/** Stops after "của": a name may hold "hợp" (Ủy ban hỗn hợp), the qualifiers' stop for "nhóm đầu tiên họp". */
const VI_OWNER_STOPS = new Set([...VI_STOPS].filter((w) => w !== "hop"));
const EN_SUPERLATIVES = new Set(["latest", "last", "most", "recent", "next", "previous", "earliest"]);
const VI_FIRST = VI_FIRST_WORDS.map(foldedTerms);
const LATEST = QUESTION_CUES.latest.map(foldedTerms);

const isEnOrdinal = (w: string | undefined) => w !== undefined && (w in EN_ORDINAL_WORDS || /^\d{1,2}(st|nd|rd|th)$/.test(w));
/** A digit or an English ordinal right after the kind at i ("meeting 2", "session second"). */
const numbersKindAfter = (words: string[], i: number) => /^\d{1,2}$/.test(words[i + 1] ?? "") || isEnOrdinal(words[i + 1]);
/** Whether the known kind phrase of the lexicon covers position i ("ministerial session", "phiên cấp bộ trưởng"). */
const knownKindAt = (words: string[], i: number) => KNOWN_KINDS.some((k) => k.some((_, off) => i - off >= 0 && matchesAt(words, i - off, k)));

/** "second", "2nd", "thứ hai", "lần thứ 2", "đầu tiên", "gần đây nhất" right at `i` (Vietnamese order, after the kind). */
function viMarkerAt(words: string[], i: number): boolean {
  if (words[i] === "thu" || words[i] === "lan" || /^\d{1,2}$/.test(words[i] ?? "")) return true;
  return [...VI_FIRST, ...LATEST].some((p) => matchesAt(words, i, p));
}

/** An event a question names with an unlisted kind. */
export interface UnlistedEvent {
  /** The kind, folded, as written: "joint committee meeting", "vong tham van", "phien hop cua uy ban hon hop". */
  kind: string;
  /** The group of its head noun (EVENT_HEAD_GROUPS): "meeting", "round", "review"; null for another head. */
  head: string | null;
  /** 2 for "the second …", "… thứ 2"; null for "the latest …". */
  ordinal: number | null;
  /** "the latest joint committee meeting", "phiên họp gần đây nhất": the highest number reported is asked. */
  latest?: boolean;
  /** It only places the event asked against this one: "after the third joint committee meeting", "Trước phiên họp thứ hai". */
  reference: boolean;
}

const headGroupOf = (head: string) => Object.entries(EVENT_HEAD_GROUPS).find(([, g]) => g.en.includes(head) || g.vi.includes(head))?.[0] ?? null;
const REFERENCES = REFERENCE_CUES.map((c) => c.split(" "));
/** A reference cue ending right before position i, or before an article/ordinal there: "sau vòng …", "after the third …". */
const referenceBefore = (words: string[], i: number) =>
  [i, i - 1, i - 2].some(
    (end) =>
      end > 0 &&
      REFERENCES.some((cue) => end - cue.length >= 0 && matchesAt(words, end - cue.length, cue)) &&
      words.slice(end, i).every((w) => w === "the" || isEnOrdinal(w)),
  );

/** A number at j: digits, an English ordinal or cardinal, or Vietnamese words ("hai", "ba"). */
function numberAt(words: string[], j: number): number | null {
  const w = words[j];
  if (w === undefined) return null;
  if (/^\d{1,2}$/.test(w)) return Number(w);
  const en = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (en) return Number(en[1]);
  return EN_ORDINAL_WORDS[w] ?? EN_CARDINAL_WORDS[w] ?? VI_ORDINAL_WORDS[w] ?? null;
}

/** The Vietnamese ordinal at i: "thứ hai", "lần thứ 2", "đầu tiên", "2". */
function viOrdinalAt(words: string[], i: number): number | null {
  if (VI_FIRST.some((p) => matchesAt(words, i, p))) return 1;
  let j = i;
  if (words[j] === "lan") j++;
  if (words[j] === "thu") j++;
  return j > i || /^\d{1,2}$/.test(words[i] ?? "") ? numberAt(words, j) : null;
}

/** The unlisted kind the question's event is named with, when an ordinal or "latest"/"first" is attached to it. */
export function unlistedEventKind(question: string): string | null {
  return unlistedEvent(question)?.kind ?? null;
}

/**
 * The event a question names with a kind the lexicon does not list, when an ordinal or
 * "latest"/"first" is attached to it; null when it names no event or only kinds the lexicon lists.
 */
export function unlistedEvent(question: string): UnlistedEvent | null {
  const words = foldedTerms(question);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (EN_HEADS.has(w) && !knownKindAt(words, i)) {
      // Modifiers before the head back to an article, an ordinal or a question word: "the second [joint committee] meeting".
      let j = i;
      while (j > 0 && !EN_STOPS.has(words[j - 1]!) && !isEnOrdinal(words[j - 1]) && !EN_SUPERLATIVES.has(words[j - 1]!) && !/^\d/.test(words[j - 1]!)) j--;
      const before = words.slice(j, i).filter((m) => !GENERIC.has(m));
      // An owner after it: "the second session [of the rules of origin working group]" (not "round of negotiations").
      let k = i + 1;
      const owner: string[] = [];
      if (words[k] === "of") {
        k++;
        if (words[k] === "the") k++;
        // "of" inside a name goes on ("rules of origin working group"), not before a stop word.
        while (k < words.length && owner.length < 6 && (!EN_STOPS.has(words[k]!) || (words[k] === "of" && !EN_STOPS.has(words[k + 1] ?? "the"))))
          owner.push(words[k++]!);
      }
      // "the 7th round of the Vietnam-US trade talks" is a round of negotiations, a kind the lexicon lists.
      const ownerKind = owner.some((m) => NEGOTIATIONS.has(m)) ? [] : owner.filter((m) => !GENERIC.has(m));
      const ordinal = isEnOrdinal(words[j - 1]) || EN_SUPERLATIVES.has(words[j - 1] ?? "") || numbersKindAfter(words, i);
      if (ordinal && (before.length > 0 || ownerKind.length > 0))
        return {
          kind: [...before, w, ...(ownerKind.length ? ["of", ...ownerKind] : [])].join(" "),
          head: headGroupOf(w),
          // After "last", "two weeks ago" is no number of the meeting: only a digit or an ordinal after the kind is.
          ordinal: (isEnOrdinal(words[j - 1]) ? numberAt(words, j - 1) : null) ?? (numbersKindAfter(words, i) ? numberAt(words, i + 1) : null),
          reference: referenceBefore(words, j),
          latest: ["latest", "last", "recent"].includes(words[j - 1] ?? ""),
        };
      continue;
    }
    const head = VI_HEADS.find((h) => matchesAt(words, i, h));
    if (!head || knownKindAt(words, i)) continue;
    // Qualifiers after the head up to the ordinal: "vòng [tham vấn] thứ 2", "phiên [rà soát giữa kỳ]".
    let k = i + head.length;
    const after: string[] = [];
    while (k < words.length && !VI_STOPS.has(words[k]!) && !viMarkerAt(words, k) && after.length < 6) after.push(words[k++]!);
    const kindWords = after.filter((m) => !GENERIC.has(m));
    if (!viMarkerAt(words, k)) {
      i = k - 1;
      continue;
    }
    // An owner after the ordinal: "phiên họp thứ hai [của Ủy ban hỗn hợp]".
    let m = k;
    while (m < words.length && m - k < 4 && words[m] !== "cua") m++;
    const owner: string[] = [];
    if (words[m] === "cua") for (let n = m + 1; n < words.length && !VI_OWNER_STOPS.has(words[n]!) && owner.length < 6; n++) owner.push(words[n]!);
    if (kindWords.length > 0 || owner.length > 0)
      return {
        kind: [...head, ...kindWords, ...(owner.length ? ["cua", ...owner] : [])].join(" "),
        head: headGroupOf(head.join(" ")),
        ordinal: viOrdinalAt(words, k),
        reference: referenceBefore(words, i),
        latest: LATEST.some((p) => matchesAt(words, k, p)),
      };
    i = k - 1;
  }
  return null;
}

/** Whether the question names a kind the lexicon lists by itself ("ministerial session", "tuyên bố chung"), not a bare "vòng"/"round". */
export function namesListedKind(question: string): boolean {
  const words = foldedTerms(question);
  return words.some((_, i) => KNOWN_KINDS.some((k) => matchesAt(words, i, k)));
}

/**
 * How many words after a Vietnamese head its ordinal may come: any number within the near reach; past it,
 * after a qualifier and the two sides' names ("kinh tế cấp cao Việt Nam – Hoa Kỳ lần thứ 4"), only one said
 * with "thứ"/"lần" (a bare figure that far is a date's or an amount's).
 */
const VI_ORDINAL_NEAR = 5;
const VI_ORDINAL_REACH = 9;

/** Every (head group, ordinal) a text numbers: "the second joint committee meeting" (meeting, 2), "phiên họp thứ hai" (meeting, 2), "round 1" (round, 1). */
export function numberedHeads(text: string): { head: string; ordinal: number }[] {
  const words = foldedTerms(text);
  const out: { head: string; ordinal: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const en = EN_HEADS.has(w) ? headGroupOf(w) : null;
    if (en) {
      // "the second [joint committee] meeting": an ordinal up to four words before; "round 1", "Round One" right after.
      for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
        if (isEnOrdinal(words[j])) {
          out.push({ head: en, ordinal: numberAt(words, j)! });
          break;
        }
        if (EN_STOPS.has(words[j]!) && words[j] !== "s") break;
      }
      const after = numberAt(words, i + 1);
      if (after !== null && !(words[i + 1]! in VI_ORDINAL_WORDS)) out.push({ head: en, ordinal: after });
      continue;
    }
    const vi = VI_HEADS.find((h) => matchesAt(words, i, h));
    if (!vi) continue;
    const group = headGroupOf(vi.join(" "));
    // "phiên họp [của Ủy ban] thứ hai", "Đối thoại kinh tế cấp cao [Việt Nam – Hoa Kỳ] lần thứ 4": the ordinal within a few words after the head.
    for (let k = i + vi.length; k < Math.min(words.length, i + vi.length + VI_ORDINAL_REACH); k++) {
      const n = k - i - vi.length < VI_ORDINAL_NEAR || words[k] === "thu" || words[k] === "lan" ? viOrdinalAt(words, k) : null;
      if (n !== null && group) {
        out.push({ head: group, ordinal: n });
        break;
      }
      if (VI_HEADS.some((h) => matchesAt(words, k, h))) break;
    }
    i += vi.length - 1;
  }
  return out;
}

/**
 * Whether a passage numbers the asked unlisted event as asked: 1 when the number it gives that head
 * most often (the first on a tie) is the asked one ("phiên họp thứ hai" for "the second joint committee
 * meeting"; a report of the second that announces the third is still about the second), -1 when it
 * numbers that head only otherwise ("phiên họp thứ nhất"), 0 when it says neither or both.
 */
export function ordinalAgreement(text: string, asked: UnlistedEvent): -1 | 0 | 1 {
  if (asked.ordinal === null || asked.head === null || asked.reference) return 0;
  const same = numberedHeads(text).filter((m) => m.head === asked.head);
  if (same.length === 0) return 0;
  if (!same.some((m) => m.ordinal === asked.ordinal)) return -1;
  return ownNumber(text, asked.head) === asked.ordinal ? 1 : 0;
}

/** The number a text gives a head most often (the first on a tie): the event it reports; null when it numbers none. */
export function ownNumber(text: string, head: string): number | null {
  const same = numberedHeads(text).filter((m) => m.head === head);
  const counts = new Map<number, number>();
  for (const m of same) counts.set(m.ordinal, (counts.get(m.ordinal) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return same.find((m) => counts.get(m.ordinal) === most)?.ordinal ?? null;
}

/**
 * "The fourth joint committee meeting" when the reports found number those meetings 1 to 3: whether
 * an unlisted event is numbered past every one the reports give its head (each by its article's
 * title, else its own text: a report that says a third round "could be called" is the second's).
 * False when none numbers that head, or for a reference ("after the fourth …").
 */
export function beyondReports(asked: UnlistedEvent, reports: readonly { title: string; text: string }[]): boolean {
  if (asked.ordinal === null || asked.head === null || asked.reference) return false;
  const head = asked.head;
  const reported = reports.map((r) => ownNumber(r.title, head) ?? ownNumber(r.text, head)).filter((n) => n !== null);
  return reported.length > 0 && asked.ordinal > Math.max(...reported);
}

/**
 * "The second high-level economic dialogue" when the reports found number those meetings 3 and 4 and
 * none gives a 2, not even in passing ("after the second dialogue"): whether the reports number the
 * asked event's head but never with its number. False when none numbers that head, or for a reference.
 */
export function numberNeverReported(asked: UnlistedEvent, reports: readonly { title: string; text: string }[]): boolean {
  if (asked.ordinal === null || asked.head === null || asked.reference) return false;
  const numbers = reports.flatMap((r) => [...numberedHeads(r.title), ...numberedHeads(r.text)]).filter((m) => m.head === asked.head);
  return numbers.length > 0 && !numbers.some((m) => m.ordinal === asked.ordinal);
}

/** The numbers the reports give an unlisted event's head as their own, in order ("3 and 4" of the economic dialogues). */
export function reportedNumbers(asked: UnlistedEvent, reports: readonly { title: string; text: string }[]): number[] {
  if (asked.head === null) return [];
  const head = asked.head;
  const own = reports.map((r) => ownNumber(r.title, head) ?? ownNumber(r.text, head)).filter((n): n is number => n !== null);
  return [...new Set(own)].sort((a, b) => a - b);
}

/** The asked event with its number: "the latest" is the highest number the reports give its head. */
export function withLatest(asked: UnlistedEvent, reports: readonly { title: string; text: string }[]): UnlistedEvent {
  if (!asked.latest || asked.ordinal !== null || asked.head === null) return asked;
  const head = asked.head;
  const reported = reports.map((r) => ownNumber(r.title, head) ?? ownNumber(r.text, head)).filter((n) => n !== null);
  return reported.length > 0 ? { ...asked, ordinal: Math.max(...reported) } : asked;
}
