/**
 * Turns a model-endpoint error into what the user needs: what happened and what to do, naming the
 * model and which server (by role, never its URL: endpoint addresses stay in the server log).
 */
import { APICallError, RetryError } from "ai";
import { EndpointUnreachableError, type Profile } from "../ai/providers";
import type { ModelFailure } from "../types";

/** Our own timeouts, raised by the streaming answerer. */
export class ModelTimeoutError extends Error {
  constructor(
    readonly kind: "first-token" | "stall",
    readonly ms: number,
  ) {
    super(kind === "first-token" ? `no first token within ${ms} ms` : `no token for ${ms} ms`);
    this.name = "ModelTimeoutError";
  }
}

export class EmptyCompletionError extends Error {
  constructor() {
    super("empty completion");
    this.name = "EmptyCompletionError";
  }
}

function innermost(error: unknown): unknown {
  let current = error;
  if (RetryError.isInstance(current)) current = current.lastError;
  return current;
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** "400 ms" below a second (a rounded "0 s" would read as no wait at all), else whole seconds. */
function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/**
 * What went wrong, for the user. `midway`: the model had started writing its answer, so whatever
 * ended it (a stall, a reset socket, a broken stream after its HTTP 200) is the model stopping midway —
 * never "rejected the request (HTTP 200)".
 */
export function describeFailure(error: unknown, profile: Profile, options: { midway?: boolean } = {}): ModelFailure {
  const server = profile.kind === "openai" ? "the OpenAI endpoint" : "the local model server";
  const Server = server[0]!.toUpperCase() + server.slice(1);
  const model = profile.model;
  const keyVar = profile.kind === "openai" ? "OPENAI_API_KEY" : "LOCAL_LLM_API_KEY";
  const cause = innermost(error);

  if (options.midway) {
    const why = cause instanceof ModelTimeoutError ? `no text for ${duration(cause.ms)}` : (causeCode(cause) ?? "the connection broke");
    return {
      code: "model_stalled",
      message:
        `The model stopped responding midway (${model} on ${server}: ${why}). ` +
        "Its partial answer is kept as written; a quoted answer from the articles follows.",
      hint: "Ask again; if it keeps happening, check the model server's log.",
      midway: true,
    };
  }

  if (cause instanceof ModelTimeoutError) {
    return cause.kind === "first-token"
      ? {
          code: "model_timeout",
          message: `Model ${model} on ${server} did not start answering within ${duration(cause.ms)}.`,
          hint: "The model may still be loading: ask again in a moment, or raise LLM_FIRST_TOKEN_TIMEOUT_MS.",
        }
      : {
          code: "model_stalled",
          message: `Model ${model} on ${server} stopped sending its answer midway.`,
          hint: "Ask again; if it keeps happening, check the model server's log.",
        };
  }
  if (cause instanceof EmptyCompletionError) {
    return { code: "model_empty", message: `Model ${model} on ${server} returned an empty answer.`, hint: "Ask again, or choose another model." };
  }
  if (APICallError.isInstance(cause) && cause.statusCode !== undefined) {
    const status = cause.statusCode;
    if (status === 401 || status === 403)
      return {
        code: "model_unauthorized",
        message: `${Server} refused the request (HTTP ${status}): the API key is missing, wrong or not allowed to use ${model}.`,
        hint: `Check ${keyVar}.`,
      };
    if (status === 404)
      return {
        code: "model_not_found",
        message: `Model ${model} is not on ${server} (HTTP 404).`,
        hint:
          profile.kind === "local"
            ? `Run \`ollama pull ${model}\` (or load it in your server), or set LOCAL_LLM_MODEL to a model the server lists.`
            : `Set OPENAI_CHAT_MODEL to a model your account can use.`,
      };
    if (status === 429)
      return {
        code: "model_rate_limited",
        message: `${Server} is rate-limiting requests for ${model} (HTTP 429), even after retrying.`,
        hint: "Wait a minute and ask again.",
      };
    if (status >= 500)
      return { code: "model_server_error", message: `${Server} failed (HTTP ${status}).`, hint: "Ask again; if it persists, check the model server's log." };
    return { code: "model_error", message: `${Server} rejected the request (HTTP ${status}).`, hint: "Check the model settings in your configuration." };
  }
  const code = cause instanceof EndpointUnreachableError ? cause.reason : causeCode(cause);
  if (
    code === "ECONNREFUSED" ||
    code === "ENOTFOUND" ||
    code === "EHOSTUNREACH" ||
    code === "ECONNRESET" ||
    code === "UND_ERR_SOCKET" ||
    code === "UND_ERR_CONNECT_TIMEOUT"
  ) {
    return {
      code: "model_unreachable",
      message: `Cannot reach ${server} (${code}).`,
      hint:
        profile.kind === "local" ? "Start it (for Ollama: `ollama serve`), or fix LOCAL_LLM_BASE_URL." : "Check your network connection and OPENAI_BASE_URL.",
    };
  }
  // Node's fetch says "fetch failed", browsers and fetch mocks "Failed to fetch"; the AI SDK wraps either as "Cannot connect to API".
  const networkFailure =
    (cause instanceof TypeError && /fetch failed|failed to fetch/i.test(cause.message)) ||
    (APICallError.isInstance(cause) && cause.statusCode === undefined && /^Cannot connect to API/i.test(cause.message));
  if (networkFailure) {
    return {
      code: "model_unreachable",
      message: `Cannot reach ${server}.`,
      hint: profile.kind === "local" ? "Start it (for Ollama: `ollama serve`), or fix LOCAL_LLM_BASE_URL." : "Check your network connection.",
    };
  }
  const name = (cause as { name?: string })?.name ?? "";
  if (/TypeValidation|JSONParse|InvalidResponse/i.test(name)) {
    return {
      code: "model_bad_stream",
      message: `${Server} sent a response that is not valid OpenAI-compatible streaming data.`,
      hint: "Check that LOCAL_LLM_BASE_URL points at an OpenAI-compatible /v1 endpoint.",
    };
  }
  return {
    code: "model_error",
    message: `Model ${model} on ${server} failed while answering.`,
    hint: "Ask again; if it persists, check the model server's log.",
  };
}
