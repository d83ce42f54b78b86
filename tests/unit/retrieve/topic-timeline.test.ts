import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import { reportStore } from "../../support/report-store";
import { syntheticReport } from "../../support/whole-article-chunks";

// Synthetic reports of an invented countervailing-duty case, and a recap of the talks that sums the case up in a
// sentence after its own round's lead: all three hold every word the question asks, and the recap is ranked first.
const docs = [
  syntheticReport(
    "recap",
    "vi",
    "2031-09-22",
    "Ngày 20/9/2031, vòng đàm phán thứ năm kết thúc tại Hà Nội. Vụ điều tra chống trợ cấp ấm điện, khởi xướng hồi tháng 3, đã có kết luận cuối cùng.",
  ),
  syntheticReport(
    "init",
    "vi",
    "2031-03-05",
    "Ngày 3/3/2031, Bộ Thương mại Hoa Kỳ khởi xướng vụ điều tra chống trợ cấp đối với ấm điện của Việt Nam; kết luận cuối cùng dự kiến vào tháng 9.",
  ),
  syntheticReport(
    "final",
    "vi",
    "2031-09-10",
    "Ngày 8/9/2031, Bộ Thương mại Hoa Kỳ ban hành kết luận cuối cùng vụ điều tra chống trợ cấp ấm điện khởi xướng hồi tháng 3, mức thuế 3,15%.",
  ),
];
const retriever = new Retriever(reportStore(docs), {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });

describe("a timeline of a subject that a recap of another event also sums up", () => {
  it("lists the subject's reports by date when most of the reports holding most of the question are about no event", async () => {
    const { focus, passages } = await retriever.retrieve("Tóm tắt vụ điều tra chống trợ cấp ấm điện từ khởi xướng đến kết luận cuối cùng");
    expect(focus?.topic).toBe(true);
    expect(passages.map((p) => p.chunk.docId)).toEqual(["init", "final", "recap"]);
  });
});
