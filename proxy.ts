/**
 * Runs before every route: gives the request an id, refuses other host names (DNS rebinding),
 * cross-site senders, wrong methods and body types, and callers without a session when the app is
 * shared; then adds the security headers. The table of routes lives in lib/server/exposure.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { accessMode, identify } from "@/lib/server/access";
import { acceptedBodyTypes, isAcceptedContentType, routeFor } from "@/lib/server/exposure";
import { crossSiteReason, hostnameOf, servedHostnames } from "@/lib/server/same-origin";
import { API_POLICY, applySecurityHeaders, createNonce, pagePolicy } from "@/lib/server/security-headers";

let hostnames: Set<string> | undefined;

function refuse(error: AppError, requestId: string, allow?: string): Response {
  const response = error.toResponse(requestId);
  if (allow) response.headers.set("allow", allow);
  return response;
}

/** The refusal for a request, or null when it may go on. */
function screen(request: NextRequest, requestId: string): Response | null {
  const config = getConfig();
  hostnames ??= servedHostnames(config);
  const host = request.headers.get("host") ?? "";
  if (!hostnames.has(hostnameOf(host))) {
    console.warn(`[req ${requestId}] refused host ${JSON.stringify(host.slice(0, 100))}`);
    return refuse(
      new AppError("forbidden:host", "This server does not answer for that host name.", {
        hint: "Open the app by its own address, or add the name to ALLOWED_HOSTS.",
      }),
      requestId,
    );
  }

  let pathname: string;
  try {
    pathname = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(
      new AppError("bad_request:path", "The address is not valid: it contains a malformed %-escape.", {
        hint: "Check the link, or open an article from the list.",
      }),
      requestId,
    );
  }
  const route = routeFor(pathname);
  const method = request.method.toUpperCase();
  const accepted = acceptedBodyTypes(route, method);
  if (accepted === null) {
    return refuse(
      new AppError("method_not_allowed:request", `${pathname} does not accept ${method}.`, { hint: `Use ${route.allow}.` }),
      requestId,
      route.allow,
    );
  }
  const changesState = method !== "GET" && method !== "HEAD";
  if (route.isApi || changesState) {
    const reason = crossSiteReason(request.headers);
    if (reason) {
      console.warn(`[req ${requestId}] refused cross-site ${method} ${pathname}: ${reason}`);
      return refuse(new AppError("forbidden:origin", "Requests from other sites are refused.", { hint: "Use the app from its own page." }), requestId);
    }
  }
  if (accepted.length > 0 && !isAcceptedContentType(request.headers.get("content-type"), accepted)) {
    return refuse(
      new AppError("unsupported_media_type:request", `${method} ${pathname} accepts ${accepted.join(" or ")} only.`, {
        hint: `Send Content-Type: ${accepted[0]}.`,
      }),
      requestId,
    );
  }

  if (!route.isPublic) {
    const caller = identify(config, request.headers, accessMode(config));
    if (caller.role === null) {
      if (route.isApi) {
        return refuse(
          new AppError("unauthorized:session", "Sign in first.", { hint: "Send Authorization: Bearer <APP_ACCESS_TOKEN>, or sign in at /sign-in." }),
          requestId,
        );
      }
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
      return NextResponse.redirect(signIn, 303);
    }
  }
  return null;
}

export function proxy(request: NextRequest): Response {
  const requestId = crypto.randomUUID();
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  let response: Response;
  let policy = API_POLICY;
  try {
    const refusal = screen(request, requestId);
    if (refusal) {
      response = refusal;
    } else {
      const headers = new Headers(request.headers);
      // Overwritten, never trusted from the client: handlers log and return this id.
      headers.set("x-request-id", requestId);
      if (!isApi) {
        const nonce = createNonce();
        policy = pagePolicy(nonce);
        headers.set("x-nonce", nonce);
        // Next reads the nonce for its own scripts from the request's CSP header.
        headers.set("content-security-policy", policy);
      }
      response = NextResponse.next({ request: { headers } });
    }
  } catch (error) {
    console.error(`[req ${requestId}] proxy failed:`, error);
    response = new AppError("internal:server", "Something went wrong on the server.", { hint: "Try again; if it persists, check the server log." }).toResponse(
      requestId,
    );
  }
  applySecurityHeaders(response.headers, policy, requestId);
  return response;
}

export const config = {
  // Every path, static files included: the host check and the headers apply to all of them.
  matcher: "/:path*",
};
