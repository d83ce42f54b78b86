import { describe, expect, it } from "vitest";
import { citedNumbers, findMarkers, readingOrder, rewriteMarkers, stripMarkers } from "@/lib/answer/markers";

describe("citation markers", () => {
  it("reads single, listed, adjacent and ranged markers", () => {
    expect(findMarkers("A [1]. B [2, 3]. C [4][5]. D [6–8]. E [9-10]. F [2; 11].").map((m) => m.numbers)).toEqual([[1], [2, 3], [4], [5], [6, 7, 8], [9, 10], [2, 11]]);
  });

  it("gives the numbers in order of first appearance, each once", () => {
    expect(citedNumbers("Vòng ba [3]. Vòng một [1, 3]. Lại [3–4].")).toEqual([3, 1, 4]);
  });

  it("leaves brackets that are not citations as text", () => {
    expect(citedNumbers("[a] [0] [1-999] [5–2] [2025 ] [ 1 ]")).toEqual([]);
    expect(findMarkers("giá [1.5] và [1,5]").map((m) => m.numbers)).toEqual([[1, 5]]);
  });

  it("knows where each marker is, so a renderer can replace it", () => {
    const text = "Hai bên [1–2] nhất trí.";
    const [m] = findMarkers(text);
    expect(text.slice(m!.start, m!.end)).toBe("[1–2]");
    expect(stripMarkers(text)).toBe("Hai bên   nhất trí.");
  });

  it("renumbers in reading order and drops numbers that point at nothing", () => {
    const text = "Vòng năm [4]. Vòng ba [2][4]. Bịa [9].";
    const order = readingOrder(text, new Set([1, 2, 3, 4]));
    expect([...order]).toEqual([[4, 1], [2, 2]]);
    expect(rewriteMarkers(text, (n) => order.get(n) ?? null)).toBe("Vòng năm [1]. Vòng ba [2][1]. Bịa .");
  });
});
