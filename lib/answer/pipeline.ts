/**
 * One pipeline, two answerers: retrieve passages, then answer with the profile's model (streamed,
 * cited, verified) or extractively; a failing model falls back to the extractive answer.
 */
import { generateText, streamText } from "ai";
import type { AppConfig } from "../config";
import { chatModel, type Profile } from "../ai/providers";
import { detectLanguage, type QueryLanguage } from "../retrieve/query";
import type { Retrieval, Retriever } from "../retrieve/retriever";
import type { AnswerCap, AnswerMode, AnswerResult, Citation, ModelFailure, Passage } from "../types";
import { inReadingOrder, resolveCitations } from "./citations";
import { extractAnswer } from "./extractive";
import { describeFailure, EmptyCompletionError, ModelTimeoutError } from "./failures";
import { ANSWER_TEXT, noAnswerText, quoteLanguages, unreportedText } from "./answer-text";
import { buildMessages, rewritePrompt, systemPrompt } from "./prompt";
import { ReadingOrderStream } from "./markers";

/** A turn of the conversation before the current question. */
export interface Turn {
  role: "user" | "assistant";
  text: string;
}

export interface AnswerRequest {
  question: string;
  history: Turn[];
  profile: Profile;
  /** Aborted when the client goes away; cancels the upstream model request. */
  signal?: AbortSignal;
}

/** What the pipeline emits, in order: passages first, then text, then the final result. */
export type AnswerEvent =
  | { type: "passages"; passages: Passage[]; mode: AnswerMode; model: string }
  /** The passages renumbered because the model's answer cited a new one (reading order): replaces the list sent before. */
  | { type: "renumbered"; passages: Passage[] }
  | { type: "text-delta"; delta: string }
  | { type: "text-break" }
  | { type: "failure"; failure: ModelFailure }
  | { type: "done"; result: AnswerResult };

const EXTRACTIVE_MODEL = "offline (extractive)";
/**
 * Relevance of a retrieval that covers every concept of the question (coverage is a share, 0–1).
 * `bestOf` keeps the rewrite's retrieval only when it covers more, so such a question skips the rewrite.
 */
const FULL_COVERAGE = 1;

/** Passages under new numbers, in that order. */
function renumbered(passages: Passage[], numbering: Map<number, number>): Passage[] {
  return passages.map((p) => ({ ...p, rank: numbering.get(p.rank) ?? p.rank })).sort((a, b) => a.rank - b.rank);
}

/** The event that ends an answer: what was said, from which passages (numbered as the reader has them), by which answerer. */
function done(question: string, passages: Passage[], answer: Omit<AnswerResult, "question" | "passages">): AnswerEvent {
  return { type: "done", result: { question, passages, ...answer } };
}

/** Why the answerer stopped the model on purpose: a cap, which ends the answer with a note, not an error. */
class AnswerCapReached extends Error {
  constructor(readonly cap: AnswerCap) {
    super(`answer cap reached: ${cap}`);
    this.name = "AnswerCapReached";
  }
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `bytes` (never splits a character). */
function fitBytes(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (used + size > bytes) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

export class AnswerPipeline {
  constructor(
    private readonly config: AppConfig,
    private readonly retriever: Retriever,
    private readonly fetchImpl?: typeof fetch,
  ) {}

  /** Extractive answer text and citations for a retrieval. */
  private extractive(retrieval: Retrieval, language: QueryLanguage, notice: "offline" | "fallback"): { text: string; citations: Citation[] } {
    if (!retrieval.answerable) return { text: this.noAnswerText(retrieval, language), citations: [] };
    const { stats, catalog } = this.retriever;
    const { body, citations } = extractAnswer(retrieval, { stats, catalog: catalog ?? undefined, documents: catalog?.documents });
    // The offline notice says in which language the quotes are: the reader's, the other, or some of each.
    const quoted = citations.map((c) => catalog?.documents.get(c.docId)?.lang);
    const said = notice === "offline" ? ANSWER_TEXT[language].offlineNotice[quoteLanguages(language, quoted)] : ANSWER_TEXT[language].fallbackNotice;
    return { text: `${said}\n\n${body}`, citations };
  }

  /** Why there is no answer: an event or period no article reports, else the general sentence; either says what the articles do report. */
  private noAnswerText(retrieval: Retrieval, language: QueryLanguage): string {
    const asked = retrieval.focus?.unreported;
    const catalog = this.retriever.catalog;
    const covered = retrieval.focus?.covered ?? catalog?.coverage(language) ?? null;
    return asked && covered ? unreportedText(language, covered, asked) : noAnswerText(language, covered || null);
  }

  /**
   * With a model, English questions and follow-ups that the question's own retrieval (the
   * English→Vietnamese lexicon, the earlier questions) does not fully cover are rewritten into a
   * Vietnamese search query, but only within REWRITE_BUDGET_MS: the answer never waits longer than
   * that for the extra call, and starts from the question's own retrieval when it is late.
   */
  private async searchQuery(request: AnswerRequest, language: QueryLanguage, previousQuestions: string[], original: Retrieval): Promise<string | null> {
    const budget = this.config.REWRITE_BUDGET_MS;
    if (request.profile.kind === "offline" || budget === 0 || (language === "vi" && previousQuestions.length === 0)) return null;
    // Nothing a rewrite finds can cover more (bestOf), so neither the answer nor the model waits for one.
    if (original.relevance >= FULL_COVERAGE) return null;
    // The budget's own timer, not AbortSignal.timeout: inside AbortSignal.any, Node (20.20 here) holds a timeout
    // signal only weakly, and a garbage collection within the budget dropped it, so the answer waited on a
    // hung rewrite for good (nodejs/node#57736). The timer holds its controller until it fires or is cleared.
    const late = new AbortController();
    const timer = setTimeout(() => late.abort(new DOMException("The query rewrite took longer than REWRITE_BUDGET_MS", "TimeoutError")), budget);
    try {
      const { text } = await generateText({
        model: chatModel(request.profile, this.fetchImpl),
        prompt: rewritePrompt(request.question, previousQuestions.slice(-2)),
        maxRetries: 0,
        abortSignal: request.signal ? AbortSignal.any([late.signal, request.signal]) : late.signal,
      });
      const query = text.trim().split("\n")[0]?.trim();
      return query && query.length <= 300 ? query : null;
    } catch {
      return null; // late or failed: the model's own answer will report a failing endpoint
    } finally {
      clearTimeout(timer);
    }
  }

  async *answer(request: AnswerRequest): AsyncGenerator<AnswerEvent> {
    const { question, profile } = request;
    const language = detectLanguage(question);
    const previousQuestions = request.history.filter((t) => t.role === "user").map((t) => t.text);
    // The question's own retrieval first (milliseconds): it decides whether a rewrite could help at all.
    const original = await this.retriever.retrieve(question, previousQuestions);
    const rewritten = await this.searchQuery(request, language, previousQuestions, original);
    const retrieval = rewritten ? await this.bestOf(original, rewritten) : original;
    const passages = retrieval.passages;

    if (profile.kind === "offline" || !retrieval.answerable) {
      // Composed before anything is sent, so the passages go out already numbered in reading order.
      const answer = this.extractive(retrieval, language, "offline");
      const { text, citations, passages: ordered } = inReadingOrder(answer.text, answer.citations, passages);
      yield { type: "passages", passages: ordered, mode: "extractive", model: EXTRACTIVE_MODEL };
      yield { type: "text-delta", delta: text };
      yield done(question, ordered, {
        status: retrieval.answerable ? "answered" : "no_answer",
        mode: "extractive",
        model: EXTRACTIVE_MODEL,
        answer: text,
        citations,
      });
      return;
    }

    yield { type: "passages", passages, mode: "llm", model: profile.model };
    let text = "";
    const stopped: { cap: AnswerCap | null } = { cap: null };
    // The model cites the passages as numbered in its prompt; the reader sees them in reading order.
    const reading = new ReadingOrderStream(new Set(passages.map((p) => p.rank)));
    let ordered = passages;
    const renumber = function* (delta: string): Generator<AnswerEvent> {
      const cited = reading.order.size;
      const out = delta === "" ? reading.flush() : reading.push(delta);
      if (reading.order.size > cited) {
        ordered = renumbered(passages, reading.numbering(passages.map((p) => p.rank)));
        yield { type: "renumbered", passages: ordered };
      }
      if (out) {
        text += out;
        yield { type: "text-delta", delta: out };
      }
    };
    try {
      for await (const delta of this.streamModel(request, language, passages, stopped)) if (delta) yield* renumber(delta);
      yield* renumber("");
      if (text.trim().length === 0) throw new EmptyCompletionError();
      const citations = resolveCitations(text, ordered);
      if (stopped.cap) {
        const note = `\n\n${ANSWER_TEXT[language].capNotice[stopped.cap]}`;
        yield { type: "text-delta", delta: note };
        text += note;
      }
      yield done(question, ordered, {
        status: "answered",
        mode: "llm",
        model: profile.model,
        answer: text,
        citations,
        ...(stopped.cap ? { truncated: stopped.cap } : {}),
      });
    } catch (error) {
      if (request.signal?.aborted) return;
      const failure = describeFailure(error, profile, { midway: text.length > 0 });
      yield { type: "failure", failure };
      // Quoted under the numbers the reader already has for the passages.
      const fallback = this.extractive({ ...retrieval, passages: ordered }, language, "fallback");
      if (text.length > 0) yield { type: "text-break" };
      yield { type: "text-delta", delta: fallback.text };
      yield done(question, ordered, {
        status: "answered",
        mode: "extractive",
        model: EXTRACTIVE_MODEL,
        answer: fallback.text,
        citations: fallback.citations,
        failure,
      });
    }
  }

  /** Retrieval for the rewritten query, unless the original question's own retrieval covers it better. */
  private async bestOf(original: Retrieval, rewritten: string): Promise<Retrieval> {
    const viaRewrite = await this.retriever.retrieve(rewritten);
    return viaRewrite.relevance > original.relevance ? viaRewrite : original;
  }

  /**
   * Stream the model's text, enforcing the first-token and stall timeouts and the client's abort,
   * and the caps (output tokens, bytes, total time): a cap stops the model and sets `stopped.cap`.
   */
  private async *streamModel(request: AnswerRequest, language: QueryLanguage, passages: Passage[], stopped: { cap: AnswerCap | null }): AsyncGenerator<string> {
    const controller = new AbortController();
    const onClientAbort = () => controller.abort(request.signal?.reason);
    request.signal?.addEventListener("abort", onClientAbort, { once: true });
    let timer = setTimeout(
      () => controller.abort(new ModelTimeoutError("first-token", this.config.LLM_FIRST_TOKEN_TIMEOUT_MS)),
      this.config.LLM_FIRST_TOKEN_TIMEOUT_MS,
    );
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(new ModelTimeoutError("stall", this.config.LLM_STALL_TIMEOUT_MS)), this.config.LLM_STALL_TIMEOUT_MS);
    };
    const totalTimer = setTimeout(() => controller.abort(new AnswerCapReached("time")), this.config.ANSWER_MAX_MS);
    let bytes = 0;
    try {
      const result = streamText({
        model: chatModel(request.profile, this.fetchImpl),
        system: systemPrompt(language),
        messages: buildMessages(request.question, passages, request.history),
        abortSignal: controller.signal,
        maxRetries: this.config.LLM_MAX_RETRIES,
        maxOutputTokens: this.config.LLM_MAX_OUTPUT_TOKENS,
        temperature: 0.2,
        // Errors arrive as stream parts and become a ModelFailure; the default handler would log them raw.
        onError: () => {},
      });
      // A timer or cap aborts the controller; the wait for the next part must end then even when the
      // transport does not cancel the response body on abort (some proxies and fetch mocks do not).
      const aborted = new Promise<never>((_, reject) => controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true }));
      aborted.catch(() => {});
      const parts = result.fullStream[Symbol.asyncIterator]();
      while (true) {
        let next: IteratorResult<typeof result.fullStream extends AsyncIterable<infer P> ? P : never>;
        try {
          next = await Promise.race([parts.next(), aborted]);
        } catch (reason) {
          void parts.return?.().catch(() => {});
          if (reason instanceof AnswerCapReached) {
            stopped.cap = reason.cap;
            return;
          }
          throw reason;
        }
        if (next.done) break;
        const part = next.value;
        if (part.type === "text-delta") {
          rearm();
          if (!part.text) continue;
          const size = Buffer.byteLength(part.text);
          if (bytes + size > this.config.ANSWER_MAX_BYTES) {
            const fitting = fitBytes(part.text, this.config.ANSWER_MAX_BYTES - bytes);
            if (fitting) yield fitting;
            stopped.cap = "bytes";
            controller.abort(new AnswerCapReached("bytes"));
            return;
          }
          bytes += size;
          yield part.text;
        } else if (part.type === "finish") {
          if (part.finishReason === "length") stopped.cap = "tokens";
        } else if (part.type === "error" || part.type === "abort") {
          const reason = controller.signal.reason;
          if (reason instanceof AnswerCapReached) {
            stopped.cap = reason.cap;
            return;
          }
          if (reason instanceof ModelTimeoutError) throw reason;
          throw part.type === "error" ? part.error : (reason ?? new Error("aborted"));
        }
      }
      const reason = controller.signal.reason;
      if (reason instanceof AnswerCapReached) stopped.cap = reason.cap;
      else if (reason instanceof ModelTimeoutError) throw reason;
    } finally {
      clearTimeout(timer);
      clearTimeout(totalTimer);
      request.signal?.removeEventListener("abort", onClientAbort);
    }
  }
}

/** Run the pipeline to completion and return its result (the CLI and `--json`). */
export async function collectAnswer(pipeline: AnswerPipeline, request: AnswerRequest): Promise<AnswerResult> {
  for await (const event of pipeline.answer(request)) if (event.type === "done") return event.result;
  throw new Error("The answer pipeline ended without a result.");
}
