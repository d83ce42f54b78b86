import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/sentences";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("Vietnamese sentence splitting", () => {
  it.each([
    // Not inside D.C., TP. or an initial.
    [
      "Ông Jamieson L. Greer đến Washington D.C. hôm qua. TP. Hồ Chí Minh đạt 8,5%. Hết.",
      ["Ông Jamieson L. Greer đến Washington D.C. hôm qua.", "TP. Hồ Chí Minh đạt 8,5%.", "Hết."],
    ],
    // Not at a month abbreviation before its day ('Aug. 24-27', 'Sept. 2').
    [
      "The round ran from Aug. 24-27 in Hue. WASHINGTON, Sept. 2 — The order was signed. Talks resume in Dec. Both sides agreed.",
      ["The round ran from Aug. 24-27 in Hue.", "WASHINGTON, Sept. 2 — The order was signed.", "Talks resume in Dec.", "Both sides agreed."],
    ],
    // Amounts and date ranges stay whole.
    [
      "Kim ngạch đạt gần 150 tỷ USD. Phiên kỹ thuật diễn ra từ ngày 12-14/11/2025. Xong.",
      ["Kim ngạch đạt gần 150 tỷ USD.", "Phiên kỹ thuật diễn ra từ ngày 12-14/11/2025.", "Xong."],
    ],
    // Never inside a quotation, in curly or straight quotes.
    [
      "Ông Greer cho biết: “Chính sách này nhằm thúc đẩy thương mại. Không nhằm gây phương hại”. Sau đó hai bên thảo luận.",
      ["Ông Greer cho biết: “Chính sách này nhằm thúc đẩy thương mại. Không nhằm gây phương hại”.", "Sau đó hai bên thảo luận."],
    ],
    [
      'Ông nói: "Việt Nam luôn coi Hoa Kỳ là đối tác. Đồng thời mong muốn hợp tác". Hết.',
      ['Ông nói: "Việt Nam luôn coi Hoa Kỳ là đối tác. Đồng thời mong muốn hợp tác".', "Hết."],
    ],
    // A quotation closed at a paragraph's end is closed: the next paragraph's sentences still split.
    [
      'He said the rest "will require political work."\n\nThe round ran from August 19 to 22. The fourth round is expected in December.',
      ['He said the rest "will require political work."', "The round ran from August 19 to 22.", "The fourth round is expected in December."],
    ],
  ])("splits %j into %j", (text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });

  it("returns spans that slice the text exactly, with an offset", () => {
    const text = "Câu một. Câu hai!";
    const spans = splitSentences(text, 100);
    expect(spans).toEqual([
      { start: 100, end: 108 },
      { start: 109, end: 117 },
    ]);
  });
});
