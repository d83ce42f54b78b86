/**
 * The fake OpenAI-compatible endpoint as msw handlers at a base URL: msw intercepts Node's global
 * fetch, which the AI SDK uses, so route handlers under test talk to it in-process. The wire format
 * and the faults are openai-wire.ts's; this file only carries a plan out through msw.
 *
 *   const mock = createOpenAIMock({ baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b" });
 *   const server = setupServer(...mock.handlers); server.listen({ onUnhandledRequest: "error" });
 *   mock.setFault({ kind: "status", status: 404 });
 *
 * Every request is recorded (body, authorization header, whether the client aborted it, the fault applied).
 */
import { http, HttpResponse } from "msw";
import {
  DEFAULT_REPLY,
  FaultSwitch,
  SSE_HEADERS,
  connectionRefusedError,
  pause,
  planChat,
  planModels,
  userPrompt as promptOf,
  type ChatPlan,
  type ChatRequestBody,
  type OpenAIFault,
  type ReplySettings,
} from "./openai-wire";

export type { OpenAIFault } from "./openai-wire";

export interface MockRequest {
  url: string;
  body: ChatRequestBody | null;
  authorization: string | null;
  /** The client aborted the request. msw hears of it only when the abort comes while the handler listens (racy). */
  aborted: boolean;
  /** The fault applied to this request. */
  fault: OpenAIFault["kind"];
}

export const DEFAULT_MOCK_REPLY = DEFAULT_REPLY;

export interface OpenAIMock {
  handlers: ReturnType<typeof http.post>[];
  requests: MockRequest[];
  chatRequests: () => MockRequest[];
  setFault: (fault: OpenAIFault) => void;
  setReply: (reply: ReplySettings["reply"]) => void;
  /** Back to a healthy endpoint with the default reply; forget recorded requests. */
  reset: () => void;
}

/** An event-stream body that carries out `plan`'s steps, then closes, stays open until the client aborts, or breaks. */
function sseBody(plan: Extract<ChatPlan, { kind: "sse" }>, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
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
      for (const step of plan.steps) {
        if (signal.aborted) return;
        if ("pauseMs" in step) await pause(step.pauseMs, signal);
        else controller.enqueue(encoder.encode(step.write));
      }
      if (signal.aborted || plan.end === "hang") return;
      signal.removeEventListener("abort", onAbort);
      if (plan.end === "reset") controller.error(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
      else controller.close();
    },
  });
}

/** Carry a plan out as an msw response. */
async function respond(plan: ChatPlan, request: Request): Promise<Response> {
  if (plan.kind === "refused") throw connectionRefusedError(request.url); // msw passes an errno-like error on to fetch's caller
  if (plan.kind === "sse") return new HttpResponse(sseBody(plan, request.signal), { status: 200, headers: SSE_HEADERS });
  if (plan.hang) await new Promise<void>((resolve) => request.signal.addEventListener("abort", () => resolve(), { once: true }));
  else await pause(plan.delayMs, request.signal);
  return HttpResponse.json(plan.body as Record<string, unknown>, { status: plan.status, headers: plan.headers });
}

export function createOpenAIMock(options: { baseUrl: string; model: string; chunkChars?: number; intervalMs?: number }): OpenAIMock {
  const base = options.baseUrl.replace(/\/+$/, "");
  const requests: MockRequest[] = [];
  const fault = new FaultSwitch();
  const defaults: ReplySettings = {
    model: options.model,
    extraModels: [],
    reply: DEFAULT_REPLY,
    chunkChars: options.chunkChars ?? 12,
    intervalMs: options.intervalMs ?? 2,
    firstChunkDelayMs: 0,
    rewriteDelayMs: 0,
  };
  let settings = { ...defaults };

  const chatCompletions = http.post(`${base}/chat/completions`, async ({ request }) => {
    let body: ChatRequestBody | null = null;
    try {
      body = (await request.clone().json()) as ChatRequestBody;
    } catch {
      body = null;
    }
    const applied = fault.take();
    const record: MockRequest = { url: request.url, body, authorization: request.headers.get("authorization"), aborted: false, fault: applied.kind };
    requests.push(record);
    request.signal.addEventListener("abort", () => (record.aborted = true), { once: true });
    // The client may have given up while the body was being read (a short first-token timeout on a
    // loaded machine): the listener above would never hear of it.
    if (request.signal.aborted) record.aborted = true;
    return respond(planChat(settings, applied, body, `chatcmpl-mock-${requests.length}`), request);
  });

  const models = http.get(`${base}/models`, ({ request }) => {
    requests.push({ url: request.url, body: null, authorization: request.headers.get("authorization"), aborted: false, fault: fault.current.kind });
    return respond(planModels(settings, fault.current), request);
  });

  return {
    handlers: [chatCompletions, models] as ReturnType<typeof http.post>[],
    requests,
    chatRequests: () => requests.filter((r) => r.url.endsWith("/chat/completions")),
    setFault: (next) => fault.set(next),
    setReply: (reply) => {
      settings = { ...settings, reply };
    },
    reset: () => {
      fault.set({ kind: "none" });
      settings = { ...defaults };
      requests.length = 0;
    },
  };
}

/** The user message of a recorded chat request (the one holding the passages), as text. */
export function userPrompt(request: MockRequest): string {
  return promptOf(request.body);
}
