import { describe, expect, it } from "vitest";
import { EventCatalog } from "@/lib/index/event-catalog";
import { asksOutcomeOfPlanned } from "@/lib/retrieve/planned-event";
import { analyzeQuery } from "@/lib/retrieve/query";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports written for this test: two rounds held, the second's report announcing a third; dates and places invented.
const reports = [
  syntheticReport("r1", "vi", "2031-03-10", "Từ ngày 10 đến 12/3/2031, vòng đàm phán thứ nhất đã diễn ra tại Hà Nội."),
  syntheticReport(
    "r2",
    "en",
    "2031-05-14",
    "The second round of talks was held in Washington D.C. from May 12 to 14, 2031. The third round will be held in Da Nang in September 2031.",
  ),
];
const catalog = new EventCatalog(new Map(reports.map((d) => [d.id, d])), wholeArticleChunks(reports));
const round = (n: number) => catalog.events.filter((e) => e.kind === "round" && e.ordinal === n);
const asks = (question: string, n: number) => asksOutcomeOfPlanned(analyzeQuery(question), round(n));

describe("a question about an event the reports only announce", () => {
  it("reads the announced round as planned and the held ones as held", () => {
    expect(round(3).map((e) => e.planned)).toEqual([true]);
    expect(round(2).map((e) => e.planned)).toEqual([false]);
  });

  it("asks what happened there when it asks its outcome, in either language", () => {
    expect(asks("What was agreed at the third round?", 3)).toBe(true);
    expect(asks("Vòng đàm phán thứ ba đạt được kết quả gì?", 3)).toBe(true);
    expect(asks("vong dam phan thu ba dat duoc ket qua gi", 3)).toBe(true);
  });

  it("does not when it asks when or where it is to be held, or what it will do", () => {
    expect(asks("Where will the third round be held?", 3)).toBe(false);
    expect(asks("Vòng đàm phán thứ ba diễn ra khi nào?", 3)).toBe(false);
    expect(asks("What will the third round discuss?", 3)).toBe(false);
    expect(asks("Vòng thứ ba dự kiến bàn về vấn đề gì?", 3)).toBe(false);
    expect(asks("What is expected from the next round?", 3)).toBe(false);
  });

  it("does not when it asks what stands of it now: its plan answers that", () => {
    expect(asks("What is the latest on the third round?", 3)).toBe(false);
    expect(asks("Tình hình vòng đàm phán thứ ba thế nào rồi?", 3)).toBe(false);
  });

  it("does not for a round that was held", () => {
    expect(asks("What was agreed at the second round?", 2)).toBe(false);
  });
});
