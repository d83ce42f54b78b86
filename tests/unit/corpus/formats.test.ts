import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/corpus/read-article";
import { buildDocument } from "@/lib/corpus/document";
import { document, fixture, options } from "../../support/articles";
import { makePdf } from "../../support/make-pdf";
import newsPages from "../../fixtures/news-pages.json";

type NewsPage = keyof typeof newsPages.pages;

/** A synthetic news page read as an article (its expected metadata and furniture: tests/fixtures/news-pages.json). */
async function readPage(page: NewsPage) {
  return document(await readArticle(fixture(page), options));
}

/** None of a synthetic page's furniture is left in its cleaned body. */
function expectNoChrome(body: string, page: NewsPage): void {
  const { chrome } = newsPages.pages[page];
  expect(chrome.length).toBeGreaterThan(0);
  for (const text of chrome) expect(body, text).not.toContain(text);
}

describe("a Vietnamese news page saved as HTML (synthetic)", () => {
  it("keeps the article's paragraphs and drops navigation, ads, cookie banner, byline, caption, related links and comments", async () => {
    const doc = await readPage("vn-news-page.html");
    const paragraphs = doc.body.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Chiều ngày 18-7, đoàn đàm phán/);
    expect(paragraphs[3]).toMatch(/vòng đàm phán thứ sáu ở cấp bộ trưởng tại Washington\.$/);
    expectNoChrome(doc.body, "vn-news-page.html");
  });

  it("takes title, publication time, outlet and link from <meta>, the event date from the text with the dateline's year, and detects Vietnamese", async () => {
    const doc = await readPage("vn-news-page.html");
    // "Chiều ngày 18-7" gives day and month; the year (2025-07-18) is the article's own.
    expect(doc).toMatchObject(newsPages.pages["vn-news-page.html"].metadata);
  });

  it("never runs the page's scripts", async () => {
    const probe = globalThis as { __ranScript?: boolean };
    delete probe.__ranScript;
    const doc = await readPage("vn-news-page.html");
    expect(probe.__ranScript).toBeUndefined();
    expect(doc.title).not.toBe("SCRIPT RAN");
  });
});

describe("an English news page saved as HTML (synthetic)", () => {
  it("reads the JSON-LD NewsArticle, refuses a caption as the title, and detects English", async () => {
    const doc = await readPage("en-news-page.html");
    // <title> is a photo caption here ("Photo : …"); the JSON-LD headline is the title.
    expect(doc).toMatchObject(newsPages.pages["en-news-page.html"].metadata);
    expect(doc.body.split("\n\n")[0]).toMatch(/^Trade ministers from Vietnam/);
    expectNoChrome(doc.body, "en-news-page.html");
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

  it("dates an article by the dateline under a headline the body repeats, when its metadata gives no date", () => {
    // Synthetic: front matter gives the title; the capture keeps the headline (with other quotes) above the dateline.
    const doc = buildDocument(
      "c",
      'Nhìn lại một năm đàm phán: còn hai "nút thắt"\n\nHà Nội, ngày 8/4/2031 – Sau năm vòng đàm phán, hai bên đã hoàn tất chín chương.',
      {
        title: "Nhìn lại một năm đàm phán: còn hai 'nút thắt'",
      },
    ).document;
    expect(doc.date).toBe("2031-04-08");
  });

  it("reads English date forms, and takes the outlet from the link's host when nothing names it", () => {
    const doc = buildDocument("b", "Talks resume in Hanoi\n22 May 2025 — Negotiators met again in Hanoi to resume talks on tariffs.", {
      url: "https://www.example-news.vn/a.html",
    }).document;
    expect(doc.date).toBe("2025-05-22");
    expect(doc.source).toBe("example-news.vn");
  });
});
