/** Chooses the embedder from configuration: the built-in local one (default) or an OpenAI-compatible endpoint. */
import type { Embeddings } from "@langchain/core/embeddings";
import type { AppConfig } from "../config";
import { embeddingsEndpoint } from "../ai/providers";
import { EndpointEmbeddings } from "./endpoint-embeddings";
import { LocalHashEmbeddings, type LocalEmbedderState } from "./local-embeddings";

/** The embedder the index uses, with the name recorded in its manifest. */
export interface Embedder {
  name: string;
  embeddings: Embeddings;
  /** Known before embedding for the local embedder; learnt from the first vector otherwise. */
  dimensions: number | null;
  local: LocalHashEmbeddings | null;
}

/** Name of the embedder the configuration asks for, without building it. */
export function configuredEmbedderName(config: AppConfig): string {
  return config.EMBEDDINGS_PROVIDER === "local" ? new LocalHashEmbeddings().name : `openai-compatible:${config.EMBEDDINGS_MODEL}`;
}

export function createEmbedder(
  config: AppConfig,
  options: { localState?: LocalEmbedderState; onBatch?: (done: number, total: number) => void } = {},
): Embedder {
  if (config.EMBEDDINGS_PROVIDER === "local") {
    const local = new LocalHashEmbeddings({ state: options.localState });
    return { name: local.name, embeddings: local, dimensions: local.dimensions, local };
  }
  const { baseUrl, apiKey } = embeddingsEndpoint(config);
  const endpoint = new EndpointEmbeddings({
    baseUrl,
    model: config.EMBEDDINGS_MODEL!,
    apiKey,
    batchSize: config.EMBEDDINGS_BATCH_SIZE,
    maxRetries: config.LLM_MAX_RETRIES,
    onBatch: options.onBatch,
  });
  return { name: endpoint.name, embeddings: endpoint, dimensions: null, local: null };
}
