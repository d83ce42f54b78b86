/**
 * Abstention on what no article reports, asked without diacritics, over the synthetic archive H
 * (tests/fixtures/dev-archive-h: an SPS negotiation whose rounds run from March 2030, none in April).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-h"));

/** Question, whether the archive reports it, and what the reply says of it. */
const CASES: [string, boolean, string][] = [
  // A month in which nothing was reported: the refusal names it.
  ["thang 4/2030 dam phan SPS viet my co dien bien gi", false, "tháng 4/2030"],
  // The month of the first round.
  ["thang 3/2030 dam phan SPS viet my co dien bien gi", true, "11/3/2030"],
];

describe("POST /api/chat on a question typed without diacritics", () => {
  it.each(CASES)("%s (reported: %s)", async (question, reported, said) => {
    const { text, citations, status } = await askChat(routes, question);
    expect(status).toBe(reported ? "answered" : "no_answer");
    expect(citations.length > 0).toBe(reported);
    expect(text).toContain(said);
  });
});
