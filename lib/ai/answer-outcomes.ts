/** The last answer each model profile gave through this server: a failure keeps the profile's status amber until its next success. */
import type { ModelFailure } from "../types";

interface Outcome {
  failure: ModelFailure | null;
  at: Date;
}

const globalState = globalThis as unknown as { __vnTradeAnswerOutcomes?: Map<string, Outcome> };
globalState.__vnTradeAnswerOutcomes ??= new Map();
const outcomes = globalState.__vnTradeAnswerOutcomes;

/** Record how a model answer ended: `null` for a success (clears the amber status). */
export function recordAnswerOutcome(profileId: string, failure: ModelFailure | null, at = new Date()): void {
  outcomes.set(profileId, { failure, at });
}

/** The last failed answer of a profile, unless an answer succeeded since. */
export function lastAnswerFailure(profileId: string): { code: string; message: string; at: string } | undefined {
  const outcome = outcomes.get(profileId);
  return outcome?.failure ? { code: outcome.failure.code, message: outcome.failure.message, at: outcome.at.toISOString() } : undefined;
}
