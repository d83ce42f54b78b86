/** Runs a TypeScript entry point in a child Node process (through tsx), passing its stderr through and returning its stdout. */
import { spawn } from "node:child_process";

export interface ChildRun {
  stdout: string;
  seconds: number;
}

export function runTs(script: string, args: string[], options: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<ChildRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", script, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (data: string) => (stdout += data));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve({ stdout, seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${stdout.slice(-2000)}`));
    });
  });
}

/** The last line of a child's stdout, parsed as JSON. */
export function lastJsonLine<T>(stdout: string): T {
  const line = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as T;
}
