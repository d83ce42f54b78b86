/**
 * English questions over the synthetic archive I (tests/fixtures/dev-archive-i: a Vietnam–US textile
 * rules-of-origin negotiation, reported in Vietnamese and English): the answer's first quote is the
 * sentence that says what was asked, in the words the reports use. And questions whose answer only a report in the
 * other language gives, over the synthetic archive K (tests/fixtures/dev-archive-k: a Vietnam–US supply-chain
 * negotiation; at a business forum in Ho Chi Minh City a US chipmaker announced a plant in Bac Giang: only a Vietnamese
 * report gives the jobs it is to create), and L (tests/fixtures/dev-archive-l: energy and digital-trade talks and an
 * anti-dumping case on solar racking, whose first administrative review only a Vietnamese report gives).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

/** Question, the article its first citation quotes, and what that quote says. */
type Case = [string, string, string];

const ARCHIVE_I: Case[] = [
  // "put in charge" is "putting her in charge" in the report: a doubled consonant before -ing.
  ["When was Okafor put in charge of the US side?", "okafor-named-acting-assistant-ustr", "January 5"],
  // The question asks for a period; its "when" only says which time, so a dated lead does not answer it.
  ["What phase-in period did the US propose when it first tabled the yarn-forward rule?", "analysis-five-rounds-textile-talks", "four-year phase-in"],
  // A quarter is "quý I" in Vietnamese reports, the certificate "C/O": the only report of the figure is Vietnamese.
  ["How many electronic C/O did the pilot firms receive in the first quarter?", "hop-chuyen-gia-lan-4-mo-rong-co-dien-tu", "1.850"],
];

const ARCHIVE_K: Case[] = [
  // "jobs" is "việc làm" in the Vietnamese report, and the plant its "nhà máy"; the English reports give no figure of jobs.
  ["How many jobs will Keystone's plant in Bac Giang create?", "vi-dien-dan-doanh-nghiep-tp-hcm", "4.500"],
];

const ARCHIVE_L: Case[] = [
  // The racking is "giá đỡ pin mặt trời", the review a "rà soát hành chính": only a Vietnamese report gives the review.
  [
    "Which mandatory respondent is left out of the first administrative review of the solar racking order?",
    "ra-soat-hanh-chinh-gia-do-pin",
    "rà soát hành chính lần thứ nhất",
  ],
];

describe.each([
  ["English questions over archive I", "i", ARCHIVE_I],
  ["an English question only a Vietnamese report answers (archive K)", "k", ARCHIVE_K],
  ["an English question only a Vietnamese report answers (archive L)", "l", ARCHIVE_L],
] as const)("POST /api/chat, %s", (_, archive, cases) => {
  const routes = sharedRoutes({}, path.join(FIXTURES, `dev-archive-${archive}`));
  it.each(cases)("%s → first quote from %s says %s", async (question, docId, said) => {
    const { citations, status } = await askChat(routes, question);
    expect(status).toBe("answered");
    const first = citations.find((c) => c.n === 1);
    expect(first?.docId).toBe(docId);
    expect(first?.quote).toContain(said);
  });
});
