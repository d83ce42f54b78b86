/** Fixed sentences of answers, in the question's language. */
import type { QueryLanguage } from "../retrieve/query";
import type { AnswerCap } from "../types";

export const ANSWER_TEXT = {
  vi: {
    offlineNotice: {
      same: "_Chưa cấu hình mô hình ngôn ngữ, nên câu trả lời trích nguyên văn các đoạn trong bài báo._",
      mixed: "_Chưa cấu hình mô hình ngôn ngữ, nên câu trả lời trích nguyên văn các đoạn trong bài báo (có đoạn bằng tiếng Anh)._",
      other: "_Chưa cấu hình mô hình ngôn ngữ, nên câu trả lời trích nguyên văn các đoạn trong bài báo (bằng tiếng Anh)._",
    },
    noAnswer: "Các bài báo trong kho không đề cập đến nội dung này, nên không có câu trả lời có trích dẫn.",
    fallbackNotice: "_Mô hình không trả lời được; dưới đây là các câu trích nguyên văn từ bài báo._",
    capNotice: {
      tokens: "_Câu trả lời dừng ở đây: đã đạt giới hạn độ dài của mô hình (LLM_MAX_OUTPUT_TOKENS)._",
      bytes: "_Câu trả lời dừng ở đây: đã đạt giới hạn dung lượng của máy chủ (ANSWER_MAX_BYTES)._",
      time: "_Câu trả lời dừng ở đây: đã đạt giới hạn thời gian của máy chủ (ANSWER_MAX_MS)._",
    },
  },
  en: {
    offlineNotice: {
      same: "_No language model is configured, so this answer quotes the articles word for word._",
      mixed: "_No language model is configured, so this answer quotes the articles (some in Vietnamese) word for word._",
      other: "_No language model is configured, so this answer quotes the articles (in Vietnamese) word for word._",
    },
    noAnswer: "The articles in the collection do not cover this, so there is no cited answer.",
    fallbackNotice: "_The model could not answer; below are sentences quoted word for word from the articles._",
    capNotice: {
      tokens: "_The answer stops here: it reached the model's length limit (LLM_MAX_OUTPUT_TOKENS)._",
      bytes: "_The answer stops here: it reached the server's size limit (ANSWER_MAX_BYTES)._",
      time: "_The answer stops here: it reached the server's time limit (ANSWER_MAX_MS)._",
    },
  },
} as const satisfies Record<QueryLanguage, Record<string, string | Record<AnswerCap, string> | Record<QuoteLanguages, string>>>;

/** Whether an answer's quotes are in the reader's language, some of them in the other, or all in the other. */
export type QuoteLanguages = "same" | "mixed" | "other";

/**
 * The languages of an answer's quotes as the offline notice says them. With no quote at all, the archive's usual
 * language is assumed (Vietnamese: an English reader is told so, as before quotes were counted).
 */
export function quoteLanguages(language: QueryLanguage, quoted: readonly (QueryLanguage | undefined)[]): QuoteLanguages {
  const other = quoted.filter((l) => l !== language).length;
  if (quoted.length === 0) return language === "vi" ? "same" : "other";
  return other === 0 ? "same" : other === quoted.length ? "other" : "mixed";
}

/** The abstention for an event or period no article reports, saying what the archive does cover. */
export function unreportedText(language: QueryLanguage, covered: string, asked: string): string {
  return language === "vi"
    ? `Các bài báo trong kho đưa tin về ${covered}; không bài nào đưa tin về ${asked} mà bạn hỏi, nên không có câu trả lời có trích dẫn.`
    : `The articles report ${covered}; none reports the one you asked about (${asked}), so there is no cited answer.`;
}

/** The abstention for a question no passage answers, followed by what the archive does report (when it reports events). */
export function noAnswerText(language: QueryLanguage, covered: string | null): string {
  if (!covered) return ANSWER_TEXT[language].noAnswer;
  return language === "vi"
    ? `${ANSWER_TEXT.vi.noAnswer} Các bài báo trong kho đưa tin về ${covered}.`
    : `${ANSWER_TEXT.en.noAnswer} The articles report ${covered}.`;
}

/** Heading of a timeline answer and the "also reported by" note. */
export const TIMELINE_TEXT = {
  vi: {
    heading: "Diễn biến theo các bài báo, theo ngày diễn ra sự kiện:",
    also: "Cũng đưa tin",
    none: "Các bài báo không ghi rõ sự kiện nào trong khoảng thời gian này.",
    overview: "Tổng quan",
  },
  en: {
    heading: "What the articles report, in order of the events' dates:",
    also: "Also reported by",
    none: "The articles name no event in this period.",
    overview: "Overview",
  },
} as const satisfies Record<QueryLanguage, Record<string, string>>;
