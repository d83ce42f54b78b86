/** The one place that names models and endpoints: the model profiles (offline, OpenAI, local endpoint) built from configuration. */
import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { AppConfig } from "../config";
import type { ProfileKind } from "../types";
import { normalizeBaseUrl } from "./endpoint";

export const OFFLINE_PROFILE_ID = "offline";

/** OpenAI's API, used when OPENAI_BASE_URL (or, for embeddings, EMBEDDINGS_BASE_URL) is unset. */
export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

/**
 * An AI SDK provider for an OpenAI-compatible endpoint: the one place such a client is built
 * (chat, embeddings, the probe). Local servers accept any key; the client library insists on one.
 */
export function openAICompatible(options: { baseUrl: string; apiKey?: string | null; name?: string; fetch?: typeof fetch }) {
  return createOpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey ?? "not-needed", name: options.name, fetch: options.fetch });
}

/** Where embeddings are computed when EMBEDDINGS_PROVIDER=openai-compatible: the index and the probe use the same. */
export function embeddingsEndpoint(config: AppConfig): { baseUrl: string; apiKey: string | undefined } {
  return {
    baseUrl: normalizeBaseUrl(config.EMBEDDINGS_BASE_URL ?? config.OPENAI_BASE_URL ?? OPENAI_DEFAULT_BASE_URL),
    apiKey: config.EMBEDDINGS_API_KEY ?? config.OPENAI_API_KEY,
  };
}

/** A server-side model profile; clients only ever see its id, label and model name. */
export interface Profile {
  id: string;
  kind: ProfileKind;
  label: string;
  /** Chat model name; "extractive" for the offline profile. */
  model: string;
  baseUrl: string | null;
  apiKey: string | null;
}

/** The profiles this configuration offers, offline first. */
export function listProfiles(config: AppConfig): Profile[] {
  const profiles: Profile[] = [
    { id: OFFLINE_PROFILE_ID, kind: "offline", label: "Offline (quotes sources)", model: "extractive", baseUrl: null, apiKey: null },
  ];
  if (config.OPENAI_API_KEY) {
    profiles.push({
      id: "openai",
      kind: "openai",
      label: `OpenAI · ${config.OPENAI_CHAT_MODEL}`,
      model: config.OPENAI_CHAT_MODEL,
      baseUrl: normalizeBaseUrl(config.OPENAI_BASE_URL ?? OPENAI_DEFAULT_BASE_URL),
      apiKey: config.OPENAI_API_KEY,
    });
  }
  if (config.LOCAL_LLM_BASE_URL && config.LOCAL_LLM_MODEL) {
    profiles.push({
      id: "local",
      kind: "local",
      label: config.LOCAL_LLM_LABEL ?? `Local · ${config.LOCAL_LLM_MODEL}`,
      model: config.LOCAL_LLM_MODEL,
      baseUrl: normalizeBaseUrl(config.LOCAL_LLM_BASE_URL),
      apiKey: config.LOCAL_LLM_API_KEY ?? null,
    });
  }
  return profiles;
}

/** The profile used when a request names none: DEFAULT_PROFILE if configured, else the offline one. */
export function defaultProfileId(config: AppConfig): string {
  const ids = listProfiles(config).map((p) => p.id);
  return config.DEFAULT_PROFILE && ids.includes(config.DEFAULT_PROFILE) ? config.DEFAULT_PROFILE : OFFLINE_PROFILE_ID;
}

/** What each model profile needs configured, for messages that say what to set. */
const PROFILE_SETTINGS: Record<string, string> = {
  openai: "OPENAI_API_KEY (optionally OPENAI_CHAT_MODEL, OPENAI_BASE_URL)",
  local: "LOCAL_LLM_BASE_URL and LOCAL_LLM_MODEL (optionally LOCAL_LLM_API_KEY)",
};

/** Why a profile id cannot be used, naming the variables to set; null when it is configured. */
export function profileProblem(config: AppConfig, id: string, source = "profile"): string | null {
  const configured = listProfiles(config).map((p) => p.id);
  if (configured.includes(id)) return null;
  const needs = PROFILE_SETTINGS[id];
  if (needs) return `The ${source} "${id}" is not configured: set ${needs} (see README, Configuration). Configured now: ${configured.join(", ")}.`;
  return `Unknown ${source} "${id}": choose one of offline, ${Object.keys(PROFILE_SETTINGS).join(", ")}. Configured now: ${configured.join(", ")}.`;
}

/** A DEFAULT_PROFILE that names a profile that is not configured: the app refuses to start rather than answer offline silently. */
export function defaultProfileProblem(config: AppConfig): string | null {
  return config.DEFAULT_PROFILE ? profileProblem(config, config.DEFAULT_PROFILE, "DEFAULT_PROFILE") : null;
}

export function findProfile(config: AppConfig, id: string | undefined): Profile | undefined {
  const wanted = id ?? defaultProfileId(config);
  return listProfiles(config).find((p) => p.id === wanted);
}

/**
 * A refused or unresolvable connection: retrying at once cannot help, so it is not retried. It
 * carries no `code` or `cause`, which the AI SDK would read as a retryable network error.
 */
export class EndpointUnreachableError extends Error {
  constructor(readonly reason: string) {
    super(`connection failed (${reason})`);
    this.name = "EndpointUnreachableError";
  }
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"]);

/** fetch that reports a refused connection as EndpointUnreachableError (the AI SDK retries only its own API errors). */
function failFastFetch(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    try {
      return await base(input, init);
    } catch (error) {
      const code = (error as { cause?: { code?: unknown } })?.cause?.code;
      if (typeof code === "string" && UNREACHABLE.has(code)) throw new EndpointUnreachableError(code);
      throw error;
    }
  };
}

/**
 * The chat model of a profile, always through the chat-completions API: local servers (Ollama,
 * llama.cpp, vLLM, LM Studio) do not serve OpenAI's Responses API, and OpenAI serves both.
 */
export function chatModel(profile: Profile, fetchImpl?: typeof fetch): LanguageModel {
  if (!profile.baseUrl) throw new Error(`Profile ${profile.id} has no model endpoint.`);
  const provider = openAICompatible({
    baseUrl: profile.baseUrl,
    apiKey: profile.apiKey,
    name: profile.kind === "openai" ? "openai" : "local",
    fetch: failFastFetch(fetchImpl ?? ((input, init) => fetch(input, init))),
  });
  return provider.chat(profile.model);
}
