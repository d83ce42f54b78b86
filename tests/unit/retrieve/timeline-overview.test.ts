import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { EventCatalog } from "@/lib/index/event-catalog";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import { timelineOverview } from "@/lib/retrieve/timeline-overview";
import type { ArchiveStore } from "@/lib/store/store";
import { reportStore } from "../../support/report-store";
import { paragraphChunks, syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports of three invented rounds, and an analysis looking back from the first to the last; the analysis is
// ranked last, as a recap that names every round ranks below each round's own report.
const rounds = [
  syntheticReport("r1", "vi", "2041-03-10", "Ngày 9/3/2041, vòng đàm phán thứ nhất về hiệp định thủy sản đã khai mạc tại Hà Nội."),
  syntheticReport("r2", "vi", "2041-06-15", "Ngày 14/6/2041, vòng đàm phán thứ hai về hiệp định thủy sản đã kết thúc tại Washington."),
  syntheticReport("r3", "vi", "2041-09-21", "Ngày 20/9/2041, vòng đàm phán thứ ba về hiệp định thủy sản đã kết thúc tại Đà Nẵng."),
];
const analysis = syntheticReport(
  "analysis",
  "vi",
  "2041-10-02",
  "Từ phiên khai mạc tại Hà Nội ngày 9/3/2041 đến phiên bế mạc tại Đà Nẵng ngày 20/9/2041, đàm phán hiệp định thủy sản đã trải qua ba vòng.",
);
const question = "Tóm tắt diễn biến đàm phán hiệp định thủy sản theo thứ tự thời gian.";
const retrieverOver = (store: ArchiveStore) => new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });

describe("a timeline of the talks when an article spans them", () => {
  it("opens with the passage that writes out the days of the first and the last event, then one per event", async () => {
    const { passages, focus } = await retrieverOver(reportStore([...rounds, analysis])).retrieve(question);
    expect(passages.map((p) => p.chunk.docId)).toEqual(["analysis", "r1", "r2", "r3"]);
    expect(focus?.overview).toBe("analysis#0");
  });

  it("has no overview when no article dates both ends: a report of one round is that round's line", async () => {
    const { passages, focus } = await retrieverOver(reportStore(rounds)).retrieve(question);
    expect(passages.map((p) => p.chunk.docId)).toEqual(["r1", "r2", "r3"]);
    expect(focus?.overview).toBeUndefined();
  });

  it("quotes the overview's dating sentence under its outlet, before the dated lines", async () => {
    const store = reportStore([...rounds, analysis]);
    const retrieval = await retrieverOver(store).retrieve(question);
    const { body } = extractAnswer(retrieval, { stats: store.stats, catalog: store.events, documents: store.events!.documents });
    const lines = body.split("\n").filter((l) => l.startsWith("- "));
    expect(lines[0]).toBe(`- **Tổng quan (analysis, 2/10/2041):** ${analysis.body} [1]`);
    expect(lines.slice(1).map((l) => l.slice(0, 28))).toEqual(["- **Vòng đàm phán thứ 1 — 9/", "- **Vòng đàm phán thứ 2 — 14", "- **Vòng đàm phán thứ 3 — 20"]);
  });
});

describe("a timeline whose spanning article the question matched only past its opening", () => {
  // The look back in two paragraphs; only the second, dating the last round, is among the candidates.
  const lookBack = syntheticReport(
    "look-back",
    "vi",
    "2041-10-02",
    "Đàm phán khởi động tại Hà Nội ngày 9/3/2041.\n\nVòng ba tại Đà Nẵng ngày 20/9/2041 khép lại đàm phán hiệp định thủy sản.",
  );
  const chunks = [...wholeArticleChunks(rounds), ...paragraphChunks(lookBack)];
  const catalog = new EventCatalog(new Map([...rounds, lookBack].map((d) => [d.id, d])), chunks);

  it("opens with its passage that dates the first event, in the place of the candidate found", () => {
    const candidates = chunks.filter((c) => c.id !== "look-back#0").map((chunk) => ({ chunk }));
    expect(timelineOverview(catalog.events, candidates, catalog, "vi")?.chunk.id).toBe("look-back#0");
  });
});
