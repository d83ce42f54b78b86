/** The server's process-wide state: configuration and the live index, kept across requests (and dev reloads). */
import "server-only";
import { getConfig, type AppConfig } from "../config";
import { RuntimeHolder, type Runtime, type RuntimeStatus } from "../runtime";
import { AppError } from "../errors";

const globalState = globalThis as unknown as { __vnTradeRuntime?: RuntimeHolder };

export function serverConfig(): AppConfig {
  return getConfig();
}

/** The loaded index and pipeline; an AppError that says what to do when there is no usable index. */
export async function serverRuntime(): Promise<Runtime> {
  globalState.__vnTradeRuntime ??= new RuntimeHolder(serverConfig());
  try {
    return await globalState.__vnTradeRuntime.get();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("unavailable:index", "The search index could not be loaded.", { hint: "Rebuild it: npm run index -- --force", cause: error });
  }
}

/** Whether the newest index is the one served (see RuntimeHolder.status). */
export function serverRuntimeStatus(): RuntimeStatus {
  return globalState.__vnTradeRuntime?.status() ?? { serving: "none" };
}
