/**
 * Vitest global setup: one scratch folder for the run, for what each worker process makes once and
 * its test files share (the indexed project corpus, bundled scripts). It sits inside the project,
 * so a bundled script finds the packages in node_modules, and is removed when the run ends; one left
 * by a run that was killed is removed by the next.
 */
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { processAlive } from "../../lib/index/lock";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's scratch folder. */
    scratchDir: string;
  }
}

const CACHE = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "vntrade-tests");

export default function setup(project: TestProject): () => void {
  mkdirSync(CACHE, { recursive: true });
  for (const name of readdirSync(CACHE)) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid && !processAlive(Number(pid))) rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
  const dir = path.join(CACHE, `run-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  project.provide("scratchDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
