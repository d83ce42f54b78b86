/** What reaches the browser: no file paths in error bodies; endpoint health cached, coalesced and without URLs or upstream model lists. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, withoutPaths } from "@/lib/errors";
import type { Profile } from "@/lib/ai/providers";

describe("file paths", () => {
  it("are cut from error bodies (the index folder, a file in it), API routes and URLs are kept", async () => {
    const error = new AppError("corrupt:index", "The index file /srv/app/data/index-7/chunks.json is corrupted (not valid JSON).", {
      hint: "Rebuild it: npm run index -- --force",
    });
    const body = JSON.stringify(await error.toResponse("r1").json());
    expect(body).not.toContain("/srv/app");
    expect(body).toContain("chunks.json");
    expect(withoutPaths(`No index found in ${process.cwd()}/data/index.`)).toBe("No index found in data/index.");
    expect(withoutPaths("See GET /api/documents for the list.")).toBe("See GET /api/documents for the list.");
    expect(withoutPaths("Cannot reach http://127.0.0.1:11434/v1/models.")).toBe("Cannot reach http://127.0.0.1:11434/v1/models.");
  });
});

describe("endpoint health for the browser", () => {
  afterEach(() => vi.restoreAllMocks());

  const profile: Profile = {
    id: "local",
    kind: "local",
    label: "Local · m",
    model: "qwen2.5:7b",
    baseUrl: "http://10.1.2.3:11434/v1",
    apiKey: null,
  } as unknown as Profile;

  async function load() {
    vi.resetModules();
    return import("@/lib/ai/health-cache");
  }

  it("asks each endpoint once per 15 s however many ask at once, then again after", async () => {
    const { probedHealth } = await load();
    let calls = 0;
    const fetchImpl = (async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 30));
      return Response.json({ data: [{ id: "qwen2.5:7b" }, { id: "secret-finetune" }] });
    }) as unknown as typeof fetch;
    let now = 1_000_000;
    const results = await Promise.all(Array.from({ length: 100 }, () => probedHealth(profile, fetchImpl, () => now)));
    expect(calls).toBe(1);
    expect(results.every((h) => h.reachable === true && h.chatModelPresent === true)).toBe(true);
    now += 10_000;
    await probedHealth(profile, fetchImpl, () => now);
    expect(calls).toBe(1);
    now += 6_000;
    await probedHealth(profile, fetchImpl, () => now);
    expect(calls).toBe(2);
  });

  it("names the server by role, never its URL, and lists no upstream models (they go to the server log)", async () => {
    const { probedHealth } = await load();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const fetchImpl = (async () => Response.json({ data: [{ id: "secret-finetune" }, { id: "other-model" }] })) as unknown as typeof fetch;
    const health = await probedHealth(profile, fetchImpl);
    expect(health.chatModelPresent).toBe(false);
    const seen = JSON.stringify(health);
    expect(seen).not.toContain("10.1.2.3");
    expect(seen).not.toContain("secret-finetune");
    expect(health.message).toMatch(/the local model server/);
    expect(health.hint).toContain("ollama pull qwen2.5:7b");
    const logged = warn.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(logged).toContain("http://10.1.2.3:11434/v1");
    expect(logged).toContain("secret-finetune");
  });

  it("an unreachable endpoint: the message says so without the address", async () => {
    const { probedHealth } = await load();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const fetchImpl = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    const health = await probedHealth(profile, fetchImpl);
    expect(health.reachable).toBe(false);
    expect(health.message).toBe("Cannot reach the local model server.");
  });
});
