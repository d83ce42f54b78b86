import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { buildIndex } from "@/lib/index/build";
import { LOCK_FILE } from "@/lib/index/lock";
import { applyDelta, emptyDelta } from "@/lib/index/delta";
import { createEmbedder } from "@/lib/index/embedder";
import { openIndex } from "@/lib/index/open-index";
import { DEFAULT_HNSW, indexDirOf } from "@/lib/index/store";
import { nearestChunks } from "@/lib/index/vector-search";
import { openTestIndex, PROJECT_CORPUS } from "../../support/test-index";

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "store-data-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const load = () => openTestIndex(dataDir);

describe("the index store", () => {
  it("does not rebuild an unchanged corpus, and rebuilds when a file changes", async () => {
    const small = mkdtempSync(path.join(os.tmpdir(), "store-small-"));
    const smallData = mkdtempSync(path.join(os.tmpdir(), "store-small-data-"));
    writeFileSync(path.join(small, "a.txt"), readFileSync(path.join(PROJECT_CORPUS, "lam-viec-voi-ustr.txt")));
    const cfg = readConfig({ DATA_DIR: smallData, CORPUS_DIR: small });
    const first = await buildIndex({ config: cfg, corpusDir: small, indexDir: indexDirOf(smallData) });
    const again = await buildIndex({ config: cfg, corpusDir: small, indexDir: indexDirOf(smallData) });
    expect(first.upToDate).toBe(false);
    expect(again.upToDate).toBe(true);
    writeFileSync(path.join(small, "b.txt"), "Một bài mới về thuế quan đối ứng giữa hai nước.");
    const changed = await buildIndex({ config: cfg, corpusDir: small, indexDir: indexDirOf(smallData) });
    expect(changed).toMatchObject({ upToDate: false, documents: 2 });
    const forced = await buildIndex({ config: cfg, corpusDir: small, indexDir: indexDirOf(smallData), force: true });
    expect(forced.upToDate).toBe(false);
    rmSync(small, { recursive: true, force: true });
    rmSync(smallData, { recursive: true, force: true });
  });

  // A rebuild killed for real (SIGKILL) after writing its build, before moving the pointer, is
  // tests/unit/index/compact.test.ts's killed compaction (the same forced buildIndex). Here: what a
  // build killed earlier, while writing, leaves behind.
  it("keeps the previous index loadable past what a rebuild killed while writing leaves; the next build cleans up after it", async () => {
    const indexDir = indexDirOf(dataDir);
    await buildIndex({ config: readConfig({ DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, indexDir });
    const before = await load();
    const pointer = readFileSync(path.join(indexDir, "CURRENT"), "utf8");

    // A newer build folder without a manifest (its graph cut short), and a pointer file not yet renamed. Neither is followed.
    const killed = path.join(indexDir, `build-${Date.now() + 60_000}-99999`);
    mkdirSync(killed);
    writeFileSync(path.join(killed, "hnswlib.index"), readFileSync(path.join(before.dir, "hnswlib.index")).subarray(0, 1000));
    writeFileSync(path.join(indexDir, "CURRENT.99999.tmp"), path.basename(killed));
    // The killed writer's lock, held by a process that is gone.
    writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify({ pid: spawnSync("true").pid, purpose: "npm run index -- --force", since: "" }));

    expect(readFileSync(path.join(indexDir, "CURRENT"), "utf8")).toBe(pointer);
    const after = await load();
    expect(after.dir).toBe(before.dir);
    expect(after.chunks.length).toBe(before.chunks.length);
    const hits = await after.vectors[0]!.similaritySearch("vòng đàm phán thứ hai", 3);
    expect(hits).toHaveLength(3);

    // The next build removes what the killed one left: one build folder, the new one, is served.
    const builds = () => readdirSync(indexDir).filter((e) => e.startsWith("build-"));
    await buildIndex({ config: readConfig({ DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, indexDir, force: true });
    expect(existsSync(killed)).toBe(false);
    expect(builds()).toHaveLength(1);
    expect((await load()).dir).not.toBe(before.dir);
  });

  it("splits a corpus into graphs of shardSize chunks and finds the same nearest chunks as one graph", async () => {
    const shardedData = mkdtempSync(path.join(os.tmpdir(), "store-sharded-"));
    const cfg = readConfig({ DATA_DIR: shardedData, CORPUS_DIR: PROJECT_CORPUS });
    try {
      const summary = await buildIndex({ config: cfg, corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(shardedData), hnsw: { ...DEFAULT_HNSW, shardSize: 20 } });
      const index = await openIndex(
        indexDirOf(shardedData),
        { embedderName: "local-hash-v1" },
        (state) => createEmbedder(cfg, { localState: state ?? undefined }).embeddings,
      );
      // 48 chunks in graphs of 20: 20 + 20 + 8, the later ones in folders of their own.
      expect(summary.chunks).toBe(48);
      expect(index.vectors.map((v) => v.index.getCurrentCount())).toEqual([20, 20, 8]);
      expect(Object.keys(index.manifest.files ?? {})).toEqual(
        expect.arrayContaining(["hnswlib.index", path.join("shard-1", "hnswlib.index"), path.join("shard-2", "docstore.json")]),
      );
      // With ef above the shard size every graph is searched exhaustively: the merge must equal an exact search.
      const query = await index.embeddings.embedQuery("vòng đàm phán thứ hai diễn ra khi nào");
      const cosine = (c: number[]) => c.reduce((sum, x, i) => sum + x * query[i]!, 0);
      const stored = index.vectors.flatMap((v) => Array.from({ length: v.index.getCurrentCount() }, (_, i) => v.index.getPoint(i)));
      const exact = stored
        .map((v, i) => ({ id: index.chunks[i]!.id, score: cosine(v) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 5);
      const found = await nearestChunks(index, query, 5);
      expect(found.map((f) => f.chunk.id)).toEqual(exact.map((e) => e.id));
      // An article removed: only the shards holding its chunks filter them out, and the merge is still the exact search without them.
      const removed = index.chunks[25]!.docId;
      const withRemoval = applyDelta(index, { ...emptyDelta(path.basename(index.dir)), hidden: [removed] });
      const perShard = [0, 1, 2].map((s) => index.chunks.slice(s * 20, (s + 1) * 20).filter((c) => c.docId === removed).length);
      expect(withRemoval.overlay!.hiddenByShard).toEqual(perShard);
      expect(perShard.filter((n) => n === 0).length).toBeGreaterThan(0);
      const exactLive = stored
        .map((v, i) => ({ chunk: index.chunks[i]!, score: cosine(v) }))
        .filter((e) => e.chunk.docId !== removed)
        .sort((a, b) => b.score - a.score)
        .slice(0, 5);
      expect((await nearestChunks(withRemoval, query, 5)).map((f) => f.chunk.id)).toEqual(exactLive.map((e) => e.chunk.id));
    } finally {
      rmSync(shardedData, { recursive: true, force: true });
    }
  });
});
