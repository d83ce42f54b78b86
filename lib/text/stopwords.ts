/** Function words that carry no topic; they never count as a concept a passage must match. */
import { TITLES_OF_TITLE_WORDS } from "./lexicon/person-titles";
import { fold } from "./normalize";

/** The same function words with their diacritics, for questions typed with diacritics (where "bão" is not "bao"). */
export const VI_STOPWORDS_EXACT = new Set(
  (
    "là của và các những được trong cho với về như thế nào gì khi bao nhiêu ai đâu sao tại vì có không đã sẽ đang thì mà này đó ở " +
    "từ đến một vào nhất cũng còn hay hoặc nếu để theo trên dưới sau trước ấy kia rồi lại nữa rằng thực hiện việc nhiều ít hơn " +
    "ông bà anh chị em tôi chúng ta mình họ nói biết ra vậy"
  ).split(" "),
);

/** Folded forms of VI_STOPWORDS_EXACT, derived so the two lists never drift apart. */
export const VI_STOPWORDS = new Set([...VI_STOPWORDS_EXACT].map(fold));

export const EN_STOPWORDS = new Set(
  (
    "a an the of in on at to for from by with about as into over under between during among amongst within " +
    "is are was were be been being do does did done have has had having will would shall should can could may might must " +
    "what when where who whom whose which why how that this these those it its they them their there here " +
    "and or but not no nor so than then too very also just only " +
    "i me my we our you your he him his she her " +
    "according tell please say said says saying happen happened happens know explain describe give show any some doing going make made get got " +
    "mention mentioned mentions s " +
    // How exact the asked figure is ("roughly how many"), not what it counts.
    "roughly approximately around nearly almost"
  ).split(" "),
);

/** Verbs that open an English request ("List the sessions …"): a question word there, a topic elsewhere ("the zero-tariff list"). */
export const EN_COMMAND_WORDS = new Set(["list", "name", "summarise", "summarize", "outline"]);

/**
 * Title words written capitalised before a name ("Ambassador Carl Brennan", "Minister Tran"), folded: a
 * title is never the first word of a name, so the name is checked without it (reports write
 * "US Ambassador to Vietnam Carl Brennan", "Đại sứ Carl Brennan"). Every word of the title lexicon's
 * titles marked so (lib/text/lexicon/person-titles.ts).
 */
export const PERSON_TITLES = new Set(TITLES_OF_TITLE_WORDS.flatMap((t) => fold(t.toLowerCase()).split(" ")));

/** Question phrases with diacritics: what a question asks for, never what a passage must contain. */
export const QUESTION_PHRASES_EXACT = new Set([
  "gì",
  "những gì",
  "cái gì",
  "nào",
  "khi nào",
  "bao giờ",
  "lúc nào",
  "thời điểm nào",
  "ngày nào",
  "năm nào",
  "tháng nào",
  "ở đâu",
  "tại đâu",
  "nơi nào",
  "đâu",
  "ai",
  "những ai",
  "như thế nào",
  "thế nào",
  "ra sao",
  "bao nhiêu",
  "mấy",
  "tại sao",
  "vì sao",
  "làm sao",
  "như nào",
  "có phải",
  "phải không",
  "không",
  "chưa",
  "thứ mấy",
  "thì sao",
  // "Trưởng đoàn hiện nay là ai?": when the answer holds, which the latest reports decide (QUESTION_CUES.current), not a word to find.
  "hiện nay",
  "hiện tại",
  "hiện giờ",
  "bây giờ",
  "currently",
  "now",
  // A request for a summary in order says how to answer, as "summarise"/"list" do in English (EN_COMMAND_WORDS).
  "tóm tắt",
  "liệt kê",
  "theo thứ tự thời gian",
  "theo trình tự thời gian",
  "how many",
  "how much",
  "how far",
  "how long",
  "how large",
  "how big",
  "how high",
]);

/** Folded forms of QUESTION_PHRASES_EXACT, derived so the two lists never drift apart. */
export const QUESTION_PHRASES = new Set([...QUESTION_PHRASES_EXACT].map(fold));

/** Question words and cues that say a short question continues the previous one. */
export const FOLLOW_UP_CUES = new Set(
  "con tiep theo sau do truoc do nua the con thi vay do ay kia next previous then after before that it those them also else".split(" "),
);
