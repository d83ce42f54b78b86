import { describe, expect, it } from "vitest";
import { buildDocument } from "@/lib/corpus/document";
import { detectTextLanguage } from "@/lib/text/language";

// Synthetic sentences written for this test.
const english =
  "Minister Nguyễn Hồng Diên met the US Trade Representative in Washington, D.C. on Tuesday to discuss the second round of talks on a reciprocal trade agreement.";
const vietnamese = "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã có cuộc làm việc với Đại diện Thương mại Hoa Kỳ về vòng đàm phán thứ hai.";
const vietnameseWithoutMarks = "Bo truong Bo Cong Thuong da co cuoc lam viec voi Dai dien Thuong mai Hoa Ky.";

describe("an article's language", () => {
  it("is English for English prose that names Vietnamese people and places", () => {
    expect(detectTextLanguage(english)).toBe("en");
  });
  it("is Vietnamese for Vietnamese prose", () => {
    expect(detectTextLanguage(vietnamese)).toBe("vi");
  });
  it("is recorded on the document, and metadata wins over detection", () => {
    expect(buildDocument("a", english, {}).document.lang).toBe("en");
    expect(buildDocument("b", vietnamese, {}).document.lang).toBe("vi");
    expect(buildDocument("c", vietnameseWithoutMarks, { lang: "vi-VN" }).document.lang).toBe("vi");
    expect(buildDocument("d", vietnamese, { lang: "English" }).document.lang).toBe("en");
  });
});
