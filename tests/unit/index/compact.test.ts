/** The delta folded into a new build once it reaches DELTA_COMPACT_CHUNKS added chunks; a crash midway loses nothing. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { readConfig, type AppConfig } from "@/lib/config";
import { compactIfDue } from "@/lib/index/build";
import { compactInBackground, compactionDue } from "@/lib/index/compact";
import { DELTA_FILE } from "@/lib/index/delta";
import { currentBuildDir, indexDirOf } from "@/lib/index/store";
import { addArticles, removeArticle } from "@/lib/index/update";
import { loadRuntime } from "@/lib/runtime";
import { bundledScript } from "../../support/script-bundle";
import { FIXTURES, indexedCopyPerTest, PROJECT_CORPUS } from "../../support/test-index";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const PAGE = path.join(FIXTURES, "articles", "vn-news-page.html");
/** Only the synthetic page reports the fifth round. */
const QUESTION = "Ở vòng thứ năm, bao nhiêu điều khoản đã được thống nhất về câu chữ?";

const indexedCopy = indexedCopyPerTest("compact-test-");
let dataDir: string;
const configWith = (threshold: string): AppConfig =>
  readConfig({ DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS, DELTA_COMPACT_CHUNKS: threshold, INDEX_LOCK_WAIT_MS: "2000" });
beforeEach(() => ({ dataDir } = indexedCopy()));

const page = () => ({ name: "vn-news-page.html", bytes: readFileSync(PAGE) });
const liveBuild = async () => (await currentBuildDir(indexDirOf(dataDir)))!;
async function answersFromPage(config: AppConfig): Promise<boolean> {
  const runtime = await loadRuntime(config);
  return (await runtime.retriever.retrieve(QUESTION)).passages.some((p) => p.chunk.docId === "vn-news-page");
}

describe("compacting the delta", () => {
  it("does nothing below the threshold, or when it is 0", async () => {
    await addArticles(configWith("0"), [page()]);
    const before = await liveBuild();
    expect(await compactIfDue(configWith("0"))).toBeNull();
    expect(await compactIfDue(configWith("1000"))).toBeNull();
    expect(await liveBuild()).toBe(before);
    expect(existsSync(path.join(before, DELTA_FILE))).toBe(true);
  });

  it("at the threshold, rebuilds: the added article is in the new build itself, still answered, and the delta is gone", async () => {
    const config = configWith("1");
    const [added] = await addArticles(config, [page()]);
    expect(added?.status).toBe("added");
    const before = await liveBuild();
    expect(await compactionDue(config)).toMatchObject({ addedChunks: expect.any(Number), threshold: 1 });
    const done = await compactIfDue(config);
    expect(done?.build.upToDate).toBe(false);
    const after = await liveBuild();
    expect(after).not.toBe(before);
    expect(existsSync(before)).toBe(false);
    expect(existsSync(path.join(after, DELTA_FILE))).toBe(false);
    const runtime = await loadRuntime(config);
    expect(runtime.index!.overlay).toBeNull();
    expect(runtime.index!.added.has("vn-news-page")).toBe(true);
    expect(await answersFromPage(config)).toBe(true);
    expect(await compactIfDue(config)).toBeNull();
  });

  it("counts a removed article's chunks, which stay in the base's graphs and postings until a build folds them away", async () => {
    const [added] = await addArticles(configWith("1"), [page()]);
    expect(added?.status).toBe("added");
    await compactIfDue(configWith("1"));
    // The page is in the base build now; removing it hides its chunks there.
    expect((await loadRuntime(configWith("0"))).index!.overlay).toBeNull();
    const chunks = added!.status === "added" ? added!.chunks : 0;
    await removeArticle(configWith("0"), "vn-news-page");
    expect(await compactionDue(configWith(String(chunks + 1)))).toBeNull();
    expect(await compactionDue(configWith(String(chunks)))).toEqual({ addedChunks: 0, removedChunks: chunks, threshold: chunks });
    const before = await liveBuild();
    expect(await compactIfDue(configWith(String(chunks)))).not.toBeNull();
    expect(await liveBuild()).not.toBe(before);
    const runtime = await loadRuntime(configWith("0"));
    expect(runtime.index!.overlay).toBeNull();
    expect(runtime.index!.documents.has("vn-news-page")).toBe(false);
  });

  it("in the background, runs in a process of its own and logs what it did", async () => {
    const config = configWith("1");
    await addArticles(config, [page()]);
    const before = await liveBuild();
    const lines: string[] = [];
    // scripts/compact.ts as the server starts it, bundled instead of through tsx's loader (the same code, a faster start).
    const script = [process.execPath, bundledScript("scripts/compact.ts")];
    const started = await compactInBackground(config, { info: (l) => lines.push(l), error: (l) => lines.push(l) }, script);
    expect(await started!.exited).toBe(0);
    expect(lines.join("\n")).toMatch(/\[articles\] the \d+ added chunks \(DELTA_COMPACT_CHUNKS 1\) were folded into a new build/);
    expect(await liveBuild()).not.toBe(before);
    expect((await loadRuntime(config)).index!.overlay).toBeNull();
    expect(await compactInBackground(config, undefined, script)).toBeNull();
  });

  it("killed midway (the new build written, the pointer not yet moved): the archive with its addition answers, and the next check completes it", () => {
    const run = (fault: string) =>
      spawnSync(process.execPath, [bundledScript("scripts/add.ts"), PAGE], {
        cwd: ROOT,
        env: { ...process.env, DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS, DELTA_COMPACT_CHUNKS: "1", ARCHIVE_FAULT: fault },
        encoding: "utf8",
        timeout: 120_000,
      });
    return (async () => {
      const before = await liveBuild();
      const child = run("build-written");
      expect(child.signal, child.stderr).toBe("SIGKILL");
      // The addition itself completed (what `npm run add` prints for it) before the compaction began.
      expect(child.stdout).toMatch(/^added\s+vn-news-page\.html → vn-news-page "/m);
      expect(child.stdout).toMatch(/compacting: \d+ added chunks reached DELTA_COMPACT_CHUNKS \(1\)/);
      // The half-done build sits beside the live one, which still answers with its delta.
      expect(await liveBuild()).toBe(before);
      expect(readdirSync(indexDirOf(dataDir)).filter((n) => n.startsWith("build-")).length).toBe(2);
      const config = configWith("1");
      expect(await answersFromPage(config)).toBe(true);
      expect(await compactIfDue(config)).not.toBeNull();
      expect(readdirSync(indexDirOf(dataDir)).filter((n) => n.startsWith("build-"))).toEqual([path.basename(await liveBuild())]);
      expect((await loadRuntime(config)).index!.overlay).toBeNull();
      expect(await answersFromPage(config)).toBe(true);
    })();
  });
});
