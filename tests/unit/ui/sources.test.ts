import { describe, expect, it } from "vitest";
import { copyText, displayQuote, groupByDocument, panelTargets, sourceCards, type CitationTarget, type SourceCard } from "@/app/_components/chat/citations";
import type { Citation } from "@/lib/types";

function target(n: number, quote = `câu ${n}`): CitationTarget {
  return { n, docId: `doc-${n}`, title: `Bài ${n}`, date: null, source: null, url: null, start: 0, end: 5, quote, supported: true };
}

describe("quotes shown in the UI", () => {
  it("drops the quote's own outer quotation marks so “…” is not doubled", () => {
    expect(displayQuote("“Đàm phán phải bình tĩnh,” Thủ tướng nói.")).toBe("Đàm phán phải bình tĩnh,” Thủ tướng nói.");
    expect(displayQuote("“Hai bên thống nhất.”")).toBe("Hai bên thống nhất.");
    expect(displayQuote("Không có dấu ngoặc.")).toBe("Không có dấu ngoặc.");
  });

  it("copies references with one pair of quotation marks", () => {
    const card: SourceCard = { ...target(1, "“Hai bên thống nhất.”"), key: "k" };
    expect(copyText("Trả lời [1].", [card], "References")).toBe("Trả lời [1].\n\nReferences:\n[1] Bài 1\n    “Hai bên thống nhất.”");
  });
});

describe("the source panel's citation list", () => {
  it("holds the numbers the answer cites, in order, and only those", () => {
    const targets = new Map([3, 1, 2, 4].map((n) => [n, target(n)]));
    expect(panelTargets(targets, "A [3]. B [1, 2]. C [9].").map((t) => t.n)).toEqual([1, 2, 3]);
  });
});

describe("source cards", () => {
  it("say which other outlets carried a cited report, on that article's card only", () => {
    const cite = (n: number, docId: string, extra: Partial<Citation> = {}): Citation => ({
      n,
      docId,
      chunkId: `${docId}#0`,
      title: docId,
      date: null,
      url: null,
      source: null,
      quote: `câu ${n}`,
      start: n,
      end: n + 5,
      supported: true,
      ...extra,
    });
    const copy = { id: "ban-sao", title: "Bản sao", source: "Báo B", url: null, date: null, similarity: 0.98 };
    const cards = sourceCards({ citations: [cite(1, "goc", { alsoReportedBy: [copy] }), cite(2, "khac")], passages: [], documents: [] }, "A [1]. B [2].");
    const groups = groupByDocument(cards);
    expect(groups.map((g) => [g.docId, g.alsoReportedBy.map((c) => c.source)])).toEqual([
      ["goc", ["Báo B"]],
      ["khac", []],
    ]);
  });
});
