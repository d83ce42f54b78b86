/**
 * Starts the fake OpenAI-compatible server, then the app exactly as a user does (`npm start`) on a
 * free port with the local profile pointed at the fake, and waits until /api/health answers.
 * Set E2E_BASE_URL to test an app that is already running (the local-profile tests then need
 * E2E_FAKE_CONTROL_URL too).
 */
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { launchApp } from "../../../testing/app-launcher";
import { FakeOpenAIServer, startControlServer } from "../../../testing/fake-openai-server";
import { FAKE_MODEL, LOG_DIR } from "./env";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(LOG_DIR, { recursive: true });

  if (process.env.E2E_BASE_URL) {
    project.provide("baseUrl", process.env.E2E_BASE_URL.replace(/\/+$/, ""));
    project.provide("fakeControlUrl", process.env.E2E_FAKE_CONTROL_URL ?? "");
    project.provide("fakeModel", process.env.E2E_FAKE_MODEL ?? FAKE_MODEL);
    return async () => {};
  }

  const fake = await FakeOpenAIServer.start({ model: FAKE_MODEL });
  const control = await startControlServer(fake);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOCAL_LLM_BASE_URL: fake.baseUrl,
    LOCAL_LLM_MODEL: FAKE_MODEL,
    LOCAL_LLM_API_KEY: "e2e-key",
    // Short, so the stall-midway test does not wait 30 s; the fakes stream far faster than this.
    LLM_STALL_TIMEOUT_MS: "4000",
    // Every browser test is one client (127.0.0.1): the per-client limits are tested in tests/api/limits.test.ts.
    RATE_LIMIT_PER_MINUTE: "1000",
    MAX_CONCURRENT_STREAMS: "50",
    // The endpoint-down test stops the fake and asks for a fresh probe; 15 s of cache would hide it.
    HEALTH_CACHE_MS: "1000",
    // The long-answer test streams 300 KB: a team may raise the cap that far, and the page must cope.
    ANSWER_MAX_BYTES: String(1024 * 1024),
  };
  // The tests pick profiles themselves; an OpenAI key in the developer's shell must not leak in.
  delete env.OPENAI_API_KEY;
  delete env.DEFAULT_PROFILE;
  delete env.LOCAL_LLM_LABEL;

  const log = createWriteStream(path.join(LOG_DIR, "app.log"));
  // The first start may build the index and the app (minutes); without refuseBuild the launcher never returns null.
  const app = await launchApp({ env, output: log, timeoutMs: Number(process.env.E2E_START_TIMEOUT_MS ?? 840_000), logHint: `${LOG_DIR}/app.log` }).catch(
    async (error: unknown) => {
      log.end();
      await control.close();
      await fake.stop();
      throw error;
    },
  );
  const baseUrl = app!.baseUrl;

  project.provide("baseUrl", baseUrl);
  project.provide("fakeControlUrl", control.url);
  project.provide("fakeModel", FAKE_MODEL);

  return async () => {
    await app!.stop();
    log.end();
    await control.close();
    await fake.stop();
  };
}
