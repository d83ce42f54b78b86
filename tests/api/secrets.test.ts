/**
 * The OpenAI key never leaves the server: not in any API response body (streams included), error,
 * or console output, across normal and failing requests (openai profile against msw answering
 * 401/500 with bodies that echo the key, as a careless proxy might).
 *
 * The client bundle scanner (testing/bundle-scan.ts) is checked here on a planted key; the browser
 * tests run it on the build they make with a marked key (tests/e2e/bundle-secrets.e2e.test.ts).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clientVisibleFiles, filesContaining } from "../../testing/bundle-scan";
import { createOpenAIMock } from "../../testing/fake-openai-msw";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { metadata, readUIChunks } from "@/lib/ai/ui-stream";

const SECRET_ID = randomUUID();
const KEY = `sk-test-SECRET-${SECRET_ID}`;
const OPENAI = "https://api.openai.com/v1";
const MODEL = "gpt-4o-mini";

const mock = createOpenAIMock({ baseUrl: OPENAI, model: MODEL });
const server = setupServer(...mock.handlers);

describe("the API key in responses and logs", () => {
  let routes: Routes;
  const bodies: string[] = [];
  const consoleOutput: string[] = [];

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: "error" });
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleOutput.push(inspect(args, { depth: 12, showHidden: true }));
      });
    }
    routes = await loadRoutes({ OPENAI_API_KEY: KEY, LLM_MAX_RETRIES: "0", LLM_FIRST_TOKEN_TIMEOUT_MS: "5000", HEALTH_CACHE_MS: "0" }); // each probe here must reach the (changed) upstream
  });
  afterAll(() => {
    vi.restoreAllMocks();
    routes.cleanup();
    server.close();
  });
  beforeEach(() => {
    bodies.length = 0;
    consoleOutput.length = 0;
  });
  afterEach(() => mock.reset());

  /** No response body or header kept in this test, and no console line it caused, carries the key (or its random part). */
  function expectNoKey(minimumResponses: number): void {
    expect(bodies.length).toBeGreaterThanOrEqual(minimumResponses);
    for (const text of [...bodies, ...consoleOutput]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(SECRET_ID);
    }
  }

  /** Keep a response's whole body (a stream is read to its end). */
  async function keep(response: Response): Promise<string> {
    const text = await response.text();
    bodies.push(`${response.status} ${JSON.stringify([...response.headers])} ${text}`);
    return text;
  }

  it("the key is really configured and sent upstream, and console output is captured (so the checks below mean something)", async () => {
    console.warn(`[secrets-test] console capture works ${SECRET_ID}`);
    expect(consoleOutput.some((line) => line.includes(`[secrets-test] console capture works ${SECRET_ID}`))).toBe(true);
    consoleOutput.length = 0;
    await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?", { profileId: "openai" })));
    expect(mock.chatRequests()[0]?.authorization).toBe(`Bearer ${KEY}`);
    expectNoKey(1);
  });

  it("normal requests: offline and openai chats, search, documents, health with and without probing", async () => {
    mock.setReply(`Vòng đàm phán thứ hai diễn ra từ 19 đến 22 tháng 5 [1].`);
    await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?")));
    await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?", { profileId: "openai" })));
    await keep(await routes.chat(chatBody("When was the second round of negotiations?", { profileId: "openai" })));
    await keep(await routes.search({ query: "thuế đối ứng" }));
    await keep(await routes.documents());
    await keep(await routes.document("hop-thuong-truc-chinh-phu"));
    const health = JSON.parse(await keep(await routes.health("?probe=1"))) as { profiles: Array<{ id: string; health: { reachable: boolean } }> };
    expect(health.profiles.find((p) => p.id === "openai")?.health.reachable).toBe(true);
    await keep(await routes.health());
    expectNoKey(8);
  });

  it.each([401, 403, 500])("failing upstream (HTTP %i echoing the key in its body): chat, English chat (query rewrite) and probe", async (status) => {
    mock.setFault({
      kind: "status",
      status,
      message: `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    });
    const chunks = await readUIChunks(new Response(await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?", { profileId: "openai" })))));
    const failure = metadata(chunks).failure as { message: string; hint: string };
    expect(failure.message).toContain(`HTTP ${status}`);
    if (status !== 500) expect(failure.hint).toContain("OPENAI_API_KEY");
    await keep(
      await routes.chat(
        chatBody("What did the two sides discuss?", {
          profileId: "openai",
          history: [
            { role: "user", text: "When was round two?" },
            { role: "assistant", text: "In May [1]." },
          ],
        }),
      ),
    );
    const probe = JSON.parse(await keep(await routes.health("?probe=1"))) as { profiles: Array<{ id: string; health: { message: string } }> };
    expect(probe.profiles.find((p) => p.id === "openai")?.health.message).toContain(`HTTP ${status}`);
    expect(consoleOutput.length, "the upstream failures are logged (and so checked)").toBeGreaterThan(0);
    expectNoKey(3);
  });

  it("an unreachable endpoint and malformed streams", async () => {
    mock.setFault({ kind: "refused" });
    await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?", { profileId: "openai" })));
    await keep(await routes.health("?probe=1"));
    mock.setFault({ kind: "malformed" });
    await keep(await routes.chat(chatBody("Vòng đàm phán thứ hai diễn ra khi nào?", { profileId: "openai" })));
    expectNoKey(3);
  });

  it("bad requests: errors name the profiles, never the key", async () => {
    const unknown = await keep(await routes.chat(chatBody("Hỏi?", { profileId: "nope" })));
    expect(unknown).toContain("openai");
    await keep(await routes.chat("{not json"));
    await keep(await routes.search({ query: "" }));
    await keep(await routes.document("../.env"));
    expectNoKey(4);
  });
});

describe("the client bundle", () => {
  it("the scanner finds a planted key (so a clean result means something)", () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), "vntrade-dist-"));
    try {
      mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
      mkdirSync(path.join(dist, "server", "app"), { recursive: true });
      writeFileSync(path.join(dist, "static", "chunks", "a.js"), `const k="${KEY}";`);
      writeFileSync(path.join(dist, "server", "app", "index.html"), "<html></html>");
      const files = clientVisibleFiles(dist);
      expect(files).toHaveLength(2);
      expect(filesContaining(files, KEY).map((f) => path.basename(f))).toEqual(["a.js"]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
