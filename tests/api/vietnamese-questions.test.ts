/**
 * Vietnamese questions, with and without diacritics, answered from the right report over the synthetic archive K
 * (tests/fixtures/dev-archive-k: five negotiating sessions, three technical consultations, TIFA council meetings 9
 * (Hanoi, 2039) and 10 (Washington, 2040), a countervailing duty case, reports in both languages).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-k"));
const ask = (question: string) => askChat(routes, question);
const firstQuote = (text: string) => text.split("\n").find((line) => line.includes("[1]")) ?? "";

describe("POST /api/chat on a Vietnamese question that names an event by its year", () => {
  it("answers the meeting of the year named before a comma, not the other year's", async () => {
    const held2039 = await ask("Cuộc họp TIFA năm 2039, diễn ra ở đâu?");
    expect(held2039.status).toBe("answered");
    expect(firstQuote(held2039.text)).toContain("Hà Nội");
    const held2040 = await ask("Năm 2040, cuộc họp TIFA diễn ra ở đâu?");
    expect(held2040.status).toBe("answered");
    expect(firstQuote(held2040.text)).toContain("Washington");
  });
});

describe("POST /api/chat on one stage of a case compared with another", () => {
  it("answers the final rate from the final determination's report when the question compares it with the preliminary one", async () => {
    const { text, status, citations } = await ask("Mức thuế chống trợ cấp cuối cùng với dây đồng tráng men, thấp hơn mức sơ bộ, là bao nhiêu?");
    expect(status).toBe("answered");
    expect(firstQuote(text)).toContain("3,05%");
    expect(citations.find((c) => c.n === 1)?.docId).toMatch(/cuoi-cung|final/);
  });
});

describe("POST /api/chat on a negotiating session named by its number alone", () => {
  it("answers from the first negotiating session's reports, not from the first technical consultation's", async () => {
    const { text, status, citations } = await ask("Phiên đàm phán thứ nhất tập trung vào nội dung gì?");
    expect(status).toBe("answered");
    expect(text).not.toContain("Hải Phòng");
    expect(citations.find((c) => c.n === 1)?.docId).toMatch(/vong1|round1/);
  });
});
