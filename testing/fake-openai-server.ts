/**
 * The fake OpenAI-compatible endpoint as a real HTTP server on loopback (GET /v1/models, POST
 * /v1/chat/completions), for the app in another process (browser tests, load test, bench) and for
 * tests that need a real socket. The wire format and the faults are openai-wire.ts's; this file
 * only carries a plan out over HTTP. The fault `refused` stops listening (clients get ECONNREFUSED);
 * any other fault listens again on the same port.
 *
 * In-process use: `const fake = await FakeOpenAIServer.start({ model: "fake-model" })`.
 * Cross-process use: `startControlServer(fake)` exposes configure/stop/start/reset/state over HTTP,
 * driven by `FakeOpenAIControlClient`.
 */
import http, { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  DEFAULT_REPLY,
  FaultSwitch,
  SSE_HEADERS,
  pause,
  planChat,
  planModels,
  type ChatPlan,
  type ChatRequestBody,
  type OpenAIFault,
  type ReplySettings,
} from "./openai-wire";

export type { ChatRequestBody, OpenAIFault } from "./openai-wire";

/** The reply settings and the current fault. */
export interface FakeOpenAIConfig extends ReplySettings {
  fault: OpenAIFault;
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
  /** The fault applied to this request. */
  fault: OpenAIFault["kind"];
}

const DEFAULTS: FakeOpenAIConfig = {
  model: "fake-model",
  extraModels: [],
  reply: DEFAULT_REPLY,
  chunkChars: 8,
  intervalMs: 10,
  firstChunkDelayMs: 0,
  rewriteDelayMs: null,
  fault: { kind: "none" },
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  private config: FakeOpenAIConfig;
  /** What `start` was given: `reset` comes back to it. */
  private readonly initial: FakeOpenAIConfig;
  private readonly faults = new FaultSwitch();
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  private listeningPort = 0;
  private nextId = 1;

  private constructor(config: Partial<FakeOpenAIConfig>) {
    this.initial = { ...DEFAULTS, ...config };
    this.config = this.initial;
    this.faults.set(this.config.fault);
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

  /** Change settings; a change of fault to or from `refused` stops or resumes listening. */
  async configure(partial: Partial<FakeOpenAIConfig>): Promise<void> {
    this.config = { ...this.config, ...partial };
    if (partial.fault) await this.applyFault(partial.fault);
  }

  async setFault(fault: OpenAIFault): Promise<void> {
    await this.configure({ fault });
  }

  /** Back to the configuration it was started with (then `config` on top), and forget recorded requests. */
  async reset(config: Partial<FakeOpenAIConfig> = {}): Promise<void> {
    this.config = { ...this.initial, ...config };
    this.requests.length = 0;
    await this.applyFault(this.config.fault);
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

  private async applyFault(fault: OpenAIFault): Promise<void> {
    this.faults.set(fault);
    if (fault.kind === "refused") await this.stop();
    else await this.restart();
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
    const path = url.pathname.replace(/\/+$/, "");
    const isChat = req.method === "POST" && path.endsWith("/chat/completions");
    const fault = isChat ? this.faults.take() : this.faults.current;
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
      fault: fault.kind,
    };
    this.requests.push(record);
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) {
        record.aborted = true;
        abort.abort();
      }
    });

    if (req.method === "GET" && path.endsWith("/models")) return this.send(res, record, planModels(this.config, fault), abort.signal);
    if (isChat) return this.send(res, record, planChat(this.config, fault, body, `chatcmpl-fake-${record.id}`), abort.signal);
    return this.send(
      res,
      record,
      {
        kind: "json",
        status: 404,
        body: { error: { message: `No route ${req.method} ${url.pathname}`, type: "invalid_request_error" } },
        headers: {},
        delayMs: 0,
        hang: false,
      },
      abort.signal,
    );
  }

  /** Carry a plan out over the response. */
  private async send(res: ServerResponse, record: RecordedRequest, plan: ChatPlan, signal: AbortSignal): Promise<void> {
    const done = () => {
      record.completed = true;
    };
    if (plan.kind === "refused") {
      res.socket?.destroy(); // stopped between accepting and answering: the closest a listening socket gets
      return;
    }
    if (plan.kind === "json") {
      await pause(plan.delayMs, signal);
      if (plan.hang || signal.aborted) return; // never answer; the client times out
      record.status = plan.status;
      res.writeHead(plan.status, { "content-type": "application/json", ...plan.headers });
      res.end(JSON.stringify(plan.body), done);
      return;
    }
    record.status = 200;
    res.writeHead(200, { ...SSE_HEADERS, connection: "keep-alive" });
    for (const step of plan.steps) {
      if (signal.aborted) return;
      if ("pauseMs" in step) {
        await pause(step.pauseMs, signal);
        continue;
      }
      res.write(step.write);
      if (step.content) record.chunksSent += 1;
    }
    if (signal.aborted || plan.end === "hang") return; // silence until the client aborts
    if (plan.end === "reset") res.socket?.destroy();
    else res.end(done);
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

/** Settings a control client may send: everything but a reply function. */
export type FakeOpenAIWireConfig = Partial<Omit<FakeOpenAIConfig, "reply">> & { reply?: string };

/**
 * HTTP control of a fake from another process, on its own port so it outlives `stop()`:
 * GET /state; POST /configure (JSON partial config, `reply` as a string); POST /stop; POST /start; POST /reset.
 */
export async function startControlServer(fake: FakeOpenAIServer): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
      const raw = req.method === "POST" ? await readBody(req) : "";
      const input = raw ? (JSON.parse(raw) as FakeOpenAIWireConfig) : {};
      if (req.method === "POST" && path === "/configure") await fake.configure(input);
      else if (req.method === "POST" && path === "/reset") await fake.reset(input);
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
  configure(config: FakeOpenAIWireConfig): Promise<FakeOpenAIState> {
    return this.call("POST", "/configure", config);
  }
  reset(config: FakeOpenAIWireConfig = {}): Promise<FakeOpenAIState> {
    return this.call("POST", "/reset", config);
  }
  stop(): Promise<FakeOpenAIState> {
    return this.call("POST", "/stop");
  }
  start(): Promise<FakeOpenAIState> {
    return this.call("POST", "/start");
  }
}
