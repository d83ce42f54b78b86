/**
 * Who may use the app: open on loopback; elsewhere a token (APP_ACCESS_TOKEN) given as a bearer
 * header or exchanged for a signed session cookie; adding and removing articles needs APP_ADMIN_TOKEN.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { ConfigError, type AppConfig } from "../config";
import { AppError } from "../errors";
import { isLoopbackHost } from "./same-origin";

export type Role = "user" | "admin";

/**
 * - `open`: loopback without tokens, everyone on this machine is trusted (nothing changes for one person);
 * - `token`: a token or session is required;
 * - `unauthenticated`: shared on the network without a token because ALLOW_UNAUTHENTICATED=1 says so.
 */
export type AccessMode = "open" | "token" | "unauthenticated";

type AccessConfig = Pick<AppConfig, "HOST" | "APP_ACCESS_TOKEN" | "APP_ADMIN_TOKEN" | "ALLOW_UNAUTHENTICATED" | "SESSION_HOURS">;

export const SESSION_COOKIE = "vt_session";

/** The access mode for this configuration; throws a ConfigError naming what to set when a network address has no token. */
export function accessMode(config: AccessConfig): AccessMode {
  if (config.APP_ACCESS_TOKEN || config.APP_ADMIN_TOKEN) return "token";
  if (isLoopbackHost(config.HOST)) return "open";
  if (config.ALLOW_UNAUTHENTICATED === "1") return "unauthenticated";
  throw new ConfigError(
    `HOST=${config.HOST} shares the app on the network, but no APP_ACCESS_TOKEN is set: anyone who can reach it could use it (and spend your model budget). ` +
      "Set APP_ACCESS_TOKEN (at least 12 characters; people sign in with it) and APP_ADMIN_TOKEN for adding and removing articles, " +
      "or HOST=127.0.0.1 to keep it on this machine, or ALLOW_UNAUTHENTICATED=1 to share it openly anyway.",
  );
}

/** The warning logged at start (and shown on the page) when the app is shared without a token. */
export const UNAUTHENTICATED_WARNING = "ALLOW_UNAUTHENTICATED=1: the app is served on the network without sign-in; anyone who can reach it can use it.";

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** Constant-time comparison of a presented token with the configured one. */
function sameToken(presented: string, expected: string | undefined): boolean {
  return expected !== undefined && timingSafeEqual(digest(presented), digest(expected));
}

/** The role a token grants, or null. */
export function roleForToken(config: AccessConfig, token: string): Role | null {
  if (sameToken(token, config.APP_ADMIN_TOKEN)) return "admin";
  if (sameToken(token, config.APP_ACCESS_TOKEN)) return "user";
  return null;
}

/** Signing key for sessions: derived from the tokens, so changing a token signs everyone out. */
function sessionKey(config: AccessConfig): Buffer {
  return digest(`vn-trade-session\0${config.APP_ACCESS_TOKEN ?? ""}\0${config.APP_ADMIN_TOKEN ?? ""}`);
}

function sign(config: AccessConfig, payload: string): string {
  return createHmac("sha256", sessionKey(config)).update(payload).digest("base64url");
}

/** A session cookie value: `<expiry ms>.<role>.<signature>`. */
export function createSession(config: AccessConfig, role: Role, now = Date.now()): { value: string; maxAgeSeconds: number } {
  const maxAgeSeconds = config.SESSION_HOURS * 3600;
  const payload = `${now + maxAgeSeconds * 1000}.${role}`;
  return { value: `${payload}.${sign(config, payload)}`, maxAgeSeconds };
}

/** The role of a valid, unexpired session cookie value, else null. */
export function verifySession(config: AccessConfig, value: string | undefined, now = Date.now()): Role | null {
  if (!value) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [expiry, role, signature] = parts as [string, string, string];
  if (role !== "user" && role !== "admin") return null;
  const expected = Buffer.from(sign(config, `${expiry}.${role}`));
  const presented = Buffer.from(signature);
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return null;
  return Number(expiry) > now ? role : null;
}

/** The Set-Cookie header for a session (HttpOnly, SameSite=Strict; Secure when served over https). */
export function sessionCookieHeader(session: { value: string; maxAgeSeconds: number } | null, secure: boolean): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", ...(secure ? ["Secure"] : [])];
  return session
    ? [`${SESSION_COOKIE}=${session.value}`, `Max-Age=${session.maxAgeSeconds}`, ...attributes].join("; ")
    : [`${SESSION_COOKIE}=`, "Max-Age=0", ...attributes].join("; ");
}

function cookieValue(headers: Headers, name: string): string | undefined {
  for (const pair of (headers.get("cookie") ?? "").split(";")) {
    const eq = pair.indexOf("=");
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

function bearerToken(headers: Headers): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match?.[1];
}

/** Who sent a request: a role (null = not signed in) and how it proved it. */
export interface Caller {
  role: Role | null;
  via: "open" | "bearer" | "session" | null;
  /** Stable key for per-client limits: a hash of the credential, else the client address. */
  clientKey: string;
}

/** Identify a request's caller from its bearer token or session cookie; in `open`/`unauthenticated` mode everyone is a user. */
export function identify(config: AccessConfig, headers: Headers, mode: AccessMode = accessMode(config)): Caller {
  const address = `addr:${(headers.get("x-forwarded-for") ?? "local").split(",")[0]!.trim()}`;
  const bearer = bearerToken(headers);
  if (bearer !== undefined) {
    const role = roleForToken(config, bearer);
    if (role) return { role, via: "bearer", clientKey: `token:${digest(bearer).toString("hex").slice(0, 16)}` };
  }
  const session = cookieValue(headers, SESSION_COOKIE);
  const sessionRole = verifySession(config, session);
  if (sessionRole) return { role: sessionRole, via: "session", clientKey: `session:${digest(session!).toString("hex").slice(0, 16)}` };
  if (mode !== "token") return { role: mode === "open" ? "admin" : "user", via: "open", clientKey: address };
  return { role: null, via: null, clientKey: address };
}

/** Throw unless the request may add or remove articles: the admin token (bearer or session), or loopback without tokens. */
export function requireAdmin(config: AccessConfig, request: Request): void {
  const caller = identify(config, request.headers);
  if (caller.role === "admin") return;
  if (caller.role === null) {
    throw new AppError("unauthorized:session", "Sign in first.", { hint: "Send Authorization: Bearer <APP_ADMIN_TOKEN>, or sign in at /sign-in." });
  }
  throw new AppError("forbidden:admin", "Adding and removing articles needs the admin token.", {
    hint: config.APP_ADMIN_TOKEN
      ? "Send Authorization: Bearer <APP_ADMIN_TOKEN>, or sign in with it."
      : "The server has no APP_ADMIN_TOKEN set: ask whoever runs it, or use `npm run index` on the server.",
  });
}
