/**
 * Questions about what happened at an event the reports only announce: "What was agreed at the sixth round?"
 * when every report of a sixth round says it will be held in June. Its date and place are reported (the plan);
 * its outcome, its speakers and its decisions are not.
 */
import { eventLabel, type ArchiveEvent } from "../index/event-catalog";
import { asksStatus, speaksOfPlan } from "./modality";
import type { QueryPlan } from "./query";

/** What the plan of an event reports: when and where it is to be held. */
const PLANNED_FACTS = new Set<QueryPlan["expects"]>(["date", "place"]);

/**
 * Whether a question asks what happened at events every report gives only as planned: not when or where
 * they are to be held, not what they will or may do ("will", "dự kiến"), not what stands of them now ("the latest on"),
 * not the event after another ("the next round", which is planned by its nature).
 */
export function asksOutcomeOfPlanned(plan: QueryPlan, events: readonly ArchiveEvent[]): boolean {
  if (events.length === 0 || !events.every((e) => e.planned)) return false;
  if (plan.events.timeline || plan.events.relation !== null || PLANNED_FACTS.has(plan.expects)) return false;
  return !speaksOfPlan(plan.question) && !asksStatus(plan.question);
}

/** What was asked, in an abstention on the outcome of an event reported only as planned: "round 6, reported only as planned". */
export function plannedOnlyLabel(events: readonly ArchiveEvent[], language: "vi" | "en"): string {
  const names = events.map((e) => eventLabel(e.kind, e.ordinal, language)).join(", ");
  return language === "vi" ? `${names}, chỉ được đưa tin như dự kiến` : `${names}, reported only as planned`;
}
