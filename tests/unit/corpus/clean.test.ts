import { describe, expect, it } from "vitest";
import { cleanCapture } from "@/lib/corpus/clean";
import cleanCaptures from "../../fixtures/clean-captures.json";

/** A synthetic capture of tests/fixtures/clean-captures.json, as the text of a file. */
const capture = (name: keyof typeof cleanCaptures.captures) => cleanCaptures.captures[name].join("\n");

describe("cleaning a news capture", () => {
  it("cuts a body that runs straight into the keyword list, and drops the end mark", () => {
    expect(cleanCapture("Tiêu đề bài viết về thương mại\nCâu đầu tiên của bài.\nCâu cuối cùng của bài./.- Từ khóa :\n- việt nam\n- hoa kỳ")).toMatchObject({
      headline: "Tiêu đề bài viết về thương mại",
      body: "Câu đầu tiên của bài.\n\nCâu cuối cùng của bài.",
    });
  });

  it("drops footer lists, tickers and bylines, and keeps what they tell about the article", () => {
    expect(cleanCapture(capture("footer-lists-tickers-byline"))).toMatchObject({
      body: "Nội dung chính của bài báo.",
      bylineDate: "11/11/2025 23:13",
      attribution: "Báo Chính phủ",
      url: "https://example.vn/bai-viet.htm",
    });
  });

  it("takes the article's link from the footer, not from a body sentence, when a box above the body was skipped", () => {
    const cleaned = cleanCapture(capture("link-after-skipped-box"));
    expect(cleaned.body).toContain("https://ustr.example/statement.");
    expect(cleaned.url).toBe("https://bao-mau.example/bai-viet.htm");
  });

  it("keeps a table after the last sentence: its header is not a navigation bar that starts the page's furniture", () => {
    const cleaned = cleanCapture(capture("table-after-last-sentence"));
    expect(cleaned.body).toContain("Dệt may | 4,2 tỷ USD | 18%");
    expect(cleaned.body).toContain("Điện tử | 6,1 tỷ USD | 26%");
  });

  it("drops an image caption that repeats a nearby paragraph, but keeps an unpunctuated paragraph that repeats nothing", () => {
    const cleaned = cleanCapture(capture("caption-repeating-paragraph"));
    expect(cleaned.body.split("\n\n")).toEqual([
      "Bộ trưởng điện đàm với đại diện Hoa Kỳ về thương mại song phương vào tối qua.",
      "Một đoạn văn không có dấu chấm cuối nhưng nội dung hoàn toàn mới",
    ]);
  });

  it("normalises NFD text and stray spaces", () => {
    const cleaned = cleanCapture("Câu\u00a0có   khoảng trắng lạ.\r\nThứ hai.".normalize("NFD"));
    expect(cleaned.body).toBe("Câu có khoảng trắng lạ.\n\nThứ hai.");
  });
});

describe("footers on a line of their own", () => {
  it("ends the body at a keyword line and at English 'Related:' / newsletter lines", () => {
    const vi = cleanCapture(
      "Tiêu đề bài viết về đàm phán\n\nHai bên đã thống nhất khung hiệp định gồm 12 chương.\n\nTừ khóa: đàm phán, thương mại\nTin liên quan\nMột tin khác",
    );
    expect(vi.body).toBe("Hai bên đã thống nhất khung hiệp định gồm 12 chương.");
    const en = cleanCapture(
      "Negotiators agree on the text\n\nThe two sides agreed on about 40% of the text.\n\nSign up for our newsletter\nRelated: Coffee prices hit a record high",
    );
    expect(en.body).toBe("The two sides agreed on about 40% of the text.");
  });
});
