import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage, SourceDocument } from "@/lib/types";
import { wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports of an invented countervailing-duty case; the second names a negotiating round in passing.
const report = (id: string, date: string, title: string, body: string): SourceDocument => ({
  id,
  title,
  date,
  published: null,
  url: null,
  source: `Báo ${id}`,
  lang: "vi",
  body,
});
const docs = [
  report(
    "init",
    "2031-03-05",
    "Mỹ điều tra chống trợ cấp ấm điện",
    "Ngày 3/3/2031, Bộ Thương mại Hoa Kỳ khởi xướng điều tra chống trợ cấp đối với ấm điện của Việt Nam.",
  ),
  report(
    "final",
    "2031-09-10",
    "Kết luận cuối cùng vụ ấm điện: doanh nghiệp chịu thuế 3,15%",
    "Ngày 8/9/2031, Bộ Thương mại Hoa Kỳ ban hành kết luận cuối cùng vụ ấm điện, ngay trước vòng đàm phán thứ hai. Theo đó, các doanh nghiệp ấm điện Việt Nam chịu mức thuế 3,15%.",
  ),
];
const chunks = wholeArticleChunks(docs);
const catalog = new EventCatalog(new Map(docs.map((d) => [d.id, d])), chunks);

describe("a timeline of a subject no catalog event is about", () => {
  it("gives one line per report, under its outlet and date, with its dated sentence and what its headline says", () => {
    const plan = analyzeQuery("Tóm tắt vụ điều tra chống trợ cấp ấm điện từ khởi xướng đến kết luận cuối cùng");
    const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
    const focus = { events: [], unreported: null, timeline: true, topic: true };
    const { body } = extractAnswer(
      { plan, passages, relevance: 1, answerable: true, focus },
      { stats: new TermStatistics(chunks.map((c) => c.text)), catalog, documents: catalog.documents },
    );
    const lines = body.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("**Báo init, 5/3/2031:** Ngày 3/3/2031");
    // Not under the round the final report names in passing.
    expect(lines[1]).toMatch(/^- \*\*Báo final, 10\/9\/2031:\*\*/);
    expect(lines[1]).toContain("3,15%");
  });
});
