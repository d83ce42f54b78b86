/**
 * Site chrome is dropped by rules that hold across outlets, in Vietnamese and English, and body
 * sentences that mention the same words stay. Every line here and in the fixtures it reads
 * (tests/fixtures/chrome-lines.json, furniture-after-body.json) is synthetic, written for this test.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanCapture } from "@/lib/corpus/clean";
import { isChromeLine, isEndHeading, isListHeading } from "@/lib/corpus/chrome";
import chromeLines from "../../fixtures/chrome-lines.json";
import furnitureAfterBody from "../../fixtures/furniture-after-body.json";

const BODY_VI = [
  "Hai đoàn đàm phán đã thống nhất thêm ba chương của dự thảo Hiệp định trong phiên làm việc kéo dài hai ngày.",
  "Thứ trưởng cho biết phía Việt Nam sẽ gửi đề xuất mới về quy tắc xuất xứ trước vòng tiếp theo.",
];
const BODY_EN = [
  "Negotiators agreed three more chapters of the draft agreement during two days of talks in Hanoi.",
  "The deputy minister said Vietnam would send a new proposal on rules of origin before the next round.",
];
const capture = (...lines: string[]) => cleanCapture(lines.join("\n"));
const BODY = { vi: BODY_VI, en: BODY_EN };
/** Lines that are page furniture and body lines that only mention its words, each list by kind. */
const linesByKind = z.record(z.string(), z.array(z.string()).min(1));
const CHROME_LINES = z.object({ chrome: linesByKind, body: linesByKind }).parse(chromeLines);
const byKind = (lists: Record<string, string[]>) => Object.entries(lists).flatMap(([kind, lines]) => lines.map((line) => [line, kind] as const));
/** Furniture found under the last sentence, each case with the language of the body it is put under. */
const AFTER_BODY = z
  .object({ cases: z.array(z.object({ it: z.string(), lang: z.enum(["vi", "en"]), after: z.array(z.string()).min(1) })).min(1) })
  .parse(furnitureAfterBody);

describe("chrome lines, Vietnamese and English (synthetic)", () => {
  it.each(byKind(CHROME_LINES.chrome))("drops %j (%s)", (line) => {
    expect(isChromeLine(line)).toBe(true);
    expect(capture(BODY_VI[0]!, line, BODY_VI[1]!).body).toBe(BODY_VI.join("\n\n"));
  });

  it.each(byKind(CHROME_LINES.body))("keeps the body sentence %j (%s)", (line) => {
    expect(isChromeLine(line)).toBe(false);
    expect(capture(BODY_EN[0]!, line, BODY_EN[1]!).body).toBe([BODY_EN[0], line, BODY_EN[1]].join("\n\n"));
  });
});

describe("furniture under the last sentence (tests/fixtures/furniture-after-body.json)", () => {
  it.each(AFTER_BODY.cases)("$it ($lang): only the body is left", ({ lang, after }) => {
    expect(capture(...BODY[lang], ...after).body).toBe(BODY[lang].join("\n\n"));
  });
});

describe("headings of footer and related-headline blocks", () => {
  it("knows the headings in both languages, with or without colon, case or diacritics", () => {
    for (const heading of [
      "Tin liên quan",
      "TIN LIÊN QUAN:",
      "Đọc thêm:",
      "Tin mới nhất",
      "Co the ban quan tam",
      "Related stories",
      "Most read",
      "More from Sample Herald",
      "You may also like",
      "Bài viết cùng chủ đề",
    ]) {
      expect(isListHeading(heading), heading).toBe(true);
    }
    for (const heading of ["Bình luận", "Ý kiến bạn đọc", "Từ khóa:", "Comments", "Tags"]) expect(isEndHeading(heading), heading).toBe(true);
    for (const line of ["Tin liên quan đến vòng đàm phán thứ ba được công bố chiều nay.", "Related talks will follow in May.", "Bình luận của chuyên gia"]) {
      expect(isListHeading(line) || isEndHeading(line), line).toBe(false);
    }
  });

  it("skips a box of related headlines inside the body and keeps the paragraphs after it", () => {
    const after = [
      "Theo lịch trình, vòng đàm phán tiếp theo sẽ diễn ra tại Washington vào giữa tháng 8 năm nay.",
      "Các hiệp hội ngành hàng được mời góp ý cho danh mục mặt hàng trước ngày 30 tháng 7.",
    ];
    const cleaned = capture(BODY_VI[0]!, "TIN LIÊN QUAN", "Giá cà phê hôm nay tăng tiếp", "Xuất khẩu gạo tháng 6 đạt kỷ lục", BODY_VI[1]!, ...after);
    expect(cleaned.body).toBe([BODY_VI[0], BODY_VI[1], ...after].join("\n\n"));
  });

  it("ends the body at a tag line and drops the list under it; a tag line above the body is only dropped", () => {
    for (const line of [
      "Tags: thuế đối ứng, cà phê, hạt điều",
      "Từ khóa: đàm phán thương mại",
      "Chuyên mục: Kinh tế",
      "Topics: Trade | Vietnam | Tariffs",
      "Filed under: Trade, Vietnam",
      "Related topics: tariffs, Vietnam",
    ]) {
      expect(isChromeLine(line), line).toBe(true);
      expect(capture(...BODY_EN, line, "Sample headline of another report on round 20").body).toBe(BODY_EN.join("\n\n"));
    }
    const above = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Thẻ: đàm phán, thuế đối ứng", ...BODY_VI);
    expect(above.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(above.body).toBe(BODY_VI.join("\n\n"));
  });

  it("skips a latest-news list above the body, and a related box inside it, whose headlines end in a date stamp", () => {
    const dated = "Phiên đàm phán cấp Bộ trưởng lần thứ 20 bị hoãn vì lý do lịch trình tại thành phố Mẫu (15/10/2026)";
    const above = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Tin mới nhất", `- ${dated}`, "- Giá vàng hôm nay giảm nhẹ (15/10/2026)", ...BODY_VI);
    expect(above.body).toBe(BODY_VI.join("\n\n"));
    const after = "Theo lịch trình, vòng đàm phán tiếp theo sẽ diễn ra tại Washington vào giữa tháng 8 năm nay.";
    const inside = capture(BODY_VI[0]!, "Tin liên quan", dated, BODY_VI[1]!, after);
    expect(inside.body).toBe([BODY_VI[0], BODY_VI[1], after].join("\n\n"));
    const en = capture(
      BODY_EN[0]!,
      "Related stories",
      "Round 20 of the talks postponed as ministers' schedules clash in Sample City (Oct 15)",
      ...BODY_EN.slice(1),
      after,
    );
    expect(en.body).toBe([BODY_EN[0], BODY_EN[1], after].join("\n\n"));
  });

  it("keeps an unpunctuated last line after the last sentence when the share bar stands above that sentence", () => {
    // A share bar above the last sentence is not the page's end (one after it is: furniture-after-body.json).
    const last = "Talks resume in August in Sample City";
    expect(capture(BODY_EN[0]!, "Share · Tweet · Email", BODY_EN[1]!, last).body).toBe([BODY_EN[0], BODY_EN[1], last].join("\n\n"));
  });
});

describe("comment sections and furniture above the body", () => {
  it("drops a comment counter and a latest-news list above the first sentence instead of cutting the article", () => {
    const cleaned = capture(
      "Tiêu đề mẫu về vòng đàm phán thứ hai",
      "Bình luận (3)",
      "Tin mới nhất",
      "- Giá vàng hôm nay tăng mạnh",
      "- Lãi suất tiết kiệm giữ nguyên",
      ...BODY_VI,
    );
    expect(cleaned.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });

  it("takes the headline under a cookie banner as the title, instead of the banner, and keeps it out of the body", () => {
    const cleaned = capture("Trang web này sử dụng cookie để cải thiện trải nghiệm. Đồng ý | Tùy chỉnh", "Tiêu đề mẫu về vòng đàm phán thứ hai", ...BODY_VI);
    expect(cleaned.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });
});

describe("bylines, credits and mastheads around the body", () => {
  it("reads a dated byline that names its outlet or writer, and drops it", () => {
    const vi = capture("Trang chủ | Kinh tế | Doanh nghiệp", "Tiêu đề mẫu về vòng đàm phán thứ hai", "Nhịp Mẫu – 24/10/2025", ...BODY_VI);
    expect(vi.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(vi.bylineDate).toBe("24/10/2025");
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    const en = capture("SAMPLE TARIFF MONITOR", "Sample headline about the second round of talks", "By staff reporters | August 27, 2025", ...BODY_EN);
    expect(en.headline).toBe("Sample headline about the second round of talks");
    expect(en.bylineDate).toBe("August 27, 2025");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
  });

  it("keeps a syndication credit out of the body and records the outlet it names", () => {
    const cleaned = capture(...BODY_EN, "This article first appeared in Sample Trade Review.");
    expect(cleaned.body).toBe(BODY_EN.join("\n\n"));
    expect(cleaned.attribution).toBe("Sample Trade Review");
  });

  it.each([
    ["This story was first published by Sample Business Wire and is republished with permission.", "Sample Business Wire"],
    ["Republished with permission from Sample Trade Review.", "Sample Trade Review"],
    ["Distributed by the Sample Ledger wire", "Sample Ledger"],
    ["By Sample Ledger staff | Distributed by the Sample Ledger wire", "Sample Ledger"],
    ["Bài viết được đăng lại với sự cho phép của Báo Thử Nghiệm.", "Báo Thử Nghiệm"],
    ["Bài đăng lần đầu trên Thời báo Mẫu.", "Thời báo Mẫu"],
    ["(Theo Thời báo Mẫu)", "Thời báo Mẫu"],
    ["(Nguồn: Cổng tin Mẫu)", "Cổng tin Mẫu"],
    ["This article is republished from Sample Review under a Creative Commons license.", "Sample Review"],
  ])("drops the credit %j and records the outlet it names", (line, outlet) => {
    for (const [body, place] of [
      [BODY_EN, "after"],
      [BODY_VI, "before"],
    ] as const) {
      const cleaned = place === "after" ? capture(...body, line) : capture(line, ...body);
      expect(cleaned.body).toBe(body.join("\n\n"));
      expect(cleaned.attribution).toBe(outlet);
    }
  });

  it("drops a byline without a date, alone or beside a date, and keeps the date", () => {
    const en = capture("Sample headline about the second round of talks", "By Jane Sample and John Example", ...BODY_EN);
    expect(en.headline).toBe("Sample headline about the second round of talks");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
    const vi = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Bài và ảnh: Minh Mẫu · 12/05/2027", ...BODY_VI);
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    expect(vi.bylineDate).toBe("12/05/2027");
  });
});
