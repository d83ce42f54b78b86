/** A streaming client of POST /api/chat that times, per request, the first body byte, the first text delta and the end of the answer. */
import http from "node:http";
import { uiChunks } from "../lib/ai/ui-stream";
import { summarize } from "./stats";
import type { ServerLoad } from "./results";

export interface ChatTiming {
  /** performance.now() when the request was sent. */
  sentAt: number;
  ttfb: number;
  firstText: number;
  full: number;
  ok: boolean;
}

/** Ask one question and read the whole UI message stream. */
export function ask(baseUrl: string, question: string, profileId: string, agent: http.Agent): Promise<ChatTiming> {
  const body = JSON.stringify({
    id: `bench-${Math.random().toString(36).slice(2)}`,
    messages: [{ id: "q", role: "user", parts: [{ type: "text", text: question }] }],
    profileId,
  });
  const url = new URL("/api/chat", baseUrl);
  return new Promise((resolve) => {
    const sentAt = performance.now();
    const timing: ChatTiming = { sentAt, ttfb: NaN, firstText: NaN, full: NaN, ok: false };
    const request = http.request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (response) => {
        // The body as a web stream (timing its first byte), read by the AI SDK's parser as useChat reads it.
        const bytes = new ReadableStream<Uint8Array>({
          start(controller) {
            response.on("data", (data: Buffer) => {
              if (Number.isNaN(timing.ttfb)) timing.ttfb = performance.now() - sentAt;
              controller.enqueue(new Uint8Array(data));
            });
            response.on("end", () => controller.close());
            response.on("error", (error) => controller.error(error));
          },
        });
        void (async () => {
          for await (const chunk of uiChunks(bytes)) {
            if (chunk.type === "text-delta" && Number.isNaN(timing.firstText)) timing.firstText = performance.now() - sentAt;
          }
        })()
          .then(() => {
            timing.full = performance.now() - sentAt;
            timing.ok = response.statusCode === 200 && !Number.isNaN(timing.firstText);
          })
          .catch(() => undefined)
          .finally(() => resolve(timing));
      },
    );
    request.on("error", () => resolve(timing));
    request.end(body);
  });
}

/** `clients` concurrent clients, each asking `perClient` questions in turn (cycling through `questions`). */
export async function runLoad(
  baseUrl: string,
  questions: string[],
  profileId: string,
  clients: number,
  perClient: number,
): Promise<{ load: ServerLoad; timings: ChatTiming[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const timings: ChatTiming[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < perClient; i++) timings.push(await ask(baseUrl, questions[next++ % questions.length]!, profileId, agent));
    }),
  );
  agent.destroy();
  const ok = timings.filter((t) => t.ok);
  return {
    timings,
    load: {
      requests: timings.length,
      clients,
      errors: timings.length - ok.length,
      ttfbMs: summarize(ok.map((t) => t.ttfb)),
      firstTextMs: summarize(ok.map((t) => t.firstText)),
      fullMs: summarize(ok.map((t) => t.full)),
    },
  };
}
