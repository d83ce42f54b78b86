import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Chunk, Passage, SourceDocument } from "@/lib/types";

// A synthetic report written for this test; the outlet, dates and figures are invented.
const body = [
  "Vòng đàm phán thứ hai diễn ra từ ngày 12 đến 14/5/2025.",
  "Chiều hôm qua, các nhà đàm phán hai nước kết thúc ba ngày làm việc căng thẳng tại Hà Nội.",
  "Các nhà đàm phán hôm qua cho biết sẽ tiếp tục làm việc trực tuyến với Hà Nội hằng tuần.",
  "Hôm nay các nhà đàm phán Hoa Kỳ rời Hà Nội sau nhiều ngày làm việc.",
].join(" ");
const doc: SourceDocument = { id: "r2", title: "Khép lại vòng hai", date: "2025-05-15", published: null, url: null, source: "Bản tin", lang: "vi", body };
const chunk: Chunk = { id: "r2#0", docId: "r2", title: doc.title, date: doc.date, url: null, source: doc.source, start: 0, end: body.length, text: body };
const catalog = new EventCatalog(new Map([[doc.id, doc]]), [chunk]);
const stats = new TermStatistics([chunk.text]);

describe("the offline answer to when an event was held", () => {
  it("quotes the sentence that states the event with its dates, not another dated sentence of the report", () => {
    const plan = analyzeQuery("Các nhà đàm phán làm việc tại Hà Nội trong vòng hai khi nào?");
    expect(plan.expects).toBe("date");
    const passages: Passage[] = [{ rank: 1, chunk, score: 1 }];
    const focus = { events: catalog.events.filter((e) => e.id === "round#2"), unreported: null, timeline: false };
    expect(focus.events).toHaveLength(1);
    const { body: text, citations } = extractAnswer(
      { plan, passages, relevance: 1, answerable: true, focus },
      { stats, catalog, documents: catalog.documents },
    );
    expect(citations.some((c) => c.quote.includes("từ ngày 12 đến 14/5/2025"))).toBe(true);
    expect(text).toContain("từ ngày 12 đến 14/5/2025");
  });
});
