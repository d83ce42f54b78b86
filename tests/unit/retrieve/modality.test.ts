import { describe, expect, it } from "vitest";
import { asksMilestoneHappened, reportsMilestoneHappened } from "@/lib/retrieve/modality";

// Synthetic questions and report sentences about signing an agreement, in both languages.
describe("a question about a signing as done", () => {
  it("is one that names the signing and no plan", () => {
    expect(asksMilestoneHappened("On what date was the reciprocal trade agreement signed?")).toBe(true);
    expect(asksMilestoneHappened("What did the ministers say at the signing ceremony of the agreement?")).toBe(true);
    expect(asksMilestoneHappened("Hiệp định được ký ngày nào?")).toBe(true);
    // A question-final "chưa" asks whether it has happened yet.
    expect(asksMilestoneHappened("hiep dinh da ky ket chua")).toBe(true);
    expect(asksMilestoneHappened("Hiệp định đã được ký chưa?")).toBe(true);
    expect(asksMilestoneHappened("hiep dinh duoc ky ngay nao")).toBe(true);
  });

  it("is not one that asks about a plan, a target or a signature", () => {
    expect(asksMilestoneHappened("When do the two sides aim to sign the agreement?")).toBe(false);
    expect(asksMilestoneHappened("When do the two countries plan to sign the agreement?")).toBe(false);
    expect(asksMilestoneHappened("vong 6 dat muc tieu ky hiep dinh khi nao?")).toBe(false);
    expect(asksMilestoneHappened("Chương về chữ ký điện tử gồm những gì?")).toBe(false);
    // Folded "ky" is mostly "kỳ": Hoa Kỳ, kỳ họp.
    expect(asksMilestoneHappened("Hoa Ky ap thue bao nhieu?")).toBe(false);
  });
});

describe("a report of a signing as done", () => {
  it("is a sentence that says it was signed", () => {
    expect(reportsMilestoneHappened("The decree was signed on July 15. It cuts duties on 14 tariff lines.")).toBe(true);
    expect(reportsMilestoneHappened("Quyết định do Thứ trưởng Bộ Công Thương ký. Hạn ngạch áp dụng từ năm sau.")).toBe(true);
    expect(reportsMilestoneHappened("Trong chuyến đi, các doanh nghiệp đã ký hợp đồng trị giá 1,3 tỷ USD.")).toBe(true);
  });

  it("is not one that makes it a plan, a possibility or a wish, nor a signature", () => {
    expect(reportsMilestoneHappened("The ministers said the agreement could be signed early next year.")).toBe(false);
    expect(reportsMilestoneHappened("The two governments aim to sign the agreement in the third quarter. Signing would be done in Hanoi.")).toBe(false);
    expect(reportsMilestoneHappened("Hai Bộ trưởng thống nhất mục tiêu ký Hiệp định trong quý I.")).toBe(false);
    expect(reportsMilestoneHappened("Phụ lục sẽ được ký chính thức sau khi mỗi bên hoàn tất thủ tục.")).toBe(false);
    expect(reportsMilestoneHappened("Hai bên đã thống nhất chương về chữ ký điện tử.")).toBe(false);
    // "chia sẻ" is no "sẽ".
    expect(reportsMilestoneHappened("Bộ trưởng chia sẻ rằng hai bên đã ký biên bản ghi nhớ.")).toBe(true);
  });
});
