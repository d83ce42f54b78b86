import { describe, expect, it } from "vitest";
import { englishForms, englishStem } from "@/lib/text/english";

describe("English word forms", () => {
  it("stems regular inflections", () => {
    expect(englishStem("checks")).toBe("check");
    expect(englishStem("agencies")).toBe("agency");
    expect(englishStem("agreed")).toBe("agree");
    expect(englishStem("planned")).toBe("plan");
    expect(englishStem("taxes")).toBe("tax");
    // Endings that are not inflections stay.
    expect(englishStem("business")).toBe("business");
    expect(englishStem("status")).toBe("status");
  });

  it("gives a word its forms both ways: from the stem and to it", () => {
    expect(englishForms("check")).toEqual(expect.arrayContaining(["checks", "checked", "checking"]));
    expect(englishForms("checked")).toEqual(expect.arrayContaining(["check", "checks"]));
    expect(englishForms("taking")).toContain("take");
    expect(englishForms("agree")).toEqual(expect.arrayContaining(["agreed", "agrees", "agreeing"]));
    expect(englishForms("tariffs")).toContain("tariff");
    expect(englishForms("ask")).toContain("asked");
  });

  it("adds no form too short to tell from a folded Vietnamese syllable", () => {
    expect(englishForms("cuts").every((f) => f === "cuts" || f.length >= 4)).toBe(true);
    expect(englishForms("to")).toEqual(["to"]);
  });
});
