/**
 * Which sentence the offline answer quotes, over the synthetic archive J (tests/fixtures/dev-archive-j: digital-trade
 * talks whose Hanoi round closed two chapters; the sentence after the lead names them with no list marks).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-j"));

describe("POST /api/chat over archive J, offline", () => {
  it("answers which chapters a round closed with the lead and the sentence after it that names them", async () => {
    const { text, citations, status } = await askChat(routes, "Which chapters did the negotiators manage to close in Hanoi?");
    expect(status).toBe("answered");
    expect(text).toContain("The chapters settled cover electronic signatures and authentication, and online consumer protection.");
    expect(citations.some((c) => c.quote.startsWith("The chapters settled cover"))).toBe(true);
  });
});
