/** Reads an AI SDK UI message stream response (server-sent events) into its chunks, as any client of the stream would. */

export interface UIChunk {
  type: string;
  [key: string]: unknown;
}

export async function readUIChunks(response: Response): Promise<UIChunk[]> {
  const text = await response.text();
  const chunks: UIChunk[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("data: ")) continue;
    const data = line.slice("data: ".length).trim();
    if (data === "[DONE]") continue;
    chunks.push(JSON.parse(data) as UIChunk);
  }
  return chunks;
}

/** The answer text of a stream (all text deltas). */
export function streamedText(chunks: UIChunk[]): string {
  return chunks.filter((c) => c.type === "text-delta").map((c) => String(c.delta)).join("");
}

/** The payload of a data part (`data-passages`, `data-citations`). */
export function dataPart<T>(chunks: UIChunk[], name: string): T | undefined {
  return chunks.find((c) => c.type === `data-${name}`)?.data as T | undefined;
}

/** Message metadata merged in stream order. */
export function metadata(chunks: UIChunk[]): Record<string, unknown> {
  return chunks.reduce<Record<string, unknown>>((acc, c) => ({ ...acc, ...((c.messageMetadata as object | undefined) ?? {}) }), {});
}
