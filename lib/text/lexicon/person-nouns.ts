/**
 * Nouns a question asks for a person by ("Which Washington trade lawyer …?", "Which American official …?", "Luật sư nào
 * …?"), folded, singular (an English "s" is read as well): the answer is the sentence naming someone. Data only; read by
 * the answer-type cues in lib/retrieve/query.ts.
 */

/** English nouns of a person, after "which"/"what" and up to a few words that qualify them. */
export const EN_PERSON_NOUNS: readonly string[] = [
  "official",
  "minister",
  "ambassador",
  "negotiator",
  "representative",
  "envoy",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "person",
  "people",
  "lawyer",
  "attorney",
  "analyst",
  "economist",
  "expert",
  "executive",
  "diplomat",
  "lawmaker",
  "senator",
  "adviser",
  "advisor",
  "consultant",
];

/**
 * Words that make an English person noun qualify a thing instead ("which expert meeting", "which official delegation"):
 * the question then asks for that thing.
 */
export const EN_PERSON_NOUN_QUALIFIED: readonly string[] = [
  "meeting",
  "level",
  "group",
  "talks",
  "round",
  "session",
  "consultation",
  "panel",
  "team",
  "track",
  "body",
  "committee",
  "delegation",
  "report",
  "visit",
];

/** Vietnamese nouns of a person before "nào" ("luật sư nào", "quan chức Mỹ nào", "vị nào"). */
export const VI_PERSON_NOUNS: readonly string[] = [
  "dai su",
  "bo truong",
  "thu truong",
  "quan chuc",
  "nguoi",
  "vi",
  "ong",
  "ba",
  "luat su",
  "nha phan tich",
  "nha kinh te",
  "nha dam phan",
  "chuyen gia",
];

/** Words before a Vietnamese person noun that make it a group or a meeting's level ("đoàn chuyên gia nào", "cấp chuyên gia nào"). */
export const VI_PERSON_NOUN_QUALIFIED: readonly string[] = ["cap", "hop", "nhom", "doan", "phien"];
