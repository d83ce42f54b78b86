/** Lines for a log or a terminal saying what a sync of the articles folder did, one per file. */
import type { AddOutcome, SyncReport } from "./update";

export function describeOutcome(outcome: AddOutcome): string {
  switch (outcome.status) {
    case "added":
      return `added     ${outcome.file} → ${outcome.id} "${outcome.title}" (${outcome.chunks} chunks)`;
    case "duplicate":
      return `duplicate ${outcome.file}: same report as ${outcome.duplicateOf} "${outcome.duplicateOfTitle}"; kept as also reported by`;
    case "refused":
      return `refused   ${outcome.file}: ${outcome.reason}`;
  }
}

export function describeSync(report: SyncReport): string[] {
  return [
    ...report.cleaned.map((name) => `cleaned   ${name} (left half-written by an interrupted addition)`),
    ...report.removed.map((id) => `removed   ${id} (its file left the articles folder)`),
    ...report.added.map(describeOutcome),
  ];
}
