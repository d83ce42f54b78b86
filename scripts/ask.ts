/**
 * `npm run ask -- "question"`: answer with numbered citations. `--json` prints one JSON object;
 * `--stdin` answers one question per line as JSON Lines; `--profile ID` picks a model profile;
 * `--probe` checks the configured model endpoints; `--url URL` asks a running server instead of the
 * local index (with APP_ACCESS_TOKEN from the environment when the server needs sign-in).
 */
import { createInterface } from "node:readline";
import { defaultProfileProblem, findProfile, listProfiles, profileProblem } from "../lib/ai/providers";
import { readConfig } from "../lib/config";
import type { AnswerResult } from "../lib/types";
import { uiChunks } from "../lib/ai/ui-stream";
import { apiErrorBodySchema } from "../lib/api-schemas";
import { readCommandLine } from "./command-line";

const USAGE = `Usage:
  npm run ask -- "question"            answer with numbered citations
  npm run ask -- --json "question"     one JSON object
  npm run ask -- --stdin < questions   one JSON object per input line (JSON Lines)
  npm run ask -- --profile local "…"   use a model profile (offline, openai, local)
  npm run ask -- --probe               check the configured model endpoints
  npm run ask -- --url http://host:3000 "question"
                                       ask a running server (APP_ACCESS_TOKEN=… if it needs sign-in)`;

const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    stdin: { type: "boolean", default: false },
    profile: { type: "string" },
    probe: { type: "boolean", default: false },
    url: { type: "string" },
  },
});

/** The stable JSON shape of the CLI (documented in the README). */
function toJson(result: AnswerResult) {
  return {
    question: result.question,
    status: result.status,
    mode: result.mode,
    model: result.model,
    answer: result.answer,
    citations: result.citations.map(({ n, docId, title, date, url, quote, start, end, supported }) => ({
      n,
      docId,
      title,
      date,
      url,
      quote,
      start,
      end,
      supported,
    })),
    passages: result.passages.map(({ rank, chunk, score }) => ({
      rank,
      docId: chunk.docId,
      chunkId: chunk.id,
      score,
      text: chunk.text,
      start: chunk.start,
      end: chunk.end,
    })),
    ...(result.failure ? { failure: result.failure } : {}),
  };
}

function printReadable(result: AnswerResult): void {
  if (result.failure) console.log(`! ${result.failure.message}\n  ${result.failure.hint}\n`);
  // A terminal shows markdown emphasis as the marks themselves.
  console.log(result.answer.replace(/^_|_$/gm, "").replace(/\*\*(.+?)\*\*/g, "$1"));
  if (result.citations.length) {
    console.log("\nSources:");
    // Several sentences of one passage share its number: the passage once, each quote under it.
    const byNumber = new Map<number, AnswerResult["citations"]>();
    for (const c of result.citations) byNumber.set(c.n, [...(byNumber.get(c.n) ?? []), c]);
    for (const [n, quotes] of byNumber) {
      const c = quotes[0]!;
      console.log(`[${n}] ${c.title} (${c.date ?? "undated"})`);
      for (const q of quotes) console.log(`    “${q.quote}”${q.supported ? "" : " — not verified"}`);
      if (c.url) console.log(`    ${c.url}`);
    }
  }
  console.log(`\n(${result.mode === "llm" ? `answered by ${result.model}` : "offline: quoted from the articles"})`);
}

/** Ask a running server's /api/chat (the browser's stream) and gather the same result fields the local CLI prints. */
async function askRemote(baseUrl: string, question: string): Promise<AnswerResult> {
  const token = process.env.APP_ACCESS_TOKEN?.trim();
  const response = await fetch(new URL("/api/chat", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      messages: [{ id: "q", role: "user", parts: [{ type: "text", text: question }] }],
      ...(values.profile ? { profileId: values.profile } : {}),
    }),
  });
  if (!response.ok) {
    const body = apiErrorBodySchema.safeParse(await response.json().catch(() => null)).data;
    const hint = response.status === 401 && !token ? "Set APP_ACCESS_TOKEN to the server's access token." : body?.error?.hint;
    throw Object.assign(new Error(`${baseUrl} answered HTTP ${response.status}: ${body?.error?.message ?? response.statusText}`), { hint });
  }
  const result: AnswerResult = { question, status: "answered", mode: "extractive", model: "", answer: "", citations: [], passages: [] };
  for await (const chunk of uiChunks(response.body!)) {
    if (chunk.type === "text-delta") result.answer += chunk.delta;
    else if (chunk.type === "text-start" && result.answer) result.answer += "\n\n";
    else if (chunk.type === "data-citations") result.citations = (chunk.data as { citations?: AnswerResult["citations"] } | undefined)?.citations ?? [];
    else if (chunk.type === "error") throw new Error(chunk.errorText || "the answer failed");
    if (chunk.messageMetadata) Object.assign(result, chunk.messageMetadata as Partial<AnswerResult>);
  }
  return result;
}

async function main(): Promise<number> {
  if (values.url) {
    const question = positionals.join(" ").trim();
    if (!question) {
      console.error(`No question given.\n${USAGE}`);
      return 2;
    }
    const result = await askRemote(values.url, question);
    if (values.json)
      console.log(
        JSON.stringify(
          {
            question,
            status: result.status,
            mode: result.mode,
            model: result.model,
            answer: result.answer,
            citations: result.citations,
            ...(result.failure ? { failure: result.failure } : {}),
          },
          null,
          2,
        ),
      );
    else printReadable(result);
    return 0;
  }
  const config = readConfig();
  if (values.probe) {
    const profiles = listProfiles(config).filter((p) => p.kind !== "offline");
    if (profiles.length === 0)
      console.log("No model endpoint is configured: the offline profile needs none. Set LOCAL_LLM_BASE_URL and LOCAL_LLM_MODEL, or OPENAI_API_KEY.");
    let healthy = true;
    for (const profile of profiles) {
      const { probeProfile } = await import("../lib/ai/probe");
      const result = await probeProfile(config, profile, { full: true });
      console.log(result.report);
      healthy &&= result.ok;
    }
    // Scripts and CI can rely on the status: 1 when anything configured is down or missing its model.
    return healthy ? 0 : 1;
  }
  const problem = values.profile ? profileProblem(config, values.profile) : defaultProfileProblem(config);
  const profile = findProfile(config, values.profile);
  if (problem || !profile) {
    console.error(problem ?? `Unknown profile "${values.profile}".`);
    return 2;
  }
  // Loaded only now (most of the CLI's start-up time): a usage or profile error is reported at once.
  const [{ loadRuntime }, { collectAnswer }] = await Promise.all([import("../lib/runtime"), import("../lib/answer/pipeline")]);
  const runtime = await loadRuntime(config);
  const ask = (question: string) => collectAnswer(runtime.pipeline, { question, history: [], profile });

  if (values.stdin) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const question = line.trim();
      if (question) console.log(JSON.stringify(toJson(await ask(question))));
    }
    return 0;
  }
  const question = positionals.join(" ").trim();
  if (!question) {
    console.error(`No question given.\n${USAGE}`);
    return 2;
  }
  const result = await ask(question);
  if (values.json) console.log(JSON.stringify(toJson(result), null, 2));
  else printReadable(result);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const err = error as { message?: string; hint?: string };
    console.error(`ask failed: ${err.message ?? String(error)}${err.hint ? `\n${err.hint}` : ""}`);
    process.exit(1);
  },
);
