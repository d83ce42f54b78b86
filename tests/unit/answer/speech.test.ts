import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { asksWhatWasSaid } from "@/lib/answer/speech";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented report: the lead names the speaker, then what she did, then what she said.
const QUOTE = '"We want a deal that rewards real production, not relabelling," Whitcombe said after the talks.';
const report = syntheticReport(
  "session-en",
  "en",
  "2031-02-14",
  "WASHINGTON — US Trade Representative Laura Whitcombe and Vietnam's trade minister met on Thursday for three hours. " +
    "Whitcombe pressed Vietnam on transshipment of goods through its ports. " +
    QUOTE,
);
const chunks = wholeArticleChunks([report]);
const stats = new TermStatistics(chunks.map((c) => c.text));

/** The sentence a reader sees first in the offline answer. */
function firstQuote(question: string): string {
  const plan = analyzeQuery(question);
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus: null }, stats);
  return body.slice(0, body.indexOf(` [${citedNumbers(body)[0]}]`));
}

describe("a question asking what someone said", () => {
  it.each(["What did Laura Whitcombe say about transshipment?", "Laura Whitcombe nói gì về chuyển tải?"])(
    "is answered by the sentence quoting them, not the lead naming them: %s",
    (question) => {
      expect(firstQuote(question)).toBe(QUOTE);
    },
  );

  it.each([
    ["What did the minister say about rice?", true],
    ["hai ben noi gi ve thue quan?", true],
    ["Bộ trưởng phát biểu gì tại phiên họp?", true],
    ["What did the ministers agree on rice?", false],
    ["Who said the talks would end in June?", false],
  ])("is told from its wording: %s", (question, asks) => {
    expect(asksWhatWasSaid(question)).toBe(asks);
  });
});
