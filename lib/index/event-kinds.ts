/**
 * The words and labels of an event kind, listed (lib/text/lexicon/events.ts EVENT_KIND_PHRASES) or
 * open (OPEN_EVENT_KINDS: a joint committee's meetings, consultation rounds, dialogues …), so callers
 * need not know which.
 */
import { EVENT_KIND_LABELS, EVENT_KIND_PHRASES, OPEN_EVENT_KINDS, type EventKind, type KindLabels, type ListedKind } from "../text/lexicon/events";

const OPEN = new Map(OPEN_EVENT_KINDS.map((k) => [k.id, k]));

/** Whether a kind is one of the open kinds (not the listed rounds, sessions, statements, tariffs and calls). */
export function isOpenKind(kind: EventKind): boolean {
  return OPEN.has(kind);
}

/** Kinds that are held and numbered: the negotiators' rounds and sessions (a question about an unreported one abstains). */
const LISTED_SESSION_KINDS: ReadonlySet<EventKind> = new Set(["round", "ministerial", "technical"]);

/** Whether a kind is a meeting of the negotiators: a listed round or session, or an open kind (a committee's meetings, consultation rounds). */
export function isSessionKind(kind: EventKind): boolean {
  return LISTED_SESSION_KINDS.has(kind) || isOpenKind(kind);
}

/** The phrases that name a kind in each language (an open kind's body or activity: "joint committee", "tham vấn"). */
export function kindPhrases(kind: EventKind): { vi: readonly string[]; en: readonly string[] } {
  return EVENT_KIND_PHRASES[kind as ListedKind] ?? OPEN.get(kind) ?? { vi: [], en: [] };
}

/** How answers name a kind; a kind no lexicon entry labels is named as it is written. */
export function kindLabels(kind: EventKind): KindLabels {
  const known = EVENT_KIND_LABELS[kind as ListedKind] ?? OPEN.get(kind)?.labels;
  if (known) return known;
  const name = kind.charAt(0).toUpperCase() + kind.slice(1);
  return { vi: name, viNth: `${name} {n}`, en: name, enNth: `${name} {n}`, viPlural: kind, enPlural: kind };
}
