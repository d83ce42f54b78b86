/**
 * Titles written before a person's name ("Bộ trưởng Phan Đức Thịnh", "Senator Gerald Mattson"), as
 * written, in both languages: the one list of them, grouped by what each reader takes. Data only.
 * - A sign of a name: a sentence with it before a capitalised word names someone, which is what a
 *   who-question's answer must do (TITLES_BEFORE_NAME, lib/answer/extractive.ts). Not "Prime" ("the
 *   Prime Minister said" names no one) nor "Đại diện" ("Đại diện Thương mại" is an office).
 * - Title words: each of its words, capitalised in a question, is a title and never a name's first word
 *   (PERSON_TITLES in lib/text/stopwords.ts: "Ambassador Carl Brennan" is Carl Brennan). Not "Trợ lý"
 *   ("Lý" is a family name) nor "Thượng nghị sĩ" ("Thượng", "Sĩ" are given names).
 * The groups are as the separate lists had them; moving a title changes answers, so measure it with the
 * evals first ("Tổng thống", "Giám đốc", "Director" … are no sign of a name yet, "Tổng Bí thư" no title words).
 */
export const PERSON_TITLE_LEXICON: Readonly<Record<"signAndWords" | "signOnly" | "wordsOnly", { vi: readonly string[]; en: readonly string[] }>> = {
  signAndWords: {
    vi: ["ông", "bà", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Trưởng Đại diện", "Đại sứ", "Chủ tịch"],
    en: ["Minister", "Representative", "Ambassador", "Senator", "Secretary", "Mr", "Ms"],
  },
  signOnly: { vi: ["Tổng Bí thư", "Trợ lý", "Thượng nghị sĩ"], en: [] },
  wordsOnly: {
    vi: ["Tổng thống", "Giám đốc", "Vụ trưởng", "Đại diện"],
    en: "Mrs Dr Deputy President Chairman Chairwoman Chair Director Spokesman Spokeswoman Envoy Negotiator Governor Prime Assistant Vice Chief Head".split(" "),
  },
};

const { signAndWords, signOnly, wordsOnly } = PERSON_TITLE_LEXICON;

/** Titles that show a sentence names someone when a capitalised word follows, as written. */
export const TITLES_BEFORE_NAME: readonly string[] = [...signAndWords.vi, ...signOnly.vi, ...signAndWords.en, ...signOnly.en];

/** Titles whose every word is a title word in a question, as written (folded by lib/text/stopwords.ts). */
export const TITLES_OF_TITLE_WORDS: readonly string[] = [...signAndWords.vi, ...wordsOnly.vi, ...signAndWords.en, ...wordsOnly.en];

/** Vietnamese titles of one word ("ông", "bà"): a lower-case question without diacritics has only these to show a name. */
export const VI_ONE_WORD_TITLES: readonly string[] = [...signAndWords.vi, ...signOnly.vi, ...wordsOnly.vi].filter((t) => !t.includes(" "));

/**
 * First words of the names of bodies and places written capitalised like a person's ("Bộ Công Thương",
 * "Nhóm Công tác", "TP. Hồ Chí Minh"): three capitalised words after one of them name no one. Data only.
 */
export const NOT_PERSON_NAME_STARTS: readonly string[] = [
  "Bộ",
  "Cục",
  "Vụ",
  "Ủy",
  "Ban",
  "Sở",
  "Tổng",
  "Hiệp",
  "Phòng",
  "Ngân",
  "Viện",
  "Trung",
  "Hội",
  "Nhóm",
  "Công",
  "Quốc",
  "Nhà",
];
/** Words before a place's name ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"). */
export const PLACE_PREFIXES: readonly string[] = ["TP.", "TP", "phố", "Phố", "tỉnh", "Tỉnh"];
