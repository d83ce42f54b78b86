/**
 * Words that open a clause naming who a question does not ask about ("Besides the US trade representative, which official
 * …?", "Ngoài Đại diện Thương mại, …"), as written, lower case: the role or person the clause names is not the answer.
 * Data only; read by lib/answer/named-people.ts.
 */
export const EXCLUSION_CUES: readonly string[] = ["besides", "apart from", "aside from", "other than", "in addition to", "ngoài", "bên cạnh"];
