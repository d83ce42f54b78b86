import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fold, hasVietnameseDiacritics, spacedSyllables, syllableText, toNfc, tokenize } from "@/lib/text/normalize";
import { PROJECT_CORPUS } from "../../support/test-index";

describe("Vietnamese normalisation", () => {
  it("composes NFD and legacy combining forms to NFC", () => {
    const nfd = "Vòng đàm phán thứ hai".normalize("NFD");
    expect(nfd).not.toBe("Vòng đàm phán thứ hai");
    expect(toNfc(nfd)).toBe("Vòng đàm phán thứ hai");
    // Windows-1258 style: base letter + combining tone mark, and the deprecated U+0341 acute tone mark.
    expect(toNfc("Vie\u0302\u0323t")).toBe("Việt");
    expect(toNfc("thu\u031b\u0341")).toBe("thứ");
  });

  it("folds diacritics and đ/Đ to plain letters", () => {
    expect(fold("Vòng ĐÀM PHÁN thứ hai")).toBe("vong dam phan thu hai");
    expect(fold("Đối tác chiến lược toàn diện")).toBe("doi tac chien luoc toan dien");
  });

  it("tokenises syllables and keeps numbers with their separators", () => {
    const tokens = tokenize("Kim ngạch đạt gần 150 tỷ USD, tăng 8,5% vào ngày 12-14/11.");
    expect(tokens.map((t) => t.text)).toEqual(["kim", "ngạch", "đạt", "gần", "150", "tỷ", "usd", "tăng", "8,5", "vào", "ngày", "12", "14", "11"]);
    expect(tokens[1]).toMatchObject({ folded: "ngach", start: 4, end: 9 });
  });

  it("tells Vietnamese with diacritics from unaccented text", () => {
    expect(hasVietnameseDiacritics("vòng đàm phán")).toBe(true);
    expect(hasVietnameseDiacritics("vong dam phan")).toBe(false);
    expect(hasVietnameseDiacritics("What was discussed?")).toBe(false);
  });

  it("joins syllables as tokenize does, folded in one pass to the same text", () => {
    const texts = readdirSync(PROJECT_CORPUS).map((f) => readFileSync(path.join(PROJECT_CORPUS, f), "utf8"));
    texts.push("ĐÀM PHÁN Σ thuế 8,5% – Vie\u0302\u0323t Nam");
    for (const text of texts) {
      const tokens = tokenize(text);
      expect(syllableText(text)).toBe(tokens.map((t) => t.text).join(" "));
      expect(fold(syllableText(text))).toBe(tokens.map((t) => t.folded).join(" "));
    }
  });

  it("folds and splits by table exactly as whole-text Unicode normalisation does, odd characters included", () => {
    // The definitions: NFD, marks dropped, đ → d, lower case; the syllable pattern, lower-cased as one string.
    const foldReference = (text: string) =>
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[đĐ]/g, "d")
        .toLowerCase();
    const syllablesReference = (text: string) => (text.normalize("NFC").match(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu) ?? []).join(" ").toLowerCase();
    const texts = readdirSync(PROJECT_CORPUS).map((f) => readFileSync(path.join(PROJECT_CORPUS, f), "utf8"));
    texts.push(
      "ĐÀM PHÁN ΟΔΟΣ Σ thuế 8,5% 1.234,5, a.1 x,y – Vie\u0302\u0323t Nam",
      "İstanbul ǅ ẞ ﬁ Å Ω",
      "a\u1dc0\u0316b \u05d0\u05b0\u0591 가\u1161",
      "𝐀𝐁 𝟏𝟐 😀 ok",
    );
    for (const text of texts) {
      expect(fold(text)).toBe(foldReference(text));
      expect(syllableText(text)).toBe(syllablesReference(text));
      const spaced = ` ${syllablesReference(text)} `;
      expect(spacedSyllables(text)).toEqual({ exact: spaced, folded: foldReference(spaced) });
    }
  });
});
