/** Request parsing shared by the API routes: size-limited JSON, zod validation, coded errors. */
import "server-only";
import type { z } from "zod";
import { AppError, toAppError } from "../errors";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = () => new AppError("payload_too_large:request", `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`, { hint: "Send a shorter question or fewer earlier messages." });

/** The body as text, reading no more than MAX_BODY_BYTES: a chunked body without Content-Length is never buffered whole. */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Read and validate a JSON body; every failure is an AppError a person can act on. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const raw = await readLimited(request);
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

/** Run a handler, turning anything thrown into a JSON error response; unexpected errors are logged, not shown. */
export async function handle(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === "internal:server") console.error("[api] unexpected error:", error);
    return appError.toResponse();
  }
}

/** A handler answering 405 with a JSON error that names the method to use. */
export function methodNotAllowed(allowed: string): () => Response {
  return () => {
    const response = new AppError("method_not_allowed:request", `This route only accepts ${allowed}.`, { hint: `Send a ${allowed} request with a JSON body.` }).toResponse();
    response.headers.set("allow", allowed);
    return response;
  };
}
