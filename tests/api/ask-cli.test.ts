/** The `ask` CLI is a public interface: its JSON and JSON Lines output keep their documented fields. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestRuntime } from "../support/test-index";

const ROOT = path.resolve(__dirname, "..", "..");
let dataDir: string;
let cleanup: () => void;
beforeAll(async () => {
  const built = await buildTestRuntime();
  dataDir = built.config.dataDir;
  cleanup = built.cleanup;
});
afterAll(() => cleanup());

function ask(args: string[], input?: string, env: Record<string, string> = {}, entry = "scripts/ask.ts") {
  const command = entry.endsWith(".ts") ? ["--import", "tsx", entry] : [entry];
  const result = spawnSync(process.execPath, [...command, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, LOCAL_LLM_BASE_URL: "", LOCAL_LLM_MODEL: "", OPENAI_API_KEY: "", DEFAULT_PROFILE: "", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run ask", () => {
  it("--json prints one object with the documented fields, and through the vn-ask bin it is pure JSON (no npm banner) for pipes", () => {
    const { code, stdout } = ask(["--json", "vong dam phan thu hai dien ra khi nao"], undefined, {}, "bin/ask.mjs");
    expect(code).toBe(0);
    expect(stdout.trimStart().startsWith("{")).toBe(true);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["question", "status", "mode", "model", "answer", "citations", "passages"]);
    expect(result).toMatchObject({ status: "answered", mode: "extractive" });
    expect(Object.keys(result.citations[0]).sort()).toEqual(["date", "docId", "end", "n", "quote", "start", "supported", "title", "url"]);
    expect(Object.keys(result.passages[0]).sort()).toEqual(["chunkId", "docId", "end", "rank", "score", "start", "text"]);
    expect(result.answer).toContain("19 đến 22 tháng 5");
  });

  it("--stdin answers one question per line as JSON Lines", () => {
    const { code, stdout } = ask(["--stdin"], "What was discussed in round 2?\n\nGiá Bitcoin hôm nay là bao nhiêu?\n");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status)).toEqual(["answered", "no_answer"]);
  });

  it("prints the answer with numbered citations for people", () => {
    const { stdout } = ask(["Vòng đàm phán thứ hai diễn ra khi nào?"]);
    expect(stdout).toMatch(/\n\[1\] .+\(2025-05-24\)/);
    expect(stdout).toContain("Sources:");
    // Each number once (a passage's several quotes under it), and no markdown marks in a terminal.
    const numbers = [...stdout.split("Sources:")[1]!.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(stdout).not.toContain("**");
  });

  it("refuses an unknown profile with the list of configured ones", () => {
    const { code, stderr } = ask(["--profile", "nope", "hello"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown profile "nope": choose one of offline, openai, local. Configured now: offline/);
  });

  it("names the variables to set for a profile that is not configured, as --profile or DEFAULT_PROFILE", () => {
    const named = ask(["--profile", "local", "hello"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/"local" is not configured: set LOCAL_LLM_BASE_URL and LOCAL_LLM_MODEL/);
    const byDefault = ask(["hello"], undefined, { DEFAULT_PROFILE: "openai" });
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toMatch(/DEFAULT_PROFILE "openai" is not configured: set OPENAI_API_KEY/);
  });

  it("--probe exits 1 when a configured endpoint is down", () => {
    // Port 9 (discard) has no HTTP server on a test machine: the connection is refused.
    const { code, stdout } = ask(["--probe"], undefined, { LOCAL_LLM_BASE_URL: "http://127.0.0.1:9", LOCAL_LLM_MODEL: "m" });
    expect(stdout).toContain("NOT reachable");
    expect(code).toBe(1);
  });
});
