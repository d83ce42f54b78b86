import { describe, expect, it } from "vitest";
import {
  citationTargets,
  copyText,
  displayQuote,
  groupByDocument,
  panelTargets,
  sourceCards,
  type CitationTarget,
  type SourceCard,
} from "@/app/_components/chat/citations";
import type { Citation, PassageView } from "@/lib/types";

function target(n: number, quote = `câu ${n}`): CitationTarget {
  return { n, docId: `doc-${n}`, title: `Bài ${n}`, date: null, source: null, url: null, start: 0, end: 5, quote, supported: true };
}

function cite(n: number, docId: string, extra: Partial<Citation> = {}): Citation {
  return {
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
  };
}

function passage(n: number, docId: string): PassageView {
  return { n, docId, chunkId: `${docId}#1`, title: docId, date: null, url: null, source: null, score: 1, text: `đoạn ${n}`, start: 50, end: 56 };
}

describe("quotes shown in the UI", () => {
  it("drops the quote's own outer quotation marks so “…” is not doubled", () => {
    const quotes = ["“Đàm phán phải bình tĩnh,” Thủ tướng nói.", "“Hai bên thống nhất.”", "Không có dấu ngoặc."];
    expect(quotes.map(displayQuote)).toEqual(["Đàm phán phải bình tĩnh,” Thủ tướng nói.", "Hai bên thống nhất.", "Không có dấu ngoặc."]);
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
    const copy = { id: "ban-sao", title: "Bản sao", source: "Báo B", url: null, date: null, similarity: 0.98 };
    const cards = sourceCards({ citations: [cite(1, "goc", { alsoReportedBy: [copy] }), cite(2, "khac")], passages: [], documents: [] }, "A [1]. B [2].");
    const groups = groupByDocument(cards);
    expect(groups.map((g) => [g.docId, g.alsoReportedBy.map((c) => c.source)])).toEqual([
      ["goc", ["Báo B"]],
      ["khac", []],
    ]);
  });
});

describe("where an answer's numbers lead", () => {
  const sources = {
    // [1] is cited by two sentences, the second unsupported; [2] only by its passage; [3] only by its document part.
    citations: [cite(1, "a"), cite(1, "a", { supported: false }), cite(1, "a", { start: 20, end: 25, quote: "câu khác" })],
    passages: [passage(1, "a"), passage(2, "b")],
    documents: [
      { n: 2, docId: "b", title: "b" },
      { n: 3, docId: "c", title: "Bài c" },
    ],
  };

  it("a verified citation first, unsupported when any sentence citing it is; else the passage; else the article alone", () => {
    const targets = citationTargets(sources);
    expect([...targets.values()].map((t) => [t.n, t.docId, t.quote, t.start, t.supported])).toEqual([
      [1, "a", "câu 1", 1, false],
      [2, "b", "đoạn 2", 50, undefined],
      [3, "c", "", null, undefined],
    ]);
  });

  it("one card per cited span, each unsupported only when a sentence citing that span is", () => {
    const cards = sourceCards(sources, "A [1]. B [1].");
    expect(cards.map((c) => [c.n, c.quote, c.supported])).toEqual([
      [1, "câu 1", false],
      [1, "câu khác", true],
    ]);
    expect(new Set(cards.map((c) => c.key)).size).toBe(2);
  });

  it("without verified citations, a card per passage the text cites", () => {
    const cards = sourceCards({ ...sources, citations: [] }, "B [2].");
    expect(cards.map((c) => [c.n, c.docId, c.quote, c.supported])).toEqual([[2, "b", "đoạn 2", undefined]]);
  });
});
