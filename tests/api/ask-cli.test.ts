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

function ask(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/ask.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, LOCAL_LLM_BASE_URL: "", OPENAI_API_KEY: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run ask", () => {
  it("--json prints one object with the documented fields", () => {
    const { code, stdout } = ask(["--json", "vong dam phan thu hai dien ra khi nao"]);
    expect(code).toBe(0);
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
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.status)).toEqual(["answered", "no_answer"]);
  });

  it("prints the answer with numbered citations for people", () => {
    const { stdout } = ask(["Vòng đàm phán thứ hai diễn ra khi nào?"]);
    expect(stdout).toMatch(/\n\[1\] .+\(2025-05-24\)/);
    expect(stdout).toContain("Sources:");
  });

  it("refuses an unknown profile with the list of configured ones", () => {
    const { code, stderr } = ask(["--profile", "nope", "hello"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown profile "nope". Configured: offline/);
  });
});
