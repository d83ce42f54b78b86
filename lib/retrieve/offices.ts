/**
 * Offices asked about with nobody named: "What has Vietnam's Prime Minister said about the talks?" is answered
 * only from a passage that names that office; a passage on the talks that never names it quotes someone else.
 */
import { OFFICE_WORDS } from "../text/lexicon/offices";
import { fold, syllableText } from "../text/normalize";
import { mentions, type Searchable } from "./coverage";
import { namesSide, type Concept } from "./query";

const OFFICES = OFFICE_WORDS.map((w) => fold(syllableText(w)));

/** Whether the question's own wording of a concept names an office ("commerce secretary", "thủ tướng"). */
export function namesOffice(concept: Concept): boolean {
  const own = ` ${fold(concept.alternates[0] ?? "")} `;
  return OFFICES.some((o) => own.includes(` ${o} `));
}

/** A name of several words that is no office and no side of the talks: a person's ("Gina Raimondo"), so the office is theirs. */
const namesSomeone = (c: Concept) => c.name === true && (c.alternates[0] ?? "").includes(" ") && !namesOffice(c) && !namesSide(c);

/**
 * An office the question asks about that none of the passages names, when the question names no person who could
 * hold it (a known person's name is what the passages are matched on then: "Bộ trưởng Thương mại Gina Raimondo").
 */
export function officeNamedByNone(concepts: readonly Concept[], passages: readonly Searchable[]): Concept | null {
  const own = concepts.filter((c) => !c.fromHistory);
  if (own.some(namesSomeone)) return null;
  return own.find((c) => namesOffice(c) && !passages.some((p) => mentions(p, c))) ?? null;
}
