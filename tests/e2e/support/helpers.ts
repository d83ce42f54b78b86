/** Small helpers shared by the browser tests. */
import { inject } from "vitest";
import { FakeOpenAIControlClient } from "../../../testing/fake-openai-server";

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
