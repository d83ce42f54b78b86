/** Server log lines that carry the request id the client got (X-Request-Id, `error.requestId`), so a report can be matched to its log. */
import "server-only";

export interface RequestLog {
  requestId: string | undefined;
  info: (message: string, ...detail: unknown[]) => void;
  warn: (message: string, ...detail: unknown[]) => void;
  error: (message: string, ...detail: unknown[]) => void;
}

/** The id the proxy gave this request (absent when a handler is called directly, as in tests). */
export function requestIdOf(request: Request): string | undefined {
  return request.headers.get("x-request-id") ?? undefined;
}

export function logFor(request: Request, scope: string): RequestLog {
  const requestId = requestIdOf(request);
  const prefix = `[req ${requestId ?? "-"}] [${scope}]`;
  return {
    requestId,
    info: (message, ...detail) => console.info(`${prefix} ${message}`, ...detail),
    warn: (message, ...detail) => console.warn(`${prefix} ${message}`, ...detail),
    error: (message, ...detail) => console.error(`${prefix} ${message}`, ...detail),
  };
}
