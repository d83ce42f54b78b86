import { describe, expect, it } from "vitest";
import { copyText, displayQuote, panelTargets, type CitationTarget, type SourceCard } from "@/app/_components/chat/citations";

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
