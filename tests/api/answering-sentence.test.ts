/**
 * Which sentences an offline reply quotes, over the synthetic archive I (tests/fixtures/dev-archive-i:
 * textile talks and a US countervailing duty case on recycled yarn, whose final rates fell after Commerce
 * corrected its land-rent figures at verification).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TIMELINE_TEXT } from "@/lib/answer/answer-text";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-i"));

describe("POST /api/chat over archive I, offline", () => {
  // The reports' leads restate the lower final rates; the reason is a later sentence with no word of the question.
  it.each([
    ["Why did Commerce lower the final subsidy rates on recycled yarn?", ["land-rent benefits"]],
    // Either report's reason answers it: which report ranks first is the retrieval's choice.
    ["Tại sao thuế chống trợ cấp sợi tái chế giảm trong kết luận cuối cùng?", ["chi phí thuê đất thực tế", "land-rent benefits"]],
  ])("answers %s with the reason, cited", async (question, reasons) => {
    const { text, citations, status } = await askChat(routes, question);
    expect(status).toBe("answered");
    const given = reasons.filter((reason) => text.includes(reason));
    expect(given.length).toBeGreaterThan(0);
    expect(citations.some((c) => given.some((reason) => c.quote.includes(reason)))).toBe(true);
  });

  it("answers how far a list was cut in a period with the figures, not a timeline of the period", async () => {
    const { text, citations, status } = await askChat(routes, "How far was the short supply list trimmed in early 2034?");
    expect(status).toBe("answered");
    expect(text).toContain("from 37 to 31 items");
    expect(text).not.toContain(TIMELINE_TEXT.en.heading);
    expect(citations.some((c) => c.quote.includes("from 37 to 31 items"))).toBe(true);
  });
});
