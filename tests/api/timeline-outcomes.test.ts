/**
 * A timeline over the synthetic archive J (tests/fixtures/dev-archive-j: three numbered technical consultations)
 * says for each event what came of it, not only when and where it was held.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-j"));

describe("POST /api/chat, a timeline of the consultations", () => {
  it("gives each consultation's date and place and what its report's headline says came of it, cited", async () => {
    const { text, citations } = await askChat(routes, "tom tat cac phien tham van ky thuat theo thu tu thoi gian");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(3);
    // The first consultation's headline: "bàn cách kết nối thanh toán QR xuyên biên giới".
    expect(lines[0]).toContain("5/5/2037");
    expect(lines[0]).toContain("mã QR");
    expect(lines[2]).toContain("Cần Thơ");
    expect(citations.some((c) => c.quote.includes("mã QR"))).toBe(true);
  });
});

describe("POST /api/chat, a timeline of a subject no catalog event is about", () => {
  it("lists that subject's reports by date, from the case's initiation to its final determination, not every round of the talks", async () => {
    const { text } = await askChat(routes, "Tóm tắt diễn biến vụ điều tra chống trợ cấp quạt tản nhiệt máy chủ, từ khởi xướng đến kết luận cuối cùng.");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toContain("22/4/2037");
    expect(lines.at(-1)).toContain("2,87%");
    expect(text).not.toContain("Vòng đàm phán thứ");
  });
});
