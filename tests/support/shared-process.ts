/**
 * Setup file of every unit/API test file. Test files share worker processes (isolate: false in
 * vitest.config.ts), so whatever one file changes in the process is put back when it ends: the
 * environment, spies and stubs, and the app's runtime cached on globalThis. A file that forgets to
 * clean up cannot change what the next one sees.
 */
import { afterAll, beforeAll, vi } from "vitest";

let env: NodeJS.ProcessEnv;
beforeAll(() => {
  env = { ...process.env };
});
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
  delete (globalThis as { __vnTradeRuntime?: unknown }).__vnTradeRuntime;
});
