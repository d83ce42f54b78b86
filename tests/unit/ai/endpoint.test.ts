import { describe, expect, it } from "vitest";
import { normalizeBaseUrl } from "@/lib/ai/endpoint";
import { listProfiles, defaultProfileId } from "@/lib/ai/providers";
import { readConfig } from "@/lib/config";

describe("model endpoints and profiles", () => {
  it.each([
    ["http://localhost:11434", "http://localhost:11434/v1"],
    ["http://localhost:11434/", "http://localhost:11434/v1"],
    ["http://localhost:11434/v1", "http://localhost:11434/v1"],
    ["http://localhost:11434/v1/", "http://localhost:11434/v1"],
    ["http://localhost:11434/v1/chat/completions", "http://localhost:11434/v1"],
    ["http://127.0.0.1:8080/v1/embeddings", "http://127.0.0.1:8080/v1"],
    ["https://gateway.example/api/v1", "https://gateway.example/api/v1"],
  ])("accepts %s as the base URL %s", (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });

  it("offers the offline profile alone with no configuration", () => {
    const config = readConfig({});
    expect(listProfiles(config).map((p) => p.id)).toEqual(["offline"]);
    expect(defaultProfileId(config)).toBe("offline");
  });

  it("adds OpenAI and the local endpoint when configured, with their model names", () => {
    const config = readConfig({
      OPENAI_API_KEY: "sk-x",
      LOCAL_LLM_BASE_URL: "http://localhost:11434/v1/chat/completions",
      LOCAL_LLM_MODEL: "qwen2.5:7b",
      DEFAULT_PROFILE: "local",
    });
    const profiles = listProfiles(config);
    expect(profiles.map((p) => [p.id, p.model])).toEqual([
      ["offline", "extractive"],
      ["openai", "gpt-4o-mini"],
      ["local", "qwen2.5:7b"],
    ]);
    expect(profiles.find((p) => p.id === "local")!.baseUrl).toBe("http://localhost:11434/v1");
    expect(defaultProfileId(config)).toBe("local");
  });

  it("rejects a configuration that cannot work, naming the variable", () => {
    expect(() => readConfig({ LOCAL_LLM_BASE_URL: "http://localhost:11434" })).toThrow(/LOCAL_LLM_MODEL/);
    expect(() => readConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readConfig({ EMBEDDINGS_PROVIDER: "openai-compatible" })).toThrow(/EMBEDDINGS_MODEL/);
    expect(readConfig({ OPENAI_API_KEY: "" }).OPENAI_API_KEY).toBeUndefined();
  });
});
