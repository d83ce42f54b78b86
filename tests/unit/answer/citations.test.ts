import { describe, expect, it } from "vitest";
import { inReadingOrder, markerNumbers, resolveCitations } from "@/lib/answer/citations";
import type { Passage } from "@/lib/types";

const body =
  "Ngày 24 tháng 5 năm 2025, Thủ tướng chủ trì cuộc họp.\n\nVòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 tại Washington D.C. Kết thúc vòng đàm phán, hai bên đã xác định các nhóm vấn đề đồng thuận. Dự kiến, vòng đàm phán tiếp theo sẽ diễn ra vào đầu tháng 6.";
const start = body.indexOf("Vòng");
const passage: Passage = {
  rank: 1,
  score: 1,
  chunk: { id: "hop#1", docId: "hop", title: "Họp", date: "2025-05-24", url: null, source: "VnExpress", start, end: body.length, text: body.slice(start) },
};

describe("citations of a model's answer", () => {
  it("finds markers in order", () => expect(markerNumbers("A [1]. B [2][3].")).toEqual([1, 2, 3]));

  it("resolves a marker to the exact sentence of its passage and marks it supported", () => {
    const [citation] = resolveCitations("The second round took place from 19 to 22 May in Washington [1].", [passage]);
    expect(citation).toMatchObject({ n: 1, docId: "hop", supported: true });
    expect(body.slice(citation!.start, citation!.end)).toBe(citation!.quote);
    expect(citation!.quote).toContain("19 đến 22 tháng 5");
  });

  it("marks a claim its passage does not support", () => {
    const [citation] = resolveCitations("Hai bên đã ký hiệp định về thép và nhôm với thuế suất bằng không [1].", [passage]);
    expect(citation!.supported).toBe(false);
  });

  it("never resolves a marker that points at no passage", () => {
    expect(resolveCitations("Vòng hai diễn ra tại Washington [7].", [passage])).toEqual([]);
  });
});

describe("citations of listed and ranged markers", () => {
  it("verifies every passage a '[1, 2]' or '[1–2]' marker names", () => {
    const second: Passage = { ...passage, rank: 2, chunk: { ...passage.chunk, id: "hop#2" } };
    for (const marker of ["[1, 2]", "[1–2]", "[1][2]"]) {
      const citations = resolveCitations(`Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 ${marker}.`, [passage, second]);
      expect(citations.map((c) => [c.n, c.supported])).toEqual([
        [1, true],
        [2, true],
      ]);
    }
  });
});

describe("citations in reading order", () => {
  it("numbers the first passage cited [1], the next new one [2], and moves passages and citations with them", () => {
    const p = (rank: number): Passage => ({ ...passage, rank, chunk: { ...passage.chunk, id: `hop#${rank}` } });
    const cite = (n: number) => ({
      n,
      docId: "hop",
      chunkId: `hop#${n}`,
      title: "",
      date: null,
      url: null,
      source: null,
      quote: "",
      start: 0,
      end: 0,
      supported: true,
    });
    const out = inReadingOrder("Vòng năm [3]. Vòng ba [1][3]. Bịa [9].", [cite(1), cite(3)], [p(1), p(2), p(3)]);
    expect(out.text).toBe("Vòng năm [1]. Vòng ba [2][1]. Bịa .");
    expect(out.passages.map((x) => [x.rank, x.chunk.id])).toEqual([
      [1, "hop#3"],
      [2, "hop#1"],
      [3, "hop#2"],
    ]);
    expect(out.citations.map((c) => [c.n, c.chunkId])).toEqual([
      [1, "hop#3"],
      [2, "hop#1"],
    ]);
  });
});
