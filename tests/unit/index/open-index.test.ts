/** Opening an index validates each JSON file's shape (zod), not only its syntax: a file that parses but holds the wrong data is refused, naming the file and the field. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import type { AppError } from "@/lib/errors";
import { buildIndex } from "@/lib/index/build";
import { readManifest } from "@/lib/index/open-index";
import { currentBuildDir, indexDirOf } from "@/lib/index/store";
import { copyProjectIndex, openTestIndex, PROJECT_CORPUS } from "../../support/test-index";

let dataDir: string;
let buildDir: string;
const originals = new Map<string, string>();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "open-index-"));
  await copyProjectIndex(dataDir);
  await buildIndex({ config: readConfig({ DATA_DIR: dataDir, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(dataDir) });
  buildDir = (await currentBuildDir(indexDirOf(dataDir)))!;
  for (const file of ["manifest.json", "documents.json", "chunks.json"]) originals.set(file, readFileSync(path.join(buildDir, file), "utf8"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const load = () => openTestIndex(dataDir);

type Row = Record<string, unknown>;

/** Rewrite a file of the build as valid JSON with other data; the manifest's checksums are dropped so the schema is what has to catch it. */
function edit(file: string, change: (value: Row & Row[]) => unknown): void {
  for (const [name, text] of originals) writeFileSync(path.join(buildDir, name), text);
  const manifest = JSON.parse(originals.get("manifest.json")!) as { files?: unknown };
  delete manifest.files;
  writeFileSync(path.join(buildDir, "manifest.json"), JSON.stringify(manifest));
  const current = JSON.parse(readFileSync(path.join(buildDir, file), "utf8"));
  writeFileSync(path.join(buildDir, file), JSON.stringify(change(current)));
}

async function refusal(): Promise<AppError> {
  return load().then(
    () => {
      throw new Error("the index was opened");
    },
    (error: AppError) => error,
  );
}

describe("opening an index validates what it reads", () => {
  it("opens the index as built", async () => {
    edit("documents.json", (documents) => documents);
    expect((await load()).documents.size).toBeGreaterThan(0);
  });

  it("a document without its body → corrupt:index naming documents.json and the field", async () => {
    edit("documents.json", (documents) => documents.map((d, i) => (i === 0 ? { ...d, body: undefined } : d)));
    const error = await refusal();
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toMatch(/documents\.json is corrupted \(0\.body: /);
    expect(error.hint).toContain("npm run index -- --force");
  });

  it("a document in a language the app does not know → refused, not served", async () => {
    edit("documents.json", (documents) => documents.map((d) => ({ ...d, lang: "fr" })));
    expect((await refusal()).message).toMatch(/documents\.json is corrupted \(0\.lang: /);
  });

  it("a chunk reference with a text offset → refused before any chunk is cut", async () => {
    edit("chunks.json", (chunks) => chunks.map((c, i) => (i === 2 ? { ...c, start: "12" } : c)));
    expect((await refusal()).message).toMatch(/chunks\.json is corrupted \(2\.start: /);
  });

  it("a manifest whose counts are not numbers → corrupt:index; readManifest says there is no usable manifest", async () => {
    edit("manifest.json", (manifest) => ({ ...manifest, counts: { documents: "five" } }));
    const error = await refusal();
    expect(error.code).toBe("corrupt:index");
    expect(error.message).toMatch(/manifest\.json is corrupted \(counts\.documents: /);
    expect(await readManifest(indexDirOf(dataDir))).toBeNull();
  });
});
