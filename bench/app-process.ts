/** Starts the app with `npm start` on a free loopback port, waits for /api/health, and stops it (the process group it started). */
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../tests/support/free-port";

export interface RunningApp {
  baseUrl: string;
  /** Seconds `npm start` spent building the app before serving (null: it was already built). */
  appBuildSeconds: number | null;
  stop(): Promise<void>;
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    process.kill(-child.pid!, "SIGTERM");
  });
}

/**
 * `npm start` with HOST=127.0.0.1 and a free PORT. With `refuseBuild`, an app that needs building
 * first is stopped at once and null is returned (the quick run stays quick).
 */
export async function startApp(root: string, env: Record<string, string>, options: { refuseBuild: boolean; timeoutMs: number }): Promise<RunningApp | null> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, ...env, HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  let buildStarted: number | null = null;
  let buildSeconds: number | null = null;
  let refused = false;
  const onOutput = (data: Buffer) => {
    const text = data.toString();
    output = (output + text).slice(-4000);
    if (text.includes("Building the app")) {
      buildStarted = performance.now();
      if (options.refuseBuild) {
        refused = true;
        void stopGroup(child);
      }
    }
    if (text.includes("Serving on") && buildStarted !== null) buildSeconds = (performance.now() - buildStarted) / 1000;
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);
  const app: RunningApp = { baseUrl, appBuildSeconds: null, stop: () => stopGroup(child) };

  const deadline = performance.now() + options.timeoutMs;
  while (performance.now() < deadline) {
    if (refused) {
      await stopGroup(child);
      return null;
    }
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { ...app, appBuildSeconds: buildSeconds };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopGroup(child);
  throw new Error(`The app did not become healthy within ${options.timeoutMs / 1000} s:\n${output}`);
}
