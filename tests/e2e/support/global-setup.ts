/**
 * Starts the fake OpenAI-compatible server, then the app exactly as a user does (`npm start`) on a
 * free port with the local profile pointed at the fake, and waits until /api/health answers.
 * Set E2E_BASE_URL to test an app that is already running (the local-profile tests then need
 * E2E_FAKE_CONTROL_URL too).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { FakeOpenAIServer, startControlServer } from "../../support/fake-openai-server";
import { FAKE_MODEL, LOG_DIR } from "./env";
import { freePort } from "../../support/free-port";

async function waitForHealth(baseUrl: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`npm start exited with code ${child.exitCode}; see ${LOG_DIR}/app.log`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
      last = `${res.status} ${(await res.text()).slice(0, 300)}`;
    } catch (error) {
      last = String((error as Error).cause ?? error);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The app did not become healthy within ${timeoutMs / 1000}s (last: ${last}); see ${LOG_DIR}/app.log`);
}

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
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: "127.0.0.1",
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
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
  const child = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const stopApp = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM"); // the process group: npm, tsx and next
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitForHealth(baseUrl, child, Number(process.env.E2E_START_TIMEOUT_MS ?? 840_000));
  } catch (error) {
    await stopApp();
    await control.close();
    await fake.stop();
    throw error;
  }

  project.provide("baseUrl", baseUrl);
  project.provide("fakeControlUrl", control.url);
  project.provide("fakeModel", FAKE_MODEL);

  return async () => {
    await stopApp();
    log.end();
    await control.close();
    await fake.stop();
  };
}
