/**
 * A script of scripts/ run in the test process as `node scripts/NAME.ts ARGS` runs it, for tests where
 * the process boundary is not what they check: it spares a Node and tsx start (~4 s of CPU apiece on
 * the 2-core machine, far longer under load). argv and the environment are set for the run and put
 * back after it, console output is captured, process.exit is caught, and the script's module graph is
 * imported afresh so its top level runs again.
 */
import path from "node:path";
import { format } from "node:util";
import { vi } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");

export interface ScriptRun {
  /** The code passed to process.exit, or 0 for a script that finished without calling it. */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run scripts/`name`.ts with `args` and `env` added to this process's environment. Resolves when the
 * script calls process.exit, or, for a script whose main returns without exiting, once `finished`
 * says its output is complete.
 */
export async function runScript(name: string, args: string[], env: Record<string, string> = {}, finished?: (stdout: string) => boolean): Promise<ScriptRun> {
  const saved = { argv: process.argv, env: { ...process.env } };
  const stdout: string[] = [];
  const stderr: string[] = [];
  let settle: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    settle = resolve;
  });
  vi.spyOn(process, "exit").mockImplementation(((code?: number) => settle(code ?? 0)) as typeof process.exit);
  vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => {
    stdout.push(`${format(...parts)}\n`);
    if (finished?.(stdout.join(""))) settle(0);
  });
  for (const stream of ["error", "warn"] as const)
    vi.spyOn(console, stream).mockImplementation((...parts: unknown[]) => void stderr.push(`${format(...parts)}\n`));
  const file = path.join(ROOT, "scripts", `${name}.ts`);
  process.argv = [process.execPath, file, ...args];
  Object.assign(process.env, env);
  try {
    vi.resetModules();
    await import(file);
    const code = await done;
    return { code, stdout: stdout.join(""), stderr: stderr.join("") };
  } finally {
    vi.restoreAllMocks();
    process.argv = saved.argv;
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
}
