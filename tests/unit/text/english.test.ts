import { describe, expect, it } from "vitest";
import { englishForms, englishNumberForms, englishStem, irregularBases, toldFromSyllables } from "@/lib/text/english";

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

  it("doubles a short stem's last consonant before -ing and -ed, as reports write it", () => {
    expect(englishForms("put")).toContain("putting");
    expect(englishForms("plan")).toEqual(expect.arrayContaining(["planned", "planning"]));
    expect(englishForms("shipping")).toEqual(expect.arrayContaining(["ship", "shipped", "ships"]));
  });

  it("joins an irregular verb's past forms to its base, both ways", () => {
    expect(englishForms("lead")).toContain("led");
    expect(englishForms("meet")).toContain("met");
    expect(englishForms("begin")).toEqual(expect.arrayContaining(["began", "begun"]));
    expect(englishForms("held")).toEqual(expect.arrayContaining(["hold", "holds", "holding"]));
    expect(englishForms("leaving")).toEqual(expect.arrayContaining(["leave", "left"]));
    expect(irregularBases("took")).toEqual(["take"]);
    expect(irregularBases("talks")).toEqual([]);
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

describe("which English forms a folded syllable cannot be mistaken for", () => {
  it("are the forms of four letters or more, and phrases; 'met', 'ran' and 'go' fold like 'mệt', 'rán' and 'gỗ'", () => {
    expect(["met", "ran", "go"].map(toldFromSyllables)).toEqual([false, false, false]);
    expect(["meeting", "held", "take effect"].map(toldFromSyllables)).toEqual([true, true, true]);
  });
});
