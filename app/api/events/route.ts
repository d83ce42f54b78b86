/** GET /api/events: the archive's events in date order, each with the articles that report it, for the timeline. */
import { eventSummaries } from "@/lib/index/event-catalog";
import { serverRuntime } from "@/lib/server/context";
import { handle } from "@/lib/server/http";
import type { EventsResponse } from "@/lib/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const { store } = await serverRuntime();
    const body: EventsResponse = { events: store.events ? eventSummaries(store.events) : [] };
    return Response.json(body);
  });
}
