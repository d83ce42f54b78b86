/**
 * The API key stays on the server: the build the global setup made with a marked key in its
 * environment (LOCAL_LLM_API_KEY) has it in no file a browser can fetch (static chunks, prerendered
 * pages and RSC payloads), and the pages the running app serves, with the scripts they load, do
 * not carry it either. (The scanner itself is tested on a planted key in tests/api/secrets.test.ts.)
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { clientVisibleFiles, filesContaining } from "../../testing/bundle-scan";
import { NEXT_DIR, SECRET_MARKER_FILE } from "./support/env";
import { baseUrl, fakeControl } from "./support/helpers";

const marker = inject("secretMarker");
/** The random part alone, in case a build splits or re-encodes the key. */
const randomPart = marker.replace(/^sk-test-SECRET-BUNDLE-/, "");

describe.skipIf(!marker)("the API key in what a browser can fetch", () => {
  beforeAll(async () => {
    await fakeControl().start();
    await fakeControl().reset();
  });

  it("the app was built with the marked key and holds it (so a clean scan means something)", async () => {
    expect(marker).toMatch(/^sk-test-SECRET-BUNDLE-[0-9a-f-]{36}$/);
    expect(readFileSync(SECRET_MARKER_FILE, "utf8").trim()).toBe(marker);
    expect(statSync(SECRET_MARKER_FILE).mtimeMs).toBeGreaterThanOrEqual(statSync(path.join(NEXT_DIR, "BUILD_ID")).mtimeMs);
    // The server really uses it: a question to the local profile reaches the fake with it as the bearer token.
    const response = await fetch(`${baseUrl()}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        messages: [{ id: "m", role: "user", parts: [{ type: "text", text: "Vòng đàm phán thứ hai diễn ra khi nào?" }] }],
        profileId: "local",
      }),
    });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).not.toContain(randomPart);
    const chats = (await fakeControl().state()).requests.filter((r) => r.path.endsWith("/chat/completions"));
    expect(chats.length).toBeGreaterThan(0);
    expect(chats.every((r) => r.authorization === `Bearer ${marker}`)).toBe(true);
  });

  it("no static chunk, prerendered page or RSC payload of the build contains it", () => {
    const files = clientVisibleFiles(NEXT_DIR);
    expect(files.filter((f) => f.includes(`${path.sep}static${path.sep}chunks${path.sep}`)).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(0);
    expect(filesContaining(files, marker)).toEqual([]);
    expect(filesContaining(files, randomPart)).toEqual([]);
  });

  it("the pages the app serves, and every script they load, do not contain it", async () => {
    const scripts = new Set<string>();
    for (const page of ["/", "/articles"]) {
      const response = await fetch(`${baseUrl()}${page}`);
      expect(response.status, page).toBe(200);
      const html = await response.text();
      expect(html, page).not.toContain(randomPart);
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) scripts.add(new URL(src!.replaceAll("&amp;", "&"), baseUrl()).href);
    }
    expect(scripts.size).toBeGreaterThan(0);
    for (const src of scripts) {
      const response = await fetch(src);
      expect(response.status, src).toBe(200);
      expect(await response.text(), src).not.toContain(randomPart);
    }
  });
});
