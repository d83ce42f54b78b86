/** The local profile's model as route tests stand it in: an msw OpenAI-compatible server (testing/fake-openai-msw.ts). */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createOpenAIMock, type OpenAIMock } from "../../testing/fake-openai-msw";

/** Where the local profile finds its model in these tests: Ollama's default address and a model it serves. */
export const LOCAL_MODEL = { baseUrl: "http://127.0.0.1:11434/v1", model: "qwen2.5:7b" };

/** The environment that points the local profile at LOCAL_MODEL, plus `extra`. */
export function localModelEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { LOCAL_LLM_BASE_URL: LOCAL_MODEL.baseUrl, LOCAL_LLM_MODEL: LOCAL_MODEL.model, ...extra };
}

/**
 * The msw model for the tests of a file: listening before them (a request it does not handle fails
 * the test), back to its default reply and no fault after each, closed after them all.
 */
export function mswLocalModel(): OpenAIMock {
  const mock = createOpenAIMock(LOCAL_MODEL);
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => mock.reset());
  afterAll(() => server.close());
  return mock;
}
