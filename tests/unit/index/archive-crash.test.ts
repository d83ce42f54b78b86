/**
 * Crash safety of an addition: `npm run add` killed (SIGKILL, no cleanup) at each step leaves the
 * previous archive answering, and the next sync completes or rolls back. And the index lock: a
 * second writer waits, or is told who holds the lock.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AppConfig } from "@/lib/config";
import { archiveDirOf } from "@/lib/corpus/archive";
import { LOCK_FILE, withIndexLock } from "@/lib/index/lock";
import { addArticles, syncArchive } from "@/lib/index/update";
import { loadRuntime } from "@/lib/runtime";
import { bundledScript } from "../../support/script-bundle";
import { FIXTURES, indexedCopyPerTest, PROJECT_CORPUS } from "../../support/test-index";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const PAGE = path.join(FIXTURES, "articles", "vn-news-page.html");
const QUESTION = "Ở vòng thứ năm, bao nhiêu điều khoản đã được thống nhất về câu chữ?";

const indexedCopy = indexedCopyPerTest("archive-crash-", { INDEX_LOCK_WAIT_MS: "2000" });
let config: AppConfig;
let dataDir: string;
beforeEach(() => ({ dataDir, config } = indexedCopy()));

/** `npm run add -- PAGE` in a child process (scripts/add.ts bundled, see tests/support/script-bundle.ts) that kills itself at `fault`. */
function addKilledAt(fault: string) {
  return spawnSync(process.execPath, [bundledScript("scripts/add.ts"), PAGE], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS, ARCHIVE_FAULT: fault },
    encoding: "utf8",
    timeout: 60_000,
  });
}

async function answersFromPage(): Promise<boolean> {
  const runtime = await loadRuntime(config);
  return (await runtime.retriever.retrieve(QUESTION)).passages.some((p) => p.chunk.docId === "vn-news-page");
}

// Each child must die by its own SIGKILL, so a child that failed before its crash point fails its test.
// The same child without a fault adding the article, answered at once, is checked by the killed
// compaction in compact.test.ts (its addition completes before the kill).
describe("an addition killed midway", () => {
  it("killed while the original is half-written: the previous archive answers; the next sync removes the fragment (rolls back)", async () => {
    const child = addKilledAt("article-written");
    expect(child.signal).toBe("SIGKILL");
    expect(readdirSync(archiveDirOf(dataDir)).some((n) => n.startsWith(".incoming-"))).toBe(true);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    expect(await answersFromPage()).toBe(false);
    // The dead process's lock is taken over, not waited on.
    const report = await syncArchive(config);
    expect(report.cleaned).toHaveLength(1);
    expect(report.added).toEqual([]);
    expect(readdirSync(archiveDirOf(dataDir))).toEqual([]);
    expect(await answersFromPage()).toBe(false);
  });

  it("killed after the original is stored, before the index knew: the previous archive answers; the next sync completes the addition", async () => {
    expect(addKilledAt("article-stored").signal).toBe("SIGKILL");
    expect(await answersFromPage()).toBe(false);
    expect((await syncArchive(config)).added).toMatchObject([{ status: "added", id: "vn-news-page" }]);
    expect(await answersFromPage()).toBe(true);
  });

  it("killed while the index's delta is half-written: the previous archive answers; the next sync completes the addition", async () => {
    expect(addKilledAt("delta-written").signal).toBe("SIGKILL");
    expect(await answersFromPage()).toBe(false);
    expect((await syncArchive(config)).added).toMatchObject([{ status: "added", id: "vn-news-page" }]);
    expect(await answersFromPage()).toBe(true);
  });
});

describe("the index lock", () => {
  it("a second writer waits for the first, then goes ahead", async () => {
    const order: string[] = [];
    const first = withIndexLock(dataDir, { purpose: "slow test writer", waitMs: 5_000 }, async () => {
      order.push("first starts");
      await new Promise((resolve) => setTimeout(resolve, 300));
      order.push("first ends");
    });
    const second = addArticles(config, [
      { name: "bai-moi.txt", bytes: Buffer.from("Hai đoàn đàm phán đã họp trực tuyến về thương mại số trong tuần này.") },
    ]).then((o) => order.push(`second ${o[0]?.status}`));
    await Promise.all([first, second]);
    expect(order).toEqual(["first starts", "first ends", "second added"]);
  });

  it("a lock left by a process that is gone is taken over at once, without waiting", async () => {
    const gone = spawnSync("true").pid;
    writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: gone, purpose: "npm run add (killed)", since: "2025-01-01T00:00:00Z" }));
    const holder = await withIndexLock(dataDir, { purpose: "next writer", waitMs: 0 }, async () =>
      JSON.parse(readFileSync(path.join(dataDir, LOCK_FILE), "utf8")),
    );
    expect(holder).toMatchObject({ pid: process.pid, purpose: "next writer" });
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it("a lock file left unreadable (its writer killed while writing it) is waited on while new, taken over once old", async () => {
    const file = path.join(dataDir, LOCK_FILE);
    writeFileSync(file, '{"pid": ');
    await expect(withIndexLock(dataDir, { purpose: "next writer", waitMs: 0 }, async () => "ran")).rejects.toMatchObject({ code: "busy:index" });
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, minuteAgo, minuteAgo);
    expect(await withIndexLock(dataDir, { purpose: "next writer", waitMs: 0 }, async () => "ran")).toBe("ran");
    expect(existsSync(file)).toBe(false);
  });

  it("a writer that cannot wait long enough is told who holds the lock", async () => {
    // A live process holds it: this test's own parent stands in for another indexer.
    writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, purpose: "npm run index -- --force", since: "2025-01-01T00:00:00Z" }));
    // It gives up after INDEX_LOCK_WAIT_MS: a short wait here, as the wait itself is what the test before checks.
    await expect(addArticles({ ...config, INDEX_LOCK_WAIT_MS: 200 }, [{ name: "x.txt", bytes: Buffer.from("Một bài báo.") }])).rejects.toMatchObject({
      code: "busy:index",
      message: expect.stringMatching(new RegExp(`process ${process.ppid} \\(npm run index -- --force`)),
    });
  });
});
