/** Per-client limits on model answers: requests in the last minute and answers streaming at once, each refused with a 429 and Retry-After. */
import "server-only";
import { AppError } from "../errors";

/** Why an answer was not admitted, and when to try again. */
export interface Refusal {
  limit: "rate" | "concurrency";
  retryAfterSeconds: number;
}

const WINDOW_MS = 60_000;
/** Clients remembered at most; the least recently seen are forgotten first (a flood of addresses cannot grow memory). */
const MAX_CLIENTS = 10_000;

export class ClientLimits {
  private readonly recent = new Map<string, number[]>();
  private readonly streaming = new Map<string, number>();

  constructor(
    private readonly perMinute: number,
    private readonly concurrent: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Admit one model answer for this client, or say why not; the returned release must be called
   * once the answer's stream has ended (it is safe to call twice).
   */
  admit(clientKey: string): { release: () => void } | Refusal {
    const now = this.now();
    const times = (this.recent.get(clientKey) ?? []).filter((t) => now - t < WINDOW_MS);
    if (times.length >= this.perMinute) return { limit: "rate", retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 1000)) };
    const active = this.streaming.get(clientKey) ?? 0;
    if (active >= this.concurrent) return { limit: "concurrency", retryAfterSeconds: 5 };
    times.push(now);
    this.recent.delete(clientKey);
    this.recent.set(clientKey, times);
    if (this.recent.size > MAX_CLIENTS) this.recent.delete(this.recent.keys().next().value!);
    this.streaming.set(clientKey, active + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.streaming.get(clientKey) ?? 1) - 1;
        if (left > 0) this.streaming.set(clientKey, left);
        else this.streaming.delete(clientKey);
      },
    };
  }

  /** Admit one model answer or throw the 429 a client gets (with Retry-After and what to do). */
  admitOrThrow(clientKey: string): () => void {
    const outcome = this.admit(clientKey);
    if ("release" in outcome) return outcome.release;
    const headers = { "retry-after": String(outcome.retryAfterSeconds) };
    if (outcome.limit === "rate") {
      throw new AppError("rate_limited:client", `Too many questions to the model: at most ${this.perMinute} a minute.`, {
        hint: `Ask again in ${outcome.retryAfterSeconds} s, or use the offline profile (not limited).`,
        headers,
      });
    }
    throw new AppError("rate_limited:client", `Too many answers at once: at most ${this.concurrent} can stream at the same time.`, {
      hint: "Wait for an answer to finish (or stop it), then ask again.",
      headers,
    });
  }
}

let shared: { key: string; limits: ClientLimits } | undefined;

/** The process-wide limits for this configuration (renewed when the settings change). */
export function clientLimits(perMinute: number, concurrent: number): ClientLimits {
  const key = `${perMinute}/${concurrent}`;
  if (shared?.key !== key) shared = { key, limits: new ClientLimits(perMinute, concurrent) };
  return shared.limits;
}
