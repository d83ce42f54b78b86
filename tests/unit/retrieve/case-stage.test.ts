import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { askedStage, stageAgreement } from "@/lib/retrieve/case-stage";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import type { SourceDocument } from "@/lib/types";
import { reportStore } from "../../support/report-store";

describe("the stage of a trade-remedy case a question asks about", () => {
  it.each([
    ["muc thue chung cho cac doanh nghiep khac trong ket luan so bo la bao nhieu", "preliminary"],
    ["Mỹ bắt đầu điều tra chống bán phá giá nước cốt dừa từ ngày nào?", "initiation"],
    ["What was the final countervailing duty rate for Tan Phuoc?", "final"],
    // Placed against a stage, a question asks about what came after it.
    ["How did the subsidy case develop after the preliminary determination?", null],
    ["Doanh nghiệp nói gì sau kết luận sơ bộ?", null],
    // "Final" of no case.
    ["Which chapters did negotiators close in the final round?", null],
    // Two stages: a comparison.
    ["How did the rate change from the preliminary to the final determination?", null],
    // A stage named only as what the asked one is compared with.
    ["Vì sao mức thuế chống trợ cấp cuối cùng thấp hơn mức sơ bộ?", "final"],
    ["vi sao thue chong tro cap trong ket luan so bo cao hon so voi ket luan cuoi cung", "preliminary"],
    ["Why was the final countervailing duty rate lower than the preliminary one?", "final"],
  ])("%s", (question, stage) => {
    expect(askedStage(question)).toBe(stage);
  });

  it("reads a follow-up's stage beside the case its previous question names", () => {
    expect(askedStage("And at the final stage?", "What preliminary anti-dumping rate was Thach Lam Aluminium given?")).toBe("final");
    expect(askedStage("And at the final stage?")).toBeNull();
  });

  it("agrees with a headline that names it, not with one that names another stage only", () => {
    expect(stageAgreement("Mỹ công bố kết luận sơ bộ vụ điều tra chống trợ cấp sợi", "preliminary")).toBe(1);
    expect(stageAgreement("Mỹ ban hành kết luận cuối cùng, giảm thuế chống trợ cấp sợi", "preliminary")).toBe(-1);
    expect(stageAgreement("Hai bên thống nhất lộ trình 6 năm", "preliminary")).toBe(0);
  });
});

// Synthetic reports of one invented case, written for this test: the final determination's report recalls the preliminary rate.
const report = (id: string, title: string, body: string): SourceDocument => ({
  id,
  title,
  date: "2034-05-31",
  published: null,
  url: null,
  source: id,
  lang: "vi",
  body,
});
const docs = [
  report(
    "final",
    "Mỹ ban hành kết luận cuối cùng vụ chống trợ cấp sợi",
    "Mức thuế chung cho các doanh nghiệp khác là 4,55%, giảm so với mức 5,12% trong kết luận sơ bộ.",
  ),
  report("preliminary", "Mỹ công bố kết luận sơ bộ vụ chống trợ cấp sợi", "Theo kết luận sơ bộ, các doanh nghiệp Việt Nam khác chịu mức chung 5,12%."),
];
const retriever = new Retriever(reportStore(docs), {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });
const first = async (question: string) => (await retriever.retrieve(question)).passages[0]?.chunk.docId;

describe("a question about one stage of a case", () => {
  it("ranks that stage's report above the report of another that recalls it", async () => {
    expect(await first("muc thue chung cho cac doanh nghiep khac trong ket luan so bo la bao nhieu")).toBe("preliminary");
  });

  it("ranks the asked stage's report first when the question compares it with another stage", async () => {
    // The preliminary report holds more of these words: only the stage asked puts the final one first.
    expect(await first("Mức chung cho các doanh nghiệp Việt Nam khác trong kết luận cuối cùng, thấp hơn mức sơ bộ, là bao nhiêu?")).toBe("final");
  });

  it("leaves the other stage's report first when it asks about that one", async () => {
    expect(await first("Mức thuế chung cho các doanh nghiệp khác trong kết luận cuối cùng là bao nhiêu?")).toBe("final");
  });
});
