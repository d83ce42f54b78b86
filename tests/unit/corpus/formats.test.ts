import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/corpus/read-article";
import { buildDocument } from "@/lib/corpus/document";
import { document, fixture, options } from "../../support/articles";
import { makePdf } from "../../support/make-pdf";

describe("a Vietnamese news page saved as HTML (synthetic)", () => {
  it("keeps the article's paragraphs and drops navigation, ads, cookie banner, byline, caption, related links and comments", async () => {
    const doc = document(await readArticle(fixture("vn-news-page.html"), options));
    const paragraphs = doc.body.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Chiều ngày 18-7, đoàn đàm phán/);
    expect(paragraphs[3]).toMatch(/vòng đàm phán thứ sáu ở cấp bộ trưởng tại Washington\.$/);
    for (const chrome of [
      "Trang chủ",
      "cookie",
      "Quảng cáo",
      "Vay tiêu dùng",
      "Minh Châu",
      "Ảnh:",
      "Tin liên quan",
      "Giá cà phê",
      "Ý kiến bạn đọc",
      "Mong sớm",
      "Giấy phép",
      "Thứ sáu, 18/07/2025",
    ]) {
      expect(doc.body).not.toContain(chrome);
    }
  });

  it("takes title, publication time, outlet and link from <meta>, the event date from the text with the dateline's year, and detects Vietnamese", async () => {
    const doc = document(await readArticle(fixture("vn-news-page.html"), options));
    expect(doc.id).toBe("vn-news-page");
    expect(doc.title).toBe("Vòng đàm phán thứ năm về thuế đối ứng kết thúc tại Hà Nội");
    expect(doc.source).toBe("Báo Thử Nghiệm");
    expect(doc.url).toBe("https://baothunghiem.example.vn/kinh-te/vong-dam-phan-thu-nam-12345.html");
    expect(doc.published).toBe("2025-07-18T21:05:00+07:00");
    // "Chiều ngày 18-7" gives day and month; the year is the article's own.
    expect(doc.date).toBe("2025-07-18");
    expect(doc.lang).toBe("vi");
  });

  it("never runs the page's scripts", async () => {
    const probe = globalThis as { __ranScript?: boolean };
    delete probe.__ranScript;
    const doc = document(await readArticle(fixture("vn-news-page.html"), options));
    expect(probe.__ranScript).toBeUndefined();
    expect(doc.title).not.toBe("SCRIPT RAN");
  });
});

describe("an English news page saved as HTML (synthetic)", () => {
  it("reads the JSON-LD NewsArticle, refuses a caption as the title, and detects English", async () => {
    const doc = document(await readArticle(fixture("en-news-page.html"), options));
    // <title> is a photo caption here ("Photo : …"); the JSON-LD headline is the title.
    expect(doc.title).toBe("Vietnam and US close ministerial session with a roadmap for the joint statement");
    expect(doc.source).toBe("The Sample Herald");
    expect(doc.url).toBe("https://www.sampleherald.example.com/business/vietnam-us-roadmap");
    expect(doc.date).toBe("2025-10-26");
    expect(doc.lang).toBe("en");
    expect(doc.body.split("\n\n")[0]).toMatch(/^Trade ministers from Vietnam/);
    for (const chrome of [
      "cookies",
      "ADVERTISEMENT",
      "By Jordan Example",
      "Photo :",
      "Related stories",
      "Coffee prices",
      "Reader42",
      "All rights reserved",
      "Subscribe",
    ]) {
      expect(doc.body).not.toContain(chrome);
    }
  });

  it("refuses a page that has no article, saying so", async () => {
    const result = await readArticle(fixture("no-article.html"), options);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no article text found in the page/) });
  });
});

describe("a PDF (synthetic, made by the test)", () => {
  const lines = [
    "Vietnam and US technical teams review origin rules",
    "",
    "Technical teams from Vietnam and the United States met in Hanoi on July 3 to review",
    "the draft chapters on rules of origin and digital trade, the trade ministry said.",
    "",
    "Negotiators agreed to exchange revised tariff schedules for seafood, textiles and furniture",
    "before the next round, which is planned for August in Washington.",
  ];

  it("reads the text layer into paragraphs, with the title from the PDF's info and the year from its creation date", async () => {
    const bytes = makePdf([lines], { title: "Vietnam and US technical teams review origin rules", created: "20250704081500+07'00'" });
    const doc = document(await readArticle({ name: "origin-rules.pdf", bytes }, options));
    expect(doc.title).toBe("Vietnam and US technical teams review origin rules");
    expect(doc.body.split("\n\n")).toEqual([
      "Technical teams from Vietnam and the United States met in Hanoi on July 3 to review the draft chapters on rules of origin and digital trade, the trade ministry said.",
      "Negotiators agreed to exchange revised tariff schedules for seafood, textiles and furniture before the next round, which is planned for August in Washington.",
    ]);
    expect(doc.date).toBe("2025-07-03");
    expect(doc.lang).toBe("en");
  });

  it("refuses a scanned PDF (pages without text) with that reason", async () => {
    const result = await readArticle({ name: "scan.pdf", bytes: makePdf([[], []], {}, true) }, options);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/scanned PDF without a text layer/) });
  });

  it("refuses a file named .pdf that is not a PDF", async () => {
    const result = await readArticle({ name: "fake.pdf", bytes: Buffer.from("<html>not a pdf</html>") }, options);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/not a PDF/) });
  });
});

describe("metadata from the text", () => {
  it("never takes a dateline or a caption as the title", () => {
    const doc = buildDocument(
      "a",
      "Thứ tư, 04/02/2026\nẢnh: Quang cảnh phiên họp\nHai đoàn đàm phán họp trực tuyến về thương mại số\nNgày 3-2, hai đoàn đàm phán đã họp trực tuyến về các chương còn lại của hiệp định.",
      {},
    ).document;
    expect(doc.title).toBe("Hai đoàn đàm phán họp trực tuyến về thương mại số");
    // The dateline gives the year the body's "Ngày 3-2" leaves out.
    expect(doc.date).toBe("2026-02-03");
  });

  it("reads English date forms, and takes the outlet from the link's host when nothing names it", () => {
    const doc = buildDocument("b", "Talks resume in Hanoi\n22 May 2025 — Negotiators met again in Hanoi to resume talks on tariffs.", {
      url: "https://www.example-news.vn/a.html",
    }).document;
    expect(doc.date).toBe("2025-05-22");
    expect(doc.source).toBe("example-news.vn");
  });
});
