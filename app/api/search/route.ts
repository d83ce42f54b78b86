/** POST /api/search: the passages retrieval finds for a query, best first, with whether they answer it. */
import { z } from "zod";
import { MAX_QUESTION_CHARS } from "@/lib/limits";
import { serverRuntime } from "@/lib/server/context";
import { handle, methodNotAllowed, parseJsonBody } from "@/lib/server/http";
import { toPassageView } from "@/lib/server/views";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const searchSchema = z.object({
  query: z.string().trim().min(1, "the query is empty").max(MAX_QUESTION_CHARS, `the query is longer than ${MAX_QUESTION_CHARS} characters`),
  history: z.array(z.string().max(MAX_QUESTION_CHARS)).max(20).optional(),
});

/** Only POST is served; other methods get a JSON error rather than an empty 405. */
export const GET = methodNotAllowed("POST");

export async function POST(request: Request): Promise<Response> {
  return handle(request, async () => {
    const { query, history } = await parseJsonBody(request, searchSchema);
    const { retriever } = await serverRuntime();
    const retrieval = await retriever.retrieve(query, history ?? []);
    return Response.json({
      query,
      language: retrieval.plan.language,
      answerable: retrieval.answerable,
      relevance: Number(retrieval.relevance.toFixed(3)),
      passages: retrieval.passages.map(toPassageView),
    });
  });
}
