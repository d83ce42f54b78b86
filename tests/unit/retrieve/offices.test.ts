import { describe, expect, it } from "vitest";
import { searchable } from "@/lib/retrieve/coverage";
import { officeNamedByNone } from "@/lib/retrieve/offices";
import { analyzeQuery } from "@/lib/retrieve/query";

const TALKS = "Vietnam and the United States concluded the fourth round of textile talks in Hanoi, the chief negotiators said.";
const unnamed = (question: string, passages: string[]) => officeNamedByNone(analyzeQuery(question).concepts, passages.map(searchable))?.label ?? null;

describe("an office asked about with nobody named", () => {
  it.each([
    ["What has Vietnam's Prime Minister said about the textile talks?", "prime minister"],
    ["What did the vietnamese prime minister say about the textile talks?", "prime minister"],
    ["Thủ tướng nói gì về đàm phán dệt may?", "thủ tướng"],
    ["What did the Commerce Secretary say about the textile talks?", "commerce secretary"],
  ])("%s over passages that never name it: %s", (question, office) => {
    expect(unnamed(question, [TALKS])).toBe(office);
  });

  it("is named when a passage names the office, in either language", () => {
    expect(unnamed("What has Vietnam's Prime Minister said about the textile talks?", [TALKS, "Thủ tướng đề nghị sớm kết thúc đàm phán dệt may."])).toBeNull();
  });

  it("is the named person's when the question names one (the passages are matched on the name)", () => {
    expect(unnamed("What did Commerce Secretary Gina Raimondo say about the textile talks?", [TALKS])).toBeNull();
  });

  it("leaves questions that ask about no office alone", () => {
    expect(unnamed("Where was the fourth round of textile talks held?", [TALKS])).toBeNull();
  });
});
