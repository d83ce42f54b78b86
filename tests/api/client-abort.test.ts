/**
 * A client that goes away mid-answer cancels the upstream model request: the route handler gets a
 * Request whose signal is aborted after the first text chunk, and the real fake OpenAI-compatible
 * server (a socket on loopback, streaming slowly) records its request as aborted.
 * Also: a real "connection refused" from a stopped server (not an emulation).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ModelFailure } from "@/lib/types";
import { FakeOpenAIServer } from "../../testing/fake-openai-server";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { metadata, readUIChunks, streamedText, uiChunks, type UIChunk } from "@/lib/ai/ui-stream";

const MODEL = "qwen2.5:7b";
const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
const SLOW_REPLY = "Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 năm 2025 tại Washington [1]. ".repeat(4);

let fake: FakeOpenAIServer;
let routes: Routes;

beforeAll(async () => {
  fake = await FakeOpenAIServer.start({ model: MODEL });
  routes = await loadRoutes({ LOCAL_LLM_BASE_URL: fake.baseUrl, LOCAL_LLM_MODEL: MODEL, LLM_MAX_RETRIES: "0" });
});
afterAll(async () => {
  routes.cleanup();
  await fake.stop();
});
beforeEach(async () => {
  await fake.restart();
  fake.reset();
});

describe("client disconnect", () => {
  it("aborting the request after the first text chunk cancels the upstream model request", async () => {
    fake.configure({ reply: SLOW_REPLY, chunkChars: 4, intervalMs: 80 });
    const totalChunks = Math.ceil(SLOW_REPLY.length / 4);
    const client = new AbortController();
    const response = await routes.chat(chatBody(QUESTION, { profileId: "local" }), { signal: client.signal });
    expect(response.status).toBe(200);

    // Read up to the first text, then go away: abort the request and (leaving the loop) cancel the body.
    const chunks: UIChunk[] = [];
    for await (const chunk of uiChunks(response.body!)) {
      chunks.push(chunk);
      if (chunk.type === "text-delta") {
        client.abort();
        break;
      }
    }
    expect(chunks.some((c) => c.type === "data-passages")).toBe(true);
    expect(metadata(chunks).mode).toBe("llm");

    await vi.waitFor(() => expect(fake.chatRequests()[0]?.aborted).toBe(true), { timeout: 5_000, interval: 20 });
    const upstream = fake.chatRequests()[0]!;
    expect(upstream.completed).toBe(false);
    expect(upstream.chunksSent).toBeLessThan(totalChunks);
    // Nothing keeps streaming from the model after the cancel.
    const sentAtAbort = upstream.chunksSent;
    await new Promise((r) => setTimeout(r, 400));
    expect(fake.chatRequests()[0]!.chunksSent).toBeLessThanOrEqual(sentAtAbort + 1);
    expect(fake.chatRequests()).toHaveLength(1); // no retry, no fallback request
  });

  it("the next question after a disconnect is answered in full by the model", async () => {
    fake.configure({ chunkChars: 16, intervalMs: 1 });
    const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
    expect(metadata(chunks)).toMatchObject({ mode: "llm", model: MODEL, status: "answered" });
    expect(metadata(chunks).failure).toBeUndefined();
    expect(streamedText(chunks)).toContain("[1]");
    expect(fake.chatRequests()[0]!.completed).toBe(true);
  });
});

describe("a real refused connection (the model server is stopped)", () => {
  it("says the server cannot be reached, names it, and says how to start it; the extractive answer stands in", async () => {
    await fake.stop();
    const chunks = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
    const failure = metadata(chunks).failure as ModelFailure;
    expect(failure.code).toBe("model_unreachable");
    expect(failure.message).toContain("the local model server");
    expect(failure.message).not.toContain(fake.baseUrl); // the address stays in the server log
    expect(failure.message).toContain("ECONNREFUSED");
    expect(failure.hint).toContain("ollama serve");
    expect(streamedText(chunks)).toContain("19 đến 22 tháng 5");
    expect(metadata(chunks).mode).toBe("extractive");

    await fake.restart();
    const next = await readUIChunks(await routes.chat(chatBody(QUESTION, { profileId: "local" })));
    expect(metadata(next).mode).toBe("llm");
    expect(metadata(next).failure).toBeUndefined();
  });
});
