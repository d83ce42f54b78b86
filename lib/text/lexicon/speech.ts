/**
 * Words of reported speech. A question asking what someone said ("What did Karen Ashworth say …?",
 * "Trưởng Đại diện Thương mại nói gì về …?") is answered by the sentence that quotes them, not by the
 * lead that names them (lib/answer/speech.ts). Data only.
 */

/** Question wordings asking what was said, folded (no diacritics), as whole words. */
export const ASKS_WHAT_SAID: readonly string[] = [
  "noi gi",
  "noi nhung gi",
  "noi the nao",
  "phat bieu gi",
  "phat bieu nhung gi",
  "phat bieu the nao",
  "cho biet gi",
  "tuyen bo gi",
  "nhan dinh gi",
  "nhan dinh the nao",
  "binh luan gi",
  "binh luan the nao",
];

/** English question verbs of speech after "what/how did … ": "What did the minister say about …?". */
export const ASKED_SPEECH_VERBS: readonly string[] = ["say", "said", "tell", "told", "describe", "comment", "warn", "stress"];

/** Verbs that report speech in a sentence, as written (lower case). */
export const SPEECH_VERBS: readonly string[] = [
  "said",
  "says",
  "told",
  "stated",
  "added",
  "warned",
  "noted",
  "argued",
  "cho biết",
  "cho rằng",
  "nói",
  "phát biểu",
  "khẳng định",
  "nhấn mạnh",
  "tuyên bố",
  "nhận định",
];

/** Quotation marks that open a quoted sentence. */
export const QUOTATION_MARKS: readonly string[] = ['"', "“", "”", "«", "»"];
