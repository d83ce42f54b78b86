/**
 * Starts the fake OpenAI-compatible server, then the app exactly as a user does (`npm start`) on a
 * free port with the local profile pointed at the fake, and waits until /api/health answers.
 * Set E2E_BASE_URL to test an app that is already running (the local-profile tests then need
 * E2E_FAKE_CONTROL_URL too).
 *
 * The app is built with a marked API key in its environment (LOCAL_LLM_API_KEY), recorded in
 * .next/secret-marker, so bundle-secrets.e2e.test.ts can look for it in what a browser can fetch.
 * A build not made with a recorded marker is made again (the source stamp is removed first).
 */
import { randomUUID } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { launchApp } from "../../../testing/app-launcher";
import { FakeOpenAIServer, startControlServer } from "../../../testing/fake-openai-server";
import { FAKE_MODEL, LOG_DIR, NEXT_DIR, SECRET_MARKER_FILE } from "./env";

/** The marker key the current build was made with, or null when the build is missing, or newer than the marker. */
function recordedMarker(): string | null {
  const buildId = path.join(NEXT_DIR, "BUILD_ID");
  if (!existsSync(SECRET_MARKER_FILE) || !existsSync(buildId)) return null;
  if (statSync(SECRET_MARKER_FILE).mtimeMs < statSync(buildId).mtimeMs) return null;
  return readFileSync(SECRET_MARKER_FILE, "utf8").trim() || null;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(LOG_DIR, { recursive: true });

  if (process.env.E2E_BASE_URL) {
    project.provide("baseUrl", process.env.E2E_BASE_URL.replace(/\/+$/, ""));
    project.provide("fakeControlUrl", process.env.E2E_FAKE_CONTROL_URL ?? "");
    project.provide("fakeModel", process.env.E2E_FAKE_MODEL ?? FAKE_MODEL);
    project.provide("secretMarker", "");
    return async () => {};
  }

  let marker = recordedMarker();
  if (!marker) {
    marker = `sk-test-SECRET-BUNDLE-${randomUUID()}`;
    rmSync(path.join(NEXT_DIR, "source-stamp"), { force: true }); // npm start builds the app again, with the marker in its environment
  }

  const fake = await FakeOpenAIServer.start({ model: FAKE_MODEL });
  const control = await startControlServer(fake);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOCAL_LLM_BASE_URL: fake.baseUrl,
    LOCAL_LLM_MODEL: FAKE_MODEL,
    // A secret the server holds (sent to the fake as its bearer token), in the environment of the build too.
    LOCAL_LLM_API_KEY: marker,
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
  // Recorded after the build, so the marker file is newer than the BUILD_ID it vouches for.
  if (app!.appBuildSeconds !== null) writeFileSync(SECRET_MARKER_FILE, marker);

  project.provide("baseUrl", baseUrl);
  project.provide("fakeControlUrl", control.url);
  project.provide("fakeModel", FAKE_MODEL);
  project.provide("secretMarker", marker);

  return async () => {
    await app!.stop();
    log.end();
    await control.close();
    await fake.stop();
  };
}
