/**
 * GET /api/health: the index and each model profile with the endpoint health last found; `?probe=1`
 * asks the endpoints again (at most once per endpoint per 15 s, whatever the load: lib/ai/health-cache.ts).
 */
import { lastAnswerFailure } from "@/lib/ai/answer-outcomes";
import { lastHealth, probedHealth } from "@/lib/ai/health-cache";
import { defaultProfileId, listProfiles } from "@/lib/ai/providers";
import { AppError, withoutPaths } from "@/lib/errors";
import { serverConfig, serverRuntime, serverRuntimeStatus } from "@/lib/server/context";
import { handle } from "@/lib/server/http";
import type { EndpointHealth, HealthReport } from "@/lib/types";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NOT_CHECKED: EndpointHealth = { reachable: null, chatModelPresent: null, models: [], message: "Not checked yet." };
const OFFLINE: EndpointHealth = { reachable: true, chatModelPresent: true, models: [], message: "Always available: answers quote the articles." };

function withLastAnswer(profileId: string, health: EndpointHealth): EndpointHealth {
  const failure = lastAnswerFailure(profileId);
  return failure ? { ...health, lastAnswerFailure: failure } : health;
}

export async function GET(request: Request): Promise<Response> {
  return handle(request, async () => {
    const config = serverConfig();
    const probe = new URL(request.url).searchParams.get("probe") === "1";
    let index: HealthReport["index"];
    try {
      const { summary } = (await serverRuntime()).store;
      index = { ok: true, documents: summary.documents, chunks: summary.chunks, builtAt: summary.builtAt, embedder: summary.embedder.name };
      const status = serverRuntimeStatus();
      if (status.serving === "previous") {
        index.stale = true;
        index.message = withoutPaths(
          `The rebuilt index could not be loaded (${status.problem}); still answering from the index built ${summary.builtAt ?? "earlier"}. Rebuild it: npm run index -- --force`,
        );
      }
    } catch (error) {
      const appError = error instanceof AppError ? error : null;
      index = {
        ok: false,
        documents: 0,
        chunks: 0,
        builtAt: null,
        embedder: null,
        message: appError ? withoutPaths(`${appError.message} ${appError.hint ?? ""}`.trim()) : "The index could not be loaded.",
      };
    }
    const profiles = await Promise.all(
      listProfiles(config).map(async (p) => ({
        id: p.id,
        kind: p.kind,
        label: p.label,
        model: p.model,
        health:
          p.kind === "offline"
            ? OFFLINE
            : withLastAnswer(p.id, probe ? await probedHealth(p, fetch, Date.now, config.HEALTH_CACHE_MS) : ((await lastHealth(p)) ?? NOT_CHECKED)),
      })),
    );
    const report: HealthReport = { ok: index.ok, index, profiles, defaultProfileId: defaultProfileId(config) };
    return Response.json(report, { status: index.ok ? 200 : 503 });
  });
}
