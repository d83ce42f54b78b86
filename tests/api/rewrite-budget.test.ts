/**
 * An English question whose query rewrite is late: the answer does not wait for it beyond
 * REWRITE_BUDGET_MS, it starts from the question's own retrieval and the late call is cancelled.
 * One whose own retrieval covers every word of it gets no rewrite call at all (none could do better).
 */
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenAIMock } from "../../testing/fake-openai-msw";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { dataPart, readUIChunks, streamedText } from "@/lib/ai/ui-stream";
import type { PassageView } from "@/lib/types";

const BASE = "http://127.0.0.1:11434/v1";
const local = createOpenAIMock({ baseUrl: BASE, model: "qwen2.5:7b" });
let rewriteAborted = false;
let rewriteCalls = 0;
// A full garbage collection on demand: in a long test run one may come at any moment.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
/**
 * Before the mock: the non-streamed rewrite call hangs until the client gives up; streamed answers
 * fall through to the mock. Memory is collected while it hangs, as a long run's full heap makes
 * happen: a budget whose timer lived only until a collection (AbortSignal.timeout inside
 * AbortSignal.any) then never ended the wait, and the test timed out in full runs only.
 */
const slowRewrite = http.post(`${BASE}/chat/completions`, async ({ request }) => {
  const body = (await request.clone().json()) as { stream?: boolean };
  if (body.stream) return undefined;
  rewriteCalls++;
  // On a later turn of the event loop: what a weak reference was taken to in this turn is kept until it ends.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  // Under load the budget may have run out already: its abort event is then gone.
  if (!request.signal.aborted) await new Promise<void>((resolve) => request.signal.addEventListener("abort", () => resolve(), { once: true }));
  rewriteAborted = true;
  return new Response(null, { status: 499 });
});
const server = setupServer(slowRewrite, ...local.handlers);

let routes: Routes;
beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
  routes = await loadRoutes({ LOCAL_LLM_BASE_URL: BASE, LOCAL_LLM_MODEL: "qwen2.5:7b", REWRITE_BUDGET_MS: "200" });
});
afterAll(() => {
  server.close();
  routes.cleanup();
});

describe("a late query rewrite", () => {
  it("is abandoned: the English question is answered from its own retrieval", async () => {
    local.setReply("Boeing aircraft, among other goods [1].");
    rewriteCalls = 0;
    const started = performance.now();
    const response = await routes.chat(chatBody("Which goods could Vietnam buy more of from the United States?", { profileId: "local" }));
    expect(response.status).toBe(200);
    const chunks = await readUIChunks(response);
    expect(streamedText(chunks)).toContain("Boeing aircraft");
    const passages = dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages;
    // The English→Vietnamese lexicon finds the report on the goods without the rewrite.
    expect(passages.slice(0, 3).some((p) => p.text.includes("Boeing"))).toBe(true);
    expect(rewriteCalls).toBe(1);
    expect(rewriteAborted).toBe(true);
    // The rewrite would have hung forever: the budget ended the wait (generous bound for a loaded machine).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("is not asked for when the question's own retrieval covers all of it", async () => {
    local.setReply("The second round took place from 19 to 22 May [1].");
    rewriteCalls = 0;
    const chunks = await readUIChunks(await routes.chat(chatBody("When did the second negotiation round take place?", { profileId: "local" })));
    expect(streamedText(chunks)).toContain("19 to 22 May [1]");
    const passages = dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages;
    expect(passages.slice(0, 3).some((p) => p.text.includes("19 đến 22 tháng 5"))).toBe(true);
    expect(rewriteCalls).toBe(0);
  });
});
