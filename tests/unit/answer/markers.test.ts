import { describe, expect, it } from "vitest";
import { ReadingOrderStream, citedNumbers, findMarkers, readingOrder, rewriteMarkers, stripMarkers } from "@/lib/answer/markers";

describe("citation markers", () => {
  it("reads single, listed, adjacent and ranged markers", () => {
    expect(findMarkers("A [1]. B [2, 3]. C [4][5]. D [6–8]. E [9-10]. F [2; 11].").map((m) => m.numbers)).toEqual([
      [1],
      [2, 3],
      [4],
      [5],
      [6, 7, 8],
      [9, 10],
      [2, 11],
    ]);
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
    expect([...order]).toEqual([
      [4, 1],
      [2, 2],
    ]);
    expect(rewriteMarkers(text, (n) => order.get(n) ?? null)).toBe("Vòng năm [1]. Vòng ba [2][1]. Bịa .");
  });
});

describe("reading order over a stream", () => {
  const streamed = (deltas: string[], known = [1, 2, 3, 4, 5, 6]) => {
    const stream = new ReadingOrderStream(new Set(known));
    const out = deltas.map((d) => stream.push(d)).join("") + stream.flush();
    return { out, stream };
  };

  it("numbers passages by first citation, whatever the deltas cut", () => {
    const text = "Vòng năm [3]. Vòng ba [1][3]. Cả hai [2, 3]. Khoảng [4–5].";
    const whole = "Vòng năm [1]. Vòng ba [2][1]. Cả hai [1, 3]. Khoảng [4, 5].";
    expect(streamed([text]).out).toBe(whole);
    // Every way of cutting the text in two, and one character at a time, gives the same text.
    for (let i = 1; i < text.length; i++) expect(streamed([text.slice(0, i), text.slice(i)]).out).toBe(whole);
    expect(streamed([...text]).out).toBe(whole);
  });

  it("holds back only an open marker, and leaves numbers that point at no passage as written", () => {
    const stream = new ReadingOrderStream(new Set([1, 2]));
    expect(stream.push("Hai bên [2")).toBe("Hai bên ");
    expect(stream.push(", 9] đồng ý")).toBe("[1, 9] đồng ý");
    expect(stream.push(" [mảng] [")).toBe(" [mảng] ");
    expect(stream.flush()).toBe("[");
  });

  it("numbers uncited passages after the cited ones, in their old order", () => {
    const { stream } = streamed(["A [4]. B [2]."]);
    expect([...stream.numbering([1, 2, 3, 4])]).toEqual([
      [4, 1],
      [2, 2],
      [1, 3],
      [3, 4],
    ]);
  });
});
