import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Runtime } from "@/lib/runtime";
import { buildTestRuntime } from "../../support/test-index";

let runtime: Runtime;
let cleanup: () => void;
beforeAll(async () => {
  ({ runtime, cleanup } = await buildTestRuntime());
});
afterAll(() => cleanup());

const top = async (q: string, history: string[] = []) => (await runtime.retriever.retrieve(q, history)).passages[0]!.chunk;

describe("hybrid retrieval over the real corpus", () => {
  it.each([
    ["What was discussed in round 2?", "hop-thuong-truc-chinh-phu"],
    ["Vòng đàm phán thứ hai diễn ra khi nào?", "hop-thuong-truc-chinh-phu"],
    ["vong dam phan thu hai dien ra khi nao", "hop-thuong-truc-chinh-phu"],
    ["Mỹ là đối tác thương mại lớn thứ mấy của Việt Nam?", "lam-viec-voi-ustr"],
    ["phiên đàm phán cấp bộ trưởng lần thứ tám", "phien-dam-phan-bo-truong-lan-8"],
    ["When did the trade negotiations officially start?", "khoi-dong-dam-phan"],
  ])("ranks the article that answers %s first", async (question, docId) => {
    expect((await top(question)).docId).toBe(docId);
  });

  it("finds 19–22 May when asked without diacritics", async () => {
    const { passages } = await runtime.retriever.retrieve("vong dam phan thu hai dien ra khi nao");
    expect(passages.slice(0, 3).some((p) => p.chunk.text.includes("19 đến 22 tháng 5"))).toBe(true);
  });

  it("returns passages best first with rank numbers 1..k", async () => {
    const { passages } = await runtime.retriever.retrieve("thuế quan");
    expect(passages.map((p) => p.rank)).toEqual(passages.map((_, i) => i + 1));
    for (let i = 1; i < passages.length; i++) expect(passages[i]!.score).toBeLessThanOrEqual(passages[i - 1]!.score);
  });

  it.each(["Giá Bitcoin hôm nay là bao nhiêu?", "Thủ tướng tiếp Tổng Giám đốc Samsung khi nào?", "Who won the 2024 presidential election?"])(
    "finds %s not answerable",
    async (q) => {
      expect((await runtime.retriever.retrieve(q)).answerable).toBe(false);
    },
  );
});
