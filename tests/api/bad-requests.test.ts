/**
 * Bad requests to every API route get a 4xx JSON error { error: { code, message } } with a message a
 * person can act on, and the server keeps serving: a valid request right after each one works.
 */
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/server/http";
import { MAX_ARTICLE_ID_CHARS } from "@/lib/corpus/article-id";
import { MAX_MESSAGES, MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS } from "@/app/api/chat/schema";
import { apiErrorBodySchema } from "@/lib/api-schemas";
import type { ApiErrorBody } from "@/lib/types";
import { chatBody, sharedRoutes } from "../support/routes";
import { readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const routes = sharedRoutes();

interface Expected {
  status: number;
  code: string;
  message: RegExp;
}

async function expectError(response: Response, expected: Expected): Promise<ApiErrorBody> {
  expect(response.status).toBe(expected.status);
  expect(response.headers.get("content-type") ?? "").toContain("application/json");
  const raw: unknown = await response.json();
  // Checked before parsing: the schema would drop a field the body should not have.
  expect(raw).toEqual({ error: expect.any(Object) });
  // Never a stack trace or an internal detail.
  expect(JSON.stringify(raw)).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|ZodError/);
  const body = apiErrorBodySchema.parse(raw);
  expect(body.error.code).toBe(expected.code);
  expect(body.error.message).toMatch(expected.message);
  return body;
}

/** The server still answers a valid question and a valid search. */
async function expectStillServing(): Promise<void> {
  const chat = await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?"));
  expect(chat.status).toBe(200);
  expect(streamedText(await readUIChunks(chat))).toContain("19 đến 22 tháng 5");
  const search = await routes.search({ query: "thuế đối ứng" });
  expect(search.status).toBe(200);
  expect(((await search.json()) as { passages: unknown[] }).passages.length).toBeGreaterThan(0);
}

const userMessage = (text: string, i = 0) => ({ id: `m${i}`, role: "user", parts: [{ type: "text", text }] });
const history = (n: number, text = "Câu hỏi trước?") =>
  Array.from({ length: n }, (_, i) => ({ id: `h${i}`, role: i % 2 === 0 ? "user" : "assistant", parts: [{ type: "text", text }] }));

const INVALID = (field: RegExp) => ({ status: 400, code: "bad_request:input", message: field });
const NOT_JSON = { status: 400, code: "bad_request:json", message: /not valid JSON/ };

describe("POST /api/chat", () => {
  const cases: Array<[string, unknown, Expected]> = [
    ["a body that is not JSON", "{ messages: [", NOT_JSON],
    ["an empty body", "", NOT_JSON],
    ["plain text", "What was discussed in round 2?", NOT_JSON],
    ["JSON null", "null", INVALID(/^Invalid request: .*expected object/i)],
    ["a JSON array", "[]", INVALID(/^Invalid request: .*expected object/i)],
    ["a JSON string", '"hello"', INVALID(/^Invalid request/)],
    ["an object without messages", {}, INVALID(/^Invalid request: messages:/)],
    ["messages that is a string", { messages: "hi" }, INVALID(/^Invalid request: messages:/)],
    ["no messages", { messages: [] }, INVALID(/messages must hold at least the question/)],
    [
      "a message with an unknown role",
      { messages: [{ role: "robot", parts: [{ type: "text", text: "hi" }] }] },
      INVALID(/^Invalid request: messages\.0\.role:/),
    ],
    ["a message without parts", { messages: [{ role: "user" }] }, INVALID(/^Invalid request: messages\.0\.parts:/)],
    [
      "a text part that is a number",
      { messages: [{ role: "user", parts: [{ type: "text", text: 42 }] }] },
      INVALID(/^Invalid request: messages\.0\.parts\.0\.text:/),
    ],
    ["deeply nested JSON", `${"[".repeat(50_000)}${"]".repeat(50_000)}`, INVALID(/^Invalid request/)],
    ["an empty question", chatBody("   "), INVALID(/question is empty/)],
    ["a question with no text part", { messages: [{ role: "user", parts: [{ type: "file", url: "x" }] }] }, INVALID(/question is empty/)],
    [
      "an assistant message last",
      { messages: [userMessage("Hỏi?"), { role: "assistant", parts: [{ type: "text", text: "Đáp." }] }] },
      INVALID(/last message must be the user's question/),
    ],
    [`a question over ${MAX_QUESTION_CHARS} characters`, chatBody("thuế ".repeat(401)), INVALID(new RegExp(`longer than ${MAX_QUESTION_CHARS} characters`))],
    [
      `a question over ${MAX_QUESTION_CHARS} characters split across parts`,
      { messages: [{ role: "user", parts: Array.from({ length: 3 }, () => ({ type: "text", text: "a".repeat(900) })) }] },
      INVALID(new RegExp(`longer than ${MAX_QUESTION_CHARS} characters`)),
    ],
    [
      `more than ${MAX_MESSAGES} messages`,
      { messages: [...history(MAX_MESSAGES), userMessage("Hỏi?", 99)] },
      INVALID(new RegExp(`at most ${MAX_MESSAGES} messages`)),
    ],
    [
      `a history message over ${MAX_MESSAGE_CHARS} characters`,
      { messages: [...history(1, "x".repeat(MAX_MESSAGE_CHARS + 1)), userMessage("Hỏi?", 99)] },
      INVALID(new RegExp(`longer than ${MAX_MESSAGE_CHARS} characters`)),
    ],
    [
      "an unknown profile",
      chatBody("Hỏi?", { profileId: "gpt-9-ultra" }),
      { status: 400, code: "not_found:profile", message: /Unknown model profile "gpt-9-ultra"/ },
    ],
    [
      "the local profile when none is configured",
      chatBody("Hỏi?", { profileId: "local" }),
      { status: 400, code: "not_found:profile", message: /Unknown model profile "local"/ },
    ],
    ["a profile id that is not a string", { ...chatBody("Hỏi?"), profileId: { $ne: null } }, INVALID(/^Invalid request: profileId:/)],
  ];

  it.each(cases)("%s → 4xx JSON error, then a valid request works", async (_name, body, expected) => {
    await expectError(await routes.chat(body), expected);
    await expectStillServing();
  });

  it("names the profiles to choose from for an unknown profile", async () => {
    const body = await expectError(await routes.chat(chatBody("Hỏi?", { profileId: "nope" })), { status: 400, code: "not_found:profile", message: /nope/ });
    expect(body.error.hint).toContain("offline");
  });

  it(`a body over ${MAX_BODY_BYTES / 1024} KB → 413 with a hint, then a valid request works`, async () => {
    const huge = {
      messages: [
        ...Array.from({ length: 39 }, (_, i) => ({ role: "user", parts: [{ type: "text", text: "x".repeat(7_900) }], id: `b${i}` })),
        userMessage("Hỏi?", 99),
      ],
    };
    const body = await expectError(await routes.chat(huge), { status: 413, code: "payload_too_large:request", message: /larger than 256 KB/ });
    expect(body.error.hint).toMatch(/shorter question|fewer/);
    await expectStillServing();
  });

  it("a 16 MB chunked body (no Content-Length) is cut off at the limit → 413, without reading it all", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pulled > 256) return controller.close();
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
    const response = await routes.chat(null, { body: endless, duplex: "half" } as RequestInit);
    await expectError(response, { status: 413, code: "payload_too_large:request", message: /larger than 256 KB/ });
    expect(pulled * 64 * 1024).toBeLessThan(2 * MAX_BODY_BYTES + 256 * 1024);
    await expectStillServing();
  });

  it("a lying Content-Length over the limit is refused before the body is read", async () => {
    await expectError(await routes.chat(chatBody("Hỏi?"), { headers: { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) } }), {
      status: 413,
      code: "payload_too_large:request",
      message: /larger than/,
    });
    await expectStillServing();
  });
});

describe("POST /api/search", () => {
  const cases: Array<[string, unknown, Expected]> = [
    ["a body that is not JSON", "query=thuế", NOT_JSON],
    ["no query", {}, INVALID(/^Invalid request: query:/)],
    ["a query that is a number", { query: 5 }, INVALID(/^Invalid request: query:/)],
    ["an empty query", { query: "   " }, INVALID(/the query is empty/)],
    ["a query over 2000 characters", { query: "a".repeat(2001) }, INVALID(/longer than 2000 characters/)],
    ["history that is not a list", { query: "thuế", history: "trước" }, INVALID(/^Invalid request: history:/)],
    ["too much history", { query: "thuế", history: Array.from({ length: 21 }, () => "trước") }, INVALID(/^Invalid request: history:/)],
  ];
  it.each(cases)("%s → 400 JSON error, then a valid request works", async (_name, body, expected) => {
    await expectError(await routes.search(body), expected);
    await expectStillServing();
  });
});

describe("GET /api/documents/[id]", () => {
  it("an unknown id → 404 that says where the list is", async () => {
    const body = await expectError(await routes.document("khong-co-bai-nay"), {
      status: 404,
      code: "not_found:document",
      message: /No article with id "khong-co-bai-nay"/,
    });
    expect(body.error.hint).toContain("/api/documents");
    await expectStillServing();
  });

  it.each([
    "../package.json",
    "../../../../etc/passwd",
    "..",
    "hop-thuong-truc-chinh-phu/../../package",
    "/etc/passwd",
    "C:\\Windows\\win.ini",
    "%2e%2e%2fpackage.json",
    "hop-thuong-truc-chinh-phu.txt\u0000",
    "",
    "a".repeat(300),
    // Longer than an uploaded article's id may be: the route and the upload share one rule.
    "a".repeat(MAX_ARTICLE_ID_CHARS + 1),
  ])("a path-like or malformed id %j → 400, and nothing is read from disk", async (id) => {
    const response = await routes.document(id);
    const body = await expectError(response, INVALID(/Invalid document id/));
    expect(JSON.stringify(body)).not.toMatch(/"name":|root:|\[fonts\]/);
    await expectStillServing();
  });

  it("a valid id right after works", async () => {
    const response = await routes.document("hop-thuong-truc-chinh-phu");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { document: { body: string } }).document.body).toContain("19 đến 22 tháng 5");
  });
});

describe("GET /api/health", () => {
  it("ignores unknown or hostile query parameters and reports a healthy index without probing", async () => {
    const response = await routes.health("?probe=../../etc/passwd&x=%00");
    expect(response.status).toBe(200);
    const report = (await response.json()) as { ok: boolean; profiles: Array<{ id: string; health: { reachable: boolean | null } }> };
    expect(report.ok).toBe(true);
    expect(report.profiles.map((p) => p.id)).toEqual(["offline"]);
    await expectStillServing();
  });
});
