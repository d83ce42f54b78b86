/**
 * The person-title lexicon's roles read folded (lib/text/lexicon/person-titles.ts): which role a title
 * names, and which capitalised words of a title are no part of the person's name after it.
 */
import { LEAD_WORDS, ROLE_TITLES, TITLE_BODY_WORDS, VI_ONE_WORD_TITLES } from "./lexicon/person-titles";
import { fold } from "./normalize";

const folded = (phrase: string): string => fold(phrase).replace(/\s+/gu, " ").trim();

/** Each role title, then each lead word, folded ("tro ly dai dien thuong mai", "led by") with its role, in the lexicon's order. */
export const ROLE_PHRASES: readonly (readonly [string, string])[] = [
  ...ROLE_TITLES.map((t) => [folded(t.title), t.role] as const),
  ...[...LEAD_WORDS.vi, ...LEAD_WORDS.en].map((phrase) => [folded(phrase), LEAD_WORDS.role] as const),
];

/** Capitalised words of a title-and-name run that belong to the title or a body, folded: "bo", "truong", "cong", "ustr", "of". */
export const TITLE_RUN_WORDS: ReadonlySet<string> = new Set(
  [...ROLE_TITLES.map((t) => t.title), ...VI_ONE_WORD_TITLES, ...TITLE_BODY_WORDS].flatMap((phrase) => folded(phrase).split(" ")),
);
