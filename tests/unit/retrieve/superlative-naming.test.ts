import { describe, expect, it } from "vitest";
import { superlativeNaming } from "@/lib/retrieve/superlative-naming";

describe("a first or latest event restricted to those that name someone", () => {
  it("is read where the name follows the 'first'/'latest' word in the same clause", () => {
    expect(superlativeNaming("Which chapters were closed at the first round that Tran Thi Mai led?", ["Tran Thi Mai"])).toEqual({
      superlative: "earliest",
      names: ["tran thi mai"],
    });
    expect(superlativeNaming("Vòng đàm phán đầu tiên do Thứ trưởng Trần Thị Mai dẫn đầu diễn ra ở đâu?", ["trần thị mai"])?.superlative).toBe("earliest");
    expect(superlativeNaming("Where was the latest round Keane led?", ["Keane"])?.superlative).toBe("latest");
  });

  it("is not read where the name stands before it, in another clause, or far after it", () => {
    expect(superlativeNaming("What did Keane say at the first round?", ["Keane"])).toBeNull();
    expect(superlativeNaming("At the first round, Keane said what?", ["Keane"])).toBeNull();
    expect(superlativeNaming("Which chapters were closed at the first round of talks on the digital trade agreement with Keane?", ["Keane"])).toBeNull();
  });
});
