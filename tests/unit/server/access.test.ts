/** Access rules: who must sign in, the session cookie, and who may add or remove articles. */
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "@/lib/config";
import { accessMode, createSession, identify, requireAdmin, SESSION_COOKIE, sessionCookieHeader, verifySession } from "@/lib/server/access";
import type { AppError } from "@/lib/errors";

const TOKEN = "team-token-0123456789";
const ADMIN = "admin-token-0123456789";

describe("access mode", () => {
  it("is open on loopback without tokens, for every loopback spelling", () => {
    for (const HOST of ["127.0.0.1", "localhost", "::1", "127.0.0.2"]) expect(accessMode(readConfig({ HOST }))).toBe("open");
  });

  it("refuses a network address without a token, naming what to set", () => {
    for (const HOST of ["0.0.0.0", "::", "192.168.1.20"]) {
      expect(() => accessMode(readConfig({ HOST }))).toThrow(ConfigError);
      expect(() => accessMode(readConfig({ HOST }))).toThrow(/APP_ACCESS_TOKEN.*APP_ADMIN_TOKEN.*ALLOW_UNAUTHENTICATED=1/s);
    }
  });

  it("needs a token once one is set, or is openly shared when ALLOW_UNAUTHENTICATED=1 says so", () => {
    expect(accessMode(readConfig({ HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN }))).toBe("token");
    expect(accessMode(readConfig({ HOST: "127.0.0.1", APP_ACCESS_TOKEN: TOKEN }))).toBe("token");
    expect(accessMode(readConfig({ HOST: "0.0.0.0", ALLOW_UNAUTHENTICATED: "1" }))).toBe("unauthenticated");
  });

  it("refuses a short token", () => {
    expect(() => readConfig({ APP_ACCESS_TOKEN: "short" })).toThrow(/APP_ACCESS_TOKEN: use at least 12 characters/);
  });
});

describe("session cookie", () => {
  const config = readConfig({ HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN, APP_ADMIN_TOKEN: ADMIN, SESSION_HOURS: "2" });

  it("holds its role until it expires, and is refused once tampered with or re-signed by other tokens", () => {
    const now = 1_700_000_000_000;
    const { value, maxAgeSeconds } = createSession(config, "admin", now);
    expect(maxAgeSeconds).toBe(7200);
    expect(verifySession(config, value, now + 1000)).toBe("admin");
    expect(verifySession(config, value, now + 7201 * 1000)).toBeNull();
    const [expiry, , signature] = value.split(".");
    expect(verifySession(config, `${Number(expiry) + 1e9}.admin.${signature}`, now)).toBeNull();
    expect(verifySession(config, `${expiry}.user.${signature}`, now)).toBeNull();
    expect(verifySession(readConfig({ APP_ACCESS_TOKEN: "another-token-123456" }), value, now)).toBeNull();
  });

  it("is HttpOnly and SameSite=Strict (Secure over https); signing out clears it", () => {
    const header = sessionCookieHeader(createSession(config, "user"), false);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Strict");
    expect(header).not.toContain("Secure");
    expect(sessionCookieHeader(null, true)).toMatch(/Max-Age=0.*Secure/);
  });
});

describe("requireAdmin", () => {
  const shared = readConfig({ HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN, APP_ADMIN_TOKEN: ADMIN });
  const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/api/documents", { method: "POST", headers });
  const codeOf = (fn: () => void) => {
    try {
      fn();
      return "allowed";
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it("allows the admin token (bearer or session), refuses the access token and strangers", () => {
    expect(codeOf(() => requireAdmin(shared, post({ authorization: `Bearer ${ADMIN}` })))).toBe("allowed");
    expect(codeOf(() => requireAdmin(shared, post({ cookie: `${SESSION_COOKIE}=${createSession(shared, "admin").value}` })))).toBe("allowed");
    expect(codeOf(() => requireAdmin(shared, post({ authorization: `Bearer ${TOKEN}` })))).toBe("forbidden:admin");
    expect(codeOf(() => requireAdmin(shared, post({})))).toBe("unauthorized:session");
  });

  it("allows anyone on loopback without tokens (nothing changes for one person), no one when shared openly", () => {
    expect(codeOf(() => requireAdmin(readConfig({ HOST: "127.0.0.1" }), post({})))).toBe("allowed");
    expect(codeOf(() => requireAdmin(readConfig({ HOST: "0.0.0.0", ALLOW_UNAUTHENTICATED: "1" }), post({})))).toBe("forbidden:admin");
  });

  it("keys per-client limits on the credential, else on the address the server recorded", () => {
    const a = identify(shared, new Headers({ authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "10.0.0.1" }));
    const b = identify(shared, new Headers({ authorization: `Bearer ${TOKEN}`, "x-forwarded-for": "10.0.0.2" }));
    expect(a.clientKey).toBe(b.clientKey);
    expect(a.clientKey).not.toContain(TOKEN);
    expect(identify(readConfig({}), new Headers({ "x-forwarded-for": "10.0.0.3" })).clientKey).toBe("addr:10.0.0.3");
  });
});
