/** Embeddings from an OpenAI-compatible /v1/embeddings endpoint (OpenAI, Ollama with bge-m3, vLLM, llama.cpp) through the AI SDK. */
import { Embeddings } from "@langchain/core/embeddings";
import { embedMany } from "ai";
import { describeUrl, normalizeBaseUrl } from "../ai/endpoint";
import { openAICompatible } from "../ai/providers";

export interface EndpointEmbeddingsOptions {
  baseUrl: string;
  model: string;
  apiKey?: string;
  batchSize: number;
  maxRetries: number;
  onBatch?: (done: number, total: number) => void;
}

/** An embeddings endpoint failed; the message names the URL and the model. */
export class EmbeddingEndpointError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "EmbeddingEndpointError";
  }
}

export class EndpointEmbeddings extends Embeddings {
  readonly baseUrl: string;
  readonly model: string;
  private readonly options: EndpointEmbeddingsOptions;
  private readonly provider;

  constructor(options: EndpointEmbeddingsOptions) {
    super({});
    this.options = options;
    this.baseUrl = normalizeBaseUrl(options.baseUrl);
    this.model = options.model;
    this.provider = openAICompatible({ baseUrl: this.baseUrl, apiKey: options.apiKey });
  }

  get name(): string {
    return `openai-compatible:${this.model}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += this.options.batchSize) {
      const batch = texts.slice(i, i + this.options.batchSize);
      try {
        const { embeddings } = await embedMany({
          model: this.provider.embedding(this.model),
          values: batch,
          maxRetries: this.options.maxRetries,
        });
        vectors.push(...embeddings);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new EmbeddingEndpointError(
          `Embedding with model "${this.model}" at ${describeUrl(this.baseUrl)}/embeddings failed: ${reason}. ` +
            `Check that the server is running and the model is available (for Ollama: ollama pull ${this.model}).`,
          { cause: error },
        );
      }
      this.options.onBatch?.(Math.min(i + batch.length, texts.length), texts.length);
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    return vector!;
  }
}
