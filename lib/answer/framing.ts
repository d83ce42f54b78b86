/**
 * Which of a question's concepts only name the event it asks about ("the second round", "phiên cấp
 * Bộ trưởng lần thứ tư", "in Singapore", "held"): every report of that event says them, so among the
 * sentences of its reports they tell nothing about which sentence answers.
 */
import type { ArchiveEvent } from "../index/event-catalog";
import { eventFrame, framesEvent } from "../retrieve/event-frame";
import type { QueryPlan } from "../retrieve/query";

/**
 * The question's concepts that say something beyond naming the asked events (all of them when none is
 * asked). "Who led the US side?": the side is told by whom a sentence names (the side bonus), not by its words.
 */
export function contentConcepts(plan: QueryPlan, events: readonly ArchiveEvent[]): boolean[] {
  if (events.length === 0) return plan.concepts.map(() => true);
  const frame = eventFrame(plan.events, events);
  const sidesFramed = plan.expects === "person" && plan.events.side !== null;
  return plan.concepts.map((c) => !framesEvent(c, frame, { sidesFramed }));
}
