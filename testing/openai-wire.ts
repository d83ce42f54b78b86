/**
 * The wire format of a fake OpenAI-compatible endpoint, in one place: chat-completion chunks and
 * completions, SSE framing, the /models list, error bodies, and the one vocabulary of faults.
 * `planChat` turns a request, the reply settings and the current fault into what to send; the msw
 * handlers (fake-openai-msw.ts) and the real HTTP server (fake-openai-server.ts) only carry it out.
 */

/** What the endpoint does with the next requests. */
export type OpenAIFault =
  /** Answer normally. */
  | { kind: "none" }
  /** A network error, as when nothing listens on the port (the real server stops listening). */
  | { kind: "refused" }
  /**
   * An HTTP error with an OpenAI-style error body; `times` limits how many requests get it (then
   * normal). Unless `headers` say otherwise it asks for a retry after 1 ms (`retry-after-ms`, which
   * the AI SDK honours), so a client's bounded retries are counted without its 2 s + 4 s back-off.
   */
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string>; times?: number }
  /** Send the headers (and the role chunk), then nothing at all until the client gives up. */
  | { kind: "no-first-token" }
  /** Send `chunks` content chunks, then nothing until the client gives up (a model stalling midway). */
  | { kind: "stall"; chunks: number }
  /** Send `chunks` content chunks, then break the connection (as an upstream socket reset does). */
  | { kind: "reset"; chunks: number }
  /** Send events that are not valid JSON chunks. */
  | { kind: "malformed" }
  /** Stream the reply with this pause between chunks; `finish` is the finish_reason sent at the end (default stop). */
  | { kind: "slow"; intervalMs: number; finish?: string }
  /** A well-formed stream with no content at all. */
  | { kind: "empty" };

export const NO_FAULT: OpenAIFault = { kind: "none" };

/** The default answer of both fakes: one sentence citing passage [1]. */
export const DEFAULT_REPLY = "Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 năm 2025 [1].";

/** The body of a chat-completions request, as far as the fakes read it. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: Array<{ role: string; content: unknown }>;
  [key: string]: unknown;
}

/** How the reply is written (not a fault: the pace of a healthy server). */
export interface ReplySettings {
  /** Chat model name advertised by /models and echoed in chunks. */
  model: string;
  /** Further models listed by /models. */
  extraModels: string[];
  /** Answer text; a function gets the parsed request body. */
  reply: string | ((body: ChatRequestBody | null) => string);
  /** Characters per streamed chunk. */
  chunkChars: number;
  /** Pause after each content chunk, in milliseconds. */
  intervalMs: number;
  /** Pause before the first content chunk, in milliseconds. */
  firstChunkDelayMs: number;
  /** Pause before answering a non-streamed request (the app's query rewrite); null: `firstChunkDelayMs`. */
  rewriteDelayMs: number | null;
}

/** What to send for one request. */
export type ChatPlan =
  | { kind: "refused" }
  /** A JSON answer after `delayMs` (or never, with `hang`: the client times out). */
  | { kind: "json"; status: number; body: unknown; headers: Record<string, string>; delayMs: number; hang: boolean }
  /** An event stream: writes and pauses in order, then how it ends. */
  | { kind: "sse"; steps: SseStep[]; end: "close" | "hang" | "reset" };

export type SseStep = { write: string; content?: boolean } | { pauseMs: number };

export const SSE_HEADERS = { "content-type": "text/event-stream", "cache-control": "no-cache" } as const;

/** One server-sent event carrying `payload` (a string is sent as is, e.g. "[DONE]" or broken JSON). */
export function sseEvent(payload: unknown): string {
  return `data: ${typeof payload === "string" ? payload : JSON.stringify(payload)}\n\n`;
}

/** An OpenAI-style error body. */
export function errorBody(message: string, status: number): unknown {
  return { error: { message, type: "fake_error", code: `fake_${status}` } };
}

/** GET /models. */
export function modelList(settings: Pick<ReplySettings, "model" | "extraModels">): unknown {
  return {
    object: "list",
    data: [settings.model, ...settings.extraModels].map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: "fake" })),
  };
}

/** The answer to GET /models under a fault: the list, an error status, or a refused connection. */
export function planModels(settings: ReplySettings, fault: OpenAIFault): ChatPlan {
  if (fault.kind === "refused") return { kind: "refused" };
  if (fault.kind === "status")
    return { kind: "json", status: fault.status, body: errorBody(statusMessage(fault), fault.status), headers: fault.headers ?? {}, delayMs: 0, hang: false };
  return { kind: "json", status: 200, body: modelList(settings), headers: {}, delayMs: 0, hang: false };
}

function statusMessage(fault: Extract<OpenAIFault, { kind: "status" }>): string {
  return fault.message ?? `The fake was told to fail with ${fault.status}.`;
}

/** Text of the messages of a request, joined (for reply functions that look at the prompt). */
export function promptText(body: ChatRequestBody | null): string {
  return (body?.messages ?? []).map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content))).join("\n");
}

/** The user message of a request (the one holding the passages), as text. */
export function userPrompt(body: ChatRequestBody | null): string {
  const last = [...(body?.messages ?? [])].reverse().find((m) => m.role === "user");
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
}

/** POST /chat/completions: what to send for this request under the current fault. */
export function planChat(settings: ReplySettings, fault: OpenAIFault, body: ChatRequestBody | null, id: string): ChatPlan {
  if (fault.kind === "refused") return { kind: "refused" };
  if (fault.kind === "status") {
    return {
      kind: "json",
      status: fault.status,
      body: errorBody(statusMessage(fault), fault.status),
      headers: fault.headers ?? { "retry-after-ms": "1" },
      delayMs: 0,
      hang: false,
    };
  }
  const text = typeof settings.reply === "function" ? settings.reply(body) : settings.reply;
  const created = Math.floor(Date.now() / 1000);
  const model = settings.model;

  if (!body?.stream) {
    const completion = {
      id,
      object: "chat.completion",
      created,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
      usage: { prompt_tokens: 10, completion_tokens: text.length, total_tokens: 10 + text.length },
    };
    const hang = fault.kind === "no-first-token";
    return { kind: "json", status: 200, body: completion, headers: {}, delayMs: settings.rewriteDelayMs ?? settings.firstChunkDelayMs, hang };
  }

  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
    id,
    object: "chat.completion.chunk",
    created,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  const steps: SseStep[] = [{ write: sseEvent(chunk({ role: "assistant", content: "" })) }];
  if (fault.kind === "no-first-token") return { kind: "sse", steps, end: "hang" };
  if (fault.kind === "malformed") {
    steps.push({ write: sseEvent("{this is not json") }, { write: sseEvent({ unexpected: true, choices: "nope" }) }, { write: sseEvent("[DONE]") });
    return { kind: "sse", steps, end: "close" };
  }
  if (fault.kind === "empty") {
    steps.push({ write: sseEvent(chunk({}, "stop")) }, { write: sseEvent("[DONE]") });
    return { kind: "sse", steps, end: "close" };
  }

  const size = Math.max(1, settings.chunkChars);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  const limit = fault.kind === "stall" || fault.kind === "reset" ? Math.min(fault.chunks, pieces.length) : pieces.length;
  const pause = fault.kind === "slow" ? fault.intervalMs : settings.intervalMs;
  if (settings.firstChunkDelayMs > 0) steps.push({ pauseMs: settings.firstChunkDelayMs });
  for (const piece of pieces.slice(0, limit)) steps.push({ write: sseEvent(chunk({ content: piece })), content: true }, { pauseMs: pause });
  if (fault.kind === "stall") return { kind: "sse", steps, end: "hang" };
  if (fault.kind === "reset") return { kind: "sse", steps, end: "reset" };
  steps.push({ write: sseEvent(chunk({}, fault.kind === "slow" ? (fault.finish ?? "stop") : "stop")) });
  if (body.stream_options?.include_usage) {
    steps.push({
      write: sseEvent({
        id,
        object: "chat.completion.chunk",
        created,
        model,
        choices: [],
        usage: { prompt_tokens: 10, completion_tokens: limit, total_tokens: 10 + limit },
      }),
    });
  }
  steps.push({ write: sseEvent("[DONE]") });
  return { kind: "sse", steps, end: "close" };
}

/** The current fault, with a status fault's `times` counted down: after that many requests the endpoint is healthy. */
export class FaultSwitch {
  private fault: OpenAIFault = NO_FAULT;
  private served = 0;

  get current(): OpenAIFault {
    return this.fault;
  }

  set(fault: OpenAIFault): void {
    this.fault = fault;
    this.served = 0;
  }

  /** The fault for the next chat request (counts a status fault's use). */
  take(): OpenAIFault {
    const fault = this.fault;
    if (fault.kind !== "status" || fault.times === undefined) return fault;
    if (this.served >= fault.times) return NO_FAULT;
    this.served++;
    return fault;
  }
}

/** An error like the one Node's fetch throws for a refused connection (ECONNREFUSED in its cause). */
export function connectionRefusedError(url: string): Error {
  const cause = Object.assign(new Error(`connect ECONNREFUSED ${new URL(url).host}`), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
  return Object.assign(new TypeError("fetch failed"), { code: "ECONNREFUSED", errno: -111, cause });
}

/** A pause that ends early when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
