/**
 * A question asking which things, over the synthetic archives H (tests/fixtures/dev-archive-h: SPS talks whose
 * third round, in Da Nang, closed five chapters; a later sentence of the report names them) and J
 * (tests/fixtures/dev-archive-j: digital-trade talks whose Hanoi round closed two chapters; the sentence right after
 * the lead that counts them names them, with no list marks).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

/** Archive, question, and the chapters the answer must quote. */
const CASES = [
  ["h", "Which chapters were closed at the third round in Da Nang?", "general provisions, transparency, technical cooperation"],
  ["j", "Which chapters did the negotiators manage to close in Hanoi?", "electronic signatures and authentication, and online consumer protection"],
] as const;

for (const [archive, question, chapters] of CASES) {
  describe(`POST /api/chat over archive ${archive.toUpperCase()}, offline`, () => {
    const routes = sharedRoutes({}, path.join(FIXTURES, `dev-archive-${archive}`));

    it(`answers "${question}" with the sentence naming the chapters, cited`, async () => {
      const { text, citations, status } = await askChat(routes, question);
      expect(status).toBe("answered");
      expect(text).toContain(chapters);
      expect(citations.some((c) => c.quote.includes(chapters))).toBe(true);
    });
  });
}
