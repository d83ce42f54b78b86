/**
 * Whether a milestone (an agreement signed or ratified, a body's vote or ruling, a plant brought into operation) is asked and
 * reported as having happened: a question "On what date was the agreement signed?" is not answered by reports that it
 * "could be signed early next year" or "dự kiến ký trong quý I", which say it has not happened, nor by "a decree signed
 * on July 15", which is another text; "How did the ITC rule on injury?" not by the Commerce Department's ruling.
 */
import {
  ANY_SIGNED_TEXT,
  COUNT_WORDS,
  DECIDING_BODIES,
  MILESTONE_KINDS,
  NOT_HAPPENED_CUES,
  NOT_MILESTONE_PHRASES,
  PARTICIPLE_CLAUSE_LEADS,
  SIGNED_TEXTS,
  STATUS_CUES,
  VI_DONE_MARKERS,
  VI_WHEN_AHEAD,
} from "../text/lexicon/modality";
import { VI_COMPOUND_WORDS } from "../text/lexicon/vi-compounds";
import { fold, hasVietnameseDiacritics, syllableText } from "../text/normalize";
import { splitSentences } from "../text/sentences";
import { detectLanguage } from "./query";

/** A text's or a phrase's syllables with a space at each end, so that a phrase is found only as whole words. */
const pad = (text: string) => ` ${syllableText(text)} `;
const CUES_EN = NOT_HAPPENED_CUES.en.map(pad);
const CUES_VI = NOT_HAPPENED_CUES.vi.map(pad);
const CUES_VI_FOLDED = CUES_VI.map(fold);
/** A question's "khi nào" and its marks of an action done, as written and folded (for a question typed without diacritics). */
const WHEN_AHEAD = { exact: VI_WHEN_AHEAD.map(pad), folded: VI_WHEN_AHEAD.map((w) => fold(pad(w))) };
const DONE = { exact: VI_DONE_MARKERS.map(pad), folded: VI_DONE_MARKERS.map((w) => fold(pad(w))) };
/** Each milestone word (space-padded) with its kind: English and Vietnamese as written, and an unaccented question's wordings. */
const MILESTONES = MILESTONE_KINDS.flatMap((m) => [...m.en, ...m.vi].map((w) => ({ word: pad(w), kind: m.kind })));
const VI_FOLDED = MILESTONE_KINDS.flatMap((m) => m.viFolded.map((w) => ({ word: pad(w), kind: m.kind })));
const VI = MILESTONE_KINDS.flatMap((m) => m.vi.map(pad));
/** Each deciding body's names, space-padded, as written and folded. */
const BODIES = DECIDING_BODIES.map((b) => {
  const exact = [...b.en, ...b.vi].map(pad);
  return { body: b.body, exact, folded: exact.map(fold) };
});
const STATUS = { exact: STATUS_CUES.map(pad), folded: STATUS_CUES.map((w) => fold(pad(w))) };
/** Words holding a milestone word that are other words: "chữ ký" is a signature, "đăng ký" registration, "signed up to" no signing. */
const OTHER_WORDS = [...VI_COMPOUND_WORDS.map(pad).filter((c) => VI.some((w) => c.includes(w))), ...NOT_MILESTONE_PHRASES.map(pad)];
/** Each signed text's wordings: English and Vietnamese as written, and Vietnamese folded for a text without diacritics. */
const TEXTS = SIGNED_TEXTS.map((t) => ({ kind: t.kind, exact: [...t.en, ...t.vi].map(pad), folded: [...t.en.map(pad), ...t.vi.map((w) => fold(pad(w)))] }));

interface Span {
  start: number;
  end: number;
}

/** What a question asks happened: the kinds of milestone, the texts signed (empty: any), the bodies deciding (empty: any). */
export interface MilestoneAsked {
  kinds: readonly string[];
  texts: readonly string[];
  bodies: readonly string[];
}

/** Where each phrase (space-padded) occurs in a space-padded text, the spaces left out. */
function occurrences(text: string, phrases: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases)
    for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) spans.push({ start: i + 1, end: i + phrase.length - 1 });
  return spans;
}

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);

/** Where a text (as written, lower case, space-padded) names a milestone, and of which kind, not inside another word. */
function milestones(exact: string): (Span & { kind: string })[] {
  const others = occurrences(exact, OTHER_WORDS);
  return MILESTONES.flatMap((m) => occurrences(exact, [m.word]).map((span) => ({ ...span, kind: m.kind }))).filter(
    (m) => !others.some((o) => o.start <= m.start && m.end <= o.end),
  );
}

/** The deciding bodies a space-padded text names: as written, or folded when `folded`. */
function bodiesNamed(text: string, folded: boolean): string[] {
  return BODIES.filter((b) => (folded ? b.folded : b.exact).some((w) => text.includes(w))).map((b) => b.body);
}

/** Counts before a noun, as written and folded, space-padded ("hai ", "một số ", "bao nhiêu ", "how many "). */
const COUNTS = { exact: COUNT_WORDS.map(pad), folded: COUNT_WORDS.map((w) => fold(pad(w))) };

/** Whether a number or a count stands right before a span of a space-padded text: "ký kết [14] thỏa thuận". */
function countedAt(text: string, span: Span, folded: boolean): boolean {
  const before = text.slice(0, span.start);
  return /\s\d[\d.,]*\s$/.test(before) || (folded ? COUNTS.folded : COUNTS.exact).some((c) => before.endsWith(c));
}

/**
 * The signed texts a text names, by kind and place ("biên bản ghi nhớ" is a memorandum, not also minutes); a text
 * counted by a number is any text ("14 thỏa thuận hợp tác" are several agreements, none of them the one asked about).
 */
function textsNamed(text: string): (Span & { kind: string })[] {
  const folded = !hasVietnameseDiacritics(text);
  const found = TEXTS.flatMap((t) =>
    occurrences(text, folded ? t.folded : t.exact).map((span) => ({ ...span, kind: countedAt(text, span, folded) ? ANY_SIGNED_TEXT : t.kind })),
  );
  return found.filter((a) => !found.some((b) => inside(a, b)));
}

/**
 * The test whether a part of a text (as written, space-padded) makes a milestone a plan, a possibility or a denial, by
 * the text's language's cues: Vietnamese as written when it has diacritics, else folded; English in a text without diacritics.
 */
function notHappenedTest(exact: string): (part: string) => boolean {
  if (hasVietnameseDiacritics(exact)) return (part) => CUES_VI.some((c) => part.includes(c));
  if (detectLanguage(exact) !== "en") return (part) => CUES_VI_FOLDED.some((c) => part.includes(c));
  return (part) => {
    const withoutMonth = part.replace(MONTH_MAY, " $1 month ").replace(MAY_DAY, " month ");
    return CUES_EN.some((c) => withoutMonth.includes(c));
  };
}

/** Whether a text (as written, space-padded) makes a milestone a plan, a possibility or a denial, by its own language's cues. */
function statesNotHappened(exact: string): boolean {
  return notHappenedTest(exact)(exact);
}

/** Where a sentence's clauses part: a comma or colon before a space, a semicolon, a bracket or a dash ("1,3 tỷ" is one number). */
const CLAUSE_BREAK = /[,:](?=\s)|[;()–—]/u;
/** What may open a clause before its milestone word, as syllables: "which was signed …", "được ký …". */
const PARTICIPLE_LEADS = new Set(PARTICIPLE_CLAUSE_LEADS.map((w) => syllableText(w)));

/**
 * The part of a sentence (as written) whose cues decide whether a milestone at a syllable of it happened, space-padded:
 * the clause it opens, alone, when that clause is set off after a noun to say it was signed ("Decree 41, signed on April 14,
 * will take effect …": the plan is the decree's other news); else the whole sentence.
 */
function cueScope(sentence: string, syllable: number): string {
  let from = 0;
  for (const [i, clause] of sentence.split(CLAUSE_BREAK).entries()) {
    const words = syllableText(clause).split(" ").filter(Boolean);
    if (syllable < from + words.length) {
      // The sentence's first clause is its subject's, not one set off after a noun: "Signing, as planned, will be in May".
      const lead = words.slice(0, syllable - from).join(" ");
      return i > 0 && (lead === "" || PARTICIPLE_LEADS.has(lead)) ? ` ${words.join(" ")} ` : pad(sentence);
    }
    from += words.length;
  }
  return pad(sentence);
}

/** The month May, lower-cased, which is no "may" of possibility: "signed on May 2", "in May". */
const MAY_DAY = / may (?=\d)/g;
const MONTH_MAY = / (in|on|of|since|until|by|from|early|late|mid) may /g;

/**
 * Whether a Vietnamese question asks when a milestone will happen: its "khi nào" stands before the milestone, and nothing
 * marks it done. `text`: the question padded, as written when `accented`, else folded. `milestoneAt`: its last
 * milestone, the one asked: one before the "khi nào" sets the time ("Sau kết luận cuối cùng, khi nào ITC bỏ phiếu?").
 */
function asksWhenAhead(text: string, accented: boolean, milestoneAt: number): boolean {
  const form = accented ? "exact" : "folded";
  const when = Math.min(...WHEN_AHEAD[form].map((w) => text.indexOf(w)).filter((i) => i >= 0));
  return when < milestoneAt && !DONE[form].some((d) => text.includes(d));
}

/**
 * What a question asks happened: the milestones it names, when it says nothing of plans or possibility ("When do they
 * plan to sign?" is not, nor "Khi nào Ủy ban bỏ phiếu?") and does not ask what stands of them now ("What is the latest on
 * the vote?"); null when it asks none.
 */
export function milestoneAsked(question: string): MilestoneAsked | null {
  // A question-final "chưa" asks whether it has happened yet ("Hiệp định đã ký chưa?"); it denies nothing.
  const exact = pad(question).replace(/ (chưa|chua) $/u, " ");
  const folded = fold(exact);
  const found = [...milestones(exact), ...VI_FOLDED.flatMap((m) => occurrences(folded, [m.word]).map((span) => ({ ...span, kind: m.kind })))];
  if (found.length === 0) return null;
  const accented = hasVietnameseDiacritics(exact);
  const text = accented ? exact : folded;
  if (statesNotHappened(text) || asksWhenAhead(text, accented, Math.max(...found.map((m) => m.start)))) return null;
  if (asksStatus(question)) return null;
  return { kinds: [...new Set(found.map((m) => m.kind))], texts: signedTextsAsked(question), bodies: bodiesNamed(text, !accented) };
}

/** Whether a question asks what stands of something now ("What is the latest on …?", "Tình hình … ra sao?"), not what came of it. */
export function asksStatus(question: string): boolean {
  const exact = pad(question);
  return hasVietnameseDiacritics(exact) ? STATUS.exact.some((c) => exact.includes(c)) : STATUS.folded.some((c) => fold(exact).includes(c));
}

/**
 * Whether a question speaks of something still to come, or not done: "What will the sixth round discuss?", "Vòng 6
 * dự kiến bàn gì?", by the cues that make a report's milestone a plan (NOT_HAPPENED_CUES).
 */
export function speaksOfPlan(question: string): boolean {
  const exact = pad(question);
  return statesNotHappened(hasVietnameseDiacritics(exact) ? exact : fold(exact));
}

/**
 * The kinds of text a question asks were signed ("agreement" for "When was the agreement signed?"); empty
 * when it names none, or any text ("the agreements signed during the mission", "văn bản").
 */
function signedTextsAsked(question: string): string[] {
  const kinds = new Set(textsNamed(pad(question)).map((t) => t.kind));
  return kinds.has(ANY_SIGNED_TEXT) ? [] : [...kinds];
}

/** The kind of text a milestone word signs: the text named nearest to it in its sentence ("the agreement that the two countries signed"). */
function signedKind(at: Span, texts: (Span & { kind: string })[]): string | null {
  const gap = (t: Span) => (t.end <= at.start ? at.start - t.end : t.start - at.end);
  return texts.reduce<(Span & { kind: string }) | null>((best, t) => (best === null || gap(t) < gap(best) ? t : best), null)?.kind ?? null;
}

/**
 * Whether a passage has a sentence reporting a milestone without a word making it a plan, a possibility or a denial;
 * of what was asked (`asked`), a sentence with a milestone of a kind asked, naming a body asked beside it, and whose
 * signing is of a text asked (each when the question names one).
 */
export function reportsMilestoneHappened(text: string, asked: Partial<MilestoneAsked> = {}): boolean {
  const { kinds = [], texts: textKinds = [], bodies = [] } = asked;
  return splitSentences(text).some((span) => {
    const sentence = text.slice(span.start, span.end);
    const exact = pad(sentence);
    const named = milestones(exact).filter((m) => kinds.length === 0 || kinds.includes(m.kind));
    // Most sentences name no milestone asked: the language's cues are looked up only for those that do.
    if (named.length === 0) return false;
    const notHappened = notHappenedTest(exact);
    const syllableAt = (m: Span) => exact.slice(0, m.start).split(" ").length - 2;
    const found = named.filter((m) => !notHappened(cueScope(sentence, syllableAt(m))));
    if (found.length === 0) return false;
    if (bodies.length > 0 && !bodiesNamed(exact, false).some((b) => bodies.includes(b))) return false;
    if (textKinds.length === 0) return true;
    const texts = textsNamed(exact);
    return found.some((m) => textKinds.includes(signedKind(m, texts) ?? ""));
  });
}
