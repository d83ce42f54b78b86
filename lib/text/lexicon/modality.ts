/**
 * Words that say a milestone of a negotiation happened or is only planned, in both languages. Data
 * only; lib/retrieve/modality.ts reads them. A question asking when an agreement "was signed" is
 * not answered by a report that it "could be signed" or "dự kiến ký".
 */

/** Milestones: an agreement or decision signed or ratified. Vietnamese as written ("ký" folded is also "kỳ"). */
export const MILESTONE_WORDS = {
  en: ["sign", "signs", "signed", "signing", "ratify", "ratifies", "ratified", "ratifying", "ratification"],
  vi: ["ký", "ký kết", "phê chuẩn"],
  /** An unaccented question's wordings: a bare "ky" is more often "kỳ" (Hoa Kỳ, kỳ họp). */
  viFolded: ["ky ket", "da ky", "duoc ky", "le ky", "phe chuan"],
} as const;

/**
 * Words that make a statement of a milestone a plan, a possibility, a wish or a denial rather than a
 * report that it happened: "could be signed", "aim to sign", "dự kiến ký", "sẽ được ký", "chưa ký". Matched as written
 * in a text with diacritics (folded "se" is also "sẻ" of "chia sẻ"), folded in one without.
 */
export const NOT_HAPPENED_CUES: readonly string[] = [
  "could",
  "would",
  "will",
  "may",
  "might",
  "should",
  "shall",
  "aim",
  "aims",
  "aimed",
  "aiming",
  "plan",
  "plans",
  "planned",
  "planning",
  "expect",
  "expects",
  "expected",
  "target",
  "targets",
  "targeted",
  "targeting",
  "hope",
  "hopes",
  "hoped",
  "intend",
  "intends",
  "intended",
  "ready to",
  "set to",
  "due to",
  "is to",
  "are to",
  "to sign",
  "to be signed",
  "to ratify",
  "to be ratified",
  "if",
  "pending",
  "not",
  "yet to",
  "dự kiến",
  "sẽ",
  "mục tiêu",
  "kế hoạch",
  "có thể",
  "hướng tới",
  "tiến tới",
  "nhằm",
  "chuẩn bị",
  "dự định",
  "kỳ vọng",
  "hy vọng",
  "mong muốn",
  "phấn đấu",
  "chưa",
  "nếu",
];
