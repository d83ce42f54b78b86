import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { asksWhatWasSaid } from "@/lib/answer/speech";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented report: the lead names the speaker, then what she did, then what she said.
const QUOTE = '"We want a deal that rewards real production, not relabelling," Whitcombe said after the talks.';
const report = syntheticReport(
  "session-en",
  "en",
  "2031-02-14",
  "WASHINGTON — US Trade Representative Laura Whitcombe and Vietnam's trade minister met on Thursday for three hours. " +
    "Whitcombe pressed Vietnam on transshipment of goods through its ports. " +
    QUOTE,
);
const chunks = wholeArticleChunks([report]);
const stats = new TermStatistics(chunks.map((c) => c.text));

/** The sentence a reader sees first in the offline answer. */
function firstQuote(question: string): string {
  const plan = analyzeQuery(question);
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, stats);
  return body.slice(0, body.indexOf(` [${citedNumbers(body)[0]}]`));
}

// An invented opening speech: the lead names the speaker and what she hoped for, the quotation says what she does not want.
const VI_QUOTE = '"Chúng tôi không muốn chỉ là nơi lắp ráp, mà muốn làm ra giá trị thật", bà Lan nói.';
const viReport = syntheticReport(
  "opening-vi",
  "vi",
  "2031-03-02",
  "Sáng 2/3, tại Hà Nội, phiên đàm phán thứ nhất về hiệp định chuỗi cung ứng giữa Việt Nam và Hoa Kỳ đã khai mạc. " +
    "Trưởng đoàn đàm phán phía Việt Nam là Thứ trưởng Trần Thị Lan. " +
    "Phát biểu khai mạc, Thứ trưởng Trần Thị Lan cho biết Việt Nam mong muốn hiệp định giúp doanh nghiệp trong nước tham gia sâu hơn vào chuỗi cung ứng bán dẫn. " +
    VI_QUOTE,
);

describe("a question asking what someone said", () => {
  it("with its question word a few words after the verb is answered with the quotation too", () => {
    const viChunks = wholeArticleChunks([viReport]);
    const plan = analyzeQuery("Khi khai mạc, bà Trần Thị Lan nói Việt Nam không muốn đóng vai trò gì?");
    const passages: Passage[] = viChunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
    const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, new TermStatistics(viChunks.map((c) => c.text)));
    expect(body).toContain(VI_QUOTE);
  });

  it.each(["What did Laura Whitcombe say about transshipment?", "Laura Whitcombe nói gì về chuyển tải?"])(
    "is answered by the sentence quoting them, not the lead naming them: %s",
    (question) => {
      expect(firstQuote(question)).toBe(QUOTE);
    },
  );

  it.each([
    ["What did the minister say about rice?", true],
    ["hai ben noi gi ve thue quan?", true],
    ["Bộ trưởng phát biểu gì tại phiên họp?", true],
    ["What did the ministers agree on rice?", false],
    ["Who said the talks would end in June?", false],
    // The question word a few words after the verb of speech: what was said is asked all the same.
    ["Bà Lan nói Việt Nam không muốn đóng vai trò gì?", true],
    ["Trưởng đoàn Mỹ đánh giá hiệp định thế nào?", true],
    // What someone called a thing is what they said of it.
    ["Thứ trưởng Trần Thị Lan gọi cam kết mua khí đốt là gì?", true],
    ["What did the trade representative call the package?", true],
    ["How did the minister assess the deal?", true],
    // The asker's own request, and "nội dung" without diacritics, ask nothing of anyone's speech.
    ["Hãy cho biết vòng 3 đạt được những gì?", false],
    ["hiep dinh co noi dung gi?", false],
  ])("is told from its wording: %s", (question, asks) => {
    expect(asksWhatWasSaid(question)).toBe(asks);
  });
});

// Two invented reports: another head's speech on the same subject ranks first, the asked speaker's words second.
const CALLED = 'Bà Lan gọi đây là "một bước đi có tính toán".';
const otherSpeaker = syntheticReport(
  "opening-other-vi",
  "vi",
  "2031-03-02",
  "Phát biểu khai mạc, Thứ trưởng Trịnh Văn Bảo cho biết hai bên đặt mục tiêu thống nhất cam kết mua khí LNG của Việt Nam trong năm nay.",
);
const calledReport = syntheticReport("round-5-vi", "vi", "2032-04-17", `Vòng 5 kết thúc với việc Việt Nam cam kết mua khí LNG từ Hoa Kỳ. ${CALLED}`);
// The asked speaker is named in many reports (her name tells little), as in an archive of her talks.
const profiles = [1, 2, 3].map((n) =>
  syntheticReport(`profile-${n}-vi`, "vi", `2032-0${n}-01`, `Thứ trưởng Trần Thị Lan dẫn đầu đoàn công tác số ${n}. Bà Lan gặp các doanh nghiệp.`),
);

describe("a question asking what a named speaker said", () => {
  it("is answered by that speaker's words, not by another person's speech on the subject", () => {
    const both = wholeArticleChunks([otherSpeaker, calledReport, ...profiles]);
    const plan = analyzeQuery("Bà Trần Thị Lan gọi cam kết mua khí LNG của Việt Nam là gì?");
    const passages: Passage[] = both.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
    const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, new TermStatistics(both.map((c) => c.text)));
    expect(body.slice(0, body.indexOf(" [")).trim()).toBe(CALLED);
  });
});
