/**
 * Checks a model endpoint: reachable or not, the models it lists, whether the chat and embeddings
 * models answer, and embedding dimensions against the index.
 */
import { embed, generateText } from "ai";
import { z } from "zod";
import type { AppConfig } from "../config";
import { readManifest } from "../index/open-index";
import { indexDirOf } from "../index/store";
import type { EndpointHealth } from "../types";
import { describeUrl } from "./endpoint";
import { chatModel, embeddingsEndpoint, openAICompatible, type Profile } from "./providers";

const PROBE_TIMEOUT_MS = 3000;

/** An OpenAI-compatible `/models` body; ids are read as the server wrote them (some list numbers). */
const modelListSchema = z.object({ data: z.array(z.object({ id: z.unknown() })) });

function modelListed(models: string[], model: string): boolean {
  const bare = (name: string) => name.replace(/:latest$/, "");
  return models.some((m) => bare(m) === bare(model));
}

/** Ask the endpoint for its models; never throws. Names the server by its URL and lists its models: for the operator (CLI, server log). */
export async function checkEndpoint(profile: Profile, fetchImpl: typeof fetch = fetch): Promise<EndpointHealth> {
  if (!profile.baseUrl) return { reachable: null, chatModelPresent: null, models: [], message: "No endpoint needed." };
  return askForModels({ ...profile, baseUrl: profile.baseUrl }, fetchImpl, describeUrl(profile.baseUrl));
}

async function askForModels(profile: Profile & { baseUrl: string }, fetchImpl: typeof fetch, server: string): Promise<EndpointHealth> {
  const Server = /^[a-z]+:\/\//.test(server) ? server : server[0]!.toUpperCase() + server.slice(1);
  try {
    const response = await fetchImpl(`${profile.baseUrl}/models`, {
      headers: profile.apiKey ? { authorization: `Bearer ${profile.apiKey}` } : {},
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (response.status === 401 || response.status === 403) {
      return {
        reachable: true,
        chatModelPresent: null,
        models: [],
        message: `${Server} refused the API key (HTTP ${response.status}).`,
        hint: profile.kind === "openai" ? "Check OPENAI_API_KEY." : "Check LOCAL_LLM_API_KEY.",
      };
    }
    if (!response.ok)
      return {
        reachable: true,
        chatModelPresent: null,
        models: [],
        message: `${Server} answered HTTP ${response.status} to the model list.`,
        hint: "Check that the base URL points at an OpenAI-compatible /v1 endpoint.",
      };
    // A body that is not a model list (not JSON, no `data` list) lists no models.
    const list = modelListSchema.safeParse(await response.json().catch(() => null));
    const models = (list.success ? list.data.data : []).map((m) => String(m.id ?? "")).filter(Boolean);
    const present = modelListed(models, profile.model);
    return present
      ? { reachable: true, chatModelPresent: true, models, message: `${Server} is reachable and serves ${profile.model}.` }
      : {
          reachable: true,
          chatModelPresent: false,
          models,
          message: `Model ${profile.model} is not on ${server}.`,
          hint:
            profile.kind === "local"
              ? `Run \`ollama pull ${profile.model}\`, or set LOCAL_LLM_MODEL to one of: ${models.slice(0, 8).join(", ") || "(none listed)"}.`
              : `Set OPENAI_CHAT_MODEL to a model your account lists.`,
        };
  } catch (error) {
    const timedOut = (error as Error)?.name === "TimeoutError";
    return {
      reachable: false,
      chatModelPresent: null,
      models: [],
      message: timedOut ? `${Server} did not answer within ${PROBE_TIMEOUT_MS / 1000} s.` : `Cannot reach ${server}.`,
      hint: profile.kind === "local" ? "Start the model server (for Ollama: `ollama serve`), or fix LOCAL_LLM_BASE_URL." : "Check your network connection.",
    };
  }
}

/** The full probe of `npm run ask -- --probe`: the model list, a one-token chat, and the embeddings model. */
export async function probeProfile(
  config: AppConfig,
  profile: Profile,
  options: { full: boolean },
): Promise<{ health: EndpointHealth; report: string; ok: boolean }> {
  const health = await checkEndpoint(profile);
  // Healthy: reachable, the chat model listed (or the server lists none) and, on a full probe, answering.
  let ok = health.reachable === true && health.chatModelPresent !== false;
  const lines = [
    `Profile ${profile.id} (${profile.label}) at ${describeUrl(profile.baseUrl ?? "")}`,
    `  ${health.reachable ? "reachable" : "NOT reachable"}: ${health.message}`,
  ];
  if (health.models.length) lines.push(`  models listed: ${health.models.join(", ")}`);
  if (health.hint) lines.push(`  what to do: ${health.hint}`);
  if (options.full && health.reachable) {
    try {
      await generateText({ model: chatModel(profile), prompt: "Reply with OK.", maxOutputTokens: 3, maxRetries: 0, abortSignal: AbortSignal.timeout(30_000) });
      lines.push(`  chat model ${profile.model}: answers`);
    } catch (error) {
      ok = false;
      lines.push(`  chat model ${profile.model}: does NOT answer (${(error as Error).message})`);
    }
    if (config.EMBEDDINGS_PROVIDER === "openai-compatible" && config.EMBEDDINGS_MODEL) {
      // The endpoint the index embeds with (not necessarily the profile's chat endpoint).
      const { baseUrl: baseURL, apiKey } = embeddingsEndpoint(config);
      try {
        const provider = openAICompatible({ baseUrl: baseURL, apiKey });
        const { embedding } = await embed({
          model: provider.embedding(config.EMBEDDINGS_MODEL),
          value: "kiểm tra",
          maxRetries: 0,
          abortSignal: AbortSignal.timeout(30_000),
        });
        const manifest = await readManifest(indexDirOf(config.dataDir));
        const indexDims = manifest?.embedder.dimensions;
        const againstIndex = !indexDims
          ? ""
          : indexDims === embedding.length
            ? " (matches the index)"
            : ` (the index has ${indexDims}: re-index with npm run index -- --force)`;
        lines.push(`  embeddings model ${config.EMBEDDINGS_MODEL}: answers, ${embedding.length} dimensions${againstIndex}`);
      } catch (error) {
        ok = false;
        lines.push(`  embeddings model ${config.EMBEDDINGS_MODEL} at ${describeUrl(baseURL)}: does NOT answer (${(error as Error).message})`);
      }
    }
  }
  // Upstream error messages can echo the key back; it never reaches the terminal.
  const report = lines.join("\n");
  const keys = [profile.apiKey, embeddingsEndpoint(config).apiKey].filter((k): k is string => Boolean(k));
  return { health, ok, report: keys.reduce((text, key) => text.split(key).join("[redacted]"), report) };
}
