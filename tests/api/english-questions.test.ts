/**
 * English questions over the synthetic archive I (tests/fixtures/dev-archive-i: a Vietnam–US textile
 * rules-of-origin negotiation, reported in Vietnamese and English): the answer's first quote is the
 * sentence that says what was asked, in the words the reports use.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-i"));

/** Question, the article its first citation quotes, and what that quote says. */
const CASES: [string, string, string][] = [
  // "put in charge" is "putting her in charge" in the report: a doubled consonant before -ing.
  ["When was Okafor put in charge of the US side?", "okafor-named-acting-assistant-ustr", "January 5"],
  // The question asks for a period; its "when" only says which time, so a dated lead does not answer it.
  ["What phase-in period did the US propose when it first tabled the yarn-forward rule?", "analysis-five-rounds-textile-talks", "four-year phase-in"],
  // A quarter is "quý I" in Vietnamese reports, the certificate "C/O": the only report of the figure is Vietnamese.
  ["How many electronic C/O did the pilot firms receive in the first quarter?", "hop-chuyen-gia-lan-4-mo-rong-co-dien-tu", "1.850"],
];

describe("POST /api/chat, English questions over archive I", () => {
  it.each(CASES)("%s → first quote from %s says %s", async (question, docId, said) => {
    const { citations, status } = await askChat(routes, question);
    expect(status).toBe("answered");
    const first = citations.find((c) => c.n === 1);
    expect(first?.docId).toBe(docId);
    expect(first?.quote).toContain(said);
  });
});
