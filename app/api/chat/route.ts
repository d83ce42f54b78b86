/** POST /api/chat: parse → retrieve → answer → UI message stream, with passages and citations as data parts. */
import { createUIMessageStream, createUIMessageStreamResponse } from "ai";
import { recordAnswerOutcome } from "@/lib/ai/answer-outcomes";
import { describeUrl } from "@/lib/ai/endpoint";
import { findProfile, listProfiles } from "@/lib/ai/providers";
import { fitHistory } from "@/lib/answer/history";
import type { Turn } from "@/lib/answer/pipeline";
import { AppError } from "@/lib/errors";
import { serverConfig, serverRuntime } from "@/lib/server/context";
import { identify } from "@/lib/server/access";
import { handle, methodNotAllowed, parseJsonBody } from "@/lib/server/http";
import { logFor } from "@/lib/server/log";
import { clientLimits } from "@/lib/server/rate-limit";
import { toPassageView, withAlsoReportedBy, withVersions } from "@/lib/server/views";
import type { ChatMessage } from "@/lib/types";
import { chatRequestSchema, MAX_QUESTION_CHARS, type ChatRequest } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function textOf(message: ChatRequest["messages"][number]): string {
  return message.parts
    .map((p) => (p.type === "text" ? (p.text ?? "") : ""))
    .join("")
    .trim();
}

/** Only POST is served; other methods get a JSON error rather than an empty 405. */
export const GET = methodNotAllowed("POST");

export async function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const body = await parseJsonBody(request, chatRequestSchema);
    const last = body.messages.at(-1)!;
    const question = textOf(last);
    if (last.role !== "user") throw new AppError("bad_request:input", "The last message must be the user's question.");
    if (!question) throw new AppError("bad_request:input", "The question is empty.", { hint: "Type a question." });
    if (question.length > MAX_QUESTION_CHARS)
      throw new AppError("bad_request:input", `The question is longer than ${MAX_QUESTION_CHARS} characters.`, { hint: "Shorten the question." });
    const config = serverConfig();
    const profile = findProfile(config, body.profileId);
    if (!profile) {
      throw new AppError("not_found:profile", `Unknown model profile "${body.profileId}".`, {
        hint: `Choose one of: ${listProfiles(config)
          .map((p) => p.id)
          .join(", ")}.`,
      });
    }
    const turns: Turn[] = body.messages
      .slice(0, -1)
      .filter((m) => m.role !== "system")
      .map((m) => ({ role: m.role as Turn["role"], text: textOf(m) }))
      .filter((t) => t.text.length > 0);
    // Forged or long histories are not forwarded whole: the newest turns within the budget.
    const { kept: history, dropped: historyDropped } = fitHistory(turns, config.HISTORY_TOKEN_BUDGET);
    const { pipeline, store } = await serverRuntime();
    const log = logFor(request, "api/chat");
    // Model profiles spend money and upstream capacity: limited per client; the offline profile is not.
    const release =
      profile.kind === "offline"
        ? () => {}
        : clientLimits(config.RATE_LIMIT_PER_MINUTE, config.MAX_CONCURRENT_STREAMS).admitOrThrow(identify(config, request.headers).clientKey);

    const stream = createUIMessageStream<ChatMessage>({
      execute: async ({ writer }) => {
        try {
          let textId = 0;
          for await (const event of pipeline.answer({ question, history, profile, signal: request.signal })) {
            switch (event.type) {
              case "passages":
                writer.write({
                  type: "start",
                  messageMetadata: {
                    profileId: profile.id,
                    mode: event.mode,
                    model: event.model,
                    createdAt: Date.now(),
                    ...(historyDropped ? { historyDropped } : {}),
                  },
                });
                writer.write({ type: "data-passages", data: { passages: event.passages.map(toPassageView) } });
                for (const p of event.passages) {
                  writer.write({
                    type: "source-document",
                    sourceId: `passage-${p.rank}`,
                    mediaType: "text/plain",
                    title: p.chunk.title,
                    filename: p.chunk.docId,
                  });
                }
                writer.write({ type: "text-start", id: `text-${textId}` });
                break;
              case "renumbered":
                // A later passages part replaces the earlier one: the list follows the answer's reading order as it is cited.
                writer.write({ type: "data-passages", data: { passages: event.passages.map(toPassageView) } });
                break;
              case "text-delta":
                writer.write({ type: "text-delta", id: `text-${textId}`, delta: event.delta });
                break;
              case "text-break":
                writer.write({ type: "text-end", id: `text-${textId}` });
                textId++;
                writer.write({ type: "text-start", id: `text-${textId}` });
                break;
              case "failure":
                // The endpoint's address is for the operator: the browser only gets the failure's message.
                log.warn(
                  `model ${profile.model} at ${describeUrl(profile.baseUrl ?? "")} (profile ${profile.id}) failed: ${event.failure.code}: ${event.failure.message}`,
                );
                writer.write({ type: "message-metadata", messageMetadata: { failure: event.failure } });
                break;
              case "done":
                if (profile.kind !== "offline" && (event.result.mode === "llm" || event.result.failure))
                  recordAnswerOutcome(profile.id, event.result.failure ?? null);
                writer.write({ type: "text-end", id: `text-${textId}` });
                writer.write({
                  type: "data-citations",
                  data: {
                    citations: withAlsoReportedBy(
                      await withVersions(event.result.citations, (id) => store.document(id)),
                      (id) => store.alsoReportedBy?.(id) ?? [],
                    ),
                  },
                });
                writer.write({
                  type: "finish",
                  finishReason: "stop",
                  messageMetadata: {
                    status: event.result.status,
                    mode: event.result.mode,
                    model: event.result.model,
                    ...(event.result.truncated ? { truncated: event.result.truncated } : {}),
                  },
                });
                break;
              default: {
                const unexpected: never = event;
                throw new Error(`Unhandled answer event ${JSON.stringify(unexpected)}`);
              }
            }
          }
        } finally {
          release();
        }
      },
      onError: (error) => {
        // A coded error (the database went away mid-answer) says what to do; anything else is only logged.
        if (error instanceof AppError && error.code !== "internal:server") return `${error.message} ${error.hint ?? ""}`.trim();
        if (request.signal.aborted) {
          log.info("the client went away mid-answer");
        } else {
          log.error("answer failed:", error);
        }
        return "The answer could not be completed. Ask again; if it persists, check the server log.";
      },
    });
    return createUIMessageStreamResponse({ stream });
  });
}
