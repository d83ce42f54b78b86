/**
 * A fake OpenAI-compatible server for tests and benchmarks: GET /v1/models and POST /v1/chat/completions
 * (streaming SSE chunks in the chat-completions format at a configurable rate, or one JSON completion).
 * It records every request and whether the client aborted it, and can be told to fail with a status,
 * stall after the headers, or stop listening (connection refused) and start again on the same port.
 *
 * In-process use: `const fake = await FakeOpenAIServer.start({ model: "fake-model" })`.
 * Cross-process use (the app started by a test's globalSetup): `startControlServer(fake)` exposes
 * configure/stop/start/reset/state over HTTP, driven by `FakeOpenAIControlClient`.
 */
import http, { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface FakeOpenAIConfig {
  /** Chat model name advertised by /v1/models and echoed in chunks. */
  model: string;
  /** Further models listed by /v1/models. */
  extraModels: string[];
  /** Answer text; a function gets the parsed request body. Default cites [1]. */
  reply: string | ((body: ChatRequestBody) => string);
  /** Characters per streamed chunk. */
  chunkChars: number;
  /** Delay between chunks, in milliseconds (0: as fast as possible). */
  intervalMs: number;
  /** Delay before the first chunk, in milliseconds. */
  firstChunkDelayMs: number;
  /** Delay before answering a non-streamed request (the app's query rewrite); null: `firstChunkDelayMs`. */
  rewriteDelayMs: number | null;
  /** Answer chat completions with this HTTP status and an OpenAI-style error body. */
  failStatus: number | null;
  failMessage: string;
  /** Send the response headers (and the role chunk), then nothing until the client gives up. */
  stall: boolean;
  /** Send this many content chunks, then nothing until the client gives up (a model stalling midway). */
  stallAfterChunks: number | null;
}

export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: Array<{ role: string; content: unknown }>;
  [key: string]: unknown;
}

export interface RecordedRequest {
  id: number;
  method: string;
  path: string;
  /** Parsed JSON body, or null. */
  body: ChatRequestBody | null;
  authorization: string | null;
  receivedAt: number;
  /** The client closed the connection before the response was complete. */
  aborted: boolean;
  completed: boolean;
  /** Status code sent. */
  status: number | null;
  /** Number of content chunks written. */
  chunksSent: number;
}

export const DEFAULT_FAKE_REPLY =
  "Theo các bài báo, vòng đàm phán thứ hai tập trung vào thuế quan và tiếp cận thị trường [1]. " +
  "Hai bên cũng trao đổi về quy tắc xuất xứ [1].";

const DEFAULTS: FakeOpenAIConfig = {
  model: "fake-model",
  extraModels: [],
  reply: DEFAULT_FAKE_REPLY,
  chunkChars: 8,
  intervalMs: 10,
  firstChunkDelayMs: 0,
  rewriteDelayMs: null,
  failStatus: null,
  failMessage: "The fake server was told to fail.",
  stall: false,
  stallAfterChunks: null,
};

/** Text of the messages of a request, joined (for reply functions that look at the prompt). */
export function promptText(body: ChatRequestBody | null): string {
  return (body?.messages ?? [])
    .map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content)))
    .join("\n");
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  private config: FakeOpenAIConfig;
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private listeningPort = 0;
  private nextId = 1;

  private constructor(config: Partial<FakeOpenAIConfig>) {
    this.config = { ...DEFAULTS, ...config };
  }

  /** Start on 127.0.0.1 (port 0: any free port). */
  static async start(config: Partial<FakeOpenAIConfig> = {}, port = 0): Promise<FakeOpenAIServer> {
    const fake = new FakeOpenAIServer(config);
    await fake.listen(port);
    return fake;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** Base URL to configure a client with, e.g. LOCAL_LLM_BASE_URL. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.listeningPort}/v1`;
  }

  get listening(): boolean {
    return this.server !== null;
  }

  get settings(): Readonly<FakeOpenAIConfig> {
    return this.config;
  }

  configure(partial: Partial<FakeOpenAIConfig>): void {
    this.config = { ...this.config, ...partial };
  }

  /** Back to the start configuration's defaults, and forget recorded requests. */
  reset(config: Partial<FakeOpenAIConfig> = {}): void {
    this.config = { ...DEFAULTS, model: this.config.model, ...config };
    this.requests.length = 0;
  }

  chatRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith("/chat/completions"));
  }

  /** Stop listening and cut open connections: clients now get "connection refused". */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
    });
  }

  /** Listen again on the same port after `stop()`. */
  async restart(): Promise<void> {
    if (this.server) return;
    await this.listen(this.listeningPort);
  }

  private async listen(port: number): Promise<void> {
    const server = http.createServer((req, res) => {
      void this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.listeningPort = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = req.method === "POST" ? await readBody(req) : "";
    let body: ChatRequestBody | null = null;
    try {
      body = raw ? (JSON.parse(raw) as ChatRequestBody) : null;
    } catch {
      body = null;
    }
    const record: RecordedRequest = {
      id: this.nextId++,
      method: req.method ?? "GET",
      path: url.pathname,
      body,
      authorization: req.headers.authorization ?? null,
      receivedAt: Date.now(),
      aborted: false,
      completed: false,
      status: null,
      chunksSent: 0,
    };
    this.requests.push(record);
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) {
        record.aborted = true;
        abort.abort();
      }
    });

    const path = url.pathname.replace(/\/+$/, "");
    if (req.method === "GET" && path.endsWith("/models")) {
      return this.sendJson(res, record, 200, {
        object: "list",
        data: [this.config.model, ...this.config.extraModels].map((id) => ({
          id,
          object: "model",
          created: 1_700_000_000,
          owned_by: "fake",
        })),
      });
    }
    if (req.method === "POST" && path.endsWith("/chat/completions")) {
      return this.chat(res, record, body, abort.signal);
    }
    return this.sendJson(res, record, 404, { error: { message: `No route ${req.method} ${url.pathname}`, type: "invalid_request_error" } });
  }

  private sendJson(res: ServerResponse, record: RecordedRequest, status: number, payload: unknown): void {
    record.status = status;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(payload), () => {
      record.completed = true;
    });
  }

  private async chat(res: ServerResponse, record: RecordedRequest, body: ChatRequestBody | null, signal: AbortSignal): Promise<void> {
    const config = this.config;
    if (config.failStatus !== null) {
      return this.sendJson(res, record, config.failStatus, {
        error: { message: config.failMessage, type: "server_error", code: `fake_${config.failStatus}` },
      });
    }
    const reply = typeof config.reply === "function" ? config.reply(body ?? {}) : config.reply;
    const model = config.model;
    const id = `chatcmpl-fake-${record.id}`;
    const created = Math.floor(Date.now() / 1000);

    if (!body?.stream) {
      await sleep(config.rewriteDelayMs ?? config.firstChunkDelayMs, signal);
      if (config.stall) return; // never answer; the client times out
      return this.sendJson(res, record, 200, {
        id,
        object: "chat.completion",
        created,
        model,
        choices: [{ index: 0, message: { role: "assistant", content: reply }, finish_reason: "stop" }],
        usage: { prompt_tokens: 10, completion_tokens: reply.length, total_tokens: 10 + reply.length },
      });
    }

    record.status = 200;
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    const send = (payload: unknown) => {
      if (!signal.aborted) res.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
      id,
      object: "chat.completion.chunk",
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    });

    send(chunk({ role: "assistant", content: "" }));
    if (config.stall) return; // headers and role sent, then silence until the client aborts
    await sleep(config.firstChunkDelayMs, signal);
    const step = Math.max(1, config.chunkChars);
    for (let i = 0; i < reply.length && !signal.aborted; i += step) {
      if (config.stallAfterChunks !== null && record.chunksSent >= config.stallAfterChunks) return; // silence until the client aborts
      send(chunk({ content: reply.slice(i, i + step) }));
      record.chunksSent += 1;
      await sleep(config.intervalMs, signal);
    }
    if (signal.aborted) return;
    send(chunk({}, "stop"));
    const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage;
    if (includeUsage) {
      send({ id, object: "chat.completion.chunk", created, model, choices: [], usage: { prompt_tokens: 10, completion_tokens: record.chunksSent, total_tokens: 10 + record.chunksSent } });
    }
    res.end("data: [DONE]\n\n", () => {
      record.completed = true;
    });
  }
}

/** Serialisable view of the fake's state for the control API. */
export interface FakeOpenAIState {
  listening: boolean;
  port: number;
  baseUrl: string;
  config: Omit<FakeOpenAIConfig, "reply"> & { reply: string | null };
  requests: RecordedRequest[];
}

function stateOf(fake: FakeOpenAIServer): FakeOpenAIState {
  const { reply, ...rest } = fake.settings;
  return {
    listening: fake.listening,
    port: fake.port,
    baseUrl: fake.baseUrl,
    config: { ...rest, reply: typeof reply === "string" ? reply : null },
    requests: fake.requests,
  };
}

/**
 * HTTP control of a fake from another process, on its own port so it outlives `stop()`:
 * GET /state; POST /configure (JSON partial config, `reply` as a string); POST /stop; POST /start; POST /reset.
 */
export async function startControlServer(fake: FakeOpenAIServer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      const raw = req.method === "POST" ? await readBody(req) : "";
      const input = raw ? (JSON.parse(raw) as Partial<FakeOpenAIConfig>) : {};
      if (req.method === "POST" && path === "/configure") fake.configure(input);
      else if (req.method === "POST" && path === "/reset") fake.reset(input);
      else if (req.method === "POST" && path === "/stop") await fake.stop();
      else if (req.method === "POST" && path === "/start") await fake.restart();
      else if (!(req.method === "GET" && path === "/state")) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(stateOf(fake)));
    })().catch((error: unknown) => {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Client for `startControlServer`. */
export class FakeOpenAIControlClient {
  constructor(readonly url: string) {}

  private async call(method: "GET" | "POST", path: string, body?: unknown): Promise<FakeOpenAIState> {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`fake control ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as FakeOpenAIState;
  }

  state(): Promise<FakeOpenAIState> {
    return this.call("GET", "/state");
  }
  configure(config: Partial<Omit<FakeOpenAIConfig, "reply">> & { reply?: string }): Promise<FakeOpenAIState> {
    return this.call("POST", "/configure", config);
  }
  reset(config: Partial<Omit<FakeOpenAIConfig, "reply">> & { reply?: string } = {}): Promise<FakeOpenAIState> {
    return this.call("POST", "/reset", config);
  }
  stop(): Promise<FakeOpenAIState> {
    return this.call("POST", "/stop");
  }
  start(): Promise<FakeOpenAIState> {
    return this.call("POST", "/start");
  }
}
