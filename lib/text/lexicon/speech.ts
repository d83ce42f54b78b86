/**
 * Words of reported speech. A question asking what someone said ("What did Karen Ashworth say …?",
 * "Trưởng Đại diện Thương mại nói gì về …?") is answered by the sentence that quotes them, not by the
 * lead that names them (lib/answer/speech.ts). Data only.
 */

/**
 * Vietnamese verbs of speech a question asks about with a question word a few words later, as written: "bà Vy nói Việt Nam
 * không muốn đóng vai trò gì?", "Trưởng đoàn Mỹ đánh giá hiệp định thế nào?" ask what was said as much as "nói gì" does.
 * What someone called a thing ("gọi cam kết này là gì?") is what they said of it.
 * Without diacritics "noi" is also "nội", "nơi", "nổi" ("noi dung gi"): only the verb right before the question word counts.
 */
export const ASKED_SPEECH_VERBS_VI: readonly string[] = ["nói", "phát biểu", "cho biết", "tuyên bố", "nhận định", "bình luận", "đánh giá", "gọi"];

/** Question words that end what a Vietnamese speech verb asks ("… nói … gì", "đánh giá … thế nào", "… ra sao"), as written. */
export const ASKED_SPEECH_OBJECTS_VI: readonly string[] = ["gì", "những gì", "thế nào", "như thế nào", "ra sao"];

/** Words right before a verb of speech that make it the asker's own request ("Hãy cho biết …"), not someone's speech asked about. */
export const ASKER_REQUEST_WORDS: readonly string[] = ["hãy", "xin", "vui lòng"];

/** English question verbs of speech after "what/how did … ": "What did the minister say about …?". */
export const ASKED_SPEECH_VERBS: readonly string[] = [
  "say",
  "said",
  "tell",
  "told",
  "describe",
  "comment",
  "warn",
  "stress",
  "call",
  "assess",
  "characterise",
  "characterize",
];

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

/** English verbs of speech a speaker's name follows ("…," said Andrea Pulaski, a partner at …), as written. */
export const SPEECH_VERBS_BEFORE_SPEAKER: readonly string[] = ["said", "says", "added", "noted", "warned", "argued", "wrote"];

/** Quotation marks that open a quoted sentence. */
export const QUOTATION_MARKS: readonly string[] = ['"', "“", "”", "«", "»"];
