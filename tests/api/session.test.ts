/** POST/DELETE /api/session: the token for a session cookie, a wrong token refused, guessing limited per address. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/server/access";

const TOKEN = "team-token-0123456789";
const saved = { ...process.env };
let session: typeof import("@/app/api/session/route");

beforeAll(async () => {
  Object.assign(process.env, { HOST: "0.0.0.0", APP_ACCESS_TOKEN: TOKEN });
  delete process.env.APP_ADMIN_TOKEN;
  vi.resetModules();
  session = await import("@/app/api/session/route");
});
afterAll(() => {
  process.env = saved;
});

const signIn = (token: string, address = "10.0.0.1") =>
  session.POST(
    new Request("http://127.0.0.1:3000/api/session", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ token }),
    }),
  );

describe("sign-in", () => {
  it("exchanges the token for an HttpOnly, SameSite=Strict session cookie; a wrong token is a 401", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const ok = await signIn(TOKEN);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ role: "user" });
    const cookie = ok.headers.get("set-cookie")!;
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=\\d+\\.user\\.`));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    const wrong = await signIn("not-the-token-0000");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("allows 10 attempts a minute per address, then 429 with Retry-After (other addresses unaffected)", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn(`guess-number-${i}-xxxx`, "10.9.9.9")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const refused = await signIn(TOKEN, "10.9.9.9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn(TOKEN, "10.9.9.10")).status).toBe(200);
  });

  it("signing out clears the cookie", async () => {
    const out = await session.DELETE(new Request("http://127.0.0.1:3000/api/session", { method: "DELETE" }));
    expect(out.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=; Max-Age=0`));
  });
});
