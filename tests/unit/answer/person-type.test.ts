import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented working group's report: the lead names the group, a ministry and a city in capitals, the next sentence its chair.
const CHAIR = "Nhóm công tác chung do ông Lê Văn Hải đồng chủ trì.";
const report = syntheticReport(
  "wg-vi",
  "vi",
  "2030-12-09",
  `Ngày 8/12/2030, tại TP. Hồ Chí Minh, Nhóm công tác chung của Bộ Công Thương về quy tắc xuất xứ đã họp phiên đầu tiên. ${CHAIR}`,
);
const chunks = wholeArticleChunks([report]);
const stats = new TermStatistics(chunks.map((c) => c.text));

describe("a who-question", () => {
  it("is answered by the sentence naming a person, not one naming a ministry and a city in capitals", () => {
    const plan = analyzeQuery("Ai đồng chủ trì Nhóm công tác chung về quy tắc xuất xứ?");
    const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
    const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, stats);
    expect(body.slice(0, body.indexOf(` [${citedNumbers(body)[0]}]`))).toBe(CHAIR);
  });
});
