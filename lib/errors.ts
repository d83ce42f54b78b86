/** One error type for the app: a code, the HTTP status it maps to, a message for people and a hint of what to do. */

export type ErrorCode =
  | "bad_request:json"
  | "bad_request:input"
  | "bad_request:path"
  | "unauthorized:session"
  | "forbidden:origin"
  | "forbidden:admin"
  | "forbidden:host"
  | "unsupported_media_type:request"
  | "rate_limited:client"
  | "not_found:document"
  | "refused:article"
  | "conflict:article"
  | "payload_too_large:upload"
  | "busy:index"
  | "not_found:profile"
  | "payload_too_large:request"
  | "method_not_allowed:request"
  | "unavailable:index"
  | "incompatible:index"
  | "corrupt:index"
  | "unavailable:database"
  | "not_implemented:store"
  | "internal:server";

const STATUS: Record<ErrorCode, number> = {
  "bad_request:json": 400,
  "bad_request:input": 400,
  "bad_request:path": 400,
  "unauthorized:session": 401,
  "forbidden:origin": 403,
  "forbidden:admin": 403,
  // 421 Misdirected Request: this server does not answer for that host name (DNS rebinding).
  "forbidden:host": 421,
  "unsupported_media_type:request": 415,
  "rate_limited:client": 429,
  "not_found:document": 404,
  "refused:article": 422,
  "conflict:article": 409,
  "payload_too_large:upload": 413,
  "busy:index": 503,
  "not_found:profile": 400,
  "payload_too_large:request": 413,
  "method_not_allowed:request": 405,
  "unavailable:index": 503,
  "incompatible:index": 503,
  "corrupt:index": 503,
  "unavailable:database": 503,
  "not_implemented:store": 501,
  "internal:server": 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  /** Extra response headers, e.g. Retry-After on a 429. */
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown; headers?: Record<string, string> } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.hint = options.hint;
    this.headers = options.headers;
  }

  get status(): number {
    return STATUS[this.code];
  }

  /** The JSON response a client gets: message, hint and the request id to quote, never a stack, a raw upstream message or a file path. */
  toResponse(requestId?: string): Response {
    const body = {
      error: {
        code: this.code,
        message: withoutPaths(this.message),
        ...(this.hint ? { hint: withoutPaths(this.hint) } : {}),
        ...(requestId ? { requestId } : {}),
      },
    };
    const response = Response.json(body, { status: this.status, headers: this.headers });
    if (requestId) response.headers.set("x-request-id", requestId);
    return response;
  }
}

/**
 * A message for the browser: absolute file paths (the index folder, a corpus file) shortened to
 * their last component; the full message stays in the server log. URLs are left alone.
 */
export function withoutPaths(text: string): string {
  const cwd = typeof process !== "undefined" && typeof process.cwd === "function" ? `${process.cwd()}/` : null;
  const relative = cwd ? text.split(cwd).join("") : text;
  // Three or more segments: a file path, not an API route such as /api/documents.
  return relative.replace(/(?<![\w:/.-])\/(?:[^\s/'"`()]+\/){2,}([^\s/'"`()]+?)(?=[\s'"`(),:;]|\.(?:\s|$)|$)/g, "…/$1");
}

/** Map anything thrown to an AppError; unknown errors become a generic 500 (the detail is only logged). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError("internal:server", "Something went wrong on the server.", { hint: "Try again; if it persists, check the server log.", cause: error });
}
