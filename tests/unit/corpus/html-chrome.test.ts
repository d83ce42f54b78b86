/**
 * Site chrome that Readability keeps (it sits inside <article> as plain paragraphs and lists, with
 * no class name to prune by) is dropped by the text rules, in both languages; the body stays whole.
 * The pages are synthetic (tests/fixtures/articles/*-chrome-in-article.html).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/corpus/read-article";
import { readHtml } from "@/lib/corpus/formats/html";
import { ARTICLES, document, fixture, options } from "../../support/articles";

/**
 * A page read twice: by Readability alone, which must keep the chrome (so the harness can see it), and
 * by the corpus reader, whose cleaned body must hold none of `dropped`.
 */
async function cleaned(name: string, keptByReadability: string[], dropped: string[]) {
  const raw = readHtml(readFileSync(path.join(ARTICLES, name), "utf8")).text;
  for (const chrome of keptByReadability) expect(raw).toContain(chrome);
  const doc = document(await readArticle(fixture(name), options));
  for (const chrome of dropped) expect(doc.body).not.toContain(chrome);
  return { doc, paragraphs: doc.body.split("\n\n") };
}

describe("chrome inside a saved page's <article> (synthetic)", () => {
  it("Vietnamese: keeps the four body paragraphs, around an inline related box, and nothing else", async () => {
    const { doc, paragraphs } = await cleaned(
      "vn-chrome-in-article.html",
      ["Trang chủ | Kinh tế", "Bình luận (4) | Chia sẻ", "TIN LIÊN QUAN", "Cỡ chữ", "Đăng ký nhận bản tin", "Ghi rõ nguồn"],
      ["Trang chủ", "Báo Mẫu Kinh Tế –", "In bài", "Ảnh:", "TIN LIÊN QUAN", "Giá thanh long", "Bình luận", "Tin mới nhất", "Giá vàng", "Đăng ký", "©"],
    );
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Từ ngày 17 đến 19\/9\/2025, phiên đàm phán cấp kỹ thuật/);
    // The paragraphs after the related box are body, and the one that "chia sẻ dữ liệu" stays.
    expect(paragraphs[2]).toMatch(/^Trưởng nhóm kỹ thuật phía Việt Nam/);
    expect(paragraphs[3]).toMatch(/^Phía Hoa Kỳ đề nghị Việt Nam chia sẻ dữ liệu/);
    expect(doc.title).toBe("Phiên đàm phán kỹ thuật thống nhất quy trình kiểm dịch trái cây");
  });

  it("English: keeps the three body paragraphs and drops share bars, credits, lists, banners", async () => {
    const { doc, paragraphs } = await cleaned(
      "en-chrome-in-article.html",
      ["Share · Tweet · Email", "Most read", "We use cookies", "first appeared in"],
      [
        "Home >",
        "By staff reporters",
        "Share",
        "Listen",
        "REUTERS/",
        "Read more",
        "Reporting by",
        "first appeared",
        "Most read",
        "Rice prices",
        "Sign up",
        "cookies",
        "Copyright",
      ],
    );
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^HAIPHONG, Sept 20 — Vietnamese and US negotiators/);
    expect(paragraphs[2]).toMatch(/register their orchards by November 30\.$/);
    expect(doc.source).toBe("Sample Wire");
  });

  it("prunes chrome by class name, but never a wrapper so named that holds the article", () => {
    // Synthetic page: the whole story sits in a "share-wrapper"; a "breadcrumb" and a "most-read" box beside it.
    const body = [
      "Negotiators agreed three more chapters of the draft agreement during two days of talks in Hanoi, officials said on Friday.",
      "The deputy minister said Vietnam would send a new proposal on rules of origin before the next round in Washington next month.",
    ];
    const html = `<html><body><div class="share-wrapper"><div class="breadcrumb">Home &gt; Markets &gt; Asia</div><article>${body.map((p) => `<p>${p}</p>`).join("")}</article><div class="box most-read"><p>Rice prices hit two-year low</p></div></div></body></html>`;
    const text = readHtml(html).text;
    expect(text.split("\n\n")).toEqual(body);
  });
});
