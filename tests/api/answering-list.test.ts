/**
 * A question asking which things, over the synthetic archive H (tests/fixtures/dev-archive-h: SPS talks whose
 * third round, in Da Nang, closed five chapters; a later sentence of the report names them).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-h"));

describe("POST /api/chat over archive H, offline", () => {
  it("answers which chapters a round closed with the sentence naming them, cited", async () => {
    const { text, citations, status } = await askChat(routes, "Which chapters were closed at the third round in Da Nang?");
    expect(status).toBe("answered");
    expect(text).toContain("general provisions, transparency, technical cooperation");
    expect(citations.some((c) => c.quote.includes("general provisions"))).toBe(true);
  });
});
