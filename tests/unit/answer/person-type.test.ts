import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage, SourceDocument } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented working group's report: the lead names the group, a ministry and a city in capitals, the next sentence its chair.
const CHAIR = "Nhóm công tác chung do ông Lê Văn Hải đồng chủ trì.";
const report = syntheticReport(
  "wg-vi",
  "vi",
  "2030-12-09",
  `Ngày 8/12/2030, tại TP. Hồ Chí Minh, Nhóm công tác chung của Bộ Công Thương về quy tắc xuất xứ đã họp phiên đầu tiên. ${CHAIR}`,
);

/** The offline answer's text over some reports, each report one passage in the order given. */
function answerBody(reports: SourceDocument[], question: string): string {
  const chunks = wholeArticleChunks(reports);
  const stats = new TermStatistics(chunks.map((c) => c.text));
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  return extractAnswer({ plan: analyzeQuery(question), passages, relevance: 1, answerable: true, focus: null }, stats).body;
}

/** The first sentence the offline answer quotes. */
function firstQuote(reports: SourceDocument[], question: string): string {
  const body = answerBody(reports, question);
  return body.slice(0, body.indexOf(` [${citedNumbers(body)[0]}]`));
}

describe("a who-question", () => {
  it("is answered by the sentence naming a person, not one naming a ministry and a city in capitals", () => {
    expect(firstQuote([report], "Ai đồng chủ trì Nhóm công tác chung về quy tắc xuất xứ?")).toBe(CHAIR);
  });
});

// Two invented consultations' reports. Each names its delegations' heads as "Phía … do bà/ông X, <office>, dẫn đầu"; the
// fisheries one, ranked first, also calls its US head an official ("quan chức"), a word of the question.
const qrReport = syntheticReport(
  "qr-vi",
  "vi",
  "2031-05-06",
  "Hôm qua, các chuyên gia hai nước đã họp phiên tham vấn về kết nối thanh toán QR. " +
    "Phía Việt Nam do ông Trần Văn Khánh, Cục trưởng Cục Thương mại điện tử, chủ trì. " +
    "Phía Mỹ do bà Laura Finch, Giám đốc phụ trách kinh tế số của Văn phòng Đại diện Thương mại Hoa Kỳ, dẫn đầu.",
);
const fishReport = syntheticReport(
  "fish-vi",
  "vi",
  "2031-11-04",
  "Phiên tham vấn về thủy sản đã diễn ra tại Cần Thơ. Phía Mỹ do ông Peter Holm, quan chức Cơ quan Nghề cá Hoa Kỳ, làm trưởng đoàn.",
);

describe("a who-question about one side at an event it names by its subject", () => {
  it("is answered by the sentence naming that side's head in the report holding the names the question gives", () => {
    expect(firstQuote([fishReport, qrReport], "Which official led the American experts at the QR payments consultation?")).toContain("Laura Finch");
  });
});

// An invented trade-remedy report: the petitioner is a coalition with a capitalised name, the lawyer is named after "said".
const LAWYER = '"The remedy machinery runs on its own clock," said Jane Morrow, a partner at the law firm Pike & Dunn.';
const caseReport = syntheticReport(
  "pipe-case-en",
  "en",
  "2031-08-17",
  "The case was triggered by a petition filed by the Coalition for Fair Steel Pipe Trade, a group of four US producers. " +
    `Trade lawyers in Washington said the timing of the steel pipe case was awkward for both governments. ${LAWYER}`,
);

describe("a question asking which lawyer did something", () => {
  it("is answered with the sentence naming the lawyer after the verb of speech, not one naming a coalition in capitals", () => {
    const body = answerBody([caseReport], "Which Washington trade lawyer called the timing of the steel pipe case awkward?");
    expect(body).toContain(LAWYER);
    expect(body).not.toContain("Coalition");
  });
});
