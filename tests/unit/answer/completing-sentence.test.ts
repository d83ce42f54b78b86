import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage, SourceDocument } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports, invented for these tests: a ruling, a rule and their outlets are made up. Each lead restates
// what a question asks about; the fact asked for (a reason, a date) is in a later sentence with none of its words.
const reports: SourceDocument[] = [
  syntheticReport(
    "fee-vi",
    "vi",
    "2031-04-02",
    "Bộ Tài chính hôm qua công bố mức phí kiểm dịch cuối cùng đối với xoài nhập khẩu, thấp hơn mức tạm tính hồi đầu năm. " +
      "Mức phí kiểm dịch mới là 12 USD mỗi lô hàng. " +
      "Theo Cục Quản lý giá, việc điều chỉnh giảm có được nhờ các phòng thí nghiệm rút ngắn thời gian xét nghiệm xuống còn hai ngày.",
  ),
  syntheticReport(
    "fee-en",
    "en",
    "2031-04-02",
    "The finance ministry on Tuesday announced the final inspection fee for imported mangoes, lower than the provisional fee set in January. " +
      "The final inspection fee is $12 a shipment. " +
      "Officials said faster laboratory testing had led them to cut the fee.",
  ),
  syntheticReport(
    "rule-vi",
    "vi",
    "2031-08-20",
    "Cơ quan an toàn sinh học Úc đã ban hành quy định cuối cùng cho phép quả thanh long tươi của Việt Nam nhập khẩu vào Úc. " +
      "Quy định có hiệu lực từ ngày 15/9/2031. " +
      "Mỗi lô hàng phải được chiếu xạ và có mã số vùng trồng.",
  ),
  syntheticReport(
    "talks-vi",
    "vi",
    "2031-05-10",
    "Phía Việt Nam đề nghị Úc sớm cho phép thanh long tươi vào thị trường này. " +
      "Doanh nghiệp Việt Nam kỳ vọng thanh long tươi được phép vào Úc với giá tốt.",
  ),
  syntheticReport(
    "chapters-en",
    "en",
    "2031-06-12",
    "CAN THO — Negotiators closed four of the 11 chapters of the fisheries agreement at the sixth round, which ended on Friday. " +
      "The talks ran for four days. " +
      "The chapters closed are definitions, transparency, port inspections, and dispute settlement, officials said. " +
      "The seventh round is planned for September.",
  ),
  syntheticReport(
    "chapters-quote",
    "en",
    "2031-06-13",
    '"Closing chapters at the sixth round shows negotiators can finish," the fisheries minister said. ' +
      '"Four chapters closed at the sixth round is progress," a negotiator said.',
  ),
  syntheticReport(
    "chapters-two",
    "en",
    "2031-09-20",
    "Negotiators closed the first two chapters of the fisheries agreement at the talks in Hue, which ran from September 15 to 18. " +
      "The chapters settled cover port state measures and catch documentation. " +
      "Both sides said the harder chapters would take longer.",
  ),
  syntheticReport(
    "quota-en",
    "en",
    "2031-03-05",
    "HANOI — Vietnam's trade ministry on Wednesday issued a decision, signed on Tuesday, opening a tariff-rate quota for US pepper.",
  ),
  syntheticReport(
    "quota-vi",
    "vi",
    "2031-03-05",
    "Bộ Công Thương ban hành quyết định về hạn ngạch thuế quan đối với hồ tiêu Hoa Kỳ. " +
      "Hạn ngạch áp dụng từ ngày 1/4/2031. " +
      "Quyết định do Thứ trưởng Bộ Công Thương Lâm Văn Phúc ký.",
  ),
];
const chunks = wholeArticleChunks(reports);
const stats = new TermStatistics(chunks.map((c) => c.text));
const documents = new Map(reports.map((d) => [d.id, d]));

/** The offline answer drawn from some reports, ranked in the order given. */
function answerFrom(docIds: string | string[], question: string): string {
  const plan = analyzeQuery(question);
  const ranked = [docIds].flat().map((id) => chunks.find((c) => c.docId === id)!);
  const passages: Passage[] = ranked.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  return extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, { stats, documents }).body;
}

describe("the kind of fact a question asks for", () => {
  it("is a reason for 'vì sao', 'tại sao', 'why', and a list for 'which chapters did', 'những … nào'", () => {
    const cases: [question: string, expects: string][] = [
      ["Vì sao mức phí giảm?", "reason"],
      ["tai sao muc phi giam", "reason"],
      ["Why was the fee cut?", "reason"],
      ["When was the fee cut?", "date"],
      ["Which chapters did negotiators close?", "list"],
      ["What working groups were set up at the first round?", "list"],
      ["Hai bên đã đóng những chương nào?", "list"],
      ["Which negotiators led the talks?", "person"],
      ["Which kinds of data did Vietnam want stored locally?", "list"],
      ["What types of fish were left out?", "list"],
    ];
    for (const [question, expects] of cases) expect(analyzeQuery(question).expects, question).toBe(expects);
  });
});

describe("a why-question", () => {
  it("is answered with the sentence giving the reason, not only the lead restating what is asked", () => {
    const vi = answerFrom("fee-vi", "Vì sao mức phí kiểm dịch cuối cùng thấp hơn mức tạm tính?");
    expect(vi).toContain("nhờ các phòng thí nghiệm rút ngắn thời gian xét nghiệm");
    const en = answerFrom("fee-en", "Why was the final inspection fee lower than the provisional fee?");
    expect(en).toContain("had led them to cut the fee");
  });
});

describe("a question whose best sentence lacks the kind of fact asked", () => {
  it("gets the next sentence of the report that holds it (the date a rule takes effect after the lead announcing it)", () => {
    // Another report's sentences name the fruit and the market too, and would fill the answer without it.
    const body = answerFrom(["rule-vi", "talks-vi"], "Từ ngày nào thanh long tươi Việt Nam được phép vào Úc?");
    expect(body).toContain("Cơ quan an toàn sinh học Úc");
    expect(body).toContain("15/9/2031");
    // The sentence after it, with no date, is not quoted for it.
    expect(body).not.toContain("chiếu xạ");
  });
});

describe("a question asking which things (a list)", () => {
  it("is answered with the sentence listing them, after the lead that only counts them", () => {
    const body = answerFrom(["chapters-en", "chapters-quote"], "Which chapters did negotiators close at the sixth round?");
    expect(body).toContain("definitions, transparency, port inspections");
  });
});

describe("a question asking which things, whose lead only counts them", () => {
  it("gets the sentence right after the lead that names the things asked for, though it lists them in no pattern", () => {
    // Another report's sentences on closing chapters would fill the answer without it.
    const body = answerFrom(["chapters-two", "chapters-quote"], "Which chapters did the negotiators close at the Hue talks?");
    expect(body).toContain("port state measures and catch documentation");
    // The sentence after that one says nothing of which chapters.
    expect(body).not.toContain("harder chapters");
  });
});

describe("a who-question in English", () => {
  it("quotes the Vietnamese sentence naming the signer over an English sentence that only names the decision", () => {
    const body = answerFrom(["quota-en", "quota-vi"], "Who signed the decision on the tariff-rate quota for US pepper?");
    expect(body).toContain("Lâm Văn Phúc");
  });
});
