/** Small helpers shared by the browser tests. */
import { afterAll, beforeAll, inject } from "vitest";
import { FakeOpenAIControlClient, type FakeOpenAIWireConfig } from "../../../testing/fake-openai-server";

/** Collapse whitespace, for comparing rendered text with source text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function baseUrl(): string {
  return inject("baseUrl");
}

/** Control of the fake OpenAI-compatible server the app's local profile points at. */
export function fakeControl(): FakeOpenAIControlClient {
  const url = inject("fakeControlUrl");
  if (!url) throw new Error("No fake server control URL (E2E_FAKE_CONTROL_URL) for the local-profile tests");
  return new FakeOpenAIControlClient(url);
}

/**
 * The fake model for the tests of a describe block: started before them (and set to `config` when
 * given; each test may set its own reply), reset to its defaults after them.
 */
export function sharedFakeModel(config?: FakeOpenAIWireConfig): FakeOpenAIControlClient {
  const fake = fakeControl();
  beforeAll(async () => {
    await fake.start();
    if (config) await fake.reset(config);
  });
  afterAll(async () => {
    await fake.reset();
  });
  return fake;
}
