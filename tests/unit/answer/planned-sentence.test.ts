import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports, invented for this test: an appointment signed (a done act that names the agreement and a date) and
// the close of the talks, whose second sentence says when the agreement is to be signed. The appointment is ranked first.
const reports = [
  syntheticReport(
    "appointment",
    "vi",
    "2041-01-13",
    "Thủ tướng vừa ký quyết định cử ông Lâm Quốc Bảo làm Trưởng đoàn đàm phán Hiệp định Đối tác năng lượng sạch với Hoa Kỳ, kể từ ngày 12/1/2041.",
  ),
  syntheticReport(
    "close",
    "vi",
    "2041-07-27",
    "Hai bên đã kết thúc cơ bản đàm phán tại Huế. Lễ ký hiệp định dự kiến diễn ra vào tháng 11/2041, sau khi hai bên hoàn tất thủ tục nội bộ.",
  ),
];
const chunks = wholeArticleChunks(reports);
const stats = new TermStatistics(chunks.map((c) => c.text));
const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));

/** The passage the offline answer quotes first. */
function firstQuoted(question: string): string | undefined {
  const { body, citations } = extractAnswer({ plan: analyzeQuery(question), passages, relevance: 1, answerable: true, focus: null }, stats);
  return citations.find((c) => c.n === citedNumbers(body)[0])?.docId;
}

describe("the sentence that answers a question about a plan", () => {
  it("speaks of the plan too, rather than of something done that shares the question's words", () => {
    expect(firstQuoted("When is the partnership agreement expected to be signed?")).toBe("close");
    expect(firstQuoted("Hiệp định Đối tác dự kiến được ký khi nào?")).toBe("close");
  });

  it("is chosen as before when the question asks what was done", () => {
    expect(firstQuoted("Thủ tướng ký quyết định cử trưởng đoàn đàm phán Hiệp định Đối tác từ ngày nào?")).toBe("appointment");
  });
});
