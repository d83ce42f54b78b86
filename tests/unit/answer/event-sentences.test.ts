import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
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

describe("the offline answer about one round", () => {
  // Synthetic: a recap of every round, written after them, and the report of round 3.
  const recapBody =
    "Nhìn lại, vòng 1 thống nhất 6 nhóm công tác; vòng 2 thống nhất khung 12 chương; vòng 3 thống nhất khoảng 40% nội dung; vòng 5 nâng lên khoảng 80% nội dung.";
  const reportBody = "Vòng đàm phán thứ 3 kết thúc ngày 12/6/2025. Theo đoàn Việt Nam, hai bên đã thống nhất được khoảng 40% nội dung văn bản.";
  const recap: SourceDocument = { ...doc, id: "recap", title: "Nhìn lại các vòng đàm phán", date: "2025-08-01", body: recapBody };
  const report: SourceDocument = { ...doc, id: "r3", title: "Kết thúc vòng 3", date: "2025-06-12", body: reportBody };
  const chunkOf = (d: SourceDocument): Chunk => ({ ...chunk, id: `${d.id}#0`, docId: d.id, title: d.title, date: d.date, end: d.body.length, text: d.body });
  const chunks = [chunkOf(recap), chunkOf(report)];
  const roundsCatalog = new EventCatalog(new Map([recap, report].map((d) => [d.id, d])), chunks);

  it("quotes the round's own report before a recap sentence that names every round, even when the recap ranks first", () => {
    const plan = analyzeQuery("Sau vòng 3 hai bên thống nhất được bao nhiêu phần trăm nội dung?");
    const passages: Passage[] = chunks.map((c, i) => ({ rank: i + 1, chunk: c, score: 1 - i / 10 }));
    const focus = { events: roundsCatalog.events.filter((e) => e.id === "round#3"), unreported: null, timeline: false };
    const { body: text, citations } = extractAnswer(
      { plan, passages, relevance: 1, answerable: true, focus },
      { stats: new TermStatistics(chunks.map((c) => c.text)), catalog: roundsCatalog, documents: roundsCatalog.documents },
    );
    const first = citations.find((c) => c.n === citedNumbers(text)[0])!;
    expect(first.docId).toBe("r3");
    // Its sentence with the figure is read first, before the sentence that opens the report.
    const answerText = text.replace(/^\*\*[^*]+\*\*\s*/, "");
    expect(answerText.startsWith("Theo đoàn Việt Nam, hai bên đã thống nhất được khoảng 40% nội dung văn bản.")).toBe(true);
  });
});

describe("the offline answer to when an event was held, over a sentence that names other years", () => {
  // Synthetic: an English report of a third round, written the day it closed; the figures and years are invented.
  const roundBody = [
    "Negotiators from both countries closed the third round on Thursday.",
    "Under the compromise reached at the third round in Da Nang, the local-content share rises from 15% in 2043 to 25% by 2046.",
  ].join(" ");
  const report: SourceDocument = { ...doc, id: "r3en", title: "Da Nang round closes", date: "2041-09-26", lang: "en", body: roundBody };
  const roundChunk: Chunk = { ...chunk, id: "r3en#0", docId: report.id, title: report.title, date: report.date, end: roundBody.length, text: roundBody };
  const roundCatalog = new EventCatalog(new Map([[report.id, report]]), [roundChunk]);

  it("does not take years the event was not held in for its date", () => {
    const plan = analyzeQuery("When did the third round in Da Nang close?");
    const focus = { events: roundCatalog.events.filter((e) => e.id === "round#3"), unreported: null, timeline: false };
    expect(focus.events).toHaveLength(1);
    const { body: text } = extractAnswer(
      { plan, passages: [{ rank: 1, chunk: roundChunk, score: 1 }], relevance: 1, answerable: true, focus },
      { stats: new TermStatistics([roundBody]), catalog: roundCatalog, documents: roundCatalog.documents },
    );
    const answerText = text.replace(/^\*\*[^*]+\*\*\s*/, "");
    expect(answerText.startsWith("Negotiators from both countries closed the third round on Thursday.")).toBe(true);
  });
});
