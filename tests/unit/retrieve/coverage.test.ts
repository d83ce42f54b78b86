import { describe, expect, it } from "vitest";
import { conceptWeight, TermStatistics } from "@/lib/retrieve/coverage";
import type { Concept } from "@/lib/retrieve/query";

// Synthetic passages: "hội" and "may" are common, "dệt" rare, as in a news archive.
const stats = new TermStatistics([
  "Hiệp hội Dệt may Việt Nam cho biết doanh nghiệp đang đàm phán lại giá.",
  "Hội nghị bàn về thương mại, may mắn là hai bên đồng ý.",
  "Hội đồng quản trị họp; may thay mọi việc ổn.",
  "Các hội viên và hiệp định mới.",
  "Việt Nam và Hoa Kỳ họp tại Hà Nội.",
]);
const concept = (alternates: string[], name: boolean): Concept => ({ label: alternates[0]!, alternates, accented: true, fromHistory: false, name });

describe("a concept's weight in coverage", () => {
  it("of a name of several words is its rarest syllable's, not the mean of common ones ('Hiệp hội Dệt may')", () => {
    const asName = conceptWeight(concept(["hiệp hội dệt may"], true), stats);
    const asWords = conceptWeight(concept(["hiệp hội dệt may"], false), stats);
    expect(asName).toBeCloseTo(stats.idf("det"));
    expect(asName).toBeGreaterThan(asWords);
  });

  it("of a side ('Việt Nam') stays the phrase's: every report names the two countries", () => {
    const side = concept(["việt nam", "vietnam"], true);
    expect(conceptWeight(side, stats)).toBeCloseTo(conceptWeight({ ...side, name: false }, stats));
  });
});
