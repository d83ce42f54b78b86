/** Builds a real index of a corpus folder into a temporary data folder, for tests. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, inject } from "vitest";
import { readConfig, type AppConfig } from "@/lib/config";
import { buildIndex } from "@/lib/index/build";
import { createEmbedder } from "@/lib/index/embedder";
import { openIndex, type LoadedIndex } from "@/lib/index/open-index";
import { indexDirOf } from "@/lib/index/store";
import { loadRuntime, type Runtime } from "@/lib/runtime";

export const PROJECT_CORPUS = path.resolve(__dirname, "..", "..", "corpus");
export const FIXTURES = path.resolve(__dirname, "..", "fixtures");

/** A config whose data folder is a fresh temporary directory. */
export function tempConfig(env: Record<string, string> = {}, corpusDir = PROJECT_CORPUS): AppConfig & { cleanup: () => void } {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vntrade-test-"));
  const config = readConfig({ ...env, DATA_DIR: dataDir, CORPUS_DIR: corpusDir });
  return { ...config, cleanup: () => rmSync(dataDir, { recursive: true, force: true }) };
}

const DEFAULT_CONFIG = readConfig({});
let projectIndex: Promise<string> | undefined;

/**
 * A data folder with the project corpus indexed, made once per worker process (test files share
 * workers) in the run's scratch folder (tests/support/global-setup.ts). Indexing the corpus took
 * 0.3-0.7 s of CPU a time, and route and archive tests index it dozens of times a run; a copy of the
 * folder takes milliseconds.
 */
function projectIndexFolder(): Promise<string> {
  projectIndex ??= (async () => {
    const dir = mkdtempSync(path.join(inject("scratchDir"), "project-index-"));
    await buildIndex({ config: readConfig({ DATA_DIR: dir, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(dir) });
    return dir;
  })();
  return projectIndex;
}

/**
 * Put the project corpus's index into `dataDir`: a copy of this worker's (milliseconds, against a
 * build's 0.3-0.7 s of CPU). A build of the project corpus, or of a copy of it in another folder
 * (the index records file names and contents, not the folder), then finds it up to date.
 */
export async function copyProjectIndex(dataDir: string): Promise<void> {
  cpSync(await projectIndexFolder(), dataDir, { recursive: true });
}

/**
 * Index `corpusDir` into `config`'s data folder. The project corpus starts from a copy of the folder
 * indexed once, which buildIndex then finds up to date by the check `npm start` relies on (corpus
 * hashes, embedder, chunking, graph settings, rule versions), or rebuilds when this test's settings
 * differ. MAX_FILE_BYTES, which decides what is read and is not in that check, must be the default.
 */
async function indexInto(config: AppConfig, corpusDir: string): Promise<void> {
  if (corpusDir === PROJECT_CORPUS && config.MAX_FILE_BYTES === DEFAULT_CONFIG.MAX_FILE_BYTES) await copyProjectIndex(config.dataDir);
  await buildIndex({ config, corpusDir, indexDir: indexDirOf(config.dataDir) });
}

/** Index `corpusDir` into a temporary data folder and load it. */
export async function buildTestRuntime(
  env: Record<string, string> = {},
  corpusDir = PROJECT_CORPUS,
  fetchImpl?: typeof fetch,
): Promise<{ config: AppConfig; runtime: Runtime; cleanup: () => void }> {
  const config = tempConfig(env, corpusDir);
  await indexInto(config, corpusDir);
  return { config, runtime: await loadRuntime(config, fetchImpl), cleanup: config.cleanup };
}

/**
 * A data folder with the project corpus indexed (the one of this worker), and a copy of it made
 * before each test and removed after: every test starts from the same archive. Returns this test's
 * copy and a config reading it (the project corpus, plus `env`).
 */
export function indexedCopyPerTest(prefix: string, env: Record<string, string> = {}): () => { dataDir: string; config: AppConfig } {
  let pristine = "";
  let copy = "";
  beforeAll(async () => {
    pristine = await projectIndexFolder();
  });
  beforeEach(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), prefix));
    cpSync(pristine, copy, { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));
  return () => ({ dataDir: copy, config: readConfig({ ...env, DATA_DIR: copy, CORPUS_DIR: PROJECT_CORPUS }) });
}

/** The index in `dataDir` opened as the app opens it (the built-in embedder, its saved state), without a runtime around it. */
export function openTestIndex(dataDir: string): Promise<LoadedIndex> {
  return openIndex(
    indexDirOf(dataDir),
    { embedderName: "local-hash-v1" },
    (state) => createEmbedder(readConfig({ DATA_DIR: dataDir }), { localState: state ?? undefined }).embeddings,
  );
}
