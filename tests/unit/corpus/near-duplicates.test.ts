/** MinHash sketches and the figures check that tells a syndicated copy from a template report of another event. */
import { describe, expect, it } from "vitest";
import { fingerprint, nearDuplicate, NearDuplicateIndex, similarity } from "@/lib/corpus/near-duplicates";

// Synthetic sentences written for this test.
const WORDS = "an bình chính dân đất giá hàng khu lợi mới nước ổn phát quyền sản tài ủy vốn xuất yếu".split(" ");
const report = `${WORDS.map((w) => `Đoạn ${w} của bản tin nói về phiên đàm phán và các cam kết thuế quan giữa hai nước trong năm nay.`).join(" ")} Vòng 3 diễn ra ngày 12/6/2025, thuế 46%.`;
const other = WORDS.map((w) => `Mục ${w}: giá nông sản xuất khẩu sang châu Âu biến động mạnh theo mùa vụ và thời tiết.`).join(" ");

describe("near-duplicate fingerprints", () => {
  it("estimate 1 for the same text and about 0 for unrelated text", () => {
    expect(similarity(fingerprint(report), fingerprint(report))).toBe(1);
    expect(similarity(fingerprint(report), fingerprint(other))).toBeLessThan(0.05);
  });

  it("call a copy with other chrome a duplicate, and the same wording with other figures not", () => {
    const copy = `Trang chủ › Kinh tế. ${report} Theo Báo Mẫu.`;
    const template = report.replace("Vòng 3 diễn ra ngày 12/6/2025, thuế 46%", "Vòng 4 diễn ra ngày 20/7/2025, thuế 20%");
    expect(nearDuplicate(fingerprint(report), fingerprint(copy))).toBeGreaterThanOrEqual(0.5);
    expect(similarity(fingerprint(report), fingerprint(template))).toBeGreaterThan(0.5);
    expect(nearDuplicate(fingerprint(report), fingerprint(template))).toBeNull();
  });

  it("are found through the index, and forgotten when removed", () => {
    const index = new NearDuplicateIndex();
    index.add("a", fingerprint(report));
    index.add("b", fingerprint(other));
    expect(index.find(fingerprint(`${report} Nguồn: Báo Mẫu`))?.id).toBe("a");
    index.delete("a");
    expect(index.find(fingerprint(report))).toBeNull();
  });
});
