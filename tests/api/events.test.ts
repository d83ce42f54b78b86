/**
 * Answers that know which event and when, over the synthetic development archive
 * (tests/fixtures/dev-archive: rounds 1, 2, 3 and 5, two ministerial sessions, a joint statement…).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { citedNumbers } from "@/lib/answer/markers";
import { eventsResponseSchema } from "@/lib/api-schemas";
import type { Citation, PassageView } from "@/lib/types";
import { chatBody, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";
import { dataPart, metadata, readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive"));

async function ask(question: string, history: string[] = []) {
  const turns = history.flatMap((text) => [
    { role: "user" as const, text },
    { role: "assistant" as const, text: "…" },
  ]);
  const chunks = await readUIChunks(await routes.chat(chatBody(question, { history: turns })));
  return {
    text: streamedText(chunks),
    citations: dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations,
    passages: dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages,
    status: metadata(chunks).status,
  };
}

/** Numbers must appear in the text as 1, 2, 3… the first time each is cited. */
function expectReadingOrder(text: string) {
  const numbers = citedNumbers(text);
  expect(numbers).toEqual(numbers.map((_, i) => i + 1));
}

describe("GET /api/events", () => {
  it("lists the archive's events in date order, each with its reports", async () => {
    const response = await routes.events();
    expect(response.status).toBe(200);
    const { events } = eventsResponseSchema.parse(await response.json());
    const rounds = events.filter((e) => e.kind === "round");
    expect(rounds.map((e) => [e.ordinal, e.date, e.place])).toEqual([
      [1, "2025-04-28", "Washington, D.C."],
      [2, "2025-05-19", "Hà Nội"],
      [3, "2025-06-09", "Washington, D.C."],
      [5, "2025-07-21", "Đà Nẵng"],
    ]);
    expect(rounds[0]).toMatchObject({ id: "round#1", label: "Vòng đàm phán thứ 1", labelEn: "Round 1" });
    const dates = events.map((e) => e.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
    const statement = events.find((e) => e.kind === "statement")!;
    expect(statement.reports.map((r) => r.lang).sort()).toEqual(["en", "en", "vi", "vi"]);
    expect(statement.reports[0]).toHaveProperty("title");
  });
});

describe("POST /api/chat over many reports of similar events", () => {
  it("answers 'the latest round' with the round of the latest date, labelled, and cites its report first", async () => {
    const { text, citations, status } = await ask("Vòng đàm phán mới nhất là vòng nào?");
    expect(status).toBe("answered");
    expect(text).toContain("Vòng đàm phán thứ 5 — 21/7–24/7/2025, Đà Nẵng");
    expect(citations[0]!.n).toBe(1);
    expect(citations[0]!.docId).toMatch(/^r5-/);
    expectReadingOrder(text);
  });

  it("answers a timeline question with one dated, cited line per round, in date order, other outlets named", async () => {
    const { text, citations } = await ask("Tóm tắt các vòng đàm phán theo thứ tự thời gian");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.map((l) => /\*\*(.+?) —/.exec(l)?.[1])).toEqual(["Vòng đàm phán thứ 1", "Vòng đàm phán thứ 2", "Vòng đàm phán thứ 3", "Vòng đàm phán thứ 5"]);
    expect(lines[0]).toContain("28/4–30/4/2025");
    lines.forEach((line, i) => {
      expect(line).toContain(`[${i + 1}]`);
    });
    expect(text).toContain("Cũng đưa tin");
    // A line may quote two sentences of its passage (when and where, and what came of it): one number per passage.
    expect([...new Set(citations.map((c) => c.n))]).toEqual([1, 2, 3, 4]);
    expect([...new Set(citations.map((c) => c.docId.slice(0, 2)))]).toEqual(["r1", "r2", "r3", "r5"]);
  });

  it("answers a timeline of the rounds 'from the first to the latest' with the rounds only, first and last dated", async () => {
    const { text } = await ask("Give me a timeline of the negotiating rounds, with dates and places, from the first to the latest.");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.map((l) => /\*\*(.+?) —/.exec(l)?.[1])).toEqual(["Round 1", "Round 2", "Round 3", "Round 5"]);
    expect(lines[0]).toContain("April 28");
    expect(lines.at(-1)).toContain("July 21");
  });

  it("lists a month's negotiating sessions, one line each from its own report, without that month's tariff news", async () => {
    const { text } = await ask("Which negotiating sessions took place in August 2025?");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.map((l) => /\*\*(.+?) —/.exec(l)?.[1])).toEqual(["Ministerial session 2", "Technical session"]);
    expect(lines[1]).toContain("20 đến 22/8/2025");
  });

  it("abstains on a round no article reports, saying which rounds the archive covers", async () => {
    const { text, citations, status } = await ask("Vòng đàm phán thứ tư diễn ra ở đâu?");
    expect(status).toBe("no_answer");
    expect(citations).toEqual([]);
    expect(text).toContain("vòng đàm phán 1, 2, 3 và 5");
    expect(text).toMatch(/không bài nào đưa tin về Vòng đàm phán thứ 4/);
    const english = await ask("When was the fourth round held?");
    expect(english.status).toBe("no_answer");
    expect(english.text).toContain("rounds 1, 2, 3 and 5");
  });

  it("abstains on a ministerial session in a city where only a round was held, saying what the archive covers", async () => {
    // Round 5 was held in Da Nang; both ministerial sessions elsewhere.
    const { text, citations, status } = await ask("What was agreed at the ministerial session in Da Nang?");
    expect(status).toBe("no_answer");
    expect(citations).toEqual([]);
    expect(text).toContain("ministerial sessions 1 and 2");
    expect(text).toContain("Ministerial session, Da Nang");
  });

  it("answers an English question from the English report of the event", async () => {
    const { text, citations, passages } = await ask("Where was the second ministerial session held?");
    expect(citations[0]!.docId).toBe("m2-hanoi-business-review");
    expect(citations[0]!.quote).toContain("Hanoi");
    expect(passages[0]!.docId).toBe("m2-hanoi-business-review");
    expect(text).toContain("Ministerial session 2 — August 18, 2025, Hanoi");
  });

  it("keeps the round of a follow-up and swaps the side it asks about", async () => {
    const first = await ask("Ai dẫn đầu phía Việt Nam tại vòng đàm phán thứ ba?");
    expect(first.text).toContain("Lê Thị Thu Hằng");
    const { text, citations } = await ask("Còn phía Hoa Kỳ?", ["Ai dẫn đầu phía Việt Nam tại vòng đàm phán thứ ba?"]);
    expect(text).toContain("Karen Whitfield");
    expect(citations.every((c) => /^r3-/.test(c.docId))).toBe(true);
    expect(citations.find((c) => c.quote.includes("Karen Whitfield"))).toBeDefined();
  });

  it("answers a follow-up asking for the next round with the round after the one asked before", async () => {
    const { text, citations } = await ask("Còn vòng tiếp theo thì diễn ra ở đâu, khi nào?", ["Vòng đàm phán thứ hai diễn ra ở đâu?"]);
    expect(text).toContain("Vòng đàm phán thứ 3 — 9/6/2025, Washington, D.C.");
    expect(citations[0]!.docId).toMatch(/^r3-/);
  });
});
