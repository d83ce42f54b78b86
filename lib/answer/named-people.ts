/**
 * The people a who-question names itself. "Who accompanied Minister Phan Đức Thịnh?" is not answered
 * by a sentence about Phan Đức Thịnh: he is how the question finds the event, and its "Minister" is
 * his title, not the role asked about.
 */
import { peopleIn, type PersonMention } from "../index/events";
import { askedRole } from "../retrieve/event-query";
import type { Concept, QueryPlan } from "../retrieve/query";
import { EXCLUSION_CUES } from "../text/lexicon/exclusion";
import { foldedTerms, tokenize } from "../text/normalize";

export interface NamedPeople {
  /** The role a who-question asks about: none when its only role word is the title of a person it names. */
  role: string | null;
  /** Whether the question names this person (diacritics and case aside), or sets people of their role aside ("Besides the US trade representative, …"). */
  names(person: PersonMention): boolean;
  /** The text with the names the question gives, and the names of `alsoBlank`, blanked out, so that what is left says who else it names. */
  withoutNamed(text: string, alsoBlank?: readonly PersonMention[]): string;
}

/** A clause opening with an exclusion cue, to the next comma or the question's end: "Besides the US trade representative". */
const EXCLUSION_CLAUSE = new RegExp(`(?:^|[,;]\\s*)(?:${EXCLUSION_CUES.join("|")})\\s+([^,;?]+)`, "iu");

/** The role a question sets aside ("Besides the US trade representative, …"), and the question without that clause. */
function setAside(question: string): { excluded: string | null; rest: string } {
  const clause = EXCLUSION_CLAUSE.exec(question);
  if (!clause) return { excluded: null, rest: question };
  return { excluded: askedRole(clause[1]!), rest: question.slice(0, clause.index) + question.slice(clause.index + clause[0].length) };
}

/** Folded syllables of a name, space-joined and padded: " phan duc thinh ". */
const padded = (words: readonly string[]) => ` ${words.join(" ")} `;

/** The names the question itself writes as names ("Karen Ashworth", "Phan Duc Thinh"), not those a follow-up carries over. */
export function namesGiven(plan: QueryPlan): Concept[] {
  return plan.concepts.filter((c) => c.multiWord && !c.fromHistory);
}

export function namedPeople(plan: QueryPlan): NamedPeople {
  const inQuestion = peopleIn(plan.question, plan.language);
  // Persons with a title ("Bộ trưởng Phan Đức Thịnh") and names written as names ("Karen Ashworth", "Phan Duc Thinh").
  const givenNames = [...inQuestion.map((p) => p.name), ...namesGiven(plan).map((c) => c.label)].map(foldedTerms).filter((words) => words.length >= 2);
  const question = padded(foldedTerms(plan.question));
  const { excluded, rest } = setAside(plan.question);
  const asked = askedRole(rest);
  return {
    role: asked !== null && inQuestion.some((p) => p.role === asked) ? null : asked,
    names: (person) => question.includes(padded(foldedTerms(person.name))) || (excluded !== null && person.role === excluded),
    withoutNamed(text, alsoBlank = []) {
      const names = [...givenNames, ...alsoBlank.map((p) => foldedTerms(p.name)).filter((words) => words.length >= 2)];
      if (names.length === 0) return text;
      const tokens = tokenize(text);
      let out = text;
      for (let i = 0; i < tokens.length; i++) {
        const name = names.find((words) => words.every((w, k) => tokens[i + k]?.folded === w));
        if (!name) continue;
        const { start } = tokens[i]!;
        const { end } = tokens[i + name.length - 1]!;
        out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
        i += name.length - 1;
      }
      return out;
    },
  };
}
