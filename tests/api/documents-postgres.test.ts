/**
 * The Articles API with STORE=postgres, called as Next.js calls the handlers: pasted text is added to
 * PostgreSQL and found by the next search, a copy is listed as "also reported by", removal and undo
 * work, and the shipped articles cannot be removed. PGlite over the wire (or TEST_DATABASE_URL);
 * the article is synthetic.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentResponseSchema } from "@/lib/api-schemas";
import { readConfig } from "@/lib/config";
import { PostgresArchive } from "@/lib/store/postgres/archive";
import { buildPostgresArchive } from "@/lib/store/postgres/build";
import { startTestDatabase, type TestDatabase } from "../../testing/test-database";
import { loadRoutes, type Routes } from "../support/routes";
import { PROJECT_CORPUS } from "../support/test-index";

const BASE = "http://127.0.0.1:3000";
const QUESTION = "Trung tâm thử nghiệm pin natri Hải Phòng – Nevada khai trương ngày nào?";
const ARTICLE = {
  title: "Khai trương trung tâm thử nghiệm pin natri Hải Phòng – Nevada",
  date: "2025-10-08",
  source: "Synthetic test",
  text: "Trung tâm thử nghiệm pin natri Hải Phòng – Nevada khai trương ngày 8 tháng 10 năm 2025 tại khu công nghệ cao Hải Phòng. Trung tâm sẽ thử nghiệm các mẫu pin natri cho xe điện và lưu trữ năng lượng, với vốn góp của hai bên.",
};

let database: TestDatabase;
let routes: Routes;
let documentsRoute: typeof import("@/app/api/documents/route");
let documentRoute: typeof import("@/app/api/documents/[id]/route");

beforeAll(async () => {
  database = await startTestDatabase();
  const env = { STORE: "postgres", DATABASE_URL: database.url, PG_POOL_MAX: "3" };
  const archive = await PostgresArchive.open(readConfig({ ...env, CORPUS_DIR: PROJECT_CORPUS }));
  await buildPostgresArchive({ config: readConfig({ ...env, CORPUS_DIR: PROJECT_CORPUS }), corpusDir: PROJECT_CORPUS, archive });
  await archive.close();
  routes = await loadRoutes(env);
  documentsRoute = await import("@/app/api/documents/route");
  documentRoute = await import("@/app/api/documents/[id]/route");
});

afterAll(async () => {
  routes?.cleanup();
  await database?.dispose();
});

const paste = (body: unknown) =>
  documentsRoute.POST(new Request(`${BASE}/api/documents`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
const remove = (id: string) => documentRoute.DELETE(new Request(`${BASE}/api/documents/${id}`, { method: "DELETE" }), { params: Promise.resolve({ id }) });

async function top(): Promise<{ answerable: boolean; docId: string | undefined }> {
  const body = (await (await routes.search({ query: QUESTION })).json()) as { answerable: boolean; passages: { docId: string }[] };
  return { answerable: body.answerable, docId: body.passages[0]?.docId };
}

describe("the Articles API with STORE=postgres", () => {
  it("adds pasted text, lists a copy under it, removes it and undoes the removal", async () => {
    expect((await top()).answerable).toBe(false);
    const added = await paste(ARTICLE);
    expect(added.status).toBe(200);
    const [result] = ((await added.json()) as { results: { status: string; id: string }[] }).results;
    expect(result).toMatchObject({ status: "added" });
    const id = result!.id;
    expect(await top()).toEqual({ answerable: true, docId: id });
    const listed = ((await (await routes.documents()).json()) as { documents: { id: string; added?: boolean; lang?: string }[] }).documents;
    expect(listed.find((d) => d.id === id)).toMatchObject({ added: true, lang: "vi" });

    // The same text from another outlet is kept as "also reported by", not indexed twice.
    const copy = await paste({ ...ARTICLE, title: "Pin natri: trung tâm thử nghiệm Hải Phòng – Nevada mở cửa", source: "Another synthetic outlet" });
    expect(((await copy.json()) as { results: { status: string; duplicateOf: string }[] }).results[0]).toMatchObject({ status: "duplicate", duplicateOf: id });
    const view = (await (await routes.document(id)).json()) as { alsoReportedBy: { source: string }[] };
    expect(view.alsoReportedBy.map((c) => c.source)).toEqual(["Another synthetic outlet"]);

    const shipped = await remove("khoi-dong-dam-phan");
    expect(shipped.status).toBe(409);
    expect(((await shipped.json()) as { error: { code: string } }).error.code).toBe("conflict:article");

    const removed = await remove(id);
    expect(removed.status).toBe(200);
    expect((await top()).docId).not.toBe(id);
    const restored = await paste({ restore: id });
    expect(((await restored.json()) as { results: { status: string }[] }).results[0]!.status).toBe("added");
    expect((await top()).docId).toBe(id);
    // It comes back with what the user said about it when adding it, not what its text says.
    const back = documentResponseSchema.parse(await (await routes.document(id)).json()).document;
    expect(back).toMatchObject({ title: ARTICLE.title, date: ARTICLE.date, source: ARTICLE.source });
    expect((await remove(id)).status).toBe(200);
  });
});
