import { describe, expect, it } from "vitest";
import { sameSentence } from "@/lib/answer/copies";
import { extractAnswer } from "@/lib/answer/extractive";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented wire report and an outlet's syndicated copy of it, then a third report: the copy ranks second.
const LEAD = "WASHINGTON — The President signed an order on Friday lowering the reciprocal tariff on goods from Vietnam to 14 percent.";
const reports = [
  syntheticReport("Harbour Wire", "en", "2031-03-27", `${LEAD} Goods found to have been transshipped remain subject to a 38 percent tariff.`),
  syntheticReport("Delta Ledger", "en", "2031-03-27", `${LEAD} Exporters of furniture welcomed the cut.`),
  syntheticReport("Port Courier", "en", "2031-03-28", "The reciprocal tariff order takes effect on April 12, the order says."),
];
const chunks = wholeArticleChunks(reports);
const stats = new TermStatistics(chunks.map((c) => c.text));

describe("a sentence syndicated copies repeat", () => {
  it("is quoted once, the copy's outlet listed and cited after it, and the answer's other quotes say something else", () => {
    const plan = analyzeQuery("What tariff did the President's order set on goods from Vietnam?");
    const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
    const documents = new Map(reports.map((d) => [d.id, d]));
    const { body, citations } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, { stats, documents });
    expect(body.split(LEAD)).toHaveLength(2);
    expect(body).toContain(`${LEAD} [1] _(Also reported by: Delta Ledger [2].)_`);
    expect(citations.filter((c) => c.quote === LEAD).map((c) => c.docId)).toEqual(["Harbour Wire", "Delta Ledger"]);
  });

  it("is the same sentence with accents, case or one word of a long sentence changed, not a sentence sharing its subject", () => {
    expect(
      sameSentence("Bộ trưởng Phan Đức Thịnh đã tiếp Thượng nghị sĩ Gerald Mattson.", "Bo truong Phan Duc Thinh da tiep thuong nghi si Gerald Mattson"),
    ).toBe(true);
    expect(sameSentence(LEAD, LEAD.replace("Friday", "Thursday"))).toBe(true);
    expect(sameSentence(LEAD, "The President signed an order on Friday raising the tariff on steel.")).toBe(false);
  });
});
