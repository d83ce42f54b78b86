/**
 * Index faults: a missing index, truncated or corrupted index files (including the native hnswlib
 * file, which must never take the process down), an index from another embedder, a rebuild while
 * the app runs, and a build killed midway. Each gives an AppError that says what to do, or keeps
 * the old index serving.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { buildIndex } from "@/lib/index/build";
import { currentBuildDir, indexDirOf, MANIFEST_VERSION } from "@/lib/index/store";
import { RuntimeHolder, loadRuntime } from "@/lib/runtime";
import { apiErrorBodySchema, healthReportSchema } from "@/lib/api-schemas";
import { chatBody, loadRoutes } from "../support/routes";
import { bundledScript } from "../support/script-bundle";
import { copyProjectIndex, PROJECT_CORPUS } from "../support/test-index";
import { readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const ROOT = path.resolve(__dirname, "..", "..");
const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
const temps: string[] = [];
let pristine: string; // a data folder with a freshly built index, copied for each case

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function configFor(dataDir: string, env: Record<string, string> = {}, corpusDir = PROJECT_CORPUS) {
  return readConfig({ ...env, DATA_DIR: dataDir, CORPUS_DIR: corpusDir });
}

async function build(dataDir: string, corpusDir = PROJECT_CORPUS, force = false) {
  return buildIndex({ config: configFor(dataDir, {}, corpusDir), corpusDir, indexDir: indexDirOf(dataDir), force });
}

/** A copy of the pristine data folder and the path of its live build. */
async function copyOfIndex(): Promise<{ dataDir: string; buildDir: string }> {
  const dataDir = tempDir("vntrade-fault-");
  cpSync(pristine, dataDir, { recursive: true });
  return { dataDir, buildDir: (await currentBuildDir(indexDirOf(dataDir)))! };
}

/** Rewrite a build's manifest.json as `change` returns it. */
function editManifest(buildDir: string, change: (manifest: Record<string, unknown>) => Record<string, unknown>): void {
  const file = path.join(buildDir, "manifest.json");
  writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)));
}

/** Remove the manifest's checksums, as in an index built before they existed. */
function stripChecksums(buildDir: string): void {
  editManifest(buildDir, ({ files: _, ...rest }) => rest);
}

async function loadError(dataDir: string, env: Record<string, string> = {}): Promise<AppError> {
  const error = await loadRuntime(configFor(dataDir, env)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "loading must fail with an AppError").toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  pristine = tempDir("vntrade-pristine-");
  await copyProjectIndex(pristine);
  expect((await build(pristine)).upToDate).toBe(true);
});
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("no index at start", () => {
  it("health says there is no index and what to run; chat, search and documents answer 503 JSON with the hint `npm run index`; a build is then picked up without a restart", async () => {
    const routes = await loadRoutes();
    try {
      rmSync(indexDirOf(routes.dataDir), { recursive: true, force: true });

      const health = await routes.health();
      expect(health.status).toBe(503);
      const report = healthReportSchema.parse(await health.json());
      expect(report.ok).toBe(false);
      expect(report.index.ok).toBe(false);
      expect(report.index.message).toMatch(/No index found/);
      expect(report.index.message).toContain("npm run index");
      expect(report.profiles.map((p) => p.id)).toContain("offline");

      for (const request of [() => routes.chat(chatBody(QUESTION)), () => routes.search({ query: "thuế" }), () => routes.documents()]) {
        const response = await request();
        expect(response.status).toBe(503);
        expect(response.headers.get("content-type")).toContain("application/json");
        const body = apiErrorBodySchema.parse(await response.json());
        expect(body.error.code).toBe("unavailable:index");
        expect(body.error.message).toMatch(/No index found/);
        expect(body.error.hint).toContain("npm run index");
      }

      await build(routes.dataDir);
      expect((await routes.health()).status).toBe(200);
      const chat = await routes.chat(chatBody(QUESTION));
      expect(chat.status).toBe(200);
      expect(streamedText(await readUIChunks(chat))).toContain("19 đến 22 tháng 5");
    } finally {
      routes.cleanup();
    }
  });
});

describe("truncated or corrupted index files", () => {
  const files = [
    "manifest.json",
    "hnswlib.index",
    "docstore.json",
    "chunks.json",
    "documents.json",
    "lexical.json",
    "lexical.bin",
    "embedder.json",
    "args.json",
  ];

  // docstore.json and args.json are LangChain's HNSWLib files, written so HNSWLib.load can open a
  // build; the app rebuilds the docstore from chunks.json, so only their checksums guard them.
  const readByTheApp = files.filter((f) => f !== "docstore.json" && f !== "args.json");

  for (const checksums of [true, false]) {
    describe(checksums ? "with the manifest's checksums" : "in an older index without checksums", () => {
      const damageable = checksums ? files : readByTheApp;
      it.each(damageable)("%s truncated to half → corrupt:index naming the file, with the rebuild hint", async (file) => {
        const { dataDir, buildDir } = await copyOfIndex();
        if (!checksums) stripChecksums(buildDir);
        const target = path.join(buildDir, file);
        truncateSync(target, Math.floor(readFileSync(target).length / 2));
        const error = await loadError(dataDir);
        expect(error.code).toBe("corrupt:index");
        expect(error.message).toContain(file);
        expect(error.hint).toContain("npm run index -- --force");
      });

      it.each(damageable.filter((f) => f !== "manifest.json"))("%s missing → corrupt:index, with the rebuild hint", async (file) => {
        const { dataDir, buildDir } = await copyOfIndex();
        if (!checksums) stripChecksums(buildDir);
        rmSync(path.join(buildDir, file));
        const error = await loadError(dataDir);
        expect(error.code).toBe("corrupt:index");
        expect(error.hint).toContain("npm run index -- --force");
      });
    });
  }

  it("chunks.json edited but still valid JSON (one chunk dropped) → refused, never served with wrong offsets", async () => {
    const { dataDir, buildDir } = await copyOfIndex();
    const file = path.join(buildDir, "chunks.json");
    writeFileSync(file, JSON.stringify((JSON.parse(readFileSync(file, "utf8")) as unknown[]).slice(1)));
    expect((await loadError(dataDir)).message).toMatch(/chunks\.json is damaged/);
    stripChecksums(buildDir);
    expect((await loadError(dataDir)).message).toMatch(/does not match its manifest \(\d+ (vectors|documents) for \d+ chunks\)/);
  });

  it("a chunk whose offsets fall outside its article → refused, never cited with wrong offsets", async () => {
    const { dataDir, buildDir } = await copyOfIndex();
    const file = path.join(buildDir, "chunks.json");
    const chunks = JSON.parse(readFileSync(file, "utf8")) as { end: number }[];
    chunks[3]!.end += 1_000_000;
    writeFileSync(file, JSON.stringify(chunks));
    stripChecksums(buildDir);
    const error = await loadError(dataDir);
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toMatch(/chunk \S+#\d+ does not fit its article/);
  });

  it("a pointer to a build folder that is gone → corrupt:index with the rebuild hint", async () => {
    const { dataDir, buildDir } = await copyOfIndex();
    rmSync(buildDir, { recursive: true });
    const error = await loadError(dataDir);
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toContain("manifest.json is missing");
    expect(error.hint).toContain("npm run index");
  });

  it("a manifest of another format version → incompatible:index naming both versions", async () => {
    const { dataDir, buildDir } = await copyOfIndex();
    editManifest(buildDir, (manifest) => ({ ...manifest, version: 99 }));
    const error = await loadError(dataDir);
    expect(error.code).toBe("incompatible:index");
    expect(error.message).toMatch(new RegExp(`version 99.*version ${MANIFEST_VERSION}`));
  });

  // That a build is then picked up without a restart is tested once, in "no index at start".
  it("through the API: a corrupted index answers 503 JSON (never a crash), and health says to rebuild", async () => {
    const routes = await loadRoutes();
    try {
      const buildDir = (await currentBuildDir(indexDirOf(routes.dataDir)))!;
      writeFileSync(path.join(buildDir, "documents.json"), '[{"id": ');
      const chat = await routes.chat(chatBody(QUESTION));
      expect(chat.status).toBe(503);
      const body = apiErrorBodySchema.parse(await chat.json());
      expect(body.error.code).toBe("corrupt:index");
      expect(body.error.hint).toContain("npm run index -- --force");
      const report = healthReportSchema.parse(await (await routes.health()).json());
      expect(report.index.ok).toBe(false);
      expect(report.index.message).toContain("npm run index -- --force");
    } finally {
      routes.cleanup();
    }
  });
});

describe("a damaged hnswlib.index never crashes the process (native addon)", () => {
  // Each corruption keeps the file's size; hnswlib itself does not check these fields and, before
  // openIndex validated the file, segfaulted (entry point, neighbour) or aborted (max level) at the
  // first search. `reason` is what the structure check (lib/index/hnsw-check.ts) must say: each case
  // reaches the check it is named for, so a check that stops working fails its own case.
  const corruptions: Record<string, { damage: (b: Buffer) => void; reason: RegExp }> = {
    "entry point out of range": { damage: (b) => b.writeUInt32LE(999_999, 52), reason: /\(bad entry point\)/ },
    // The entry point's level no longer matches the graph's: the same check as above, reached from the level side.
    "max level too high": { damage: (b) => b.writeInt32LE(7, 48), reason: /\(bad entry point\)/ },
    "neighbour id out of range": {
      damage: (b) => {
        b.writeUInt32LE(1, 96);
        b.writeUInt32LE(999_999, 100);
      },
      reason: /\(neighbour out of range\)/,
    },
    "element count off by one": { damage: (b) => b.writeBigUInt64LE(b.readBigUInt64LE(16) + 1n, 16), reason: /\((\d+) vectors for (?!\1\b)\d+ chunks\)/ },
    "huge capacity": { damage: (b) => b.writeBigUInt64LE(1n << 24n, 8), reason: /\(bad capacity\)/ },
    "random bytes": {
      damage: (b) => {
        for (let i = 0; i < b.length; i++) b[i] = (i * 2654435761) >>> 24;
      },
      reason: /The vector index \S+hnswlib\.index is corrupted \(/,
    },
  };

  /** A copy of the pristine index whose hnswlib.index has one corruption (same size). */
  async function damagedIndex(name: string, checksums: boolean): Promise<string> {
    const { dataDir, buildDir } = await copyOfIndex();
    if (!checksums) stripChecksums(buildDir);
    const file = path.join(buildDir, "hnswlib.index");
    const bytes = readFileSync(file);
    corruptions[name]!.damage(bytes);
    writeFileSync(file, bytes);
    return dataDir;
  }

  // In an older index without checksums only the structure check stands between the file and the
  // addon. Were it to let one through, the addon would take this test process down: the run fails.
  it.each(Object.keys(corruptions))("%s (without checksums) → the structure check refuses it with corrupt:index", async (name) => {
    const error = await loadError(await damagedIndex(name, false));
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toMatch(corruptions[name]!.reason);
    expect(error.message).toContain("hnswlib.index");
    expect(error.hint).toContain("npm run index -- --force");
  });

  // With checksums, the manifest catches a same-size change before the file's structure is read.
  it.each(Object.keys(corruptions))("%s (with checksums) → the checksum refuses it with corrupt:index", async (name) => {
    const error = await loadError(await damagedIndex(name, true));
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toMatch(/hnswlib\.index is damaged: its size or checksum does not match the manifest/);
    expect(error.hint).toContain("npm run index -- --force");
  });

  it("in a separate process, as a user runs it: the pristine index searches, then the once-segfaulting one is refused and the process lives", async () => {
    const script = path.join(tempDir("vntrade-child-"), "load-and-search.mts");
    // One child loads each data folder in turn: the first proves the harness can load and search.
    writeFileSync(
      script,
      [
        `import { readConfig } from ${JSON.stringify(path.join(ROOT, "lib/config.ts"))};`,
        `import { loadRuntime } from ${JSON.stringify(path.join(ROOT, "lib/runtime.ts"))};`,
        `for (const dataDir of process.argv.slice(2)) {`,
        `  try {`,
        `    const runtime = await loadRuntime(readConfig({ DATA_DIR: dataDir, CORPUS_DIR: ${JSON.stringify(PROJECT_CORPUS)} }));`,
        `    const retrieval = await runtime.retriever.retrieve(${JSON.stringify(QUESTION)}, []);`,
        `    console.log(JSON.stringify({ loaded: true, passages: retrieval.passages.length }));`,
        `  } catch (error) {`,
        `    console.log(JSON.stringify({ loaded: false, code: error.code, message: error.message }));`,
        `  }`,
        `}`,
      ].join("\n"),
    );
    const damaged = await damagedIndex("entry point out of range", false);
    const child = spawnSync(process.execPath, [bundledScript(script), pristine, damaged], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect({ status: child.status, signal: child.signal, stderr: child.stderr.slice(-500) }).toMatchObject({ status: 0, signal: null });
    const [healthy, refused, ...rest] = child.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { loaded: boolean; passages?: number; code?: string; message?: string });
    expect(rest).toEqual([]);
    expect(healthy).toMatchObject({ loaded: true });
    expect(healthy!.passages).toBeGreaterThan(0);
    expect(refused).toMatchObject({ loaded: false, code: "corrupt:index" });
    expect(refused!.message).toMatch(corruptions["entry point out of range"]!.reason);
  });
});

describe("an index from another embedder", () => {
  it("is refused, naming the index's embedder and the configured one", async () => {
    const { dataDir } = await copyOfIndex();
    const error = await loadError(dataDir, {
      EMBEDDINGS_PROVIDER: "openai-compatible",
      EMBEDDINGS_MODEL: "bge-m3",
      EMBEDDINGS_BASE_URL: "http://127.0.0.1:11434/v1",
    });
    expect(error.code).toBe("incompatible:index");
    expect(error.message).toContain('"local-hash-v1"');
    expect(error.message).toContain('"openai-compatible:bge-m3"');
    expect(error.hint).toContain("npm run index -- --force");
  });

  it("a manifest naming another embedder is refused even with the default configuration", async () => {
    const { dataDir, buildDir } = await copyOfIndex();
    editManifest(buildDir, (manifest) => ({ ...manifest, embedder: { name: "openai-compatible:text-embedding-3-small", dimensions: 1536 } }));
    const error = await loadError(dataDir);
    expect(error.code).toBe("incompatible:index");
    expect(error.message).toContain("openai-compatible:text-embedding-3-small");
    expect(error.message).toContain("local-hash-v1");
  });
});

describe("rebuilds while the app runs", () => {
  const NEW_ARTICLE = [
    "Hội thảo về chuỗi cung ứng sầu riêng xuất khẩu sang Hoa Kỳ",
    "Ngày 2/12/2025, Bộ Nông nghiệp tổ chức hội thảo về chuỗi cung ứng sầu riêng xuất khẩu sang thị trường Hoa Kỳ.",
    "Các doanh nghiệp sầu riêng cho biết sản lượng xuất khẩu sang Hoa Kỳ tăng mạnh trong năm nay.",
  ].join("\n\n");

  /** A copy of the project corpus and of its index, up to date with each other: what a running app serves. */
  async function liveCopy(): Promise<{ corpus: string; dataDir: string }> {
    const corpus = tempDir("vntrade-corpus-");
    cpSync(PROJECT_CORPUS, corpus, { recursive: true });
    const dataDir = tempDir("vntrade-live-");
    await copyProjectIndex(dataDir);
    expect((await build(dataDir, corpus)).upToDate).toBe(true);
    return { corpus, dataDir };
  }

  it("a rebuild is picked up by the next request without a restart; the old runtime keeps working meanwhile", async () => {
    const { corpus, dataDir } = await liveCopy();
    const holder = new RuntimeHolder(configFor(dataDir, {}, corpus));
    const before = await holder.get();
    expect(before.index!.documents.has("sau-rieng")).toBe(false);
    expect(await holder.get()).toBe(before); // cached while nothing changed

    writeFileSync(path.join(corpus, "sau-rieng.txt"), NEW_ARTICLE);
    const summary = await build(dataDir, corpus);
    expect(summary.upToDate).toBe(false);

    const after = await holder.get();
    expect(after).not.toBe(before);
    expect(after.index!.documents.has("sau-rieng")).toBe(true);
    const retrieval = await after.retriever.retrieve("sầu riêng xuất khẩu sang Hoa Kỳ", []);
    expect(retrieval.passages[0]?.chunk.docId).toBe("sau-rieng");
    // A request still holding the old runtime (its build folder is gone) is served from memory.
    expect((await before.retriever.retrieve(QUESTION, [])).passages.length).toBeGreaterThan(0);
  });

  it("a rebuilt index that is corrupt: the last good one is still served (health says so), and the broken one is not re-read on every request", async () => {
    const { corpus, dataDir } = await liveCopy();
    let loads = 0;
    let now = 1_000_000;
    const holder = new RuntimeHolder(
      configFor(dataDir, {}, corpus),
      undefined,
      (...args) => {
        loads++;
        return loadRuntime(...args);
      },
      () => now,
    );
    const before = await holder.get();
    expect(holder.status().serving).toBe("current");

    writeFileSync(path.join(corpus, "sau-rieng.txt"), NEW_ARTICLE);
    await build(dataDir, corpus);
    const rebuilt = await currentBuildDir(indexDirOf(dataDir));
    writeFileSync(path.join(rebuilt!, "chunks.json"), "{ not json");

    for (let i = 0; i < 5; i++) expect(await holder.get()).toBe(before);
    expect(loads).toBe(2); // one failed try of the new index, not one per request
    const status = holder.status();
    expect(status.serving).toBe("previous");
    expect(status.problem).toMatch(/corrupt|not valid JSON/);
    expect((await before.retriever.retrieve(QUESTION, [])).passages.length).toBeGreaterThan(0);

    now += 31_000; // tried again after RELOAD_RETRY_MS, still broken, still the good one served
    expect(await holder.get()).toBe(before);
    expect(loads).toBe(3);

    await build(dataDir, corpus, true); // a good rebuild is picked up
    const after = await holder.get();
    expect(after).not.toBe(before);
    expect(after.index!.documents.has("sau-rieng")).toBe(true);
    expect(holder.status().serving).toBe("current");
  });

  // A build killed midway (a real SIGKILL) is tested in tests/unit/index/compact.test.ts, what one killed while writing leaves in tests/unit/index/store.test.ts.
});
