import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * Browser tests: the app is started once, as a user starts it (`npm start`), by the global setup,
 * with the local profile pointed at a fake OpenAI-compatible server. Files run one after another
 * because they share that app and that fake endpoint.
 */
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    // The first `npm start` may build the index and run `next build`.
    hookTimeout: 900_000,
    pool: "forks",
  },
});
