/**
 * `npm run eval [-- --sweep] [--corpus DIR] [--questions FILE]`: scores a question set (default: the
 * seeds' tests/fixtures/dev-questions.json over corpus/) offline, beside a plain BM25 over the raw
 * paragraphs of the same files. `--corpus` indexes another archive into a temporary data folder.
 * `--sweep` also rebuilds the index at several chunk sizes and compares them. Last line: one JSON object.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import MiniSearch from "minisearch";
import { z } from "zod";
import { OFFLINE_PROFILE_ID, findProfile } from "../lib/ai/providers";
import { collectAnswer } from "../lib/answer/pipeline";
import { readConfig, type AppConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { buildIndex } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";
import { DEFAULT_CHUNK_SETTINGS, type ChunkSettings } from "../lib/index/chunk";
import { fold } from "../lib/text/normalize";
import { parseFrontMatter } from "../lib/corpus/front-matter";
import { AnswerPipeline } from "../lib/answer/pipeline";
import { DEFAULT_RETRIEVAL, Retriever, type RetrievalSettings } from "../lib/retrieve/retriever";
import { loadRuntime } from "../lib/runtime";
import { PostgresArchive } from "../lib/store/postgres/archive";
import { parseQuestionSet, type EvalQuestion } from "../lib/eval/question-set";
import { buildPostgresArchive } from "../lib/store/postgres/build";
import { readCommandLine } from "./command-line";

type DevQuestion = EvalQuestion;

const ROOT = process.cwd();
const FIXTURES = path.join(ROOT, "tests", "fixtures");
/** tests/fixtures/chrome-markers.json: text only the site chrome of the seed captures holds. */
const chromeMarkersSchema = z.object({ markers: z.array(z.string()) });
const USAGE = `Usage: npm run eval -- [--corpus DIR] [--questions FILE] [--sweep]
  Scores a question set offline beside plain BM25 over the same files; the last line is one JSON object.
  --corpus DIR      the archive to index and ask (default: corpus/, the seeds)
  --questions FILE  the question set: JSON ({ questions }) or JSON Lines (default: tests/fixtures/dev-questions.json)
  --sweep           also rebuild the index at several chunk sizes and compare them`;

const { values } = readCommandLine(USAGE, {
  options: {
    sweep: { type: "boolean", default: false },
    questions: { type: "string", default: path.join("tests", "fixtures", "dev-questions.json") },
    corpus: { type: "string" },
  },
});

const contains = (text: string, fact: string) => fold(text).includes(fold(fact));
const hasFacts = (text: string, q: DevQuestion) => (q.allFacts ? q.facts.every((f) => contains(text, f)) : q.facts.some((f) => contains(text, f)));
const ratio = (n: number, d: number) => (d === 0 ? null : Number((n / d).toFixed(3)));

export interface Scores {
  questions: number;
  top1Doc: number | null;
  factInTop3: number | null;
  factInAnswer: number | null;
  correctCitations: number | null;
  englishTop1: number | null;
  abstention: number | null;
  falseAbstention: number | null;
  chromeInPassages: number;
}

/**
 * The questions each score is over: those with documents to find, their English ones, and those with
 * gold facts (a question with none yet, a 👍 feedback line, counts for documents and citations only).
 */
function scoredSets(questions: DevQuestion[]) {
  const answerable = questions.filter((q) => q.expectDocs.length > 0);
  return { answerable, english: answerable.filter((q) => q.kind === "en"), withFacts: answerable.filter((q) => q.facts.length > 0) };
}

let sharedArchive: Promise<PostgresArchive> | undefined;

async function scoreSystem(
  config: AppConfig,
  questions: DevQuestion[],
  markers: string[],
  settings: RetrievalSettings = DEFAULT_RETRIEVAL,
): Promise<{ scores: Scores; misses: string[] }> {
  // Every system scored shares one connection pool (STORE=postgres): one per run would exhaust the server's connections.
  if (config.STORE === "postgres") sharedArchive ??= PostgresArchive.open(config);
  const loaded = await loadRuntime(config, undefined, sharedArchive ? await sharedArchive : undefined);
  const retriever = new Retriever(loaded.store, loaded.store.embeddings, settings);
  const runtime = { ...loaded, retriever, pipeline: new AnswerPipeline(config, retriever) };
  const profile = findProfile(config, OFFLINE_PROFILE_ID)!;
  const { answerable, english, withFacts } = scoredSets(questions);
  let top1 = 0,
    factTop3 = 0,
    factAnswer = 0,
    citationsOk = 0,
    englishTop1 = 0,
    abstained = 0,
    falseAbstained = 0,
    chrome = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const history = (q.history ?? []).map((text) => ({ role: "user" as const, text }));
    const result = await collectAnswer(runtime.pipeline, { question: q.question, history, profile });
    for (const p of result.passages) if (markers.some((m) => p.chunk.text.includes(m))) chrome++;
    if (q.expectDocs.length === 0) {
      if (result.status === "no_answer") abstained++;
      else misses.push(`${q.id}: answered an unanswerable question (top ${result.passages[0]?.chunk.docId})`);
      continue;
    }
    if (result.status === "no_answer") {
      falseAbstained++;
      misses.push(`${q.id}: abstained`);
    }
    const topDoc = result.passages[0]?.chunk.docId ?? "";
    if (q.expectDocs.includes(topDoc)) {
      top1++;
      if (q.kind === "en") englishTop1++;
    } else misses.push(`${q.id}: top-1 ${topDoc}`);
    if (q.facts.length > 0) {
      const top3 = result.passages
        .slice(0, 3)
        .map((p) => p.chunk.text)
        .join("\n");
      if (q.facts.some((f) => contains(top3, f))) factTop3++;
      else misses.push(`${q.id}: fact not in top 3`);
      if (result.status === "answered" && hasFacts(result.answer, q)) factAnswer++;
      else if (result.status === "answered") misses.push(`${q.id}: fact not in answer`);
    }
    const bodies = await Promise.all(result.citations.map((c) => runtime.store.document(c.docId)));
    const spansExact = result.citations.every((c, i) => bodies[i]?.body.slice(c.start, c.end) === c.quote);
    const citesExpected = result.citations.some((c) => q.expectDocs.includes(c.docId));
    if (result.status === "answered" && spansExact && citesExpected) citationsOk++;
    else if (result.status === "answered") misses.push(`${q.id}: citation ${spansExact ? "to another article" : "span mismatch"}`);
  }
  const unanswerable = questions.length - answerable.length;
  return {
    scores: {
      questions: questions.length,
      top1Doc: ratio(top1, answerable.length),
      factInTop3: ratio(factTop3, withFacts.length),
      factInAnswer: ratio(factAnswer, withFacts.length),
      correctCitations: ratio(citationsOk, answerable.length),
      englishTop1: ratio(englishTop1, english.length),
      abstention: ratio(abstained, unanswerable),
      falseAbstention: ratio(falseAbstained, answerable.length),
      chromeInPassages: chrome,
    },
    misses,
  };
}

/** The peer: MiniSearch with its default tokenizer over the raw, uncleaned paragraphs. */
async function scoreBaseline(corpusDir: string, questions: DevQuestion[], markers: string[]): Promise<Scores> {
  const paragraphs: { id: number; docId: string; text: string }[] = [];
  for (const file of (await fs.readdir(corpusDir)).filter((f) => /\.(txt|md)$/.test(f) && f.toLowerCase() !== "readme.md")) {
    // Front matter is metadata, not text a reader sees; the paragraphs are otherwise left raw.
    const text = parseFrontMatter(await fs.readFile(path.join(corpusDir, file), "utf8")).content;
    for (const para of text.split(/\n+/).filter((p) => p.trim()))
      paragraphs.push({ id: paragraphs.length, docId: path.basename(file, path.extname(file)), text: para });
  }
  const bm25 = new MiniSearch<{ id: number; docId: string; text: string }>({ fields: ["text"] });
  bm25.addAll(paragraphs);
  const { answerable, english, withFacts } = scoredSets(questions);
  let top1 = 0,
    factTop3 = 0,
    englishTop1 = 0,
    chrome = 0;
  for (const q of questions) {
    const hits = bm25
      .search([...(q.history ?? []), q.question].join(" "))
      .slice(0, 6)
      .map((h) => paragraphs[h.id as number]!);
    for (const h of hits) if (markers.some((m) => h.text.includes(m))) chrome++;
    if (q.expectDocs.length === 0) continue;
    if (q.expectDocs.includes(hits[0]?.docId ?? "")) {
      top1++;
      if (q.kind === "en") englishTop1++;
    }
    if (
      q.facts.some((f) =>
        contains(
          hits
            .slice(0, 3)
            .map((h) => h.text)
            .join("\n"),
          f,
        ),
      )
    )
      factTop3++;
  }
  return {
    questions: questions.length,
    top1Doc: ratio(top1, answerable.length),
    factInTop3: ratio(factTop3, withFacts.length),
    factInAnswer: null,
    correctCitations: null,
    englishTop1: ratio(englishTop1, english.length),
    abstention: 0,
    falseAbstention: 0,
    chromeInPassages: chrome,
  };
}

function printTable(rows: [string, Scores][]): void {
  const keys: (keyof Scores)[] = [
    "top1Doc",
    "factInTop3",
    "factInAnswer",
    "correctCitations",
    "englishTop1",
    "abstention",
    "falseAbstention",
    "chromeInPassages",
  ];
  console.log(["system".padEnd(28), ...keys.map((k) => k.padStart(17))].join(""));
  for (const [name, s] of rows) console.log([name.padEnd(28), ...keys.map((k) => String(s[k] ?? "–").padStart(17))].join(""));
}

async function main(): Promise<void> {
  const base = readConfig();
  // Another archive is indexed apart, so the app's own index (DATA_DIR) is left as it was.
  const config = values.corpus ? { ...base, corpusDir: path.resolve(values.corpus), dataDir: await fs.mkdtemp(path.join(os.tmpdir(), "eval-corpus-")) } : base;
  const questionSet = parseQuestionSet(await fs.readFile(path.resolve(values.questions), "utf8"), values.questions);
  const { questions } = questionSet;
  const toFill = questions.filter((q) => q.kind === "feedback-bad" && q.expectDocs.length === 0).length;
  if (toFill > 0)
    console.log(`${toFill} 👎 feedback question(s) have no expectDocs yet: scored as questions to abstain on until you fill in expectDocs and facts.`);
  // A question set over another archive names that archive's chrome; the seeds' list is the default.
  const markers =
    questionSet.chromeMarkers ?? chromeMarkersSchema.parse(JSON.parse(await fs.readFile(path.join(FIXTURES, "chrome-markers.json"), "utf8"))).markers;
  if (config.STORE === "postgres") {
    // The archive in DATABASE_URL is rebuilt from the corpus evaluated (skipped when it holds it already).
    sharedArchive ??= PostgresArchive.open(config);
    await buildPostgresArchive({ config, corpusDir: config.corpusDir, archive: await sharedArchive });
  } else {
    await buildIndex({ config, corpusDir: config.corpusDir, indexDir: indexDirOf(config.dataDir) });
  }
  const ours = await scoreSystem(config, questions, markers);
  const baseline = await scoreBaseline(config.corpusDir, questions, markers);
  const rows: [string, Scores][] = [
    ["hybrid + extractive (ours)", ours.scores],
    ["BM25 over raw paragraphs", baseline],
  ];
  // Ablations of the fusion, same index and questions. Without coverage is also without the reader's-language
  // bonus, which is a share of each passage's coverage.
  const withoutCoverage = { coverageWeight: 0, languageWeight: 0 };
  const ablations: [string, Partial<RetrievalSettings>][] = [
    ["  vector only", { lexicalWeight: 0, ...withoutCoverage }],
    ["  BM25 only (our terms)", { vectorWeight: 0, ...withoutCoverage }],
    ["  RRF without coverage", withoutCoverage],
  ];
  const fusion: Record<string, Scores> = {};
  for (const [name, change] of ablations) {
    const { scores } = await scoreSystem(config, questions, markers, { ...DEFAULT_RETRIEVAL, ...change });
    fusion[name.trim()] = scores;
    rows.push([name, scores]);
  }
  const sweep: { chunking: ChunkSettings; scores: Scores }[] = [];
  if (values.sweep) {
    for (const targetChars of [300, 450, 600, 800, 1200]) {
      for (const overlapSentences of [0, 1]) {
        const chunking = { ...DEFAULT_CHUNK_SETTINGS, targetChars, overlapSentences };
        const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "eval-sweep-"));
        // The sweep compares chunkings on the embedded store, whatever STORE says.
        const sweepConfig = { ...config, dataDir, STORE: "embedded" as const };
        await buildIndex({ config: sweepConfig, corpusDir: config.corpusDir, indexDir: indexDirOf(dataDir), chunking });
        const { scores } = await scoreSystem(sweepConfig, questions, markers);
        sweep.push({ chunking, scores });
        rows.push([`  chunks ${targetChars} chars, overlap ${overlapSentences}`, scores]);
        await fs.rm(dataDir, { recursive: true, force: true });
      }
    }
  }
  printTable(rows);
  if (ours.misses.length) console.log(`\nMisses:\n  ${ours.misses.join("\n  ")}`);
  console.log(JSON.stringify({ ours: ours.scores, baseline, fusion, ...(sweep.length ? { sweep } : {}) }));
  if (values.corpus) await fs.rm(config.dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  const hint = error instanceof AppError && error.hint ? ` ${error.hint}` : "";
  console.error(`eval failed: ${(error as Error).message ?? String(error)}${hint}`);
  process.exit(1);
});
