/**
 * Titles written before a person's name ("Bộ trưởng Phan Đức Thịnh", "Senator Gerald Mattson"), as
 * written, in both languages: the one list of them, each with what it is read for. Data only.
 * - `name`, a sign of a name: a sentence with it before a capitalised word names someone, which is what
 *   a who-question's answer must do (TITLES_BEFORE_NAME, lib/answer/extractive.ts). Not "Prime" ("the
 *   Prime Minister said" names no one) nor "Đại diện" ("Đại diện Thương mại" is an office).
 * - `words`, title words: each of its words, capitalised in a question, is a title and never a name's
 *   first word (PERSON_TITLES in lib/text/stopwords.ts: "Ambassador Carl Brennan" is Carl Brennan). Not
 *   "Trợ lý" ("Lý" is a family name) nor "Thượng nghị sĩ" ("Thượng", "Sĩ" are given names).
 * - `role`, the role in the talks it names (lib/text/person-roles.ts folds them for the event index's
 *   people and a question's asked role); its words are no part of the name after it. Roles are tried in
 *   this order: a longer wording before a shorter one inside it ("Assistant US Trade Representative"
 *   before "Trade Representative").
 * What each is read for is as the separate lists had it; changing it changes answers, so measure it with
 * the evals first ("Tổng thống", "Giám đốc", "Director" … are no sign of a name yet, "Tổng Bí thư" no
 * title words).
 */

/** A title as written and what it is read for. */
export interface PersonTitle {
  title: string;
  lang: "vi" | "en";
  /** A sign of a name when a capitalised word follows. */
  name?: true;
  /** Each of its words is a title word in a question. */
  words?: true;
  /** The role in the talks it names. */
  role?: string;
  /** A word of address ("bà", "Mr"): a whole name after it is a person's, wherever the role words stand (lib/index/events.ts). */
  address?: true;
}

/** Titles read alike, as written, each as a row of the lexicon. */
const alike = (lang: PersonTitle["lang"], reads: Pick<PersonTitle, "name" | "words" | "address">, titles: readonly string[]): PersonTitle[] =>
  titles.map((title) => ({ title, lang, ...reads }));

/** Every person title, as written; roles first, in the order they are tried. */
export const PERSON_TITLE_LEXICON: readonly PersonTitle[] = [
  // Roles in the talks, in the order they are tried
  { title: "Trợ lý Đại diện Thương mại", lang: "vi", role: "assistant-trade-representative" },
  { title: "Assistant US Trade Representative", lang: "en", role: "assistant-trade-representative" },
  { title: "Assistant Trade Representative", lang: "en", role: "assistant-trade-representative" },
  { title: "Trưởng Đại diện Thương mại", lang: "vi", role: "trade-representative" },
  { title: "Đại diện Thương mại", lang: "vi", role: "trade-representative" },
  { title: "US Trade Representative", lang: "en", role: "trade-representative" },
  { title: "Trade Representative", lang: "en", role: "trade-representative" },
  { title: "Thứ trưởng", lang: "vi", name: true, words: true, role: "deputy-minister" },
  { title: "Deputy Minister", lang: "en", role: "deputy-minister" },
  { title: "Bộ trưởng", lang: "vi", name: true, words: true, role: "minister" },
  { title: "Minister", lang: "en", name: true, words: true, role: "minister" },
  { title: "Secretary", lang: "en", name: true, words: true, role: "minister" },
  { title: "Thủ tướng", lang: "vi", name: true, words: true, role: "prime-minister" },
  { title: "Prime Minister", lang: "en", role: "prime-minister" },
  { title: "Trưởng đoàn", lang: "vi", role: "head-of-delegation" },
  { title: "Head of Delegation", lang: "en", role: "head-of-delegation" },
  // Vietnamese
  ...alike("vi", { name: true, words: true, address: true }, ["ông", "bà"]),
  ...alike("vi", { name: true, words: true }, ["Trưởng Đại diện", "Đại sứ", "Chủ tịch"]),
  ...alike("vi", { name: true }, ["Tổng Bí thư", "Trợ lý", "Thượng nghị sĩ"]),
  ...alike("vi", { words: true }, ["Tổng thống", "Giám đốc", "Vụ trưởng", "Đại diện"]),
  // English
  ...alike("en", { name: true, words: true }, ["Representative", "Ambassador", "Senator"]),
  ...alike("en", { name: true, words: true, address: true }, ["Mr", "Ms"]),
  ...alike("en", { words: true, address: true }, ["Mrs"]),
  ...alike(
    "en",
    { words: true },
    "Dr Deputy President Chairman Chairwoman Chair Director Spokesman Spokeswoman Envoy Negotiator Governor Prime Assistant Vice Chief Head".split(" "),
  ),
];

/** Titles that show a sentence names someone when a capitalised word follows, as written. */
export const TITLES_BEFORE_NAME: readonly string[] = PERSON_TITLE_LEXICON.filter((t) => t.name).map((t) => t.title);

/** Titles whose every word is a title word in a question, as written (folded by lib/text/stopwords.ts). */
export const TITLES_OF_TITLE_WORDS: readonly string[] = PERSON_TITLE_LEXICON.filter((t) => t.words).map((t) => t.title);

/** Vietnamese titles of one word ("ông", "bà"): a lower-case question without diacritics has only these to show a name. */
export const VI_ONE_WORD_TITLES: readonly string[] = PERSON_TITLE_LEXICON.filter((t) => t.lang === "vi" && (t.name || t.words) && !t.title.includes(" ")).map(
  (t) => t.title,
);

/** Words of address, lower case as written ("bà", not the folded "ba" of "ba nhóm"). */
export const WORDS_OF_ADDRESS: readonly string[] = PERSON_TITLE_LEXICON.filter((t) => t.address).map((t) => t.title.toLowerCase());

/** Titles that name a role in the talks, as written, in the order they are tried. */
export const ROLE_TITLES: readonly (PersonTitle & { role: string })[] = PERSON_TITLE_LEXICON.filter(
  (t): t is PersonTitle & { role: string } => t.role !== undefined,
);

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
/**
 * Words of English names of bodies, places and texts written capitalised like a person's ("Coalition for Fair Magnet Wire
 * Trade", "International Trade Commission", "Ho Chi Minh City"): a run of capitalised words holding one names no one. Data only.
 */
export const NOT_PERSON_NAME_WORDS_EN: readonly string[] = [
  "Trade",
  "Commerce",
  "Commission",
  "Coalition",
  "Department",
  "Council",
  "Association",
  "Committee",
  "Office",
  "Agency",
  "Ministry",
  "Bank",
  "Group",
  "Institute",
  "Research",
  "Corporation",
  "Company",
  "Chamber",
  "Federation",
  "Union",
  "Administration",
  "Bureau",
  "Court",
  "Senate",
  "Congress",
  "House",
  "City",
  "Province",
  "University",
  "International",
  "National",
  "Foundation",
  "Forum",
  "Fund",
  "Industry",
  "Industries",
  "Treasury",
  "Affairs",
  "Center",
  "Centre",
  "Partnership",
  "Agreement",
  "Statement",
  "Framework",
  "Act",
  "Port",
  "Zone",
  "Airlines",
  "Holdings",
];
/** Words before a place's name ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"). */
export const PLACE_PREFIXES: readonly string[] = ["TP.", "TP", "phố", "Phố", "tỉnh", "Tỉnh"];

/** Words that say who leads a delegation without a title ("đoàn do … dẫn đầu", "led by …"), read after the titles. */
export const LEAD_WORDS: { role: string; vi: readonly string[]; en: readonly string[] } = {
  role: "head-of-delegation",
  vi: ["dẫn đầu"],
  en: ["led by", "headed by", "leads"],
};

/**
 * Bodies, sides and linking words written capitalised inside a title before a name ("Bộ trưởng Bộ Công
 * Thương Trần Quốc Bảo", "Trưởng đoàn Đàm phán Kỹ thuật cấp Vụ …", "Minister of Industry and Trade …"):
 * with the words of the role titles and the one-word titles ("ông", "bà"), no part of the person's name.
 */
export const TITLE_BODY_WORDS: readonly string[] = [
  "Bộ Công Thương",
  "Chính phủ",
  "Đoàn đàm phán",
  "kỹ thuật",
  "cấp",
  "Hoa Kỳ",
  "Mỹ",
  "Việt Nam",
  "US",
  "USTR",
  "Industry and Trade",
  "the",
];
