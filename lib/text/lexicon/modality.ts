/**
 * Words that say a milestone of a negotiation happened or is only planned, in both languages. Data
 * only; lib/retrieve/modality.ts reads them. A question asking when an agreement "was signed" is
 * not answered by a report that it "could be signed" or "dự kiến ký".
 */
import { EN_VI_LEXICON } from "./en-vi";

/**
 * Milestones, each a kind with its words: an agreement or decision signed, ratified, a body's decision put to a vote or
 * concluded (a commission's injury vote, a ruling in a trade case), a plant or facility brought into operation. A
 * report of one kind does not say another happened: a signed decree is no injury vote, a signed memorandum no plant
 * running. Vietnamese as written ("ký" folded is also "kỳ"); `viFolded`: an unaccented question's wordings, where a
 * bare syllable is more often another word (a bare "ky" is "kỳ" of Hoa Kỳ, kỳ họp).
 */
export const MILESTONE_KINDS: readonly { kind: string; en: readonly string[]; vi: readonly string[]; viFolded: readonly string[] }[] = [
  {
    kind: "sign",
    en: ["sign", "signs", "signed", "signing"],
    vi: ["ký", "ký kết"],
    viFolded: ["ky ket", "da ky", "duoc ky", "le ky"],
  },
  {
    kind: "ratify",
    en: ["ratify", "ratifies", "ratified", "ratifying", "ratification"],
    vi: ["phê chuẩn"],
    viFolded: ["phe chuan"],
  },
  {
    kind: "decide",
    en: ["vote", "votes", "voted", "voting", "ruling", "rulings", "ruled"],
    vi: ["bỏ phiếu", "biểu quyết", "kết luận", "phán quyết"],
    viFolded: ["bo phieu", "bieu quyet", "ket luan", "phan quyet"],
  },
  {
    kind: "operate",
    en: [
      "begin operating",
      "began operating",
      "begun operating",
      "start operating",
      "started operating",
      "begin operations",
      "began operations",
      "start operations",
      "started operations",
      "begin production",
      "began production",
      "start production",
      "started production",
      "go into operation",
      "went into operation",
      "gone into operation",
      "come online",
      "came online",
      "inaugurated",
    ],
    vi: ["đi vào hoạt động", "bắt đầu hoạt động", "đi vào vận hành", "vận hành", "khánh thành", "đi vào sản xuất", "bắt đầu sản xuất"],
    viFolded: ["di vao hoat dong", "bat dau hoat dong", "di vao van hanh", "van hanh", "khanh thanh", "di vao san xuat", "bat dau san xuat"],
  },
];

/**
 * The bodies whose decisions are milestones, each with its names in both languages, lower case: a question about the
 * trade commission's injury vote is not answered by the Commerce Department's final determination, issued as it was.
 * A report of a body's decision names the body ("the commission voted 4-0").
 */
export const DECIDING_BODIES: readonly { body: string; en: readonly string[]; vi: readonly string[] }[] = [
  {
    body: "trade commission",
    en: ["itc", "usitc", "international trade commission", "commission"],
    vi: ["itc", "usitc", "ủy ban thương mại quốc tế", "uỷ ban thương mại quốc tế"],
  },
  {
    body: "commerce department",
    // Not a bare "commerce": "e-commerce" and "commerce" are trade.
    en: ["department of commerce", "commerce department"],
    vi: ["bộ thương mại hoa kỳ", "bộ thương mại mỹ"],
  },
  { body: "legislature", en: ["congress", "senate", "national assembly", "parliament"], vi: ["quốc hội", "thượng viện", "hạ viện"] },
];

/** English phrasal verbs holding a milestone word that are no signing of a text: "the rulebook Vietnam has signed up to". */
export const NOT_MILESTONE_PHRASES: readonly string[] = ["sign up", "signs up", "signed up", "signing up"];

/** The kind of SIGNED_TEXTS that is any signed text: "the agreements signed during the mission" were memoranda and contracts. */
export const ANY_SIGNED_TEXT = "any";

/** The English lexicon's Vietnamese for a word (lib/text/lexicon/en-vi.ts), for the signed texts it already pairs. */
const vietnameseOf = (english: string): readonly string[] => EN_VI_LEXICON[english] ?? [];

/**
 * Words that count a noun after them, making it plural ("14 thỏa thuận", "hai bản ghi nhớ", "nhiều hợp đồng"):
 * Vietnamese nouns have no plural form, so "ký kết 14 thỏa thuận hợp tác" signs several texts, any of them, not the
 * one agreement a question asks about; and a question asking how many ("bao nhiêu biên bản ghi nhớ", "how many
 * agreements") asks about any of them. A figure before the noun counts it too.
 */
export const COUNT_WORDS: readonly string[] = [
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "tám",
  "chín",
  "mười",
  "mươi",
  "trăm",
  "nhiều",
  "mấy",
  "vài",
  "một số",
  "bao nhiêu",
  "how many",
];

/**
 * The texts that are signed or ratified, each a kind with its wordings in both languages: a question
 * about the agreement's signing is not answered by "a decree signed on July 15". Vietnamese as written:
 * the English lexicon's where it pairs the same words, beside the wordings it lacks. Not from the
 * lexicon: a statement (its "thông cáo" is issued, not signed), minutes ("phút"), an executive order.
 */
export const SIGNED_TEXTS: readonly { kind: string; en: readonly string[]; vi: readonly string[] }[] = [
  {
    kind: ANY_SIGNED_TEXT,
    en: ["agreements", "deals", "accords", "document", "documents"],
    vi: ["các thỏa thuận", "những thỏa thuận", "các văn bản", "văn bản"],
  },
  {
    kind: "agreement",
    en: ["agreement", "deal", "accord", "treaty", "treaties", "pact"],
    vi: [...vietnameseOf("agreement"), "hiệp ước", "thoả thuận"],
  },
  { kind: "annex", en: ["annex", "annexes"], vi: vietnameseOf("annex") },
  { kind: "statement", en: ["statement", "statements", "declaration", "declarations"], vi: ["tuyên bố"] },
  { kind: "memorandum", en: ["memorandum", "memorandums", "memoranda", "mou", "mous", "mou s"], vi: [...vietnameseOf("memorandum"), "bản ghi nhớ"] },
  { kind: "minutes", en: ["minutes"], vi: ["biên bản"] },
  { kind: "decree", en: ["decree", "decrees"], vi: vietnameseOf("decree") },
  { kind: "decision", en: ["decision", "decisions"], vi: vietnameseOf("decision") },
  { kind: "order", en: ["executive order", "executive orders", "proclamation"], vi: ["lệnh hành pháp", "sắc lệnh", "lệnh"] },
  { kind: "contract", en: ["contract", "contracts"], vi: vietnameseOf("contract") },
  { kind: "protocol", en: ["protocol", "protocols"], vi: ["nghị định thư"] },
  { kind: "law", en: ["law", "laws", "bill", "bills"], vi: ["luật", "dự luật"] },
];

/**
 * Words that make a statement of a milestone a plan, a possibility, a wish, a wait or a denial rather than a
 * report that it happened: "could be signed", "aim to sign", "exporters await the vote", "is scheduled to vote",
 * "dự kiến ký", "sẽ được ký", "chưa ký". Each language's cues are read only in its own text: English "may" is
 * the folded "may" of "dệt may". Vietnamese is matched as written in a text with diacritics (folded "se" is
 * also "sẻ" of "chia sẻ"), folded in one without.
 */
export const NOT_HAPPENED_CUES: { readonly en: readonly string[]; readonly vi: readonly string[] } = {
  en: [
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
    "want",
    "wants",
    "wanted",
    "must",
    "has to",
    "have to",
    "needs to",
    "need to",
    "ready to",
    "set to",
    "due",
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
    "await",
    "awaits",
    "awaited",
    "awaiting",
    "ahead of",
    "scheduled",
    "slated",
    "upcoming",
    "forthcoming",
    "pushed back",
    "postponed",
    "delayed",
    "deferred",
    "put off",
  ],
  vi: [
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
    "chỉ khi",
    "trừ khi",
    "chờ đợi",
    "đang chờ",
    "sắp",
    "lên lịch",
    "theo lịch",
    "hoãn",
    "lùi",
  ],
};

/**
 * Vietnamese asks "when will it happen?" with the question word before the verb ("Khi nào Ủy ban bỏ phiếu?")
 * and "when did it happen?" with it after ("Ủy ban bỏ phiếu khi nào?"): before the milestone, a plan is asked.
 */
export const VI_WHEN_AHEAD: readonly string[] = ["khi nào", "bao giờ", "lúc nào"];

/** Vietnamese words that mark an action as done, whatever the order of the question words ("Khi nào hai bên đã ký?"). */
export const VI_DONE_MARKERS: readonly string[] = ["đã", "rồi"];

/**
 * Words that ask what stands of a milestone now, not that it happened: "What is the latest on the injury vote?" is
 * answered by its postponement, "Tình hình phê chuẩn hiệp định ra sao?" by its schedule. As written, lower case.
 */
export const STATUS_CUES: readonly string[] = [
  "latest on",
  "latest news on",
  "status of",
  "update on",
  "progress",
  "what happened to",
  "what has happened to",
  "where does",
  "where do",
  "tình hình",
  "tiến độ",
  "tình trạng",
  "cập nhật",
  "đến đâu",
  "thế nào rồi",
  "ra sao rồi",
];

/**
 * What may stand before the milestone word at the start of a clause that says a text was signed, set off by commas
 * from a sentence about something else: "The decree, signed on April 14, will take effect on June 1", "Nghị định, được ký
 * ngày 14/4, …". Such a clause is read alone: the plan is the sentence's other news. Lower case, as written.
 */
export const PARTICIPLE_CLAUSE_LEADS: readonly string[] = ["which was", "that was", "which were", "was", "were", "được", "đã được", "đã", "vừa được"];
