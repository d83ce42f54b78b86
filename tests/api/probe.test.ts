/** The endpoint probe (`npm run ask -- --probe` and /api/health?probe=1) against a fake OpenAI-compatible server on loopback. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEndpoint, probeProfile } from "@/lib/ai/probe";
import { findProfile } from "@/lib/ai/providers";
import { readConfig } from "@/lib/config";
import { FakeOpenAIServer } from "../../testing/fake-openai-server";

let fake: FakeOpenAIServer;
beforeAll(async () => {
  fake = await FakeOpenAIServer.start({ model: "qwen2.5:7b", extraModels: ["bge-m3:latest"] });
});
afterAll(() => fake.stop());

const profileFor = (model: string) => findProfile(readConfig({ LOCAL_LLM_BASE_URL: fake.baseUrl, LOCAL_LLM_MODEL: model }), "local")!;

describe("probing a model endpoint", () => {
  it("reports a reachable server, the models it lists and that the chat model answers", async () => {
    const { health, report } = await probeProfile(readConfig({}), profileFor("qwen2.5:7b"), { full: true });
    expect(health).toMatchObject({ reachable: true, chatModelPresent: true });
    expect(health.models).toEqual(expect.arrayContaining(["qwen2.5:7b", "bge-m3:latest"]));
    expect(report).toMatch(/chat model qwen2\.5:7b: answers/);
  });

  it("checks embeddings at the endpoint the index embeds with, not at the chat profile's server", async () => {
    // No EMBEDDINGS_BASE_URL: the index embeds at OPENAI_BASE_URL (README, Configuration), here a closed port.
    const config = readConfig({
      LOCAL_LLM_BASE_URL: fake.baseUrl,
      LOCAL_LLM_MODEL: "qwen2.5:7b",
      EMBEDDINGS_PROVIDER: "openai-compatible",
      EMBEDDINGS_MODEL: "bge-m3",
      OPENAI_BASE_URL: "http://127.0.0.1:9/v1",
    });
    const { ok, report } = await probeProfile(config, findProfile(config, "local")!, { full: true });
    expect(report).toMatch(/embeddings model bge-m3 at http:\/\/127\.0\.0\.1:9\/v1: does NOT answer/);
    expect(ok).toBe(false);
  });

  it("says which command fetches a model the server does not have", async () => {
    const health = await checkEndpoint(profileFor("llama3.1:8b"));
    expect(health).toMatchObject({ reachable: true, chatModelPresent: false });
    expect(health.hint).toContain("ollama pull llama3.1:8b");
  });

  it("says the server is down, and how to start it", async () => {
    await fake.stop();
    try {
      const health = await checkEndpoint(profileFor("qwen2.5:7b"));
      expect(health.reachable).toBe(false);
      expect(health.message).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:\d+\/v1/);
      expect(health.hint).toMatch(/ollama serve/);
    } finally {
      await fake.restart();
    }
  });
});
