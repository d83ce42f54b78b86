import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)), "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/api/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker less than the cores: one worker on a 2-core machine, every file in
    // turn. Two workers keep both cores busy while one file waits on a child process or a socket.
    maxWorkers: 2,
    // Test files share their worker processes: lib, ai, next and hnswlib are imported once per worker
    // instead of once per file (with isolate: true the import stage took ~3/4 of the tests' own time).
    // What a file changes in the process is put back by the setup file when it ends.
    isolate: false,
    setupFiles: ["tests/support/shared-process.ts"],
    // A scratch folder for the run, removed at its end: what workers make once and share sits there.
    globalSetup: ["tests/support/global-setup.ts"],
  },
});
