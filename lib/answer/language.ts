/** Fixed sentences of answers, in the question's language. */
import type { QueryLanguage } from "../retrieve/query";

export const ANSWER_TEXT = {
  vi: {
    offlineNotice: "_Chưa cấu hình mô hình ngôn ngữ, nên câu trả lời trích nguyên văn các đoạn trong bài báo._",
    noAnswer: "Các bài báo trong kho không đề cập đến nội dung này, nên không có câu trả lời có trích dẫn.",
    fallbackNotice: "_Mô hình không trả lời được; dưới đây là các câu trích nguyên văn từ bài báo._",
  },
  en: {
    offlineNotice: "_No language model is configured, so this answer quotes the articles (in Vietnamese) word for word._",
    noAnswer: "The articles in the collection do not cover this, so there is no cited answer.",
    fallbackNotice: "_The model could not answer; below are sentences quoted word for word from the articles._",
  },
} as const satisfies Record<QueryLanguage, Record<string, string>>;
