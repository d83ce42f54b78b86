/**
 * The server part: the built app, warm, on loopback. Offline profile, and the local profile against
 * the fake OpenAI-compatible server streaming at a fixed rate; one client and 50 concurrent clients.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import { launchApp } from "../testing/app-launcher";
import { FakeOpenAIServer } from "../testing/fake-openai-server";
import { ask, runLoad } from "./chat-client";
import type { RewriteComparison, ServerResult } from "./results";
import { summarize } from "./stats";

export interface ServerPlan {
  warmup: number;
  single: number;
  concurrentClients: number;
  concurrentPerClient: number;
  localSingle: number;
  localPerClient: number;
  /** Requests of each kind (Vietnamese, English, English rewritten) with the slow rewrite, interleaved. */
  rewriteRequests: number;
  /** Stop and skip (return null) when `npm start` would first have to build the app. */
  refuseBuild: boolean;
}

/** Vietnamese, so the local profile answers without the query-rewrite call English questions get. */
export const LOCAL_QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
const FAKE = { firstChunkDelayMs: 100, intervalMs: 20, chunkChars: 8 };
/** The fake's answer (the length the bench's full-answer times were measured with: 137 characters, 18 chunks of 8). */
const REPLY = "Theo các bài báo, vòng đàm phán thứ hai tập trung vào thuế quan và tiếp cận thị trường [1]. Hai bên cũng trao đổi về quy tắc xuất xứ [1].";
/** An English question the English→Vietnamese lexicon covers fully: no rewrite could improve its retrieval, so none is asked for. */
export const ENGLISH_QUESTION = "When did the second negotiation round take place?";
/** An English question the lexicon covers only in part: the app asks the model to rewrite it, within REWRITE_BUDGET_MS. */
export const ENGLISH_REWRITTEN_QUESTION = "Which goods could Vietnam buy more of from the United States?";
/** A slow rewrite (a local model's cold call): the answer must not wait for it. */
const SLOW_REWRITE_MS = 1500;

export async function benchServer(root: string, questions: string[], plan: ServerPlan, log: (message: string) => void): Promise<ServerResult | null> {
  const upstreamAt: number[] = [];
  const fake = await FakeOpenAIServer.start({
    model: "fake-model",
    ...FAKE,
    reply: () => {
      upstreamAt.push(performance.now());
      return REPLY;
    },
  });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vntrade-bench-app-"));
  try {
    log("starting the app (npm start)");
    const env = {
      ...process.env,
      DATA_DIR: dataDir,
      EMBEDDINGS_PROVIDER: "local",
      LOCAL_LLM_BASE_URL: fake.baseUrl,
      LOCAL_LLM_MODEL: "fake-model",
      // The bench is one client (127.0.0.1) on purpose: the per-client limits would turn its load into 429s.
      RATE_LIMIT_PER_MINUTE: "100000",
      MAX_CONCURRENT_STREAMS: "1000",
    };
    const app = await launchApp({ cwd: root, env, output: "quiet", refuseBuild: plan.refuseBuild, timeoutMs: 15 * 60_000 });
    if (!app) return null;
    try {
      const load = (qs: string[], profile: string, clients: number, perClient: number) => runLoad(app.baseUrl, qs, profile, clients, perClient);
      await load(questions, "offline", 1, plan.warmup);
      await load([LOCAL_QUESTION], "local", 1, Math.min(plan.warmup, 5));
      log("offline profile: one client, then 50");
      const offlineSingle = await load(questions, "offline", 1, plan.single);
      const offlineConcurrent = await load(questions, "offline", plan.concurrentClients, plan.concurrentPerClient);
      log("local profile (fake endpoint): one client, then 50");
      upstreamAt.length = 0;
      const localSingle = await load([LOCAL_QUESTION], "local", 1, plan.localSingle);
      const sent = localSingle.timings.map((t) => t.sentAt);
      const localConcurrent = await load([LOCAL_QUESTION], "local", plan.concurrentClients, plan.localPerClient);
      log(`local profile: English vs Vietnamese question, rewrite answered after ${SLOW_REWRITE_MS} ms`);
      await fake.configure({ rewriteDelayMs: SLOW_REWRITE_MS });
      const rewrite = await compareFirstText(app.baseUrl, fake, plan.rewriteRequests);
      await fake.configure({ rewriteDelayMs: null });
      return {
        appBuildSeconds: app.appBuildSeconds,
        offline: { single: offlineSingle.load, concurrent: offlineConcurrent.load },
        local: {
          single: localSingle.load,
          concurrent: localConcurrent.load,
          question: LOCAL_QUESTION,
          fake: FAKE,
          beforeUpstreamMs: summarize(sent.map((at, i) => upstreamAt[i]! - at)),
          overheadMs: summarize(localSingle.timings.filter((t) => t.ok).map((t) => t.firstText - FAKE.firstChunkDelayMs)),
          rewrite: { delayMs: SLOW_REWRITE_MS, ...rewrite },
        },
      };
    } finally {
      await app.stop();
    }
  } finally {
    await fake.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * First text of the Vietnamese question, the fully covered English one and the rewritten English one,
 * asked in turn `requests` times each (interleaved, so load on the machine falls on all three alike)
 * after three warm-up rounds (the English paths' first calls compile code the Vietnamese one never runs).
 */
async function compareFirstText(baseUrl: string, fake: FakeOpenAIServer, requests: number): Promise<RewriteComparison> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const questions = [LOCAL_QUESTION, ENGLISH_QUESTION, ENGLISH_REWRITTEN_QUESTION] as const;
  const firstText = questions.map(() => [] as number[]);
  const rewriteCalls = questions.map(() => 0);
  const errors = questions.map(() => 0);
  const nonStreamed = () => fake.chatRequests().filter((r) => r.body && !r.body.stream).length;
  try {
    for (let round = 0; round < requests + 3; round++) {
      for (const [i, question] of questions.entries()) {
        const before = nonStreamed();
        const timing = await ask(baseUrl, question, "local", agent);
        if (round < 3) continue;
        rewriteCalls[i]! += nonStreamed() - before;
        if (timing.ok) firstText[i]!.push(timing.firstText);
        else errors[i]!++;
      }
    }
  } finally {
    agent.destroy();
  }
  const kind = (i: number) => ({ question: questions[i]!, firstTextMs: summarize(firstText[i]!), rewriteCalls: rewriteCalls[i]!, errors: errors[i]! });
  return { requests, vi: kind(0), en: kind(1), enRewritten: kind(2) };
}
