/**
 * Limits on model answers, through the chat route with the local profile against an msw model:
 * per-client requests per minute and concurrent streams (429 + Retry-After), the history token
 * budget, and the output caps (tokens, bytes, time) that end an answer with a note, not an error.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_MOCK_REPLY } from "../../testing/fake-openai-msw";
import { localModelEnv, mswLocalModel } from "../support/msw-model";
import { chatBody, loadRoutes, sharedRoutes } from "../support/routes";
import { metadata, readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";

const mock = mswLocalModel();

const local = (extra: Record<string, string> = {}) => localModelEnv({ LLM_MAX_RETRIES: "0", ...extra });
const fromClient = (address: string): RequestInit => ({ headers: { "content-type": "application/json", "x-forwarded-for": address } });

describe("per-client rate (RATE_LIMIT_PER_MINUTE=3)", () => {
  const routes = sharedRoutes(local({ RATE_LIMIT_PER_MINUTE: "3", MAX_CONCURRENT_STREAMS: "10" }));

  it("answers 3 model questions a minute, then 429 with Retry-After and a clear message; other clients and the offline profile go on", async () => {
    for (let i = 0; i < 3; i++) {
      const response = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.7"));
      expect(response.status).toBe(200);
      await readUIChunks(response);
    }
    const refused = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.7"));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const { error } = (await refused.json()) as { error: { code: string; message: string; hint: string } };
    expect(error.code).toBe("rate_limited:client");
    expect(error.message).toMatch(/at most 3 a minute/);
    expect(error.hint).toMatch(new RegExp(`${retryAfter} s`));
    expect(mock.chatRequests()).toHaveLength(3); // the refused one never reached the model

    expect((await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.8"))).status).toBe(200);
    expect((await routes.chat(chatBody(QUESTION, { profileId: "offline" }), fromClient("10.0.0.7"))).status).toBe(200);
  });
});

describe("concurrent streams per client (MAX_CONCURRENT_STREAMS=1)", () => {
  const routes = sharedRoutes(local({ RATE_LIMIT_PER_MINUTE: "100", MAX_CONCURRENT_STREAMS: "1" }));

  it("refuses a second answer while the first streams, and admits one once it has ended", async () => {
    // The first answer must still be streaming when the second request reaches the limiter: on a
    // loaded two-core machine that can take a few hundred milliseconds, so six pieces 250 ms apart.
    mock.setFault({ kind: "slow", intervalMs: 250 });
    const first = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.9"));
    expect(first.status).toBe(200);
    const second = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.9"));
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBeTruthy();
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/at most 1 can stream/);
    await readUIChunks(first);
    const third = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.9"));
    expect(third.status).toBe(200);
    await readUIChunks(third);
  });

  it("a client that goes away frees its slot", async () => {
    mock.setFault({ kind: "slow", intervalMs: 50 });
    const client = new AbortController();
    const first = await routes.chat(chatBody(QUESTION, { profileId: "local" }), { ...fromClient("10.0.0.10"), signal: client.signal });
    const reader = first.body!.getReader();
    await reader.read();
    client.abort();
    await reader.cancel().catch(() => {});
    await expect
      .poll(
        async () => {
          const next = await routes.chat(chatBody(QUESTION, { profileId: "local" }), fromClient("10.0.0.10"));
          if (next.status === 200) await readUIChunks(next);
          return next.status;
        },
        { timeout: 5000, interval: 200 },
      )
      .toBe(200);
  });
});

describe("history budget (HISTORY_TOKEN_BUDGET=400)", () => {
  const routes = sharedRoutes(local({ HISTORY_TOKEN_BUDGET: "400" }));

  it("forwards only the newest turns that fit (oldest dropped first) and says how many were dropped", async () => {
    // Synthetic turns of 600 characters (~200 tokens each): 10 of them, i.e. ~2,000 tokens.
    const history = Array.from({ length: 10 }, (_, i) => ({
      role: (i % 2 === 0 ? "user" : "assistant") as "user" | "assistant",
      text: `Lượt ${i} ${"thuế quan ".repeat(60).slice(0, 590)}`,
    }));
    const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local", history })));
    expect(metadata(chunks).historyDropped).toBe(8);
    const sent = JSON.stringify(mock.chatRequests().at(-1)!.body);
    expect(sent).toContain("Lượt 9 ");
    expect(sent).toContain("Lượt 8 ");
    expect(sent).not.toContain("Lượt 7 ");
    expect(sent).not.toContain("Lượt 0 ");
  });

  it("says nothing when the whole history fits", async () => {
    const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local", history: [{ role: "user", text: "Xin chào" }] })));
    expect(metadata(chunks).historyDropped).toBeUndefined();
  });
});

describe("output caps", () => {
  it("LLM_MAX_OUTPUT_TOKENS goes to the model; a 'length' finish ends the answer with a note", async () => {
    const routes = await loadRoutes(local({ LLM_MAX_OUTPUT_TOKENS: "64" }));
    try {
      mock.setFault({ kind: "slow", intervalMs: 1, finish: "length" });
      const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
      const body = mock.chatRequests().at(-1)!.body as Record<string, unknown>;
      expect(body.max_tokens ?? body.max_completion_tokens).toBe(64);
      const text = streamedText(chunks);
      expect(text.startsWith(DEFAULT_MOCK_REPLY)).toBe(true);
      expect(text).toMatch(/LLM_MAX_OUTPUT_TOKENS\)\._$/);
      const meta = metadata(chunks);
      expect(meta.truncated).toBe("tokens");
      expect(meta.failure).toBeUndefined();
      expect(meta.mode).toBe("llm");
    } finally {
      routes.cleanup();
    }
  });

  it("ANSWER_MAX_BYTES: relays at most that many bytes, stops the model, ends with a note", async () => {
    const routes = await loadRoutes(local({ ANSWER_MAX_BYTES: "1024" }));
    try {
      mock.setReply("Thuế đối ứng được thảo luận [1]. ".repeat(300)); // ~10 KB of UTF-8
      const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
      const text = streamedText(chunks);
      const [answer, note] = text.split("\n\n_");
      expect(Buffer.byteLength(answer!)).toBeLessThanOrEqual(1024);
      expect(Buffer.byteLength(answer!)).toBeGreaterThan(900);
      expect(note).toMatch(/ANSWER_MAX_BYTES/);
      expect(metadata(chunks).truncated).toBe("bytes");
      expect(mock.chatRequests().at(-1)!.aborted).toBe(true);
    } finally {
      routes.cleanup();
    }
  });

  it("ANSWER_MAX_MS: an endless stream ends at the time cap with a note", async () => {
    const routes = await loadRoutes(local({ ANSWER_MAX_MS: "1000", LLM_STALL_TIMEOUT_MS: "5000" }));
    try {
      mock.setReply("Vòng hai [1]. ".repeat(400));
      mock.setFault({ kind: "slow", intervalMs: 50 });
      const started = Date.now();
      const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
      expect(Date.now() - started).toBeLessThan(4000);
      expect(streamedText(chunks)).toMatch(/ANSWER_MAX_MS\)\._$/);
      expect(metadata(chunks).truncated).toBe("time");
      expect(metadata(chunks).failure).toBeUndefined();
      expect(mock.chatRequests().at(-1)!.aborted).toBe(true);
    } finally {
      routes.cleanup();
    }
  });
});
