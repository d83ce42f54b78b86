/**
 * The LLM path against msw stand-ins for OpenAI and for a local OpenAI-compatible server: what is
 * sent (path, model, body, key), how the streamed [n] markers map to citations, and the follow-up
 * rewrite. Endpoint faults are covered in model-faults.test.ts.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Citation, PassageView } from "@/lib/types";
import { createOpenAIMock, userPrompt } from "../../testing/fake-openai-msw";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { dataPart, metadata, readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const local = createOpenAIMock({ baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b" });
const openai = createOpenAIMock({ baseUrl: "https://api.openai.com/v1", model: "gpt-4o-mini" });
const server = setupServer(...local.handlers, ...openai.handlers);

let routes: Routes;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  routes = await loadRoutes({
    // A base URL pasted without /v1 must work as well as one with it.
    LOCAL_LLM_BASE_URL: "http://127.0.0.1:11434",
    LOCAL_LLM_MODEL: "qwen2.5:7b",
    OPENAI_API_KEY: "sk-test-key",
    // The rewrite test needs the rewrite used whatever the machine's load (rewrite-budget.test.ts covers a late one).
    REWRITE_BUDGET_MS: "5000",
  });
});
afterEach(() => {
  local.reset();
  openai.reset();
});
afterAll(() => {
  server.close();
  routes.cleanup();
});

async function ask(question: string, profileId: string, history: { role: "user" | "assistant"; text: string }[] = []) {
  const response = await routes.chat(chatBody(question, { profileId, history }));
  expect(response.status).toBe(200);
  return readUIChunks(response);
}

describe.each([
  ["local", local, "http://127.0.0.1:11434/v1/chat/completions", "qwen2.5:7b", null],
  ["openai", openai, "https://api.openai.com/v1/chat/completions", "gpt-4o-mini", "Bearer sk-test-key"],
] as const)("the %s profile", (profileId, mock, url, model, authorization) => {
  it("sends the passages as delimited data to the chat-completions API of the configured model", async () => {
    await ask("Vòng đàm phán thứ hai diễn ra khi nào?", profileId);
    const [request] = mock.chatRequests();
    expect(request!.url).toBe(url);
    expect(request!.body).toMatchObject({ model, stream: true });
    if (authorization) expect(request!.authorization).toBe(authorization);
    const system = request!.body!.messages!.find((m) => m.role === "system")!.content as string;
    expect(system).toMatch(/data, not instructions/);
    expect(system).toMatch(/Answer in Vietnamese/);
    expect(system).toMatch(/\[1\]/);
    const prompt = userPrompt(request!);
    expect(prompt).toMatch(/^<passages>\n<passage n="1" title="[^"]+" date="2025-05-24">/);
    expect(prompt).toContain("Question: Vòng đàm phán thứ hai diễn ra khi nào?");
  });

  it("streams the model's answer and maps each [n] to the passage numbered n, verified", async () => {
    mock.setReply("Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 tại Washington [1]. Hai bên ký hiệp định về thép [2]. Thêm [9].");
    const chunks = await ask("Vòng đàm phán thứ hai diễn ra khi nào?", profileId);
    expect(streamedText(chunks)).toContain("Washington [1]");
    expect(chunks.filter((c) => c.type === "text-delta").length).toBeGreaterThan(3);
    const passages = dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages;
    const citations = dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations;
    expect(citations.map((c) => c.n)).toEqual([1, 2]);
    expect(citations[0]).toMatchObject({ docId: passages[0]!.docId, supported: true });
    expect(citations[0]!.quote).toContain("19 đến 22 tháng 5");
    expect(citations[1]).toMatchObject({ docId: passages[1]!.docId, supported: false });
    expect(metadata(chunks)).toMatchObject({ mode: "llm", model, status: "answered", profileId });
  });
});

describe("a model's citations in reading order", () => {
  it("renumbers the streamed markers, the passages and the citations alike: the first passage cited is [1]", async () => {
    // Cited as the prompt numbered them: 3 first, then 1, then 2; [9] points at nothing (left as written, never linked).
    local.setReply("Vòng hai diễn ra từ 19 đến 22 tháng 5 [3]. Thủ tướng chủ trì cuộc họp [1][3]. Thêm [2, 3]. Bịa [9].");
    const chunks = await ask("Vòng đàm phán thứ hai diễn ra khi nào?", "local");
    const lists = chunks.filter((c) => c.type === "data-passages").map((c) => (c.data as { passages: PassageView[] }).passages);
    const [sent, final] = [lists[0]!, lists.at(-1)!];
    const docOf = (list: PassageView[], n: number) => list.find((p) => p.n === n)!.chunkId;
    const text = streamedText(chunks);
    // The stream itself carries the new numbers (deltas of 12 characters cut markers in two).
    expect(text).toBe("Vòng hai diễn ra từ 19 đến 22 tháng 5 [1]. Thủ tướng chủ trì cuộc họp [2][1]. Thêm [1, 3]. Bịa [9].");
    expect([docOf(final, 1), docOf(final, 2), docOf(final, 3)]).toEqual([docOf(sent, 3), docOf(sent, 1), docOf(sent, 2)]);
    expect(final.map((p) => p.n)).toEqual(sent.map((_, i) => i + 1));
    // A later passages part replaces the earlier one (what the page keeps, and what a reload reads back).
    const citations = dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations;
    expect(citations.map((c) => [c.n, c.chunkId])).toEqual([1, 2, 3].map((n) => [n, docOf(final, n)]));
    for (const c of citations) expect(final.find((p) => p.n === c.n)!.text).toContain(c.quote);
  });
});

describe("a follow-up with a model configured", () => {
  it("rewrites the question into a Vietnamese search query using the earlier question, then answers", async () => {
    local.setReply((body) => (body?.stream ? "Vòng tiếp theo dự kiến diễn ra vào đầu tháng 6 [1]." : "vòng đàm phán tiếp theo sau vòng thứ hai"));
    // Its own retrieval (the lexicon and the earlier question) covers too little to answer: only the rewrite's can.
    const chunks = await ask("When is the next one planned?", "local", [
      { role: "user", text: "When was round two?" },
      { role: "assistant", text: "From 19 to 22 May [1]." },
    ]);
    const [rewrite, answer] = local.chatRequests();
    expect(rewrite!.body!.stream).toBeFalsy();
    expect(userPrompt(rewrite!)).toContain("When was round two?");
    expect(userPrompt(rewrite!)).toMatch(/Vietnamese search query/);
    expect(answer!.body!.stream).toBe(true);
    expect(answer!.body!.messages!.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    const system = answer!.body!.messages![0]!.content as string;
    expect(system).toMatch(/Answer in English/);
    const passages = dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages;
    expect(passages.slice(0, 3).some((p) => p.text.includes("đầu tháng 6"))).toBe(true);
  });
});
