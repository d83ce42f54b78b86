/**
 * GET /api/documents: the archive by date, for the timeline and the Articles page.
 * POST /api/documents: add articles — multipart (one or many files, field "file") or JSON (pasted
 * text, or `{ restore: id }` to undo a removal). Each file's result is returned; a request whose
 * every file is refused answers with the first refusal's status.
 */
import { getConfig, type AppConfig } from "@/lib/config";
import { idFromTitle } from "@/lib/corpus/archive";
import { AppError } from "@/lib/errors";
import { compactInBackground } from "@/lib/index/compact";
import { addArticles, restoreArticle, type AddOutcome, type ArticleUpload } from "@/lib/index/update";
import { requireAdmin } from "@/lib/server/access";
import { serverRuntime } from "@/lib/server/context";
import { handle, parseJsonBody, readBodyLimited } from "@/lib/server/http";
import type { DocumentSummary } from "@/lib/types";
import { documentsPostSchema } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const { store } = await serverRuntime();
    const documents: DocumentSummary[] = await store.documentSummaries();
    return Response.json({ documents });
  });
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

/** The multipart body, read no further than the upload limit (a body without Content-Length included). */
async function readUpload(request: Request, maxBytes: number): Promise<FormData> {
  const tooLarge = () =>
    new AppError("payload_too_large:upload", `The upload is larger than ${megabytes(maxBytes)}.`, {
      hint: "Send fewer or smaller files at once (MAX_UPLOAD_BYTES).",
    });
  // Multipart framing adds a little to the files' own bytes.
  const body = await readBodyLimited(request, maxBytes + 64 * 1024, tooLarge);
  try {
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("bad_request:input", "The upload is not a readable multipart form.", {
      hint: 'Send the files as multipart/form-data in fields named "file".',
    });
  }
}

async function uploadsFromForm(form: FormData, config: ReturnType<typeof getConfig>): Promise<ArticleUpload[]> {
  const files = form.getAll("file").filter((v): v is File => typeof v !== "string");
  if (files.length === 0) throw new AppError("bad_request:input", "The upload holds no file.", { hint: 'Send one or more files in fields named "file".' });
  if (files.length > config.MAX_UPLOAD_FILES) {
    throw new AppError("payload_too_large:upload", `${files.length} files at once is more than the limit of ${config.MAX_UPLOAD_FILES}.`, {
      hint: "Send them in smaller batches (MAX_UPLOAD_FILES).",
    });
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > config.MAX_UPLOAD_BYTES) {
    throw new AppError("payload_too_large:upload", `The files add up to ${megabytes(total)}, more than ${megabytes(config.MAX_UPLOAD_BYTES)}.`, {
      hint: "Send fewer or smaller files at once (MAX_UPLOAD_BYTES).",
    });
  }
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

const STATUS_OF = { "refused:article": 422, "conflict:article": 409 } as const;

function respond(results: AddOutcome[]): Response {
  const first = results[0];
  if (first && results.every((r) => r.status === "refused") && first.status === "refused") {
    const hint =
      first.code === "conflict:article" ? "Remove the existing article first, or rename the file." : "Check the file: the reason says what is wrong with it.";
    return Response.json({ error: { code: first.code, message: `${first.file}: ${first.reason}`, hint }, results }, { status: STATUS_OF[first.code] });
  }
  return Response.json({ results });
}

/** The answer goes first; a delta grown past DELTA_COMPACT_CHUNKS is then folded into a new build behind it. */
function respondAndCompact(config: AppConfig, results: AddOutcome[]): Response {
  const response = respond(results);
  if (results.some((r) => r.status === "added")) void compactInBackground(config);
  return response;
}

export async function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const config = getConfig();
    requireAdmin(config, request);
    const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
    if (contentType.startsWith("multipart/form-data")) {
      const uploads = await uploadsFromForm(await readUpload(request, config.MAX_UPLOAD_BYTES), config);
      return respondAndCompact(config, await addArticles(config, uploads, "upload (POST /api/documents)"));
    }
    const body = await parseJsonBody(request, documentsPostSchema);
    if ("restore" in body) return respondAndCompact(config, [await restoreArticle(config, body.restore)]);
    const { text, ...metadata } = body;
    const title = metadata.title ?? text.split("\n")[0]!.slice(0, 80);
    return respondAndCompact(
      config,
      await addArticles(
        config,
        [{ name: `${idFromTitle(title)}.txt`, bytes: Buffer.from(text), metadata, uniqueName: true }],
        "pasted text (POST /api/documents)",
      ),
    );
  });
}
