/**
 * The proxy in front of every route: host names (DNS rebinding), cross-site senders, methods, body
 * types, sign-in when shared, malformed paths, and the security headers on what passes.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

const TOKEN = "team-token-0123456789";
const ADMIN = "admin-token-0123456789";

const savedEnv = { ...process.env };

/** Import the proxy anew with this environment (restored after each test; the config is read on first use). */
async function loadProxy(env: Record<string, string> = {}) {
  for (const key of ["HOST", "ALLOWED_HOSTS", "APP_ACCESS_TOKEN", "APP_ADMIN_TOKEN", "ALLOW_UNAUTHENTICATED"]) delete process.env[key];
  Object.assign(process.env, env);
  vi.resetModules();
  const { proxy } = await import("@/proxy");
  const access = await import("@/lib/server/access");
  const { readConfig } = await import("@/lib/config");
  const config = readConfig();
  return { proxy, access, config };
}

function request(path: string, init: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}): NextRequest {
  const host = init.host ?? "127.0.0.1:3000";
  return new NextRequest(`http://${host}${path}`, { method: init.method ?? "GET", headers: { host, ...init.headers }, body: init.body });
}

/** NextResponse.next() marks a request that goes on to its route. */
const passed = (response: Response) => response.headers.get("x-middleware-next") === "1";

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; hint?: string; requestId?: string } }).error;
}

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
});

describe("host names (DNS rebinding)", () => {
  it("refuses a request whose Host is a name the server does not serve, with a JSON 421", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { proxy } = await loadProxy();
    const response = proxy(
      request("/api/chat", { method: "POST", host: "rebind.attacker.example:3000", headers: { "content-type": "application/json" }, body: "{}" }),
    );
    expect(response.status).toBe(421);
    const error = await errorOf(response);
    expect(error.code).toBe("forbidden:host");
    expect(error.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("serves loopback names, HOST and ALLOWED_HOSTS", async () => {
    const { proxy } = await loadProxy({ HOST: "127.0.0.1", ALLOWED_HOSTS: "qa.team.lan, other.lan:8443" });
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "QA.team.lan", "other.lan:8443"]) {
      expect(passed(proxy(request("/", { host }))), host).toBe(true);
    }
    expect(proxy(request("/", { host: "qa.team.lan.attacker.example" })).status).toBe(421);
  });
});

describe("cross-site requests", () => {
  it("refuses a text/plain POST from a page on another port (no CORS preflight would stop it)", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { proxy } = await loadProxy();
    const response = proxy(
      request("/api/chat", {
        method: "POST",
        headers: { "content-type": "text/plain", origin: "http://127.0.0.1:8080", "sec-fetch-site": "same-site" },
        body: "{}",
      }),
    );
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("forbidden:origin");
  });

  it("refuses by Origin alone (older browsers send no Sec-Fetch-Site) and a null Origin", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { proxy } = await loadProxy();
    for (const origin of ["http://evil.example", "null", "http://127.0.0.1:3001"]) {
      const response = proxy(request("/api/search", { method: "POST", headers: { "content-type": "application/json", origin }, body: "{}" }));
      expect(response.status, origin).toBe(403);
    }
  });

  it("refuses a cross-site GET of the API (e.g. a <script src>) but lets people follow a link to a page", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { proxy } = await loadProxy();
    expect(proxy(request("/api/documents", { headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    expect(passed(proxy(request("/", { headers: { "sec-fetch-site": "cross-site" } })))).toBe(true);
  });

  it("passes the app's own requests and non-browser clients (no Origin)", async () => {
    const { proxy } = await loadProxy();
    const own = { "content-type": "application/json", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" };
    expect(passed(proxy(request("/api/chat", { method: "POST", headers: own, body: "{}" })))).toBe(true);
    expect(passed(proxy(request("/api/chat", { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: "{}" })))).toBe(true);
  });
});

describe("methods and body types", () => {
  it("answers every wrong method with a JSON 405 and an Allow header", async () => {
    const { proxy } = await loadProxy();
    const cases: [string, string, string][] = [
      ["PUT", "/api/chat", "POST"],
      ["DELETE", "/api/chat", "POST"],
      ["GET", "/api/chat", "POST"],
      ["PATCH", "/api/search", "POST"],
      ["POST", "/api/health", "GET, HEAD"],
      ["DELETE", "/api/documents", "GET, HEAD, POST"],
      ["PUT", "/api/documents/abc", "GET, HEAD, DELETE"],
      ["POST", "/", "GET, HEAD"],
      ["OPTIONS", "/api/chat", "POST"],
    ];
    for (const [method, path, allow] of cases) {
      const response = proxy(request(path, { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" }));
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get("allow")).toBe(allow);
      expect((await errorOf(response)).code).toBe("method_not_allowed:request");
    }
  });

  it("answers a same-origin body that is not JSON with 415; article upload also takes multipart", async () => {
    const { proxy } = await loadProxy();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const response = proxy(request("/api/chat", { method: "POST", headers: type ? { "content-type": type } : {}, body: "{}" }));
      expect(response.status, type).toBe(415);
      expect((await errorOf(response)).hint).toContain("application/json");
    }
    expect(passed(proxy(request("/api/documents", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" })))).toBe(
      true,
    );
  });
});

describe("malformed paths", () => {
  it("answers %ff in an article id with a JSON 400, in the API and in the article page", async () => {
    const { proxy } = await loadProxy();
    for (const path of ["/api/documents/%ff", "/documents/%ff"]) {
      const response = proxy(request(path));
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect((await errorOf(response)).code).toBe("bad_request:path");
    }
  });
});

describe("security headers", () => {
  it("gives each page a fresh nonce in its CSP and hands it to the render; no framing, sniffing or referrer", async () => {
    const { proxy } = await loadProxy();
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = proxy(request("/"));
      const csp = response.headers.get("content-security-policy")!;
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline' 'nonce"); // scripts: nonce only
      expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
      expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(nonces.size).toBe(2);
  });

  it("puts the headers on refusals too, and replaces a request id the client sent", async () => {
    const { proxy } = await loadProxy();
    const refused = proxy(request("/api/chat", { method: "PUT" }));
    expect(refused.headers.get("x-frame-options")).toBe("DENY");
    const passedOn = proxy(request("/api/health", { headers: { "x-request-id": "forged-by-client" } }));
    expect(passedOn.headers.get("x-middleware-request-x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("sign-in when shared on the network", () => {
  const shared = { HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN, APP_ADMIN_TOKEN: ADMIN };

  it("refuses the API without a token (401) and sends pages to /sign-in", async () => {
    const { proxy } = await loadProxy(shared);
    const api = proxy(request("/api/documents"));
    expect(api.status).toBe(401);
    expect((await errorOf(api)).code).toBe("unauthorized:session");
    const page = proxy(request("/documents/abc?start=1&end=5"));
    expect(page.status).toBe(303);
    const location = new URL(page.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("next")).toBe("/documents/abc?start=1&end=5");
    expect(passed(proxy(request("/sign-in")))).toBe(true);
    expect(passed(proxy(request("/api/session", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })))).toBe(true);
  });

  it("lets in a bearer token or a signed session cookie, not a wrong or tampered one", async () => {
    const { proxy, access, config } = await loadProxy(shared);
    expect(passed(proxy(request("/api/documents", { headers: { authorization: `Bearer ${TOKEN}` } })))).toBe(true);
    expect(proxy(request("/api/documents", { headers: { authorization: "Bearer wrong-token-0000000" } })).status).toBe(401);
    const { value } = access.createSession(config, "user");
    expect(passed(proxy(request("/", { headers: { cookie: `other=1; ${access.SESSION_COOKIE}=${value}` } })))).toBe(true);
    const tampered = value.replace(".user.", ".admin.");
    expect(proxy(request("/api/documents", { headers: { cookie: `${access.SESSION_COOKIE}=${tampered}` } })).status).toBe(401);
  });

  it("stays open on loopback without tokens", async () => {
    const { proxy } = await loadProxy({ HOST: "127.0.0.1" });
    expect(passed(proxy(request("/api/documents")))).toBe(true);
  });
});
