/**
 * Scaling out: two app processes on two ports read one PostgreSQL (PGlite over the wire here, or
 * TEST_DATABASE_URL). An article added through one (the Articles API) is answered by both within a second; the
 * database stopped and restarted under load gives 503s that say what to do, then answers again.
 * Uses the app the global setup built; the synthetic article is written by us.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig, type AppConfig } from "@/lib/config";
import { PostgresArchive } from "@/lib/store/postgres/archive";
import { buildPostgresArchive } from "@/lib/store/postgres/build";
import type { SourceDocument } from "@/lib/types";
import { launchApp } from "../../testing/app-launcher";
import { startTestDatabase, type TestDatabase } from "../../testing/test-database";
import { PROJECT_CORPUS } from "../support/test-index";
import { LOG_DIR } from "./support/env";

const ROOT = path.resolve(__dirname, "..", "..");
const QUESTION = "Vòng đàm phán thứ hai diễn ra khi nào?";
const NEW_QUESTION = "Trung tâm thử nghiệm pin natri Hải Phòng – Nevada khai trương ngày nào?";

let database: TestDatabase;
let config: AppConfig;
let writer: PostgresArchive;
const apps: { url: string; stop: () => Promise<void> }[] = [];

/** One replica: the built app served by scripts/serve.ts (no index sync, no build) on the shared database. */
async function startApp(name: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, STORE: "postgres", DATABASE_URL: database.url, PG_POOL_MAX: "3", PG_CONNECT_TIMEOUT_MS: "2000" };
  delete env.OPENAI_API_KEY;
  delete env.LOCAL_LLM_BASE_URL;
  mkdirSync(path.join(ROOT, LOG_DIR), { recursive: true });
  const logFile = `${LOG_DIR}/replica-${name}.log`;
  const app = await launchApp({
    cwd: ROOT,
    command: [process.execPath, "--import", "tsx", path.join(ROOT, "scripts", "serve.ts")],
    env,
    output: createWriteStream(path.join(ROOT, logFile)),
    timeoutMs: 60_000,
    logHint: logFile,
  });
  return { url: app!.baseUrl, stop: app!.stop };
}

async function search(
  url: string,
  query: string,
): Promise<{
  status: number;
  body: { answerable?: boolean; passages?: { docId: string; text: string }[]; error?: { code: string; message: string; hint?: string } };
}> {
  const response = await fetch(`${url}/api/search`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** A synthetic article about a made-up opening: nothing else in the archive answers for it. */
const syntheticArticle = (): SourceDocument => ({
  id: "pin-natri",
  title: "Khai trương trung tâm thử nghiệm pin natri Hải Phòng – Nevada",
  date: "2025-10-08",
  published: null,
  url: null,
  source: "Synthetic test",
  lang: "vi",
  body: "Trung tâm thử nghiệm pin natri Hải Phòng – Nevada khai trương ngày 8 tháng 10 năm 2025 tại khu công nghệ cao Hải Phòng. Trung tâm sẽ thử nghiệm các mẫu pin natri cho xe điện và lưu trữ năng lượng.",
});

beforeAll(async () => {
  database = await startTestDatabase();
  config = readConfig({ STORE: "postgres", DATABASE_URL: database.url, PG_POOL_MAX: "2", CORPUS_DIR: PROJECT_CORPUS });
  writer = await PostgresArchive.open(config);
  await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer });
  apps.push(...(await Promise.all([startApp("a"), startApp("b")])));
});

afterAll(async () => {
  for (const { stop } of apps) await stop();
  await writer?.close();
  await database?.dispose();
});

describe("two app processes sharing one PostgreSQL", () => {
  it("both answer from the shared archive, and both answer from an article added through one of them within a second", async () => {
    for (const { url } of apps) {
      const { status, body } = await search(url, QUESTION);
      expect(status).toBe(200);
      expect(body.passages![0]!.docId).toBe("hop-thuong-truc-chinh-phu");
      expect((await search(url, NEW_QUESTION)).body.answerable).toBe(false);
    }
    // Pasted through replica a's Articles API, as a user would: the write is one transaction in PostgreSQL.
    const article = syntheticArticle();
    const added = await fetch(`${apps[0]!.url}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: apps[0]!.url },
      body: JSON.stringify({ text: article.body, title: article.title, date: article.date!, source: article.source! }),
    });
    const result = (await added.json()) as { results?: { status: string; id: string }[] };
    expect(added.status, JSON.stringify(result)).toBe(200);
    expect(result.results![0]!.status).toBe("added");
    const id = result.results![0]!.id;
    const written = Date.now();
    // Each replica asked at once, and again until it answers from the new article: the time is until its answer arrives.
    const answeredAfter = await Promise.all(
      apps.map(async ({ url }) => {
        for (;;) {
          const found = await search(url, NEW_QUESTION);
          if (found.body.answerable && found.body.passages?.[0]?.docId === id) {
            expect(found.body.passages[0].text).toContain("8 tháng 10 năm 2025");
            return Date.now() - written;
          }
          if (Date.now() - written > 5_000) return Infinity;
        }
      }),
    );
    console.log(`answered from the added article after ${answeredAfter.join(" and ")} ms`);
    for (const ms of answeredAfter) expect(ms).toBeLessThan(1_000);
    // Removed through replica b: neither answers from it on its next request.
    const removed = await fetch(`${apps[1]!.url}/api/documents/${id}`, { method: "DELETE", headers: { origin: apps[1]!.url } });
    expect(removed.status).toBe(200);
    for (const { url } of apps) expect((await search(url, NEW_QUESTION)).body.passages?.some((p) => p.docId === id) ?? false).toBe(false);
  });

  it.runIf(!process.env.TEST_DATABASE_URL)("answers 503 with what to do while the database is down under load, then recovers by itself", async () => {
    const outcomes: { at: number; end: number; status: number; code?: string; hint?: string }[] = [];
    const started = Date.now();
    let stop = false;
    // Four clients per replica asking one after another, for a bounded time.
    const clients = apps.flatMap(({ url }) =>
      Array.from({ length: 4 }, async () => {
        while (!stop && Date.now() - started < 40_000) {
          const at = Date.now() - started;
          try {
            const { status, body } = await search(url, QUESTION);
            outcomes.push({ at, end: Date.now() - started, status, code: body.error?.code, hint: body.error?.hint });
          } catch (error) {
            outcomes.push({ at, end: Date.now() - started, status: 0, code: String(error) });
          }
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 1_500));
    const stoppingAt = Date.now() - started;
    await database.stop();
    const stoppedAt = Date.now() - started;
    await new Promise((r) => setTimeout(r, 3_000));
    await database.start();
    const restartedAt = Date.now() - started;
    // Until every replica answers again, then a little longer.
    while (Date.now() - started < 40_000) {
      const recent = outcomes.filter((o) => o.end > Date.now() - started - 1_000);
      if (recent.length >= 8 && recent.every((o) => o.status === 200)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    stop = true;
    await Promise.all(clients);

    const summary = outcomes.map((o) => `${o.at}-${o.end}:${o.status}${o.code ? ` ${o.code}` : ""}`).join(", ");
    expect(
      outcomes.filter((o) => o.end < stoppingAt).every((o) => o.status === 200),
      summary,
    ).toBe(true);
    const down = outcomes.filter((o) => o.status !== 200);
    expect(down.length).toBeGreaterThan(0);
    for (const o of down) {
      expect(o.status, JSON.stringify(o)).toBe(503);
      expect(o.end).toBeGreaterThanOrEqual(stoppingAt);
      expect(o.code).toBe("unavailable:database");
      expect(o.hint).toMatch(/PostgreSQL is running.*reconnects by itself/);
    }
    const lastFailure = Math.max(...down.map((o) => o.end));
    const recovered = outcomes.filter((o) => o.at > lastFailure);
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.every((o) => o.status === 200)).toBe(true);
    // Back within a few seconds of the restart (connections are re-opened on demand).
    expect(lastFailure - restartedAt).toBeLessThan(10_000);
    console.log(`db down ${stoppedAt}–${restartedAt} ms; ${down.length} × 503 of ${outcomes.length} requests; last 503 at ${lastFailure} ms`);
  });
});
