/**
 * The dates answers give events, and the stage of a case they answer from, over the synthetic archive I
 * (tests/fixtures/dev-archive-i: five textile rounds, four expert-level meetings, a countervailing duty case, reports in
 * both languages): an event is dated by its reports, not by an article that only names it as what comes next.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-i"));
const ask = (question: string) => askChat(routes, question);

describe("POST /api/chat on when an event was held", () => {
  it("dates the second round by its reports, not by an expert meeting's report that it 'prepares' for it", async () => {
    // The first expert meeting's report (27/4/2033) says its data will be compared "trước vòng đàm phán thứ hai".
    const { text, status } = await ask("Vòng đàm phán thứ hai về dệt may diễn ra khi nào?");
    expect(status).toBe("answered");
    expect(text).toContain("20/6");
    expect(text).not.toContain("27/4/2033");
  });

  it("quotes a sentence that writes the round's days out, not its report's 'kết thúc hôm qua'", async () => {
    const { text, status } = await ask("Vòng đàm phán thứ hai về dệt may diễn ra vào thời gian nào?");
    expect(status).toBe("answered");
    const firstQuote = text.split("\n").find((line) => line.includes("[1]")) ?? "";
    expect(firstQuote).toMatch(/20 đến 23\/6\/2033|June 20-23/);
  });

  it("answers when a round began from an English report that writes the day, when the Vietnamese one says only 'tuần trước'", async () => {
    const { text, status } = await ask("Vòng đàm phán thứ tư ở Washington bắt đầu vào ngày nào?");
    expect(status).toBe("answered");
    const firstQuote = text.split("\n").find((line) => line.includes("[1]")) ?? "";
    expect(firstQuote).toContain("February 27");
  });
});

describe("POST /api/chat on one stage of a trade-remedy case", () => {
  it("answers the rate of the preliminary determination from its report, not from the final one's that recalls it", async () => {
    const { text, status, citations } = await ask("muc thue chung cho cac doanh nghiep khac trong ket luan so bo la bao nhieu");
    expect(status).toBe("answered");
    const firstQuote = text.split("\n").find((line) => line.includes("[1]")) ?? "";
    expect(firstQuote).toMatch(/5,12%|5\.12 percent/);
    expect(citations.find((c) => c.n === 1)?.docId).toMatch(/preliminary|so-bo/);
  });
});
