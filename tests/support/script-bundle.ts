/**
 * A TypeScript script bundled into one ES module, for tests that must run it in a child process (a
 * crash test's SIGKILL): `node BUNDLE` starts in a third of the CPU of `node --import tsx SCRIPT`
 * (1.4 s against 3.7 s for scripts/add.ts, measured at load 8), whose loader hooks and source maps
 * weigh on every one of the hundreds of modules it loads. The project's own code is bundled, the
 * packages are left to Node; each script is bundled once per worker process, into the run's scratch folder.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { inject } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const bundles = new Map<string, string>();
let folder: string | undefined;

/** This process's bundles, in the run's scratch folder (inside the project, so the packages resolve from node_modules). */
function bundleFolder(): string {
  if (!folder) {
    folder = mkdtempSync(path.join(inject("scratchDir"), "bundles-"));
    // The index builder starts its graph worker from the file beside its own module, the bundle here.
    copyFileSync(path.join(ROOT, "lib", "index", "graph-worker.mjs"), path.join(folder, "graph-worker.mjs"));
  }
  return folder;
}

/** The path of `script` (a .ts or .mts file) bundled, to run as `node PATH ARGS` with the project root as its working directory. */
export function bundledScript(script: string): string {
  const entry = path.resolve(ROOT, script);
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = path.join(bundleFolder(), `${bundles.size}-${path.basename(entry).replace(/\.m?ts$/, "")}.mjs`);
    buildSync({ entryPoints: [entry], outfile: bundle, bundle: true, platform: "node", format: "esm", packages: "external", logLevel: "error" });
    bundles.set(entry, bundle);
  }
  return bundle;
}
