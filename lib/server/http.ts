/** Request parsing shared by the API routes: size-limited JSON, zod validation, coded errors. */
import "server-only";
import type { z } from "zod";
import { AppError, toAppError } from "../errors";
import { logFor } from "./log";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = () =>
  new AppError("payload_too_large:request", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, {
    hint: "Send a shorter question or fewer earlier messages.",
  });

/**
 * The body's bytes, reading no more than `limit`: a declared Content-Length over it throws `tooLarge()`
 * before anything is read, and a chunked body without one is never buffered whole (the read stops there).
 */
export async function readBodyLimited(request: Request, limit: number, tooLarge: () => AppError): Promise<Buffer<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? "0") > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Read and validate a JSON body; every failure is an AppError a person can act on. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const raw = (await readBodyLimited(request, MAX_BODY_BYTES, tooLarge)).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("bad_request:json", "The request body is not valid JSON.", { hint: "Send a JSON object with Content-Type: application/json." });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    throw new AppError("bad_request:input", `Invalid request: ${where}${issue?.message ?? "wrong shape"}.`);
  }
  return parsed.data;
}

/** True when the error is the client going away (aborted request, reset socket), not a fault of ours. */
export function isClientGone(request: Request, error: unknown): boolean {
  if (request.signal.aborted) return true;
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  return name === "AbortError" || code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "UND_ERR_ABORTED";
}

/** Run a handler, turning anything thrown into a JSON error response with the request id; unexpected errors are logged, not shown. */
export async function handle(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const log = logFor(request, new URL(request.url).pathname);
    const appError = toAppError(error);
    if (appError.code === "internal:server") {
      if (isClientGone(request, error)) log.info("the client went away before the request was read");
      else log.error("unexpected error:", error);
    } else if (appError.status >= 500) {
      // The client gets the message without file paths; the operator gets all of it.
      log.warn(`${appError.code}: ${appError.message}`);
    }
    return appError.toResponse(log.requestId);
  }
}

/** A handler answering 405 with a JSON error that names the method to use. */
export function methodNotAllowed(allowed: string): (request: Request) => Response {
  return (request) => {
    const response = new AppError("method_not_allowed:request", `This route only accepts ${allowed}.`, { hint: `Send a ${allowed} request.` }).toResponse(
      request?.headers.get("x-request-id") ?? undefined,
    );
    response.headers.set("allow", allowed);
    return response;
  };
}
