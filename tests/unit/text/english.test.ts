import { describe, expect, it } from "vitest";
import { englishForms, englishNumberForms, englishStem } from "@/lib/text/english";

describe("English word forms", () => {
  it("stems regular inflections, and leaves endings that are not inflections", () => {
    const words = ["checks", "agencies", "agreed", "planned", "taxes", "business", "status"];
    expect(words.map(englishStem)).toEqual(["check", "agency", "agree", "plan", "tax", "business", "status"]);
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

  it("gives a noun its other number only, never a verb's forms", () => {
    expect(englishNumberForms("cherry")).toEqual(["cherry", "cherries"]);
    expect(englishNumberForms("duties")).toEqual(["duties", "duty"]);
    expect(englishNumberForms("tariff")).toEqual(["tariff", "tariffs"]);
    expect(englishNumberForms("business")).toEqual(["business", "businesses"]);
    expect(englishNumberForms("declined")).toEqual(["declined"]);
    expect(englishNumberForms("recently")).toEqual(["recently"]);
  });
});
