/**
 * The two faces of the one fake OpenAI-compatible endpoint (msw handlers and the real HTTP server)
 * answer every fault of the one vocabulary with the same bytes: a test that passes against one
 * means the same against the other.
 */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIMock } from "../../../testing/fake-openai-msw";
import { FakeOpenAIServer } from "../../../testing/fake-openai-server";
import type { OpenAIFault } from "../../../testing/openai-wire";

const MODEL = "parity-model";
const MSW_BASE = "http://fake-msw.test/v1";
/** No byte for this long: the endpoint is holding the stream open (a stall). */
const SILENCE_MS = 600;

const mock = createOpenAIMock({ baseUrl: MSW_BASE, model: MODEL, chunkChars: 12, intervalMs: 1 });
const msw = setupServer(...mock.handlers);
let real: FakeOpenAIServer;

beforeAll(async () => {
  msw.listen({ onUnhandledRequest: "bypass" }); // the real server's requests go over its socket
  real = await FakeOpenAIServer.start({ model: MODEL, chunkChars: 12, intervalMs: 1 });
});
afterAll(async () => {
  msw.close();
  await real.stop();
});

interface Exchange {
  status: number;
  contentType: string | null;
  retryAfterMs: string | null;
  /** The body, with the per-request id and timestamp taken out. */
  body: string;
  /** How the body ended: completely, held open, or broken off. */
  ended: "complete" | "held open" | "broken";
}

async function exchange(baseUrl: string, stream: boolean): Promise<Exchange> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: MODEL, stream, messages: [{ role: "user", content: "Vòng hai diễn ra khi nào?" }] }),
    signal: abort.signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let body = "";
  let ended: Exchange["ended"] = "complete";
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const silent = new Promise<"silent">((resolve) => {
        timer = setTimeout(() => resolve("silent"), SILENCE_MS);
      });
      const next = await Promise.race([reader.read(), silent]).finally(() => clearTimeout(timer));
      if (next === "silent") {
        ended = "held open";
        abort.abort();
        break;
      }
      if (next.done) break;
      body += decoder.decode(next.value, { stream: true });
    }
  } catch {
    ended = "broken";
  }
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    retryAfterMs: response.headers.get("retry-after-ms"),
    body: body.replace(/"id":"chatcmpl-[^"]+"/g, '"id":"ID"').replace(/"created":\d+/g, '"created":0'),
    ended,
  };
}

/** Both faces under `fault`, side by side. */
async function both(fault: OpenAIFault, stream = true): Promise<[Exchange, Exchange]> {
  mock.reset();
  mock.setFault(fault);
  await real.reset({ fault });
  return Promise.all([exchange(MSW_BASE, stream), exchange(real.baseUrl, stream)]);
}

describe("msw handlers and the HTTP server speak the same wire format", () => {
  const faults: OpenAIFault[] = [
    { kind: "none" },
    { kind: "status", status: 404, message: "model not found" },
    { kind: "status", status: 500 },
    { kind: "status", status: 429, headers: { "retry-after": "0" } },
    { kind: "no-first-token" },
    { kind: "stall", chunks: 2 },
    { kind: "reset", chunks: 2 },
    { kind: "malformed" },
    { kind: "empty" },
    { kind: "slow", intervalMs: 2, finish: "length" },
  ];

  it.each(faults.map((f) => [JSON.stringify(f), f] as const))("%s", async (_name, fault) => {
    const [fromMsw, fromServer] = await both(fault);
    expect(fromMsw).toEqual(fromServer);
    expect(fromMsw.status).toBe(fault.kind === "status" ? fault.status : 200);
    if (fault.kind === "none") expect(fromMsw.body).toMatch(/^data: \{"id":"ID","object":"chat.completion.chunk".*data: \[DONE\]\n\n$/s);
    if (fault.kind === "stall" || fault.kind === "no-first-token") expect(fromMsw.ended).toBe("held open");
    if (fault.kind === "reset") expect(fromMsw.ended).toBe("broken");
    // A status fault asks for an immediate retry unless it names its own headers.
    if (fault.kind === "status") expect(fromMsw.retryAfterMs).toBe(fault.headers ? null : "1");
  });

  it("a non-streamed completion (the query rewrite)", async () => {
    const [fromMsw, fromServer] = await both({ kind: "none" }, false);
    expect(fromMsw).toEqual(fromServer);
    expect(JSON.parse(fromMsw.body)).toMatchObject({ object: "chat.completion", model: MODEL, choices: [{ message: { role: "assistant" } }] });
  });

  it("refused: both fail as Node's fetch does when nothing listens (ECONNREFUSED)", async () => {
    mock.setFault({ kind: "refused" });
    await real.setFault({ kind: "refused" });
    // The client's pooled keep-alive socket to the server was cut by the stop; let it hear so before the next request.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const failures = await Promise.all(
      [MSW_BASE, real.baseUrl].map((base) =>
        fetch(`${base}/models`).then(
          () => "answered",
          (error: { cause?: { code?: string } }) => error.cause?.code,
        ),
      ),
    );
    expect(failures).toEqual(["ECONNREFUSED", "ECONNREFUSED"]);
    await real.setFault({ kind: "none" });
    expect((await fetch(`${real.baseUrl}/models`)).status).toBe(200);
  });

  it("GET /models lists the model in the same form", async () => {
    mock.reset();
    await real.reset();
    const [fromMsw, fromServer] = await Promise.all([MSW_BASE, real.baseUrl].map(async (base) => (await fetch(`${base}/models`)).json()));
    expect(fromMsw).toEqual(fromServer);
    expect(fromMsw).toMatchObject({ object: "list", data: [{ id: MODEL, object: "model" }] });
  });
});
