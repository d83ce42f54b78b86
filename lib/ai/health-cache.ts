/**
 * Endpoint health for the browser, cached and coalesced: whatever the load, each endpoint is asked
 * at most once per PROBE_TTL_MS, and callers arriving while a check runs share it.
 */
import { createHash } from "node:crypto";
import type { EndpointHealth } from "../types";
import { describeUrl } from "./endpoint";
import { checkEndpoint } from "./probe";
import type { Profile } from "./providers";

/** One upstream /models call per endpoint per this long (HEALTH_CACHE_MS). */
export const PROBE_TTL_MS = 15_000;

interface Entry {
  /** When the check finished (null while it runs). */
  at: number | null;
  health: Promise<EndpointHealth>;
}

const cache = new Map<string, Entry>();

function keyOf(profile: Profile): string {
  const key = profile.apiKey ? createHash("sha256").update(profile.apiKey).digest("hex").slice(0, 16) : "";
  return `${profile.baseUrl ?? ""}\0${key}\0${profile.model}`;
}

/** The endpoint's health, asking it only when the last answer is older than `ttlMs` (or there is none); concurrent callers share one check. */
export function probedHealth(profile: Profile, fetchImpl: typeof fetch = fetch, now: () => number = Date.now, ttlMs = PROBE_TTL_MS): Promise<EndpointHealth> {
  const key = keyOf(profile);
  const entry = cache.get(key);
  if (entry && (entry.at === null || now() - entry.at < ttlMs)) return entry.health;
  const fresh: Entry = { at: null, health: Promise.resolve(null as unknown as EndpointHealth) };
  fresh.health = (async () => {
    // The operator's version (URL, model list) goes to the server log when something is wrong.
    const operator = await checkEndpoint(profile, fetchImpl);
    if (operator.reachable !== true || operator.chatModelPresent === false) {
      console.warn(
        `[health] profile ${profile.id} at ${describeUrl(profile.baseUrl ?? "")}: ${operator.message}` +
          (operator.models.length ? ` (models listed: ${operator.models.slice(0, 20).join(", ")})` : ""),
      );
    }
    return toBrowser(profile, operator);
  })().finally(() => {
    fresh.at = now();
  });
  cache.set(key, fresh);
  return fresh.health;
}

/** The last health found for the endpoint, however old, without asking it; null when never checked. */
export function lastHealth(profile: Profile): Promise<EndpointHealth> | null {
  const entry = cache.get(keyOf(profile));
  return entry ? entry.health : null;
}

/** The browser's version of an operator health: the server named by role, no URL, no upstream model list. */
function toBrowser(profile: Profile, operator: EndpointHealth): EndpointHealth {
  const role = profile.kind === "openai" ? "the OpenAI endpoint" : "the local model server";
  const url = describeUrl(profile.baseUrl ?? "");
  const scrub = (text: string) =>
    text
      .split(url)
      .join(role)
      .replace(/^the /, "The ")
      .replace(/(\. )the /g, "$1The ");
  return {
    reachable: operator.reachable,
    chatModelPresent: operator.chatModelPresent,
    models: [],
    message: scrub(operator.message),
    ...(operator.hint
      ? {
          hint:
            operator.chatModelPresent === false && profile.kind === "local"
              ? `Run \`ollama pull ${profile.model}\`, or set LOCAL_LLM_MODEL to a model the server lists (\`npm run ask -- --probe\` shows them).`
              : scrub(operator.hint),
        }
      : {}),
    checkedAt: new Date().toISOString(),
  };
}
