import { describe, expect, it } from "vitest";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import { reportStore } from "../../support/report-store";
import { syntheticReport } from "../../support/whole-article-chunks";

// Synthetic reports of one invented round, one in each language, written for this test: only the English
// one gives the size of the US offer; both say where and when the round was held.
const report = (id: string, lang: "vi" | "en", body: string) => syntheticReport(id, lang, "2026-04-17", body);
const docs = [
  report(
    "r8-vi",
    "vi",
    "Từ ngày 14 đến 16/4/2026, vòng đàm phán thứ tám giữa Việt Nam và Hoa Kỳ đã diễn ra tại Hà Nội. Phía Hoa Kỳ do Phó Đại diện Thương mại dẫn đầu; hai bên thống nhất thêm 3 chương.",
  ),
  report(
    "r8-en",
    "en",
    "Negotiators from Vietnam and the United States finished the 8th round of talks in Hanoi on April 16. The US market access offer covered 2,850 tariff lines.",
  ),
];
// Both searches put the Vietnamese report first, as they do for a Vietnamese question: the ranking alone must move the English one up.
const store = reportStore(docs);
const retriever = new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });
const first = async (question: string) => (await retriever.retrieve(question)).passages[0]?.chunk.docId;

describe("the reader's language among the reports of the asked event", () => {
  it("does not outrank the other language's report that holds more of what was asked (the offer's tariff lines)", async () => {
    expect(await first("Tại vòng đàm phán thứ 8, đề nghị mở cửa thị trường của phía Hoa Kỳ gồm bao nhiêu dòng thuế?")).toBe("r8-en");
  });

  it("still chooses between reports that hold the same of it: where the round was held, for each reader", async () => {
    expect(await first("Vòng đàm phán thứ 8 diễn ra ở đâu?")).toBe("r8-vi");
    expect(await first("Where was the 8th round held?")).toBe("r8-en");
  });

  it("is left out with coverage, as the eval's ablations without coverage do: the ranking alone keeps the Vietnamese report first", async () => {
    const ablated = new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0, coverageWeight: 0, languageWeight: 0 });
    expect((await ablated.retrieve("Where was the 8th round held?")).passages[0]?.chunk.docId).toBe("r8-vi");
  });
});
