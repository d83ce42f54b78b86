/**
 * Words that give a reason or a purpose in news text, in both languages, as written (lower case): a
 * sentence holding one answers a "why?" question ("vì sao …", "tại sao …", "why …"), which a
 * sentence restating what happened does not. Data only; lib/answer/extractive.ts reads them.
 */
export const REASON_WORDS: readonly string[] = [
  // Vietnamese. A bare "do" is left out: "do bà Whitcombe dẫn đầu", "do Bộ Nông nghiệp cấp" name who did it, not why.
  "vì",
  "bởi",
  "nhờ",
  "là do",
  "chủ yếu do",
  "một phần do",
  "nguyên nhân",
  "lý do",
  "lí do",
  "xuất phát từ",
  "dẫn đến",
  "dẫn tới",
  "khiến",
  "nhằm",
  // English.
  "because",
  "due to",
  "owing to",
  "thanks to",
  "as a result",
  "result of",
  "reason",
  "reasons",
  "led to",
  "led it to",
  "led them to",
  "caused",
  "in order to",
  "so as to",
  "aimed at",
];
