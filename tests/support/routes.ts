/**
 * Loads the API route handlers against a freshly built index of a corpus folder, with the given
 * environment, so route tests call them the way Next.js does: with a Request.
 */
import { afterAll, beforeAll, vi } from "vitest";
import { PROJECT_CORPUS, buildTestRuntime } from "./test-index";
import type { Citation } from "@/lib/types";
import { dataPart, metadata, readUIChunks, streamedText } from "@/lib/ai/ui-stream";

export interface Routes {
  chat: (body: unknown, init?: RequestInit) => Promise<Response>;
  search: (body: unknown) => Promise<Response>;
  documents: () => Promise<Response>;
  events: () => Promise<Response>;
  document: (id: string) => Promise<Response>;
  health: (query?: string) => Promise<Response>;
  dataDir: string;
  cleanup: () => void;
}

const BASE = "http://127.0.0.1:3000";

function post(path: string, body: unknown, init: RequestInit = {}): Request {
  return new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
}

/** Build an index, point the server modules at it, and import the route handlers anew. */
export async function loadRoutes(env: Record<string, string> = {}, corpusDir = PROJECT_CORPUS): Promise<Routes> {
  const { config, cleanup } = await buildTestRuntime(env, corpusDir);
  const saved = { ...process.env };
  for (const key of ["OPENAI_API_KEY", "LOCAL_LLM_BASE_URL", "LOCAL_LLM_MODEL", "LOCAL_LLM_API_KEY", "DEFAULT_PROFILE"]) delete process.env[key];
  // Route tests ask many model questions from one client: the per-client rate is tested on its own (tests/api/limits.test.ts).
  Object.assign(process.env, { RATE_LIMIT_PER_MINUTE: "10000" }, env, { DATA_DIR: config.dataDir, CORPUS_DIR: corpusDir });
  vi.resetModules();
  delete (globalThis as { __vnTradeRuntime?: unknown }).__vnTradeRuntime;
  const chat = await import("@/app/api/chat/route");
  const search = await import("@/app/api/search/route");
  const documents = await import("@/app/api/documents/route");
  const events = await import("@/app/api/events/route");
  const document = await import("@/app/api/documents/[id]/route");
  const health = await import("@/app/api/health/route");
  return {
    chat: (body, init) => chat.POST(post("/api/chat", body, init)),
    search: (body) => search.POST(post("/api/search", body)),
    documents: () => documents.GET(new Request(`${BASE}/api/documents`)),
    events: () => events.GET(new Request(`${BASE}/api/events`)),
    document: (id) => document.GET(new Request(`${BASE}/api/documents/${encodeURIComponent(id)}`), { params: Promise.resolve({ id }) }),
    health: (query = "") => health.GET(new Request(`${BASE}/api/health${query}`)),
    dataDir: config.dataDir,
    cleanup: () => {
      cleanup();
      process.env = saved;
    },
  };
}

/**
 * The route handlers for the tests of a file or describe block: loaded before them with this
 * environment and corpus, cleaned up after. The returned object is filled in by that beforeAll.
 */
export function sharedRoutes(env: Record<string, string> = {}, corpusDir?: string): Routes {
  const routes = {} as Routes;
  beforeAll(async () => {
    Object.assign(routes, await loadRoutes(env, corpusDir));
  });
  afterAll(() => routes.cleanup?.());
  return routes;
}

/** A chat request body as the browser's useChat transport sends it. */
export function chatBody(question: string, options: { profileId?: string; history?: { role: "user" | "assistant"; text: string }[] } = {}) {
  const messages = [...(options.history ?? []), { role: "user" as const, text: question }].map((m, i) => ({
    id: `m${i}`,
    role: m.role,
    parts: [{ type: "text", text: m.text }],
  }));
  return { id: "chat-1", messages, trigger: "submit-message", ...(options.profileId ? { profileId: options.profileId } : {}) };
}

/** A question asked of the chat route offline, as a reader sees the reply: its text, citations and status. */
export async function askChat(routes: Routes, question: string) {
  const chunks = await readUIChunks(await routes.chat(chatBody(question)));
  return { text: streamedText(chunks), citations: dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations, status: metadata(chunks).status };
}
