import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports of one invented round, written for this test: the round's own report says it ended "hôm qua",
// a later review writes its days out.
const reports = [
  syntheticReport(
    "r2-report",
    "vi",
    "2033-06-24",
    "Vòng đàm phán thứ hai về dệt may giữa Việt Nam và Hoa Kỳ đã kết thúc hôm qua tại Washington sau bốn ngày làm việc. Hai bên trao đổi về quy tắc xuất xứ.",
  ),
  syntheticReport("review", "vi", "2034-07-27", "Vòng 2 về dệt may tại Washington, từ 20 đến 23/6/2033: Hoa Kỳ đề xuất quy tắc từ sợi trở đi."),
];
const chunks = wholeArticleChunks(reports);
const catalog = new EventCatalog(new Map(reports.map((d) => [d.id, d])), chunks);
const stats = new TermStatistics(chunks.map((c) => c.text));

/** The first quote of the offline answer, the round's own report ranked first. */
function firstQuote(question: string) {
  const plan = analyzeQuery(question);
  const focus = { events: catalog.events.filter((e) => e.id === "round#2"), unreported: null, timeline: false };
  expect(focus.events).toHaveLength(1);
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  const { body, citations } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus }, { stats, catalog, documents: catalog.documents });
  return citations.find((c) => c.n === citedNumbers(body)[0])!;
}

describe("the sentence that answers when an event was held", () => {
  it("writes the date out rather than 'hôm qua', when one of its language does", () => {
    const quote = firstQuote("Vòng đàm phán thứ hai về dệt may diễn ra vào thời gian nào?");
    expect(quote.docId).toBe("review");
    expect(quote.quote).toContain("từ 20 đến 23/6/2033");
  });

  it("is the round's own report for what the review does not say", () => {
    expect(firstQuote("Tại vòng đàm phán thứ hai về dệt may, hai bên trao đổi về vấn đề gì?").docId).toBe("r2-report");
  });
});
