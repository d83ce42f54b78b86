/**
 * The `ask` CLI is a public interface: its JSON and JSON Lines output keep their documented fields.
 * One run is a real process, as a user starts it in a pipe (the vn-ask bin fed on stdin); the
 * others run scripts/ask.ts in this process with its argv and environment set, console captured and
 * process.exit caught, which spares a Node and tsx start each (a few seconds of CPU apiece).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../support/run-script";
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

/** The environment of every run: this file's index, and no model endpoint from the developer's shell. */
const cliEnv = () => ({ DATA_DIR: dataDir, LOCAL_LLM_BASE_URL: "", LOCAL_LLM_MODEL: "", OPENAI_API_KEY: "", DEFAULT_PROFILE: "" });

/** The CLI in a child process through the vn-ask bin, `input` on its stdin. */
function binProcess(args: string[], input: string) {
  const result = spawnSync(process.execPath, ["bin/ask.mjs", ...args], { cwd: ROOT, input, encoding: "utf8", env: { ...process.env, ...cliEnv() } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** scripts/ask.ts run in this process as `node scripts/ask.ts ARGS` runs it: what it prints, and the code it exits with. */
const ask = (args: string[], env: Record<string, string> = {}) => runScript("ask", args, { ...cliEnv(), ...env });

describe("npm run ask", () => {
  it("through the vn-ask bin, --stdin answers one question per line as pure JSON Lines (no npm banner) for pipes, blank lines skipped", () => {
    const { code, stdout } = binProcess(
      ["--stdin"],
      "vong dam phan thu hai dien ra khi nao\n\nWhat was discussed in round 2?\nGiá Bitcoin hôm nay là bao nhiêu?\n",
    );
    expect(code).toBe(0);
    expect(stdout.startsWith("{")).toBe(true);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status)).toEqual(["answered", "answered", "no_answer"]);
    expect(Object.keys(lines[0])).toEqual(["question", "status", "mode", "model", "answer", "citations", "passages"]);
    expect(lines[0].answer).toContain("19 đến 22 tháng 5");
  });

  it("--json prints one object with the documented fields", async () => {
    const { code, stdout } = await ask(["--json", "vong dam phan thu hai dien ra khi nao"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["question", "status", "mode", "model", "answer", "citations", "passages"]);
    expect(result).toMatchObject({ status: "answered", mode: "extractive" });
    expect(Object.keys(result.citations[0]).sort()).toEqual(["date", "docId", "end", "n", "quote", "start", "supported", "title", "url"]);
    expect(Object.keys(result.passages[0]).sort()).toEqual(["chunkId", "docId", "end", "rank", "score", "start", "text"]);
    expect(result.answer).toContain("19 đến 22 tháng 5");
  });

  it("prints the answer with numbered citations for people", async () => {
    const { code, stdout } = await ask(["Vòng đàm phán thứ hai diễn ra khi nào?"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\[1\] .+\(2025-05-24\)/);
    expect(stdout).toContain("Sources:");
    // Each number once (a passage's several quotes under it), and no markdown marks in a terminal.
    const numbers = [...stdout.split("Sources:")[1]!.matchAll(/^\[(\d+)\]/gm)].map((m) => m[1]);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(stdout).not.toContain("**");
  });

  it("refuses an unknown profile with the list of configured ones", async () => {
    const { code, stderr } = await ask(["--profile", "nope", "hello"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown profile "nope": choose one of offline, openai, local. Configured now: offline/);
  });

  it("names the variables to set for a profile that is not configured, as --profile or DEFAULT_PROFILE", async () => {
    const named = await ask(["--profile", "local", "hello"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/"local" is not configured: set LOCAL_LLM_BASE_URL and LOCAL_LLM_MODEL/);
    const byDefault = await ask(["hello"], { DEFAULT_PROFILE: "openai" });
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toMatch(/DEFAULT_PROFILE "openai" is not configured: set OPENAI_API_KEY/);
  });

  it("--probe exits 1 when a configured endpoint is down", async () => {
    // Port 9 (discard) has no HTTP server on a test machine: the connection is refused.
    const { code, stdout } = await ask(["--probe"], { LOCAL_LLM_BASE_URL: "http://127.0.0.1:9", LOCAL_LLM_MODEL: "m" });
    expect(stdout).toContain("NOT reachable");
    expect(code).toBe(1);
  });
});
