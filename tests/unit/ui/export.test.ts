import { describe, expect, it } from "vitest";
import { conversationMarkdown, feedbackJsonl, fileSlug } from "@/app/_components/conversations/export";
import type { Conversation } from "@/app/_components/conversations/store";
import { parseQuestionSet } from "@/lib/eval/question-set";
import type { ChatMessage, Citation } from "@/lib/types";

/** Synthetic conversation: one question, one cited answer. */
const citation: Citation = {
  n: 1,
  docId: "vong-hai",
  chunkId: "vong-hai#0",
  title: "Vòng hai",
  date: "2025-05-24",
  url: null,
  source: "Báo thử",
  quote: "“Vòng hai diễn ra từ 19 đến 22/5.”",
  start: 0,
  end: 10,
  supported: true,
};
const question: ChatMessage = { id: "q1", role: "user", parts: [{ type: "text", text: "Vòng hai khi nào?" }] };
const answer: ChatMessage = {
  id: "a1",
  role: "assistant",
  metadata: { model: "fake" },
  parts: [
    { type: "text", text: "Từ 19 đến 22/5 [1]." },
    { type: "data-citations", data: { citations: [citation] } },
  ],
};
const older: ChatMessage = { id: "a0", role: "assistant", parts: [{ type: "text", text: "Không rõ." }] };

function conversation(meta: Conversation["meta"]): Conversation {
  return { id: "c1", title: "Vòng hai khi nào?", createdAt: 0, updatedAt: 0, messages: [question, answer], meta };
}

describe("conversation export", () => {
  it("writes questions, answers and numbered references with one pair of quotes", () => {
    const md = conversationMarkdown(conversation({ customTitle: "Lịch vòng hai" }), {
      question: "Question",
      answer: "Answer",
      references: "References",
      stopped: "Stopped",
    });
    expect(md).toBe(
      "# Lịch vòng hai\n\n## Question\n\nVòng hai khi nào?\n\n### Answer (fake)\n\nTừ 19 đến 22/5 [1].\n\n**References**\n\n1. Vòng hai — Báo thử — 2025-05-24\n   > Vòng hai diễn ra từ 19 đến 22/5.\n",
    );
  });

  it("names files after the title, Vietnamese letters kept", () => {
    expect(fileSlug("Lịch vòng hai: khi nào?")).toBe("Lịch-vòng-hai-khi-nào");
  });
});

describe("feedback export", () => {
  it("writes one eval question line per rated answer, earlier versions included", () => {
    const lines = feedbackJsonl([
      conversation({ versions: { q1: [older] }, feedback: { a1: { rating: "up", at: 0 }, a0: { rating: "down", note: "sai", at: 0 } } }),
    ])
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: "feedback-a1", question: "Vòng hai khi nào?", expectDocs: ["vong-hai"], facts: [], rating: "up" });
    // A bad answer's citations are not trusted as the expected documents.
    expect(lines[1]).toMatchObject({ id: "feedback-a0", question: "Vòng hai khi nào?", expectDocs: [], facts: [], rating: "down", note: "sai" });
  });

  it("is a question file npm run eval reads, follow-ups with the questions before them", () => {
    const followUp: ChatMessage = { id: "q2", role: "user", parts: [{ type: "text", text: "Còn vòng ba?" }] };
    const second: ChatMessage = { id: "a2", role: "assistant", parts: [{ type: "text", text: "Chưa rõ." }] };
    const c: Conversation = {
      ...conversation({ feedback: { a1: { rating: "up", at: 0 }, a2: { rating: "down", note: "thiếu", at: 0 } } }),
      messages: [question, answer, followUp, second],
    };
    const { questions } = parseQuestionSet(feedbackJsonl([c]), "feedback.jsonl");
    expect(questions.map((q) => [q.id, q.question, q.history, q.expectDocs])).toEqual([
      ["feedback-a1", "Vòng hai khi nào?", undefined, ["vong-hai"]],
      ["feedback-a2", "Còn vòng ba?", ["Vòng hai khi nào?"], []],
    ]);
  });

  it("is empty when nothing was rated", () => {
    expect(feedbackJsonl([conversation(undefined)])).toBe("");
  });
});
