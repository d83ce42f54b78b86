/**
 * msw handlers that emulate an OpenAI-compatible chat-completions endpoint (streaming SSE and plain
 * JSON) at a given base URL, with switchable faults. msw intercepts Node's global fetch, which the
 * AI SDK uses, so the route handlers talk to this mock in-process.
 *
 *   const mock = createOpenAIMock({ baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b" });
 *   const server = setupServer(...mock.handlers); server.listen({ onUnhandledRequest: "error" });
 *   mock.setFault({ kind: "status", status: 404 });
 *
 * Every request is recorded (body, authorization header, whether the client aborted it); GET /models
 * answers with the model list, or with the current fault when it is "refused" or "status".
 */
import { http, HttpResponse } from "msw";

export type OpenAIFault =
  /** Answer normally. */
  | { kind: "none" }
  /** A network error, as when nothing listens on the port (the client's fetch rejects). */
  | { kind: "refused" }
  /** An HTTP error with an OpenAI-style error body; `times` limits how many requests get it (then normal). */
  | { kind: "status"; status: number; message?: string; headers?: Record<string, string>; times?: number }
  /** Send the headers, then nothing at all (no first token) until the client gives up. */
  | { kind: "no-first-token" }
  /** Send `chunks` content chunks, then nothing until the client gives up. */
  | { kind: "stall"; chunks: number }
  /** Send `chunks` content chunks, then break the connection (as an upstream socket reset does). */
  | { kind: "reset"; chunks: number }
  /** Send events that are not valid JSON chunks. */
  | { kind: "malformed" }
  /** Stream the reply with this pause between chunks; `finish` is the finish_reason sent at the end (default stop). */
  | { kind: "slow"; intervalMs: number; finish?: string }
  /** A well-formed stream with no content at all. */
  | { kind: "empty" };

export interface MockRequest {
  url: string;
  body: { model?: string; stream?: boolean; messages?: Array<{ role: string; content: unknown }>; [key: string]: unknown } | null;
  authorization: string | null;
  aborted: boolean;
  /** The fault applied to this request. */
  fault: OpenAIFault["kind"];
}

export const DEFAULT_MOCK_REPLY = "Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 năm 2025 [1].";

export interface OpenAIMock {
  handlers: ReturnType<typeof http.post>[];
  requests: MockRequest[];
  chatRequests: () => MockRequest[];
  setFault: (fault: OpenAIFault) => void;
  setReply: (reply: string | ((body: MockRequest["body"]) => string)) => void;
  /** Back to a healthy endpoint with the default reply; forget recorded requests. */
  reset: () => void;
}

const encoder = new TextEncoder();

function sse(payload: unknown): Uint8Array {
  return encoder.encode(`data: ${typeof payload === "string" ? payload : JSON.stringify(payload)}\n\n`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function createOpenAIMock(options: { baseUrl: string; model: string; chunkChars?: number; intervalMs?: number }): OpenAIMock {
  const base = options.baseUrl.replace(/\/+$/, "");
  const chunkChars = options.chunkChars ?? 12;
  const intervalMs = options.intervalMs ?? 2;
  const requests: MockRequest[] = [];
  let fault: OpenAIFault = { kind: "none" };
  let statusServed = 0;
  let reply: string | ((body: MockRequest["body"]) => string) = DEFAULT_MOCK_REPLY;

  const chunk = (id: string, delta: Record<string, unknown>, finish: string | null = null) => ({
    id,
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model: options.model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });

  /** An SSE body that writes `events` then ends, or stays open (`hang`) until the client aborts. */
  function stream(signal: AbortSignal, events: Array<Uint8Array | number>, hang: boolean, reset = false): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      async start(controller) {
        const onAbort = () => {
          try {
            controller.close();
          } catch {
            /* already closed */
          }
        };
        signal.addEventListener("abort", onAbort, { once: true });
        for (const event of events) {
          if (signal.aborted) return;
          if (typeof event === "number") await sleep(event);
          else controller.enqueue(event);
        }
        if (reset && !signal.aborted) {
          signal.removeEventListener("abort", onAbort);
          controller.error(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
        } else if (!hang && !signal.aborted) {
          signal.removeEventListener("abort", onAbort);
          controller.close();
        }
      },
    });
  }

  const chatCompletions = http.post(`${base}/chat/completions`, async ({ request }) => {
    let body: MockRequest["body"] = null;
    try {
      body = (await request.clone().json()) as MockRequest["body"];
    } catch {
      body = null;
    }
    const current = fault;
    const record: MockRequest = { url: request.url, body, authorization: request.headers.get("authorization"), aborted: false, fault: current.kind };
    requests.push(record);
    request.signal.addEventListener("abort", () => (record.aborted = true), { once: true });
    // The client may have given up while the body was being read (a short first-token timeout on a
    // loaded machine): the listener above would never hear of it.
    if (request.signal.aborted) record.aborted = true;

    if (current.kind === "refused") return HttpResponse.error();
    if (current.kind === "status" && (current.times === undefined || statusServed < current.times)) {
      statusServed++;
      return HttpResponse.json(
        { error: { message: current.message ?? `The mock was told to fail with ${current.status}.`, type: "mock_error", code: `mock_${current.status}` } },
        { status: current.status, headers: current.headers },
      );
    }

    const text = typeof reply === "function" ? reply(body) : reply;
    const id = `chatcmpl-mock-${requests.length}`;
    if (!body?.stream) {
      return HttpResponse.json({
        id,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: options.model,
        choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      });
    }

    const events: Array<Uint8Array | number> = [];
    let hang = false;
    let reset = false;
    if (current.kind === "no-first-token") {
      hang = true;
    } else if (current.kind === "malformed") {
      events.push(sse(chunk(id, { role: "assistant", content: "" })), sse("{this is not json"), sse({ unexpected: true, choices: "nope" }), sse("[DONE]"));
    } else if (current.kind === "empty") {
      events.push(sse(chunk(id, { role: "assistant", content: "" })), sse(chunk(id, {}, "stop")), sse("[DONE]"));
    } else {
      events.push(sse(chunk(id, { role: "assistant", content: "" })));
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += chunkChars) pieces.push(text.slice(i, i + chunkChars));
      const limit = current.kind === "stall" || current.kind === "reset" ? Math.min(current.chunks, pieces.length) : pieces.length;
      const pause = current.kind === "slow" ? current.intervalMs : intervalMs;
      for (const piece of pieces.slice(0, limit)) events.push(sse(chunk(id, { content: piece })), pause);
      if (current.kind === "stall") hang = true;
      else if (current.kind === "reset") reset = true;
      else events.push(sse(chunk(id, {}, current.kind === "slow" ? (current.finish ?? "stop") : "stop")), sse("[DONE]"));
    }
    return new HttpResponse(stream(request.signal, events, hang, reset), {
      status: 200,
      headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    });
  });

  const models = http.get(`${base}/models`, ({ request }) => {
    requests.push({ url: request.url, body: null, authorization: request.headers.get("authorization"), aborted: false, fault: fault.kind });
    if (fault.kind === "refused") return HttpResponse.error();
    if (fault.kind === "status") {
      return HttpResponse.json({ error: { message: fault.message ?? `The mock was told to fail with ${fault.status}.`, type: "mock_error" } }, { status: fault.status, headers: fault.headers });
    }
    return HttpResponse.json({ object: "list", data: [{ id: options.model, object: "model", created: 1_700_000_000, owned_by: "mock" }] });
  });

  return {
    handlers: [chatCompletions, models] as ReturnType<typeof http.post>[],
    requests,
    chatRequests: () => requests.filter((r) => r.url.endsWith("/chat/completions")),
    setFault: (next) => {
      fault = next;
      statusServed = 0;
    },
    setReply: (next) => {
      reply = next;
    },
    reset: () => {
      fault = { kind: "none" };
      statusServed = 0;
      reply = DEFAULT_MOCK_REPLY;
      requests.length = 0;
    },
  };
}

/** The user message of a recorded chat request (the one holding the passages), as text. */
export function userPrompt(request: MockRequest): string {
  const messages = request.body?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === "user");
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
}
