/** GET /api/documents: the corpus by date, for the timeline. */
import { serverRuntime } from "@/lib/server/context";
import { handle } from "@/lib/server/http";
import type { DocumentSummary } from "@/lib/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const { index } = await serverRuntime();
    const documents: DocumentSummary[] = [...index.documents.values()]
      .map(({ id, title, date, source, url }) => ({ id, title, date, source, url }))
      .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
    return Response.json({ documents });
  });
}
