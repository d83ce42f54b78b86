import { describe, expect, it } from "vitest";
import { coverage, searchable } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";

/** Share of a question's concepts (each weighed alike) that a passage in the other language says. */
function covered(question: string, passage: string): number {
  const { concepts } = analyzeQuery(question);
  return coverage(
    searchable(passage),
    concepts,
    concepts.map(() => 1),
  );
}

// Synthetic Vietnamese report sentences, each the only answer to an English question (names and figures invented).
describe("an English question whose answer only a Vietnamese report gives", () => {
  it("reaches it in the words of selling online and paying: sellers, orders, fees, currency, payment gateways", () => {
    const said = "Doanh nghiệp nhỏ bán hàng cho khách hàng Mỹ phải chịu phí chuyển đổi ngoại tệ và phí cổng thanh toán tới 5% giá trị đơn hàng.";
    expect(covered("What share of an order do small sellers pay in currency and payment-gateway fees to a US customer?", said)).toBeGreaterThanOrEqual(0.7);
  });

  it("reaches who spoke at a forum for an association, and where someone was posted", () => {
    expect(
      covered("Which association head spoke at the forum?", "Tại diễn đàn, ông Trần Văn An, Chủ tịch Hiệp hội Thương mại điện tử, phát biểu."),
    ).toBeGreaterThanOrEqual(0.75);
    expect(covered("Where was Tran Van An posted?", "Ông Trần Văn An được điều động làm Đại sứ tại Geneva.")).toBe(1);
  });

  it("reaches how many jobs a plant is to give: the work it gives people, not a post someone holds", () => {
    const said = "Nhà máy của Tập đoàn Northgate tại Hải Dương dự kiến tạo việc làm cho khoảng 3.200 lao động.";
    expect(covered("How many jobs is the Northgate plant in Hai Duong expected to create?", said)).toBeGreaterThanOrEqual(0.8);
  });

  it("reaches an energy good and the administrative review of its duty order, and which mandatory respondents it covers", () => {
    const said =
      "Bộ Thương mại Hoa Kỳ khởi xướng rà soát hành chính lần thứ nhất đối với lệnh áp thuế giá đỡ pin mặt trời; bị đơn bắt buộc Công ty Minh Quang nằm trong danh sách.";
    expect(covered("Which mandatory respondents does the administrative review of the solar racking order cover?", said)).toBeGreaterThanOrEqual(0.8);
  });
});

// Synthetic English report sentences, each the only answer to a Vietnamese question (names invented).
describe("a Vietnamese question whose answer only an English report gives", () => {
  it("reaches who speaks for a case's petitioners: the counsel of a coalition of producers", () => {
    const said = '"We will make our case at the commission," said Dana Whitfield, counsel to the Coalition of American Pump Producers.';
    expect(covered("Ai là luật sư của liên minh nhà sản xuất?", said)).toBe(1);
  });
});

describe("a question about a company head asked as its CEO", () => {
  it("reaches the report that calls them its chief executive or tổng giám đốc", () => {
    const said = "Keystone's chief executive Harlan Brooks told the forum the plant would open in two years.";
    expect(covered("What did the CEO of Keystone tell the forum?", said)).toBe(1);
    expect(covered("CEO của Keystone nói gì tại diễn đàn?", said)).toBe(1);
    expect(covered("CEO của Keystone nói gì tại diễn đàn?", "Ông Harlan Brooks, Tổng giám đốc Keystone, phát biểu tại diễn đàn.")).toBe(1);
  });
});
