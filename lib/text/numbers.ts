/**
 * Cardinal and ordinal numbers in Vietnamese: "2", "hai", "thứ hai" (and "nhất"/"tư" for 1 and 4) are the same number;
 * so are the English ordinals "2nd" and "second" that English reports of the same round write.
 */
import { EN_ORDINAL_WORDS } from "./lexicon/events";

/** Folded Vietnamese number words 1–10. */
const WORDS: Record<number, string[]> = {
  1: ["mot", "nhat"],
  2: ["hai"],
  3: ["ba"],
  4: ["bon", "tu"],
  5: ["nam"],
  6: ["sau"],
  7: ["bay"],
  8: ["tam"],
  9: ["chin"],
  10: ["muoi"],
};

const VALUE_OF_WORD = new Map<string, number>(Object.entries(WORDS).flatMap(([n, ws]) => ws.map((w) => [w, Number(n)] as const)));

/** Words after which a number word is surely a number ("vòng hai", "lần thứ tám"). */
export const ORDINAL_CONTEXT = new Set(["thu", "vong", "lan", "phien", "dot", "ky", "khoa", "so"]);

/** Number words 1–10 as written with diacritics: "tự" (thứ tự, order) and "từ" (from) fold to "tu" but are no "tư". */
const SPELLED_NUMBER_WORDS = new Set(["một", "nhất", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]);

/** What a number word's neighbours say besides the word before it. */
export interface NumberContext {
  /** The token as written, when the text has diacritics: then only a number's own spelling is a number. */
  exact?: string;
  /** The folded token before `previous`: "Hoa Kỳ tư…" is the country, not "kỳ"; "theo thứ tự" is "in order". */
  beforePrevious?: string;
}

/** The value of a folded token that is a number in this context, else null. */
export function numberValue(token: string, previous: string | undefined, context: NumberContext = {}): number | null {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  const value = VALUE_OF_WORD.get(token);
  if (value === undefined || previous === undefined || !ORDINAL_CONTEXT.has(previous)) return null;
  if (context.exact !== undefined && !SPELLED_NUMBER_WORDS.has(context.exact)) return null;
  if ((previous === "ky" && context.beforePrevious === "hoa") || (previous === "thu" && context.beforePrevious === "theo")) return null;
  return value;
}

/** Number words 1–10 with diacritics, as ordinals are written ("thứ hai", "thứ tám"). */
const ORDINAL_WORDS: Record<number, string[]> = {
  1: ["nhất"],
  2: ["hai"],
  3: ["ba"],
  4: ["tư"],
  5: ["năm"],
  6: ["sáu"],
  7: ["bảy"],
  8: ["tám"],
  9: ["chín"],
  10: ["mười"],
};

/** English ordinal words by value, except "first": "the first time" is no number ("lần đầu" is its wording). */
const EN_ORDINAL_WORDS_OF = new Map<number, string>(
  Object.entries(EN_ORDINAL_WORDS)
    .filter(([word]) => /^[a-z]+$/.test(word) && word !== "first")
    .map(([word, value]) => [value, word]),
);

/** "8th", "21st", "eighth": how English reports write an ordinal. */
export function englishOrdinalForms(value: number): string[] {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][value % 10] ?? "th");
  const word = EN_ORDINAL_WORDS_OF.get(value);
  return [`${value}${suffix}`, ...(word ? [word] : [])];
}

/** The value of an English ordinal as a question writes it ("8th", "eighth"; not "first"), else null. */
export function englishOrdinalValue(token: string): number | null {
  const digits = token.match(/^(\d{1,3})(st|nd|rd|th)$/);
  if (digits) return englishOrdinalForms(Number(digits[1]))[0] === token ? Number(digits[1]) : null;
  const value = EN_ORDINAL_WORDS[token];
  return value !== undefined && EN_ORDINAL_WORDS_OF.get(value) === token ? value : null;
}

/** The Vietnamese words for a number as an ordinal, after "thứ" or the kind itself ("vòng hai", "lần thứ tư"). */
export function viOrdinalWords(value: number): readonly string[] {
  return ORDINAL_WORDS[value] ?? [];
}

/**
 * The ways a text writes a number: the digits, "thứ …" ordinals in digits and words, and the English
 * ordinals ("8th", "eighth": a Vietnamese question about "vòng 8" finds the English report of the 8th
 * round). Bare number words are left out on purpose: "hai" and "năm" alone are mostly "both" and "year"/"Nam".
 */
export function numberForms(value: number): string[] {
  const words = ORDINAL_WORDS[value] ?? [];
  return [...new Set([String(value), `thứ ${value}`, ...words.map((w) => `thứ ${w}`), ...englishOrdinalForms(value)])];
}
