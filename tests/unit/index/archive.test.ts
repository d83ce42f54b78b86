/** Adding and removing articles while the index is live: stored in DATA_DIR/articles, indexed through the delta, answered at once. */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { AppConfig } from "@/lib/config";
import { archiveDirOf } from "@/lib/corpus/archive";
import { buildIndex } from "@/lib/index/build";
import { currentBuildDir, indexDirOf } from "@/lib/index/store";
import { addArticles, removeArticle, restoreArticle, syncArchive } from "@/lib/index/update";
import { loadRuntime, RuntimeHolder } from "@/lib/runtime";
import { FIXTURES, indexedCopyPerTest, PROJECT_CORPUS } from "../../support/test-index";

const ARTICLES = path.join(FIXTURES, "articles");
const page = (name: string) => ({ name, bytes: readFileSync(path.join(ARTICLES, name)) });
/** Only the synthetic Vietnamese page reports the fifth round (the corpus's articles end at round two). */
const QUESTION = "Ở vòng thứ năm, bao nhiêu điều khoản đã được thống nhất về câu chữ?";

const indexedCopy = indexedCopyPerTest("archive-test-");
let config: AppConfig;
let dataDir: string;
beforeEach(() => ({ dataDir, config } = indexedCopy()));

async function passagesFrom(question: string) {
  const runtime = await loadRuntime(config);
  const retrieval = await runtime.retriever.retrieve(question);
  return { runtime, docIds: retrieval.passages.map((p) => p.chunk.docId) };
}

describe("adding an article", () => {
  it("stores the original under DATA_DIR/articles, and the next question retrieves it", async () => {
    expect((await passagesFrom(QUESTION)).docIds).not.toContain("vn-news-page");
    const [outcome] = await addArticles(config, [page("vn-news-page.html")]);
    expect(outcome).toMatchObject({ status: "added", id: "vn-news-page", title: "Vòng đàm phán thứ năm về thuế đối ứng kết thúc tại Hà Nội" });
    expect(readFileSync(path.join(archiveDirOf(dataDir), "vn-news-page.html"))).toEqual(page("vn-news-page.html").bytes);
    const { runtime, docIds } = await passagesFrom(QUESTION);
    expect(docIds[0]).toBe("vn-news-page");
    expect(runtime.index!.documents.get("vn-news-page")?.source).toBe("Báo Thử Nghiệm");
  });

  it("refuses, each with its reason, a name with a path, a clashing id, an unreadable PDF and a page without article; the others are still added", async () => {
    const outcomes = await addArticles(config, [
      { name: "../../x.txt", bytes: Buffer.from("Một bài báo đủ dài về thương mại.") },
      { name: "khoi-dong-dam-phan.txt", bytes: Buffer.from("Bài khác trùng tên với một bài có sẵn trong kho.") },
      { name: "fake.pdf", bytes: Buffer.from("%PDF-1.7 but nothing else") },
      page("no-article.html"),
      page("en-news-page.html"),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["refused", "refused", "refused", "refused", "added"]);
    expect(outcomes[0]).toMatchObject({ code: "refused:article", reason: expect.stringMatching(/contains a path/) });
    expect(outcomes[1]).toMatchObject({ code: "conflict:article", reason: expect.stringMatching(/already in the archive/) });
    expect(outcomes[2]).toMatchObject({ reason: expect.stringMatching(/not a readable PDF/) });
    expect(outcomes[3]).toMatchObject({ reason: expect.stringMatching(/no article text/) });
    expect(existsSync(path.join(dataDir, "x.txt"))).toBe(false);
    const runtime = await loadRuntime(config);
    expect([...runtime.index!.documents.keys()].sort()).toEqual([
      "en-news-page",
      "hop-thuong-truc-chinh-phu",
      "khoi-dong-dam-phan",
      "lam-viec-voi-bo-thuong-mai-hoa-ky",
      "lam-viec-voi-ustr",
      "phien-dam-phan-bo-truong-lan-8",
    ]);
  });

  it("recognises a seed article under another name as a duplicate, kept as also reported by", async () => {
    const [outcome] = await addArticles(config, [
      { name: "ban-sao-bai-khoi-dong.txt", bytes: readFileSync(path.join(PROJECT_CORPUS, "khoi-dong-dam-phan.txt")) },
    ]);
    expect(outcome).toMatchObject({ status: "duplicate", duplicateOf: "khoi-dong-dam-phan" });
    const runtime = await loadRuntime(config);
    expect(runtime.index!.documents.has("ban-sao-bai-khoi-dong")).toBe(false);
    expect(runtime.index!.alsoReportedBy["khoi-dong-dam-phan"]?.map((d) => d.id)).toEqual(["ban-sao-bai-khoi-dong"]);
  });

  it("recognises a syndicated copy (other chrome, a sentence dropped) as near-duplicate, but not a template report of another event", async () => {
    const seed = readFileSync(path.join(PROJECT_CORPUS, "khoi-dong-dam-phan.txt"), "utf8");
    const lines = seed.split("\n");
    // Synthetic variants of a shipped article, made here: a copy with its own site chrome and one paragraph fewer…
    const syndicated = [
      "Trang chủ | Kinh tế | Quốc tế",
      ...lines.slice(0, 4),
      ...lines.slice(6),
      "Theo Báo Thử Nghiệm",
      "Tin liên quan",
      "Giá vàng hôm nay",
    ].join("\n");
    // …and the same wording about another date and other figures, as a template report of another round would be.
    let n = 0;
    const template = seed.replace(/\d+/g, () => String(11 + n++));
    const [copy, other] = await addArticles(config, [
      { name: "ban-dang-lai.txt", bytes: Buffer.from(syndicated) },
      { name: "bao-cao-mau.txt", bytes: Buffer.from(template) },
    ]);
    expect(copy).toMatchObject({ status: "duplicate", duplicateOf: "khoi-dong-dam-phan" });
    expect(copy!.status === "duplicate" && copy!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(copy!.status === "duplicate" && copy!.similarity).toBeLessThan(1);
    expect(other).toMatchObject({ status: "added", id: "bao-cao-mau" });
    // A rebuild from the originals comes to the same verdicts.
    await buildIndex({ config, corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(dataDir), force: true });
    const index = (await loadRuntime(config)).index!;
    expect(index.documents.has("ban-dang-lai")).toBe(false);
    expect(index.documents.has("bao-cao-mau")).toBe(true);
    expect(index.alsoReportedBy["khoi-dong-dam-phan"]?.map((d) => d.id)).toEqual(["ban-dang-lai"]);
  });

  it("gives pasted text a free id from its title when the id is taken", async () => {
    const text = (n: number) => Buffer.from(`Hai đoàn đàm phán đã họp trực tuyến lần thứ ${n} về thương mại số và quy tắc xuất xứ trong tuần này.`);
    const outcomes = await addArticles(config, [
      { name: "hop-truc-tuyen.txt", bytes: text(1), metadata: { title: "Họp trực tuyến" }, uniqueName: true },
      { name: "hop-truc-tuyen.txt", bytes: text(2), metadata: { title: "Họp trực tuyến" }, uniqueName: true },
    ]);
    expect(outcomes.map((o) => (o.status === "added" ? o.id : o.status))).toEqual(["hop-truc-tuyen", "hop-truc-tuyen-2"]);
    expect((await loadRuntime(config)).index!.documents.get("hop-truc-tuyen-2")?.title).toBe("Họp trực tuyến");
  });

  it("is picked up by a running server's runtime without reloading the base index", async () => {
    const holder = new RuntimeHolder(config);
    const before = await holder.get();
    await addArticles(config, [page("vn-news-page.html")]);
    const after = await holder.get();
    expect(after).not.toBe(before);
    expect(after.base!.index).toBe(before.base!.index);
    expect(after.index!.documents.has("vn-news-page")).toBe(true);
    // The runtime a question in flight holds still answers from what it saw.
    expect(before.index!.documents.has("vn-news-page")).toBe(false);
    expect((await before.retriever.retrieve("Vòng đàm phán thứ hai diễn ra khi nào?")).passages.length).toBeGreaterThan(0);
  });

  it("is kept by a full rebuild: npm run index -- --force rebuilds the same archive from the originals", async () => {
    await addArticles(config, [page("vn-news-page.html"), page("en-news-page.html")], "test");
    const before = await loadRuntime(config);
    await buildIndex({ config, corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(dataDir), force: true });
    const after = await loadRuntime(config);
    expect(after.index!.overlay).toBeNull();
    expect([...after.index!.documents.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...before.index!.documents.values()].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await passagesFrom(QUESTION)).docIds[0]).toBe("vn-news-page");
  });
});

describe("removing an article", () => {
  it("takes it out of answers at once; undo puts it back", async () => {
    await addArticles(config, [page("vn-news-page.html")]);
    expect((await passagesFrom(QUESTION)).docIds).toContain("vn-news-page");
    expect(await removeArticle(config, "vn-news-page")).toEqual({ id: "vn-news-page", title: "Vòng đàm phán thứ năm về thuế đối ứng kết thúc tại Hà Nội" });
    const removed = await passagesFrom(QUESTION);
    expect(removed.docIds).not.toContain("vn-news-page");
    expect(removed.runtime.index!.documents.has("vn-news-page")).toBe(false);
    expect(existsSync(path.join(archiveDirOf(dataDir), "vn-news-page.html"))).toBe(false);
    expect(await restoreArticle(config, "vn-news-page")).toMatchObject({ status: "added", id: "vn-news-page" });
    expect((await passagesFrom(QUESTION)).docIds[0]).toBe("vn-news-page");
  });

  it("hides an article of the base build after a rebuild folded it in", async () => {
    await addArticles(config, [page("vn-news-page.html")]);
    await buildIndex({ config, corpusDir: PROJECT_CORPUS, indexDir: indexDirOf(dataDir), force: true });
    await removeArticle(config, "vn-news-page");
    const { runtime, docIds } = await passagesFrom(QUESTION);
    expect(docIds).not.toContain("vn-news-page");
    expect(runtime.index!.overlay?.hiddenCount).toBeGreaterThan(0);
    expect([...runtime.index!.chunkById.values()].some((c) => c.docId === "vn-news-page")).toBe(false);
  });

  it("refuses an article shipped in the corpus folder, and an unknown id", async () => {
    await expect(removeArticle(config, "khoi-dong-dam-phan")).rejects.toMatchObject({ code: "conflict:article" });
    await expect(removeArticle(config, "khong-co")).rejects.toMatchObject({ code: "not_found:document" });
  });
});

describe("changes while the index serves", () => {
  it("two additions at once both land; a question asked meanwhile and one during a removal are answered", async () => {
    const holder = new RuntimeHolder(config);
    const before = await holder.get();
    // A question in flight keeps the runtime it started with while the index changes under it.
    const asking = before.retriever.retrieve("Vòng đàm phán thứ hai diễn ra khi nào?");
    const [first, second] = await Promise.all([addArticles(config, [page("vn-news-page.html")]), addArticles(config, [page("en-news-page.html")])]);
    expect([first![0]!.status, second![0]!.status]).toEqual(["added", "added"]);
    expect((await asking).passages.length).toBeGreaterThan(0);
    const both = await holder.get();
    expect(both.index!.documents.has("vn-news-page") && both.index!.documents.has("en-news-page")).toBe(true);
    const during = both.retriever.retrieve(QUESTION);
    await removeArticle(config, "vn-news-page");
    // The question asked before the removal answers from what it saw; the next one no longer sees the article.
    expect((await during).passages[0]?.chunk.docId).toBe("vn-news-page");
    expect((await (await holder.get()).retriever.retrieve(QUESTION)).passages.map((p) => p.chunk.docId)).not.toContain("vn-news-page");
  });
});

describe("the articles folder", () => {
  it("a file dropped in is added by a sync, and one taken out is removed", async () => {
    const archive = archiveDirOf(dataDir);
    await addArticles(config, [page("en-news-page.html")]);
    copyFileSync(path.join(ARTICLES, "vn-news-page.html"), path.join(archive, "tha-vao.html"));
    writeFileSync(path.join(archive, "notes.docx"), "not an article");
    const first = await syncArchive(config);
    expect(first.added).toMatchObject([{ status: "added", id: "tha-vao" }]);
    expect((await syncArchive(config)).added).toEqual([]);
    rmSync(path.join(archive, "en-news-page.html"));
    expect((await syncArchive(config)).removed).toEqual(["en-news-page"]);
    const runtime = await loadRuntime(config);
    expect(runtime.index!.documents.has("tha-vao")).toBe(true);
    expect(runtime.index!.documents.has("en-news-page")).toBe(false);
  });

  it("the delta lives in the live build folder, and a corrupt one is reported, not searched", async () => {
    await addArticles(config, [page("vn-news-page.html")]);
    const dir = (await currentBuildDir(indexDirOf(dataDir)))!;
    writeFileSync(path.join(dir, "delta.json"), "{ broken");
    await expect(loadRuntime(config)).rejects.toMatchObject({ code: "corrupt:index" });
  });
});
