/**
 * The kind of trade remedy a question asks about, when none of the passages names it: "Mỹ áp thuế chống bán phá
 * giá … bao nhiêu?" over an archive of a countervailing-duty case is about a case it does not report.
 */
import { TRADE_REMEDY_KINDS } from "../text/lexicon/trade-remedies";
import { fold, hasVietnameseDiacritics, syllableText } from "../text/normalize";
import type { Searchable } from "./coverage";

/**
 * Each kind's wordings space-padded, lower case as written and folded: a question typed without diacritics is
 * matched folded, a passage as written ("tự vệ" folded is also in "thứ tư về").
 */
const KINDS = TRADE_REMEDY_KINDS.map((k) => {
  const exact = k.wordings.map((w) => ` ${syllableText(w).toLowerCase()} `);
  return { kind: k.kind, exact, folded: exact.map(fold) };
});

const names = (text: string, wordings: readonly string[]) => wordings.some((w) => text.includes(w));

/** The kinds, with their wordings, that a question names. */
function kindsAsked(question: string): typeof KINDS {
  const exact = ` ${syllableText(question).toLowerCase()} `;
  const accented = hasVietnameseDiacritics(question);
  return KINDS.filter((k) => (accented ? names(exact, k.exact) : names(fold(exact), k.folded)));
}

/** The trade-remedy kinds a question names ("countervailing" for "What countervailing duty …?"). */
export function remediesAsked(question: string): string[] {
  return kindsAsked(question).map((k) => k.kind);
}

/** A trade-remedy kind the question names that none of the passages names, else null. */
export function remedyNamedByNone(question: string, passages: readonly Searchable[]): string | null {
  return kindsAsked(question).find((k) => !passages.some((p) => names(p.exact, k.exact)))?.kind ?? null;
}
