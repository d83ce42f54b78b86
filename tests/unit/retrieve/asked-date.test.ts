import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import { reportStore } from "../../support/report-store";
import { syntheticReport } from "../../support/whole-article-chunks";

// Synthetic reports of one invented round, written for this test: the Vietnamese one dates it only by "tuần trước",
// the English one writes its days out.
const docs = [
  syntheticReport(
    "r4-vi",
    "vi",
    "2034-03-06",
    "Vòng đàm phán thứ tư về dệt may giữa Việt Nam và Hoa Kỳ đã kết thúc tại Washington tuần trước, hoàn tất chương hợp tác hải quan.",
  ),
  syntheticReport(
    "r4-en",
    "en",
    "2034-03-03",
    "Negotiators closed the customs chapter at the fourth round of textile talks in Washington. The round ran from February 27 to March 2, 2034.",
  ),
];
// Both searches put the Vietnamese report first, as they do for a Vietnamese question: the ranking alone must move the English one up.
const store = reportStore(docs);
const retriever = new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });
const first = async (question: string) => (await retriever.retrieve(question)).passages[0]?.chunk.docId;

describe("a when-question about one event", () => {
  it("ranks first the report that writes the event's days out, in the other language if the reader's gives none", async () => {
    expect(await first("Vòng đàm phán thứ tư bắt đầu từ ngày nào?")).toBe("r4-en");
    expect(await first("vong dam phan thu tu bat dau tu ngay nao")).toBe("r4-en");
  });

  it("leaves the reader's language first for what both reports say (the chapter closed)", async () => {
    expect(await first("Vòng đàm phán thứ tư hoàn tất chương nào?")).toBe("r4-vi");
  });
});
