/**
 * POST /api/documents and DELETE /api/documents/:id called as Next.js calls them: uploads (one or
 * many files), pasted text, removal and undo, and every refusal as `{ error: { code, message, hint } }`.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "@/lib/index/lock";
import { chatBody, loadRoutes, type Routes } from "../support/routes";
import { dataPart, readUIChunks } from "@/lib/ai/ui-stream";
import { FIXTURES, PROJECT_CORPUS } from "../support/test-index";

const BASE = "http://127.0.0.1:3000";
const ARTICLES = path.join(FIXTURES, "articles");
const QUESTION = "Ở vòng thứ năm, bao nhiêu điều khoản đã được thống nhất về câu chữ?";

let routes: Routes;
let documentsRoute: typeof import("@/app/api/documents/route");
let documentRoute: typeof import("@/app/api/documents/[id]/route");

beforeAll(async () => {
  routes = await loadRoutes({ INDEX_LOCK_WAIT_MS: "300" });
  documentsRoute = await import("@/app/api/documents/route");
  documentRoute = await import("@/app/api/documents/[id]/route");
});
afterAll(() => routes.cleanup());

function upload(files: { name: string; bytes: Uint8Array | string }[], headers: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([typeof f.bytes === "string" ? f.bytes : Buffer.from(f.bytes)]), f.name);
  return documentsRoute.POST(new Request(`${BASE}/api/documents`, { method: "POST", body: form, headers }));
}
const paste = (body: unknown) =>
  documentsRoute.POST(new Request(`${BASE}/api/documents`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
const remove = (id: string, headers: Record<string, string> = {}) =>
  documentRoute.DELETE(new Request(`${BASE}/api/documents/${id}`, { method: "DELETE", headers }), { params: Promise.resolve({ id }) });
const fixture = (name: string) => ({ name, bytes: readFileSync(path.join(ARTICLES, name)) });

async function citedIds(): Promise<string[]> {
  const body = (await (await routes.search({ query: QUESTION })).json()) as { passages: { docId: string }[] };
  return body.passages.map((p) => p.docId);
}

describe("POST /api/documents", () => {
  it("adds several uploaded files, reporting each; the next search finds the new article", async () => {
    expect(await citedIds()).not.toContain("vn-news-page");
    const response = await upload([fixture("vn-news-page.html"), fixture("en-news-page.html"), fixture("no-article.html")]);
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { file: string; status: string; reason?: string }[] };
    expect(results.map((r) => [r.file, r.status])).toEqual([
      ["vn-news-page.html", "added"],
      ["en-news-page.html", "added"],
      ["no-article.html", "refused"],
    ]);
    expect(results[2]!.reason).toMatch(/no article text/);
    expect((await citedIds())[0]).toBe("vn-news-page");
    const list = (await (await routes.documents()).json()) as { documents: { id: string }[] };
    expect(list.documents.map((d) => d.id)).toEqual(expect.arrayContaining(["vn-news-page", "en-news-page"]));
  });

  it("adds pasted text with the title, date, outlet and link given", async () => {
    const response = await paste({
      text: "Hai đoàn đàm phán đã họp trực tuyến ngày 2/9/2025 về thương mại số và quy tắc xuất xứ, thống nhất lịch vòng tiếp theo.",
      title: "Họp trực tuyến về thương mại số",
      source: "Bạn đọc gửi",
      url: "https://example.vn/bai",
    });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as { results: { status: string; id: string }[] };
    expect(results[0]).toMatchObject({ status: "added", id: "hop-truc-tuyen-ve-thuong-mai-so" });
    const { document } = (await (await routes.document("hop-truc-tuyen-ve-thuong-mai-so")).json()) as {
      document: { title: string; source: string; date: string; url: string };
    };
    expect(document).toMatchObject({ title: "Họp trực tuyến về thương mại số", source: "Bạn đọc gửi", date: "2025-09-02", url: "https://example.vn/bai" });
  });

  it("refuses an empty paste, a link that is not http(s), and a body that is not JSON", async () => {
    for (const [body, message] of [
      [{ text: "   " }, /text: paste the article's text; it is empty/],
      [{ text: "Một bài.", url: "javascript:alert(1)" }, /http:\/\/ or https:\/\//],
    ] as const) {
      const response = await paste(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "bad_request:input", message: expect.stringMatching(message) } });
    }
  });

  it("answers a single refused file with its status: 422 for a path in the name or a scan, 409 for a name that clashes", async () => {
    const withPath = await upload([{ name: "../../x.txt", bytes: "Một bài báo về thương mại." }]);
    expect(withPath.status).toBe(422);
    expect(await withPath.json()).toMatchObject({
      error: { code: "refused:article", message: expect.stringMatching(/contains a path/), hint: expect.any(String) },
    });
    const clash = await upload([{ name: "khoi-dong-dam-phan.txt", bytes: "Một bài khác cùng tên." }]);
    expect(clash.status).toBe(409);
    expect(await clash.json()).toMatchObject({ error: { code: "conflict:article", message: expect.stringMatching(/already in the archive/) } });
  });

  it("keeps a copy of a seed article under another name as also reported by, shown with the article", async () => {
    const response = await upload([{ name: "ban-sao.txt", bytes: readFileSync(path.join(PROJECT_CORPUS, "khoi-dong-dam-phan.txt")) }]);
    const { results } = (await response.json()) as { results: { status: string; duplicateOf?: string }[] };
    expect(results[0]).toMatchObject({ status: "duplicate", duplicateOf: "khoi-dong-dam-phan" });
    const article = (await (await routes.document("khoi-dong-dam-phan")).json()) as { alsoReportedBy: { id: string }[] };
    expect(article.alsoReportedBy.map((c) => c.id)).toEqual(["ban-sao"]);
    const list = (await (await routes.documents()).json()) as { documents: { id: string; alsoReportedBy?: { id: string }[] }[] };
    expect(list.documents.find((d) => d.id === "khoi-dong-dam-phan")?.alsoReportedBy?.map((c) => c.id)).toEqual(["ban-sao"]);
    expect(list.documents.some((d) => d.id === "ban-sao")).toBe(false);

    // An answer citing the original says on its source card that the copy's outlet carried it too.
    const answer = await readUIChunks(await routes.chat(chatBody("Cuộc điện đàm khởi động đàm phán diễn ra khi nào?")));
    const citations = dataPart<{ citations: { docId: string; alsoReportedBy?: { id: string }[] }[] }>(answer, "citations")?.citations ?? [];
    const original = citations.filter((c) => c.docId === "khoi-dong-dam-phan");
    expect(original.length).toBeGreaterThan(0);
    for (const c of original) expect(c.alsoReportedBy?.map((copy) => copy.id)).toEqual(["ban-sao"]);
    for (const c of citations.filter((c) => c.docId !== "khoi-dong-dam-phan")) expect(c.alsoReportedBy).toBeUndefined();
  });

  it("refuses a 50 MB upload and 500 files at once with 413, adding nothing", async () => {
    const before = ((await (await routes.documents()).json()) as { documents: unknown[] }).documents.length;
    const big = await upload([{ name: "lon.txt", bytes: new Uint8Array(50 * 1024 * 1024).fill(0x61) }]);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: { code: "payload_too_large:upload", hint: expect.stringMatching(/MAX_UPLOAD_BYTES/) } });
    const many = await upload(Array.from({ length: 500 }, (_, i) => ({ name: `bai-${i}.txt`, bytes: `Bài số ${i} về thương mại.` })));
    expect(many.status).toBe(413);
    expect(await many.json()).toMatchObject({ error: { code: "payload_too_large:upload", message: expect.stringMatching(/500 files/) } });
    expect(((await (await routes.documents()).json()) as { documents: unknown[] }).documents).toHaveLength(before);
  });
});

describe("DELETE /api/documents/:id", () => {
  it("removes an added article from answers at once, and POST { restore } undoes it", async () => {
    expect(await citedIds()).toContain("vn-news-page");
    const response = await remove("vn-news-page");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ removed: { id: "vn-news-page" }, undo: { body: { restore: "vn-news-page" } } });
    expect(await citedIds()).not.toContain("vn-news-page");
    expect((await routes.document("vn-news-page")).status).toBe(404);
    const undo = await paste({ restore: "vn-news-page" });
    expect(undo.status).toBe(200);
    expect((await citedIds())[0]).toBe("vn-news-page");
  });

  it("refuses an article shipped in the corpus folder (409) and an unknown one (404)", async () => {
    expect((await remove("khoi-dong-dam-phan")).status).toBe(409);
    const unknown = await remove("khong-co-bai-nay");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found:document" } });
  });

  it("answers 503 busy:index, naming the holder, while another indexer holds the lock", async () => {
    writeFileSync(path.join(routes.dataDir, LOCK_FILE), JSON.stringify({ pid: process.ppid, purpose: "npm run index -- --force", since: "now" }));
    try {
      const response = await remove("en-news-page");
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ error: { code: "busy:index", message: expect.stringMatching(/process \d+ \(npm run index -- --force/) } });
    } finally {
      rmSync(path.join(routes.dataDir, LOCK_FILE), { force: true });
    }
  });
});

describe("who may add and remove", () => {
  it("with APP_ADMIN_TOKEN set, a caller without it is refused and nothing changes", async () => {
    const guarded = await loadRoutes({ APP_ADMIN_TOKEN: "a".repeat(32), APP_ACCESS_TOKEN: "u".repeat(32) }, PROJECT_CORPUS);
    try {
      const route = await import("@/app/api/documents/route");
      const form = new FormData();
      form.append("file", new Blob([readFileSync(path.join(ARTICLES, "vn-news-page.html"))]), "vn-news-page.html");
      const refused = await route.POST(
        new Request(`${BASE}/api/documents`, { method: "POST", body: form, headers: { authorization: `Bearer ${"u".repeat(32)}` } }),
      );
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: "forbidden:admin" } });
      const form2 = new FormData();
      form2.append("file", new Blob([readFileSync(path.join(ARTICLES, "vn-news-page.html"))]), "vn-news-page.html");
      const allowed = await route.POST(
        new Request(`${BASE}/api/documents`, { method: "POST", body: form2, headers: { authorization: `Bearer ${"a".repeat(32)}` } }),
      );
      expect(allowed.status).toBe(200);
    } finally {
      guarded.cleanup();
    }
  });
});
