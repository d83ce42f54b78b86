/**
 * Starts the app the way a user does (`npm start`) on loopback, waits until /api/health answers,
 * and stops it: the one launcher of the browser tests, the bench and the load test. `npm start`
 * runs npm → tsx → next in a process group of its own (detached), so stopping signals the whole
 * group: SIGTERM, then SIGKILL if anything is still there after KILL_AFTER_MS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";
import { freePort } from "./free-port";

/** A group that ignores SIGTERM this long is killed (npm start itself waits 10 s for its server). */
const KILL_AFTER_MS = 12_000;
/** Between health probes while the app starts. */
const POLL_MS = 250;

export interface LaunchOptions {
  /** The project folder to run `npm start` in (default: this process's working folder). */
  cwd?: string;
  /**
   * What serves the app (default `npm start`, which syncs the index and builds the app first when
   * needed); a test of an app already built may run `scripts/serve.ts` alone.
   */
  command?: readonly [string, ...string[]];
  /** The app's whole environment (HOST, PORT and NEXT_TELEMETRY_DISABLED are set here). */
  env: NodeJS.ProcessEnv;
  /** Port to serve on (default: a free one). */
  port?: number;
  /** Where the app's output goes: a stream (a log file), this process's own stdout/stderr, or nowhere ("quiet": only its tail, in errors). */
  output: Writable | "inherit" | "quiet";
  /** Give up (and stop the app) when it is not healthy by then; the first start may build the app. */
  timeoutMs: number;
  /** Stop at once and return null when `npm start` begins building the app (a quick run stays quick). */
  refuseBuild?: boolean;
  /** Named in errors, e.g. the log file to read. */
  logHint?: string;
}

export interface RunningApp {
  baseUrl: string;
  /** The `npm start` process (the leader of the app's process group). */
  pid: number;
  /** Seconds `npm start` spent building the app before serving (null: it was already built). */
  appBuildSeconds: number | null;
  stop(): Promise<void>;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the group, SIGKILL after KILL_AFTER_MS; resolves once the leader has exited. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_AFTER_MS);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}

export async function launchApp(options: LaunchOptions): Promise<RunningApp | null> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const inherit = options.output === "inherit";
  const [program, ...args] = options.command ?? ["npm", "start"];
  const child = spawn(program, args, {
    cwd: options.cwd,
    env: { ...options.env, HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
    detached: true,
  });
  const where = options.logHint ? `; see ${options.logHint}` : "";
  let tail = "";
  let buildStarted: number | null = null;
  let appBuildSeconds: number | null = null;
  let refused = false;
  const onOutput = (data: Buffer) => {
    const text = data.toString();
    tail = (tail + text).slice(-4000);
    if (typeof options.output !== "string") options.output.write(data);
    if (text.includes("Building the app")) {
      buildStarted = performance.now();
      refused = options.refuseBuild === true;
    }
    if (text.includes("Serving on") && buildStarted !== null) appBuildSeconds = (performance.now() - buildStarted) / 1000;
  };
  child.stdout?.on("data", onOutput);
  child.stderr?.on("data", onOutput);
  const app = { baseUrl, pid: child.pid!, stop: () => stopGroup(child) };

  const deadline = performance.now() + options.timeoutMs;
  let last = "no answer yet";
  while (performance.now() < deadline) {
    if (refused) {
      await stopGroup(child);
      return null;
    }
    if (child.exitCode !== null) throw new Error(`${[program, ...args].join(" ")} exited with code ${child.exitCode}${where}\n${tail}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return { ...app, appBuildSeconds };
      last = `${res.status} ${(await res.text()).slice(0, 300)}`;
    } catch (error) {
      last = String((error as Error).cause ?? error);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  await stopGroup(child);
  throw new Error(`The app did not become healthy within ${options.timeoutMs / 1000} s (last: ${last})${where}\n${tail}`);
}
