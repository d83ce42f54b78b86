import { describe, expect, it } from "vitest";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { mentions, searchable } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import type { ArchiveStore } from "@/lib/store/store";
import type { QueryTerm } from "@/lib/index/bm25";
import { reportStore } from "../../support/report-store";
import { syntheticReport } from "../../support/whole-article-chunks";

// Synthetic sentences written for this test: "mệt" (tired), "rán" (fried) and "gỗ" (wood) fold to the short English forms "met", "ran", "go".
const concept = (question: string, label: string) => analyzeQuery(question).concepts.find((c) => c.label === label)!;

describe("an English question's word forms", () => {
  it.each([
    [
      "Who did the minister meet in Hanoi?",
      "meet",
      "The minister met the US trade representative in Hanoi.",
      "Bộ trưởng cho biết đoàn đã rất mệt sau chuyến bay.",
    ],
    ["Who will run the working group?", "run", "Ms Lan ran the working group on rules of origin.", "Quán bán cá rán gần trụ sở bộ."],
    ["Which minister went to Washington?", "went", "The minister will go to Washington in June.", "Xuất khẩu gỗ sang Hoa Kỳ tăng mạnh."],
  ])("are found in English text, never as a folded Vietnamese syllable (%s)", (question, label, english, vietnamese) => {
    const asked = concept(question, label);
    expect(mentions(searchable(english), asked)).toBe(true);
    expect(mentions(searchable(vietnamese), asked)).toBe(false);
  });

  it("still find a Vietnamese wording of the lexicon, and a name without its marks", () => {
    expect(mentions(searchable("Hai bên đã họp tại Hà Nội."), concept("When did the two sides meet?", "meet"))).toBe(true);
    expect(mentions(searchable("Thứ trưởng Lê Minh Sơn dẫn đầu đoàn."), concept("Who is Le Minh Son?", "le minh son"))).toBe(true);
  });

  it("leave the short ones ('met') out of the keyword search, which compares folded syllables only; longer forms stay", async () => {
    const docs = [syntheticReport("r1", "en", "2026-04-17", "The minister met the US trade representative in Hanoi.")];
    let sent: readonly QueryTerm[] = [];
    const store = { ...reportStore(docs) } as ArchiveStore;
    const candidates = store.candidates.bind(store);
    store.candidates = async (vector, terms, k) => {
      sent = terms;
      return candidates(vector, terms, k);
    };
    await new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 }).retrieve("Who did the minister meet in Hanoi?");
    const terms = sent.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(["meet", "meeting", "minister"]));
    expect(terms).not.toContain("met");
  });
});
