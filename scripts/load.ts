/**
 * Load test of a running app, on loopback only: 100 concurrent offline chats, then 20 concurrent
 * chats against a fake streaming model endpoint (the local profile). Reports failed requests (must
 * be 0), p50/p95 latency, and the server's memory (VmRSS from /proc/<pid>/status) before, at peak
 * and after a settle.
 *
 *   # let the script start the app itself (npm start on PORT, with LOCAL_LLM_BASE_URL at its fake):
 *   npx tsx scripts/load.ts --start [--port 3210]
 *
 *   # or against an app you started, whose LOCAL_LLM_BASE_URL is http://127.0.0.1:<fake-port>/v1
 *   # and LOCAL_LLM_MODEL=fake-model (the script serves the fake on that port):
 *   BASE_URL=http://127.0.0.1:3210 npx tsx scripts/load.ts --pid <server pid> --fake-port 3211
 *
 * Options: --offline N (100), --llm N (20), --rounds N (3: both phases repeated, memory after each
 * round shows whether it plateaus or grows), --settle-ms (15000), --json (print the summary as JSON),
 * --gc (default with --start): after the settle, force a full GC in the server through its inspector
 * (SIGUSR1 opens it on 127.0.0.1:9229; HeapProfiler.collectGarbage) and report the memory after it.
 * Exit code 1 when any request failed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { launchApp, type RunningApp } from "../testing/app-launcher";
import { FakeOpenAIServer } from "../testing/fake-openai-server";
import { uiChunks, type UIChunk } from "../lib/ai/ui-stream";
import { percentile } from "../bench/stats";
import { healthReportSchema } from "../lib/api-schemas";
import { readCommandLine } from "./command-line";

const USAGE = `Usage: npx tsx scripts/load.ts --start [--port 3210]
       BASE_URL=http://127.0.0.1:3210 npx tsx scripts/load.ts --pid PID --fake-port PORT
  Load test of a running app on loopback: concurrent offline chats, then chats against a fake model endpoint.
  --start          start the app itself (npm start on --port, its model endpoint pointed at the fake)
  --pid PID        the server's process id, for its memory (with an app you started)
  --fake-port N    port for the fake model endpoint (your app's LOCAL_LLM_BASE_URL)
  --offline N      concurrent offline chats (default 100)     --llm N      chats against the fake (default 20)
  --rounds N       both phases repeated (default 3)           --settle-ms  wait before the last memory reading (15000)
  --gc             force a full GC in the server before the last reading (default with --start)
  --json           print the summary as JSON`;

const { values: args } = readCommandLine(USAGE, {
  options: {
    start: { type: "boolean", default: false },
    port: { type: "string", default: "3210" },
    pid: { type: "string" },
    "fake-port": { type: "string", default: "0" },
    offline: { type: "string", default: "100" },
    llm: { type: "string", default: "20" },
    "settle-ms": { type: "string", default: "15000" },
    rounds: { type: "string", default: "3" },
    gc: { type: "boolean" },
    json: { type: "boolean", default: false },
  },
});

const REQUEST_TIMEOUT_MS = 120_000;
const FAKE_MODEL = "fake-model";
const QUESTIONS = [
  "Vòng đàm phán thứ hai diễn ra khi nào?",
  "Thường trực Chính phủ họp về nội dung gì sau vòng đàm phán thứ hai?",
  "Bộ trưởng Nguyễn Hồng Diên làm việc với Jamieson Greer khi nào?",
  "Phiên đàm phán cấp Bộ trưởng lần thứ 8 bàn về điều gì?",
  "When did the negotiations on reciprocal trade start?",
  "Việt Nam và Hoa Kỳ khởi động đàm phán thương mại đối ứng như thế nào?",
  "What did the ministers agree in the eighth round?",
  "Giá Bitcoin hôm nay là bao nhiêu?",
];

interface Outcome {
  ok: boolean;
  ms: number;
  status: number;
  problem?: string;
}

function loopbackOnly(url: string): URL {
  const parsed = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)) throw new Error(`Refusing to load-test ${parsed.host}: loopback only (127.0.0.1).`);
  return parsed;
}

function rssKb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rss: field("VmRSS"), hwm: field("VmHWM") };
  } catch {
    return null;
  }
}

/** Descendants of a process, from /proc (for finding the next-server under npm → tsx → node). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function serverPidUnder(root: number): number | null {
  const candidates = descendants(root).filter((pid) => existsSync(`/proc/${pid}`));
  const named = candidates.find((pid) => {
    try {
      return /next-server|scripts[/\\]serve\.ts|next[/\\]dist[/\\]bin[/\\]next.*\bstart\b/.test(
        readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " "),
      );
    } catch {
      return false;
    }
  });
  return named ?? null;
}

/** Wait for an app someone else started (--pid). */
async function waitForHealth(base: URL, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(new URL("/api/health", base), { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`The app at ${base.origin} was not healthy within ${deadlineMs / 1000} s.`);
}

/** One chat, read to the end of its stream, checked like a client would. */
async function chat(base: URL, question: string, profileId: string, expectMode: "extractive" | "llm"): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(new URL("/api/chat", base), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: `load-${Math.random()}`,
        trigger: "submit-message",
        profileId,
        messages: [{ id: "m0", role: "user", parts: [{ type: "text", text: question }] }],
      }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (response.status !== 200) return { ok: false, ms: performance.now() - started, status: response.status, problem: (await response.text()).slice(0, 200) };
    // Read as useChat does (the AI SDK's parser and chunk schema); a stream cut short ends without its finish chunk.
    const chunks: UIChunk[] = [];
    for await (const chunk of uiChunks(response.body!)) chunks.push(chunk);
    const ms = performance.now() - started;
    const meta: { mode?: string; failure?: { message: string } } = Object.assign({}, ...chunks.map((c) => (c.messageMetadata as object | undefined) ?? {}));
    const problem = chunks.some((c) => c.type === "error")
      ? "error chunk in the stream"
      : !chunks.some((c) => c.type === "data-passages")
        ? "no passages"
        : !chunks.some((c) => c.type === "data-citations") || chunks.at(-1)?.type !== "finish"
          ? "stream did not complete (no citations part or no finish)"
          : meta.failure
            ? `model failure: ${meta.failure.message}`
            : question.includes("Bitcoin") || meta.mode === expectMode
              ? undefined
              : `answered in mode ${meta.mode}, expected ${expectMode}`;
    return { ok: !problem, ms, status: response.status, problem };
  } catch (error) {
    return { ok: false, ms: performance.now() - started, status: 0, problem: (error as Error).message };
  }
}

/** Force a full GC in the server: SIGUSR1 opens its inspector on 127.0.0.1:9229, then HeapProfiler.collectGarbage. */
async function forceGc(pid: number): Promise<string | null> {
  process.kill(pid, "SIGUSR1");
  let target: string | null = null;
  for (let i = 0; i < 50 && !target; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      const list = (await (await fetch("http://127.0.0.1:9229/json/list")).json()) as { webSocketDebuggerUrl?: string }[];
      target = list[0]?.webSocketDebuggerUrl ?? null;
    } catch {
      /* inspector not up yet */
    }
  }
  if (!target) return "the server's inspector did not open on 127.0.0.1:9229";
  const WS = (globalThis as { WebSocket?: typeof WebSocket }).WebSocket ?? ((await import("undici")) as unknown as { WebSocket: typeof WebSocket }).WebSocket;
  const socket = new WS(target);
  await new Promise<void>((resolve, reject) => {
    socket.onerror = () => reject(new Error("inspector connection failed"));
    socket.onopen = () => {
      for (let id = 1; id <= 2; id++) socket.send(JSON.stringify({ id, method: "HeapProfiler.collectGarbage" }));
    };
    socket.onmessage = (event) => {
      if ((JSON.parse(String(event.data)) as { id?: number }).id === 2) resolve();
    };
  });
  socket.close();
  await new Promise((r) => setTimeout(r, 1000));
  return null;
}

interface PhaseResult {
  name: string;
  requests: number;
  failed: number;
  problems: string[];
  p50: number;
  p95: number;
  max: number;
  wallMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

async function phase(name: string, pid: number, n: number, run: (i: number) => Promise<Outcome>): Promise<PhaseResult> {
  const before = rssKb(pid)?.rss ?? NaN;
  let peak = before;
  const sampler = setInterval(() => {
    const now = rssKb(pid)?.rss;
    if (now && now > peak) peak = now;
  }, 50);
  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: n }, (_, i) => run(i)));
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  const now = rssKb(pid)?.rss;
  if (now && now > peak) peak = now;
  const sorted = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const failed = outcomes.filter((o) => !o.ok);
  return {
    name,
    requests: n,
    failed: failed.length,
    problems: [...new Set(failed.map((f) => `${f.status} ${f.problem}`))].slice(0, 5),
    p50: Math.round(percentile(sorted, 50)),
    p95: Math.round(percentile(sorted, 95)),
    max: Math.round(sorted.at(-1) ?? NaN),
    wallMs: Math.round(wallMs),
    rssBeforeMb: mb(before),
    rssPeakMb: mb(peak),
  };
}

async function main(): Promise<number> {
  const fake = await FakeOpenAIServer.start({ model: FAKE_MODEL, chunkChars: 8, intervalMs: 20 }, Number(args["fake-port"]));
  let app: RunningApp | null = null;
  let base: URL;
  let pid: number;
  try {
    if (args.start) {
      base = loopbackOnly(`http://127.0.0.1:${args.port}`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        LOCAL_LLM_BASE_URL: fake.baseUrl,
        LOCAL_LLM_MODEL: FAKE_MODEL,
        LLM_MAX_RETRIES: "0",
        // All load comes from one address: lift the per-client limits (they would refuse it by design).
        RATE_LIMIT_PER_MINUTE: "100000",
        MAX_CONCURRENT_STREAMS: "10000",
      };
      delete env.DEFAULT_PROFILE;
      console.error(`Starting the app: npm start on ${base.origin} (LOCAL_LLM_BASE_URL=${fake.baseUrl})…`);
      app = await launchApp({ env, port: Number(args.port), output: "inherit", timeoutMs: 600_000 });
      const found = serverPidUnder(app!.pid);
      if (!found) throw new Error("Could not find the next-server process under npm start.");
      pid = found;
    } else {
      base = loopbackOnly(process.env.BASE_URL ?? `http://127.0.0.1:${args.port}`);
      if (!args.pid) throw new Error("Give --pid <server pid> (or --start to let the script start the app).");
      pid = Number(args.pid);
      await waitForHealth(base, 30_000);
    }
    if (!rssKb(pid)) throw new Error(`Cannot read /proc/${pid}/status.`);
    const health = healthReportSchema.parse(await (await fetch(new URL("/api/health", base))).json());
    if (!health.profiles.some((p) => p.id === "local"))
      throw new Error("The app has no local profile: start it with LOCAL_LLM_BASE_URL at the fake and LOCAL_LLM_MODEL=fake-model.");

    // Warm up (first requests load the index and compile routes), then settle for the baseline.
    for (const q of QUESTIONS.slice(0, 3)) await chat(base, q, "offline", "extractive");
    await chat(base, QUESTIONS[0]!, "local", "llm");
    await new Promise((r) => setTimeout(r, 3000));
    const baseline = rssKb(pid)!;

    const phases: PhaseResult[] = [];
    const afterRoundMb: number[] = [];
    await fake.reset({ intervalMs: 10 }); // the pace the load figures in the README were measured at
    for (let round = 1; round <= Number(args.rounds); round++) {
      phases.push(
        await phase(`round ${round}: ${args.offline} concurrent offline chats`, pid, Number(args.offline), (i) =>
          chat(base, QUESTIONS[i % QUESTIONS.length]!, "offline", "extractive"),
        ),
      );
      phases.push(
        await phase(`round ${round}: ${args.llm} concurrent local-model chats (fake)`, pid, Number(args.llm), (i) =>
          chat(base, QUESTIONS[i % 4]!, "local", "llm"),
        ),
      );
      await new Promise((r) => setTimeout(r, 2000));
      afterRoundMb.push(mb(rssKb(pid)!.rss));
    }
    const upstream = fake.chatRequests();
    const upstreamAborted = upstream.filter((r) => r.aborted).length;

    // Settle: sample until memory stops falling or the settle time is over.
    const settleUntil = Date.now() + Number(args["settle-ms"]);
    let after = rssKb(pid)!;
    while (Date.now() < settleUntil) {
      await new Promise((r) => setTimeout(r, 1000));
      after = rssKb(pid)!;
    }
    let afterGc: number | null = null;
    let gcProblem: string | null = "not requested (--gc)";
    if (args.gc ?? args.start) {
      gcProblem = await forceGc(pid).catch((error: unknown) => (error as Error).message);
      if (!gcProblem) afterGc = mb(rssKb(pid)!.rss);
    }
    const stillServing = await chat(base, QUESTIONS[0]!, "offline", "extractive");

    const summary = {
      base: base.origin,
      serverPid: pid,
      memoryMb: {
        baseline: mb(baseline.rss),
        peakSampled: Math.max(...phases.map((p) => p.rssPeakMb)),
        afterEachRound: afterRoundMb,
        after: mb(after.rss),
        afterForcedGc: afterGc,
        highWaterMark: mb(after.hwm),
      },
      phases,
      upstream: { chatRequests: upstream.length, aborted: upstreamAborted },
      stillServingAfter: stillServing.ok,
    };
    if (args.json) console.log(JSON.stringify(summary, null, 2));
    else {
      console.log(`\nLoad test of ${summary.base} (server pid ${pid})`);
      console.log("phase                                                    req  failed  p50 ms  p95 ms  max ms  wall ms  RSS before→peak MB");
      for (const p of summary.phases) {
        console.log(
          `${p.name.padEnd(56)} ${String(p.requests).padStart(4)} ${String(p.failed).padStart(7)} ${String(p.p50).padStart(7)} ${String(p.p95).padStart(7)} ${String(p.max).padStart(7)} ${String(p.wallMs).padStart(8)}  ${p.rssBeforeMb}→${p.rssPeakMb}`,
        );
        for (const problem of p.problems) console.log(`    failure: ${problem}`);
      }
      console.log(`memory (VmRSS) after each round: ${afterRoundMb.join(" MB, ")} MB`);
      console.log(
        `memory (VmRSS): baseline ${summary.memoryMb.baseline} MB, peak ${summary.memoryMb.peakSampled} MB, after ${Number(args["settle-ms"]) / 1000} s settle ${summary.memoryMb.after} MB (VmHWM ${summary.memoryMb.highWaterMark} MB)`,
      );
      console.log(`memory after a forced full GC: ${afterGc !== null ? `${afterGc} MB` : `not measured (${gcProblem})`}`);
      console.log(
        `fake endpoint: ${upstream.length} chat requests, ${upstreamAborted} aborted; a request after the load: ${stillServing.ok ? "ok" : `FAILED (${stillServing.problem})`}`,
      );
    }
    const failed = phases.reduce((sum, p) => sum + p.failed, 0) + (stillServing.ok ? 0 : 1);
    if (failed > 0) console.error(`${failed} request(s) failed.`);
    return failed > 0 ? 1 : 0;
  } finally {
    await app?.stop(); // the process group of the npm start this script started
    await fake.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load test failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
