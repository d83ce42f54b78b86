import { describe, expect, it } from "vitest";
import { ANSWER_TEXT, quoteLanguages } from "@/lib/answer/answer-text";

const notice = (language: "vi" | "en", quoted: ("vi" | "en")[]) => ANSWER_TEXT[language].offlineNotice[quoteLanguages(language, quoted)];

describe("the offline notice says in which language the quotes are", () => {
  it("for an English reader: Vietnamese only when every quote is, 'some' when the quotes are mixed, nothing when all are English", () => {
    expect(notice("en", ["vi", "vi"])).toContain("(in Vietnamese)");
    // The first quote English, the next Vietnamese: not "(in Vietnamese)".
    expect(notice("en", ["en", "vi"])).toContain("(some in Vietnamese)");
    expect(notice("en", ["en", "en"])).not.toMatch(/Vietnamese/);
  });

  it("for a Vietnamese reader: English when every quote is, 'some' when mixed, nothing when all are Vietnamese", () => {
    expect(notice("vi", ["en"])).toContain("(bằng tiếng Anh)");
    expect(notice("vi", ["vi", "en"])).toContain("(có đoạn bằng tiếng Anh)");
    expect(notice("vi", ["vi"])).not.toMatch(/tiếng Anh/);
  });

  it("with no quote, assumes the archive's Vietnamese, as before quotes were counted", () => {
    expect(notice("en", [])).toContain("(in Vietnamese)");
    expect(notice("vi", [])).not.toMatch(/tiếng Anh/);
  });
});
