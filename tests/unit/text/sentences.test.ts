import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/text/sentences";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("Vietnamese sentence splitting", () => {
  it("does not split inside D.C., TP. or an initial", () => {
    expect(split("Ông Jamieson L. Greer đến Washington D.C. hôm qua. TP. Hồ Chí Minh đạt 8,5%. Hết.")).toEqual([
      "Ông Jamieson L. Greer đến Washington D.C. hôm qua.",
      "TP. Hồ Chí Minh đạt 8,5%.",
      "Hết.",
    ]);
  });

  it("does not end a sentence at a month abbreviation before its day ('Aug. 24-27', 'Sept. 2')", () => {
    expect(split("The round ran from Aug. 24-27 in Hue. WASHINGTON, Sept. 2 — The order was signed. Talks resume in Dec. Both sides agreed.")).toEqual([
      "The round ran from Aug. 24-27 in Hue.",
      "WASHINGTON, Sept. 2 — The order was signed.",
      "Talks resume in Dec.",
      "Both sides agreed.",
    ]);
  });

  it("keeps amounts and date ranges whole", () => {
    expect(split("Kim ngạch đạt gần 150 tỷ USD. Phiên kỹ thuật diễn ra từ ngày 12-14/11/2025. Xong.")).toEqual([
      "Kim ngạch đạt gần 150 tỷ USD.",
      "Phiên kỹ thuật diễn ra từ ngày 12-14/11/2025.",
      "Xong.",
    ]);
  });

  it("never splits inside a quotation", () => {
    const text = "Ông Greer cho biết: “Chính sách này nhằm thúc đẩy thương mại. Không nhằm gây phương hại”. Sau đó hai bên thảo luận.";
    expect(split(text)).toEqual(["Ông Greer cho biết: “Chính sách này nhằm thúc đẩy thương mại. Không nhằm gây phương hại”.", "Sau đó hai bên thảo luận."]);
    expect(split('Ông nói: "Việt Nam luôn coi Hoa Kỳ là đối tác. Đồng thời mong muốn hợp tác". Hết.')).toHaveLength(2);
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
