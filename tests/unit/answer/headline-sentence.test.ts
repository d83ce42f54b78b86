import { describe, expect, it } from "vitest";
import { headlineSentence } from "@/lib/answer/headline-sentence";

// Synthetic sentences of an invented consultation report.
const lead = "Hôm qua, tại Hà Nội, phiên tham vấn kỹ thuật lần thứ nhất đã diễn ra, tập trung vào thanh toán điện tử.";
const people = "Phía Việt Nam do ông Lê Văn An chủ trì.";
const outcome = "Hai bên thống nhất thí điểm kết nối thanh toán bằng mã QR cho khoảng 200 doanh nghiệp nhỏ.";
const spans = (texts: string[]) => {
  let start = 0;
  return texts.map((text) => {
    const span = { start, end: start + text.length, text };
    start = span.end + 1;
    return span;
  });
};

describe("the sentence that says what the headline says", () => {
  it("is the one holding the headline's words the quoted sentence lacks", () => {
    const found = headlineSentence("Tham vấn kỹ thuật lần thứ nhất: bàn cách kết nối thanh toán QR", lead, spans([lead, people, outcome]));
    expect(found?.text).toBe(outcome);
  });

  it("is none when no other sentence holds enough of them", () => {
    expect(headlineSentence("Tham vấn kỹ thuật lần thứ nhất diễn ra tại Hà Nội", lead, spans([lead, people, outcome]))).toBeNull();
  });
});
