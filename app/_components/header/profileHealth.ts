/** Summarises a profile's endpoint health as a tone and a short text for the model switch. */
import type { ProfileStatus } from "@/lib/types";
import type { UiStrings } from "@/lib/i18n";

export type HealthTone = "ok" | "warn" | "bad" | "unknown";

export interface HealthSummary {
  tone: HealthTone;
  text: string;
  /** Longer explanation and what to do, when something is wrong. */
  detail?: string;
}

export function summarizeHealth(profile: ProfileStatus, t: UiStrings, probing: boolean): HealthSummary {
  if (profile.kind === "offline") return { tone: "ok", text: t.healthAlwaysAvailable };
  const h = profile.health;
  const detail = [h.message, h.hint].filter(Boolean).join(" ") || undefined;
  if (h.reachable === null && !h.lastAnswerFailure) return { tone: "unknown", text: probing ? t.healthChecking : t.healthNotChecked };
  if (h.reachable === false) return { tone: "bad", text: t.healthUnreachable, detail };
  // Reachable is not enough: the last answer failed (e.g. stopped midway), amber until one succeeds.
  if (h.lastAnswerFailure) return { tone: "warn", text: t.healthLastAnswerFailed, detail: h.lastAnswerFailure.message };
  if (h.chatModelPresent === false) return { tone: "warn", text: `${t.healthReachable} · ${t.healthModelMissing}`, detail };
  if (h.chatModelPresent === true) return { tone: "ok", text: `${t.healthReachable} · ${t.healthModelPresent}` };
  return { tone: "ok", text: t.healthReachable };
}

export const TONE_DOT: Record<HealthTone, string> = {
  ok: "bg-emerald-500",
  warn: "bg-amber-500",
  bad: "bg-red-500",
  unknown: "bg-slate-400",
};
