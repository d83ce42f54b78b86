/** Embeddings from an OpenAI-compatible endpoint (msw stands in for Ollama's /v1/embeddings): batching, bounded retries, clear errors. */
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { buildIndex } from "@/lib/index/build";
import { indexDirOf } from "@/lib/index/store";
import { EndpointEmbeddings } from "@/lib/index/endpoint-embeddings";
import { LocalHashEmbeddings } from "@/lib/index/local-embeddings";
import { loadRuntime } from "@/lib/runtime";
import { PROJECT_CORPUS, tempConfig } from "../support/test-index";

const calls: { model: string; input: string[] }[] = [];
let failWith: number | null = null;
const server = setupServer(
  http.post("http://127.0.0.1:11434/v1/embeddings", async ({ request }) => {
    const body = (await request.json()) as { model: string; input: string[] };
    calls.push(body);
    // The server asks for a retry after 1 ms (honoured by the AI SDK): the bounded retries are counted without its 2 s back-off.
    if (failWith)
      return HttpResponse.json(
        { error: { message: 'model "bge-m3" not found, try pulling it first' } },
        { status: failWith, headers: { "retry-after-ms": "1" } },
      );
    return HttpResponse.json({
      object: "list",
      model: body.model,
      data: body.input.map((text, index) => ({ object: "embedding", index, embedding: [text.length, 1, 0, 0] })),
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  calls.length = 0;
  failWith = null;
});
afterAll(() => server.close());

const make = (batches: number[] = []) =>
  new EndpointEmbeddings({ baseUrl: "http://127.0.0.1:11434", model: "bge-m3", batchSize: 2, maxRetries: 1, onBatch: (done) => batches.push(done) });

describe("an index built with an embeddings endpoint", () => {
  it("records the endpoint's model and dimensions, answers from it, and is refused under another embedder", async () => {
    // The stand-in server embeds with the local hashing embedder, so retrieval is meaningful.
    const embedder = new LocalHashEmbeddings({ dimensions: 256 });
    server.use(
      http.post("http://127.0.0.1:11434/v1/embeddings", async ({ request }) => {
        const body = (await request.json()) as { model: string; input: string[] };
        return HttpResponse.json({
          object: "list",
          model: body.model,
          data: body.input.map((text, index) => ({ object: "embedding", index, embedding: embedder.embed(text) })),
        });
      }),
    );
    const env = { EMBEDDINGS_PROVIDER: "openai-compatible", EMBEDDINGS_BASE_URL: "http://127.0.0.1:11434", EMBEDDINGS_MODEL: "bge-m3" };
    const config = tempConfig(env);
    try {
      const summary = await buildIndex({ config, corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(config.dataDir) });
      expect(summary.documents).toBe(5);
      const runtime = await loadRuntime(config);
      expect(runtime.index!.manifest.embedder).toEqual({ name: "openai-compatible:bge-m3", dimensions: 256 });
      const { passages } = await runtime.retriever.retrieve("Vòng đàm phán thứ hai diễn ra khi nào?");
      expect(passages[0]!.chunk.docId).toBe("hop-thuong-truc-chinh-phu");
      const local = readConfig({ DATA_DIR: config.dataDir });
      await expect(loadRuntime(local)).rejects.toThrow(
        /built with the embedder "openai-compatible:bge-m3" \(256 dimensions\).*configured embedder is "local-hash-v1"/,
      );
    } finally {
      config.cleanup();
      server.resetHandlers();
    }
  });
});

describe("endpoint embeddings", () => {
  it("sends the texts in batches to /v1/embeddings with the model name, in order", async () => {
    const progress: number[] = [];
    const vectors = await make(progress).embedDocuments(["a", "bb", "ccc", "dddd", "eeeee"]);
    expect(calls.map((c) => c.input)).toEqual([["a", "bb"], ["ccc", "dddd"], ["eeeee"]]);
    expect(calls.every((c) => c.model === "bge-m3")).toBe(true);
    expect(vectors.map((v) => v[0])).toEqual([1, 2, 3, 4, 5]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it("fails with a message naming the URL and the model, after a bounded number of retries", async () => {
    failWith = 500;
    await expect(make().embedDocuments(["a"])).rejects.toThrow(/model "bge-m3" at http:\/\/127\.0\.0\.1:11434\/v1\/embeddings failed.*ollama pull bge-m3/s);
    expect(calls).toHaveLength(2);
  });

  it("does not retry a model that is not there", async () => {
    failWith = 404;
    await expect(make().embedQuery("a")).rejects.toThrow(/bge-m3/);
    expect(calls).toHaveLength(1);
  });
});
