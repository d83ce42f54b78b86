/** GET /api/documents: the corpus by date, for the timeline. */
import { serverRuntime } from "@/lib/server/context";
import { handle } from "@/lib/server/http";
import type { DocumentSummary } from "@/lib/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const { store } = await serverRuntime();
    const documents: DocumentSummary[] = await store.documentSummaries();
    return Response.json({ documents });
  });
}
