/**
 * Additions to one scale of `npm run bench`, in a process of its own over the index the build phase
 * wrote: the time to add one article (`addArticles`: read, chunk, embed, write the delta — what
 * `npm run add` and the upload route do), the time until a serving process answers from it
 * (`RuntimeHolder.get()` applying the delta over the loaded base), and retrieval p95 while articles
 * are being added, beside p95 with none. Last stdout line: the AdditionPhase JSON.
 *
 * Usage: node --import tsx bench/addition-worker.ts --dir D --chunks N --seed S [--additions 5] [--queries 60] [--cpu-prof FILE] [--quiet]
 *
 * `--cpu-prof FILE` writes a V8 CPU profile of the additions alone (not the base's load) for Chrome
 * DevTools or `speedscope`; `--quiet` asks no questions during the additions, to time an addition's
 * own work apart from the questions a server answers meanwhile.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "../lib/config";
import { addArticles } from "../lib/index/update";
import { RuntimeHolder } from "../lib/runtime";
import { Random } from "./random";
import { benchQueries, devQuestions } from "./queries";
import type { AdditionPhase } from "./results";
import { round, summarize } from "./stats";
import { sentencePool, uniqueArticle } from "./synthetic-corpus";
import { WORKER_OPTIONS } from "./worker-options";

const ROOT = process.cwd();
const { values } = parseArgs({
  options: {
    ...WORKER_OPTIONS,
    additions: { type: "string", default: "5" },
    queries: { type: "string", default: "60" },
    "cpu-prof": { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});
const workDir = values.dir ?? "";
const chunkTarget = Number(values.chunks);
const log = (message: string) => process.stderr.write(`  [${chunkTarget} chunks, additions] ${message}\n`);

async function main(): Promise<void> {
  const config = readConfig({ CORPUS_DIR: path.join(workDir, "corpus"), DATA_DIR: path.join(workDir, "data") });
  const pool = await sentencePool(path.join(ROOT, "corpus"), config.MAX_FILE_BYTES);
  const random = new Random(Number(values.seed) + 7);
  const holder = new RuntimeHolder(config);
  const loadStarted = performance.now();
  await holder.get();
  log(`base loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  const queries = benchQueries(
    devQuestions(path.join(ROOT, "tests", "fixtures", "dev-questions.json")),
    pool.sentences,
    Number(values.queries),
    Number(values.seed),
  ).map((q) => q.text);

  const ask = async (question: string) => {
    const started = performance.now();
    await (await holder.get()).retriever.retrieve(question);
    return performance.now() - started;
  };
  for (const q of queries.slice(0, 10)) await ask(q);
  const idle: number[] = [];
  for (const q of queries) idle.push(await ask(q));

  const additions = Number(values.additions);
  const addSeconds: number[] = [];
  const visibleSeconds: number[] = [];
  const during: number[] = [];
  const profiler = values["cpu-prof"] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  for (let n = 0; n < additions; n++) {
    // Questions keep coming while the article is added, as a server's would (unless --quiet).
    let adding = !values.quiet;
    const asking = (async () => {
      let i = n * 7;
      while (adding) during.push(await ask(queries[i++ % queries.length]!));
    })();
    const started = performance.now();
    const [outcome] = await addArticles(config, [uniqueArticle(pool, random, n, Number(values.seed))], "bench addition");
    const added = performance.now();
    adding = false;
    await asking;
    if (outcome?.status !== "added") throw new Error(`bench addition ${n} was not added: ${JSON.stringify(outcome)}`);
    // The next request applies the delta; until then the server answers from the previous state.
    const runtime = await holder.get();
    const visible = performance.now();
    if (!runtime.index?.documents.has(outcome.id)) throw new Error(`bench addition ${n} is not visible after the reload`);
    during.push(await ask(queries[n % queries.length]!));
    addSeconds.push((added - started) / 1000);
    visibleSeconds.push((visible - started) / 1000);
    log(
      `added ${outcome.id} (${outcome.chunks} chunks) in ${((added - started) / 1000).toFixed(2)} s, answering from it after ${((visible - started) / 1000).toFixed(2)} s (reload ${((visible - added) / 1000).toFixed(2)} s)`,
    );
  }
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    writeFileSync(values["cpu-prof"]!, JSON.stringify(profile));
    profiler.disconnect();
  }
  const seconds = (xs: number[]) => ({ median: round(summarize(xs).p50), max: round(Math.max(...xs)) });
  const result: AdditionPhase = {
    additions,
    addSeconds: seconds(addSeconds),
    visibleSeconds: seconds(visibleSeconds),
    queryMs: { idle: summarize(idle), duringAdditions: summarize(during) },
  };
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
