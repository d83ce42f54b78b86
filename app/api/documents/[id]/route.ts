/**
 * GET /api/documents/[id]: one article's cleaned body and metadata (citation offsets index into `body`).
 * DELETE /api/documents/[id]: remove an added article (admin); `POST /api/documents { restore: id }` undoes it.
 */
import { getConfig } from "@/lib/config";
import { isArticleId } from "@/lib/corpus/article-id";
import { AppError } from "@/lib/errors";
import { compactInBackground } from "@/lib/index/compact";
import { removeArticle } from "@/lib/index/update";
import { requireAdmin } from "@/lib/server/access";
import { contentVersion } from "@/lib/answer/versions";
import { serverRuntime } from "@/lib/server/context";
import { handle } from "@/lib/server/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

async function documentId(context: { params: Promise<{ id: string }> }): Promise<string> {
  const { id } = await context.params;
  if (!isArticleId(id)) {
    throw new AppError("bad_request:input", "Invalid document id: use the id of an article (its file name without extension).");
  }
  return id;
}

export async function GET(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(request, async () => {
    const id = await documentId(context);
    const { store } = await serverRuntime();
    const document = await store.document(id);
    if (!document) throw new AppError("not_found:document", `No article with id "${id}".`, { hint: "See GET /api/documents for the list." });
    // The version lets the article view tell whether a citation's offsets were taken from this text.
    return Response.json({ document, version: contentVersion(document.body), alsoReportedBy: store.alsoReportedBy?.(id) ?? [] });
  });
}

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(request, async () => {
    const config = getConfig();
    requireAdmin(config, request);
    const removed = await removeArticle(config, await documentId(context));
    // Removed chunks stay in the base until a build folds them away: past DELTA_COMPACT_CHUNKS, in a process of its own.
    void compactInBackground(config);
    return Response.json({ removed, undo: { method: "POST", path: "/api/documents", body: { restore: removed.id } } });
  });
}
