/**
 * Reads an AI SDK UI message stream (POST /api/chat) the way useChat's transport does: the AI SDK's
 * own server-sent-event parser and chunk schema (`parseJsonEventStream` + `uiMessageChunkSchema`),
 * so a chunk the browser would reject fails here too. The one reader outside the browser: the ask
 * CLI's --url, the load test, the bench and the tests.
 */
import { parseJsonEventStream, uiMessageChunkSchema, type UIMessageChunk } from "ai";

/** One chunk of the stream; the index signature lets callers read a field of a chunk type they have not narrowed to. */
export type UIChunk = UIMessageChunk & Record<string, unknown>;

/**
 * The chunks of a stream body as they arrive; a chunk that is not valid JSON or not a UI chunk throws.
 * A caller that leaves early (break, throw) cancels the rest of the body, as a closed tab does.
 */
export async function* uiChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<UIChunk> {
  const reader = parseJsonEventStream({ stream: body, schema: uiMessageChunkSchema }).getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        return;
      }
      if (!value.success) throw new Error(`Not a UI message stream chunk: ${value.error.message}`, { cause: value.error });
      yield value.value as UIChunk;
    }
  } finally {
    if (!ended) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/** All chunks of a response (read to its end). */
export async function readUIChunks(response: Response): Promise<UIChunk[]> {
  if (!response.body) return [];
  const chunks: UIChunk[] = [];
  for await (const chunk of uiChunks(response.body)) chunks.push(chunk);
  return chunks;
}

/** The answer text of a stream (all text deltas). */
export function streamedText(chunks: UIChunk[]): string {
  return chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join("");
}

/** The payload of a data part (`data-passages`, `data-citations`). */
export function dataPart<T>(chunks: UIChunk[], name: string): T | undefined {
  return chunks.find((c) => c.type === `data-${name}`)?.data as T | undefined;
}

/** Message metadata merged in stream order. */
export function metadata(chunks: UIChunk[]): Record<string, unknown> {
  return Object.assign({}, ...chunks.map((c) => (c.messageMetadata as object | undefined) ?? {}));
}
