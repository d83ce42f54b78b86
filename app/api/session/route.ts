/** /api/session: exchange the access (or admin) token for a session cookie (POST), sign out (DELETE), or ask who you are (GET). */
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { accessMode, createSession, identify, roleForToken, sessionCookieHeader } from "@/lib/server/access";
import { serverConfig } from "@/lib/server/context";
import { handle, parseJsonBody } from "@/lib/server/http";
import { logFor } from "@/lib/server/log";
import { ClientLimits } from "@/lib/server/rate-limit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const signInSchema = z.object({ token: z.string().min(1, "the token is empty").max(500) });

/** Sign-in attempts per address per minute: guessing a 12+ character token stays hopeless. */
const SIGN_IN_PER_MINUTE = 10;
const attempts = new ClientLimits(SIGN_IN_PER_MINUTE, Number.MAX_SAFE_INTEGER);

function isHttps(request: Request): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || new URL(request.url).protocol === "https:";
}

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const config = serverConfig();
    const mode = accessMode(config);
    const caller = identify(config, request.headers, mode);
    return Response.json({ mode, role: caller.role, via: caller.via });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const config = serverConfig();
    const address = `addr:${(request.headers.get("x-forwarded-for") ?? "local").split(",")[0]!.trim()}`;
    const admitted = attempts.admit(address);
    if (!("release" in admitted)) {
      throw new AppError("rate_limited:client", `Too many sign-in attempts: at most ${SIGN_IN_PER_MINUTE} a minute.`, {
        hint: `Try again in ${admitted.retryAfterSeconds} s.`,
        headers: { "retry-after": String(admitted.retryAfterSeconds) },
      });
    }
    admitted.release();
    const { token } = await parseJsonBody(request, signInSchema);
    const role = roleForToken(config, token);
    if (!role) {
      logFor(request, "api/session").warn("sign-in with a wrong token");
      throw new AppError("unauthorized:session", "That token is not right.", { hint: "Ask whoever runs the server for the access token (APP_ACCESS_TOKEN)." });
    }
    const response = Response.json({ role });
    response.headers.set("set-cookie", sessionCookieHeader(createSession(config, role), isHttps(request)));
    return response;
  });
}

export async function DELETE(request: Request): Promise<Response> {
  return handle(request, async () => {
    const response = Response.json({ role: null });
    response.headers.set("set-cookie", sessionCookieHeader(null, isHttps(request)));
    return response;
  });
}
