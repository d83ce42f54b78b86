/** Builds a real index of a corpus folder into a temporary data folder, for tests. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { readConfig, type AppConfig } from "@/lib/config";
import { buildIndex } from "@/lib/index/build";
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

/** Index `corpusDir` into a temporary data folder and load it. */
export async function buildTestRuntime(
  env: Record<string, string> = {},
  corpusDir = PROJECT_CORPUS,
  fetchImpl?: typeof fetch,
): Promise<{ config: AppConfig; runtime: Runtime; cleanup: () => void }> {
  const config = tempConfig(env, corpusDir);
  await buildIndex({ config, corpusDir, indexDir: indexDirOf(config.dataDir) });
  return { config, runtime: await loadRuntime(config, fetchImpl), cleanup: config.cleanup };
}

/**
 * A data folder with the project corpus indexed once for the tests of a file, and a copy of it made
 * before each test and removed after: every test starts from the same archive. Returns this test's
 * copy and a config reading it (the project corpus, plus `env`).
 */
export function indexedCopyPerTest(prefix: string, env: Record<string, string> = {}): () => { dataDir: string; config: AppConfig } {
  let pristine = "";
  let copy = "";
  beforeAll(async () => {
    pristine = mkdtempSync(path.join(os.tmpdir(), `${prefix}pristine-`));
    await buildIndex({ config: readConfig({ DATA_DIR: pristine, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(pristine) });
  });
  afterAll(() => rmSync(pristine, { recursive: true, force: true }));
  beforeEach(() => {
    copy = mkdtempSync(path.join(os.tmpdir(), prefix));
    cpSync(pristine, copy, { recursive: true });
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));
  return () => ({ dataDir: copy, config: readConfig({ ...env, DATA_DIR: copy, CORPUS_DIR: PROJECT_CORPUS }) });
}
