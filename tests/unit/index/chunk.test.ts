import { describe, expect, it } from "vitest";
import { chunkDocument } from "@/lib/index/chunk";
import type { SourceDocument } from "@/lib/types";

function doc(body: string): SourceDocument {
  return { id: "d", title: "T", date: null, published: null, url: null, source: null, lang: "vi", body };
}

const body = [
  "Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 tại Washington D.C. Kết thúc vòng đàm phán, hai bên đã xác định các nhóm vấn đề đồng thuận.",
  "Kim ngạch thương mại song phương năm 2024 đạt gần 150 tỷ USD. Phiên kỹ thuật diễn ra từ ngày 12-14/11/2025 tại Washington, D.C. Ông Greer nói: “Chính sách mới. Không gây hại”.",
  "TP. Hồ Chí Minh đạt mức tăng trưởng 8,5%. Đây là câu cuối.",
].join("\n\n");

describe("chunking", () => {
  const chunks = chunkDocument(doc(body), { targetChars: 220, overlapSentences: 1, maxSentenceChars: 400 });

  it("slices the body exactly and numbers chunks in order", () => {
    expect(chunks.length).toBeGreaterThan(2);
    chunks.forEach((c, i) => {
      expect(c.id).toBe(`d#${i}`);
      expect(body.slice(c.start, c.end)).toBe(c.text);
    });
  });

  it("never splits inside D.C., TP., an amount, a date range or a quotation", () => {
    const whole = ["Washington D.C. Kết thúc", "150 tỷ USD", "12-14/11/2025", "“Chính sách mới. Không gây hại”", "TP. Hồ Chí Minh"];
    for (const phrase of whole)
      expect(
        chunks.some((c) => c.text.includes(phrase)),
        phrase,
      ).toBe(true);
    for (const c of chunks) expect(c.text).not.toMatch(/^(C\.|Kết thúc vòng|Hồ Chí Minh|Không gây hại)/);
  });

  it("loses no text between chunks and repeats a sentence where a chunk holds several (overlap)", () => {
    let overlaps = 0;
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.start).toBeLessThanOrEqual(chunks[i - 1]!.end + 2);
      if (chunks[i]!.start < chunks[i - 1]!.end) overlaps++;
    }
    expect(overlaps).toBeGreaterThan(0);
  });

  it("cuts an over-long sentence at clause boundaries", () => {
    const long = `${"Hai bên nhất trí thúc đẩy hợp tác kinh tế, ".repeat(30)}kết thúc.`;
    const pieces = chunkDocument(doc(long), { targetChars: 200, overlapSentences: 0, maxSentenceChars: 150 });
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(200);
    expect(
      pieces
        .map((p) => p.text)
        .join(" ")
        .replace(/\s+/g, " "),
    ).toBe(long);
  });
});
