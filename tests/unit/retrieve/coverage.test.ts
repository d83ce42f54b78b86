import { describe, expect, it } from "vitest";
import { conceptWeight, mentions, searchable, TermStatistics } from "@/lib/retrieve/coverage";
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

  it("of an English word counts its forms as one wording, as common as its most common form ('plan' is no rarer for one 'planning')", () => {
    const english = new TermStatistics(["Both sides plan a new round.", "The plan was agreed.", "A plan for tariffs.", "Capacity planning began."]);
    const plan: Concept = { label: "plan", alternates: ["plan", "plans", "planning"], accented: false, fromHistory: false, inflections: ["plans", "planning"] };
    expect(conceptWeight(plan, english)).toBeCloseTo(english.idf("plan"));
    // A translation is a wording of its own, weighed by its own rarity.
    expect(conceptWeight({ ...plan, alternates: [...plan.alternates, "capacity"] }, english)).toBeCloseTo(english.idf("capacity"));
  });

  it("of a side ('Việt Nam') stays the phrase's: every report names the two countries", () => {
    const side = concept(["việt nam", "vietnam"], true);
    expect(conceptWeight(side, stats)).toBeCloseTo(conceptWeight({ ...side, name: false }, stats));
  });
});

describe("whether a passage mentions a concept", () => {
  it("finds a Vietnamese name as English reports write it, without its marks ('Lê Minh Sơn' is 'Le Minh Son')", () => {
    const name: Concept = { label: "lê minh sơn", alternates: ["lê minh sơn"], accented: true, fromHistory: false, name: true, multiWord: true };
    expect(mentions(searchable("Vietnam's side was led by Le Minh Son, head of the import-export department."), name)).toBe(true);
    // A word that is not a name still has to match as written: "bão" (storm) is not "bao".
    const word: Concept = { label: "bão", alternates: ["bão"], accented: true, fromHistory: false };
    expect(mentions(searchable("Giá bao bì tăng."), word)).toBe(false);
  });
});

describe("a one-syllable word inside a compound that is another word", () => {
  // Synthetic sentences: a purchase "worth" a sum holds "giá" only inside "trị giá" (value), not a price.
  const worth = searchable("Việt Nam cam kết mua nông sản Hoa Kỳ trị giá 8,5 tỷ USD, trong đó có cà phê.");
  const price = searchable("Giá cà phê xuất khẩu tăng, doanh nghiệp tham gia đánh giá thị trường.");
  const gia = (accented: boolean): Concept => ({ label: "giá", alternates: [accented ? "giá" : "gia"], accented, fromHistory: false });

  it("is not found there, typed with or without diacritics", () => {
    expect(mentions(worth, gia(true))).toBe(false);
    expect(mentions(searchable("Các doanh nghiệp tham gia hội chợ quốc gia."), gia(false))).toBe(false);
  });

  it("is found when it also stands alone, and when the compound is a wording of the concept itself", () => {
    expect(mentions(price, gia(true))).toBe(true);
    expect(mentions(price, gia(false))).toBe(true);
    expect(mentions(worth, { label: "trị giá", alternates: ["giá", "trị giá"], accented: true, fromHistory: false })).toBe(true);
  });

  it("reads 'thay' (took over from) apart from 'thay đổi' (change) and 'thay vì' (instead of)", () => {
    const tookOver: Concept = { label: "took over", alternates: ["took over", "thay", "kế nhiệm"], accented: false, fromHistory: false };
    expect(mentions(searchable("Hai bên thay đổi lịch họp, thay vì họp tại Hà Nội."), tookOver)).toBe(false);
    expect(mentions(searchable("Bà Nguyệt thay ông Khải làm trưởng đoàn."), tookOver)).toBe(true);
  });
});
