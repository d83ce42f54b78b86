/* TEMP (not committed): in-process first text (pipeline, no HTTP), three kinds interleaved, fake endpoint with a 1.5 s rewrite. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readConfig } from "../lib/config";
import { buildIndex } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";
import { loadRuntime } from "../lib/runtime";
import { FakeOpenAIServer } from "../testing/fake-openai-server";
import { findProfile } from "../lib/ai/providers";
import { summarize } from "./stats";
import { ENGLISH_QUESTION, ENGLISH_REWRITTEN_QUESTION, LOCAL_QUESTION } from "./server-bench";

const fake = await FakeOpenAIServer.start({ model: "fake-model", firstChunkDelayMs: 100, intervalMs: 20, chunkChars: 8, rewriteDelayMs: 1500 });
const dataDir = mkdtempSync(path.join(os.tmpdir(), "probe-"));
const config = readConfig({ ...process.env, LOCAL_LLM_BASE_URL: fake.baseUrl, LOCAL_LLM_MODEL: "fake-model", DATA_DIR: dataDir, CORPUS_DIR: "corpus" });
await buildIndex({ config, corpusDir: path.resolve("corpus"), indexDir: indexDirOf(dataDir) });
const runtime = await loadRuntime(config);
const profile = findProfile(config, "local")!;
const N = Number(process.argv[2] ?? 25);
const qs = [LOCAL_QUESTION, ENGLISH_QUESTION, ENGLISH_REWRITTEN_QUESTION];
const first = qs.map(() => [] as number[]);
for (let round = 0; round < N + 3; round++) {
  for (const [i, q] of qs.entries()) {
    const t = performance.now();
    let ft = NaN;
    for await (const ev of runtime.pipeline.answer({ question: q, history: [], profile })) if (ev.type === "text-delta" && Number.isNaN(ft)) ft = performance.now() - t;
    if (round >= 3) first[i]!.push(ft);
  }
}
for (const [i, q] of qs.entries()) { const s = summarize(first[i]!); console.log(`${q}: n ${s.n} p50 ${s.p50.toFixed(0)} p95 ${s.p95.toFixed(0)}`); }
console.log(`rewrite calls: ${fake.chatRequests().filter((r) => r.body && !r.body.stream).length} (of ${N + 3} rewritten-kind requests)`);
rmSync(dataDir, { recursive: true, force: true });
await fake.stop();
process.exit(0);
