/**
 * `npx tsx bench/first-text.ts [N]`: first text of the answer pipeline alone (no HTTP, no Next.js
 * build) for the server bench's three questions — Vietnamese, English the lexicon covers fully,
 * English it covers in part — asked in turn N times each (default 25) after three warm-up rounds,
 * against the fake endpoint answering the query rewrite after 1.5 s. A quick check of the rewrite
 * path while changing the pipeline; `npm run bench` measures the same through the built app.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findProfile } from "../lib/ai/providers";
import { readConfig } from "../lib/config";
import { buildIndex } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";
import { loadRuntime } from "../lib/runtime";
import { FakeOpenAIServer } from "../testing/fake-openai-server";
import { ENGLISH_QUESTION, ENGLISH_REWRITTEN_QUESTION, LOCAL_QUESTION } from "./server-bench";
import { summarize } from "./stats";

const WARMUP_ROUNDS = 3;
const rounds = Number(process.argv[2] ?? 25);
const fake = await FakeOpenAIServer.start({ model: "fake-model", firstChunkDelayMs: 100, intervalMs: 20, chunkChars: 8, rewriteDelayMs: 1500 });
const dataDir = mkdtempSync(path.join(os.tmpdir(), "first-text-"));
try {
  const config = readConfig({ ...process.env, LOCAL_LLM_BASE_URL: fake.baseUrl, LOCAL_LLM_MODEL: "fake-model", DATA_DIR: dataDir, CORPUS_DIR: "corpus" });
  await buildIndex({ config, corpusDir: config.corpusDir, indexDir: indexDirOf(dataDir) });
  const { pipeline } = await loadRuntime(config);
  const profile = findProfile(config, "local")!;
  const questions = [LOCAL_QUESTION, ENGLISH_QUESTION, ENGLISH_REWRITTEN_QUESTION];
  const firstText = questions.map(() => [] as number[]);
  for (let round = 0; round < rounds + WARMUP_ROUNDS; round++) {
    for (const [i, question] of questions.entries()) {
      const sent = performance.now();
      let first = Number.NaN;
      for await (const event of pipeline.answer({ question, history: [], profile })) {
        if (event.type === "text-delta" && Number.isNaN(first)) first = performance.now() - sent;
      }
      if (round >= WARMUP_ROUNDS) firstText[i]!.push(first);
    }
  }
  for (const [i, question] of questions.entries()) {
    const s = summarize(firstText[i]!);
    console.log(`${question}: n ${s.n}, first text p50 ${s.p50.toFixed(0)} / p95 ${s.p95.toFixed(0)} ms`);
  }
  console.log(`rewrite calls: ${fake.chatRequests().filter((r) => r.body && !r.body.stream).length}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  await fake.stop();
}
process.exit(0);
