import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Runtime } from "@/lib/runtime";
import { OFFLINE_PROFILE_ID, findProfile } from "@/lib/ai/providers";
import { collectAnswer } from "@/lib/answer/pipeline";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { FIXTURES, buildTestRuntime } from "../../support/test-index";

// Twelve synthetic reports (tests/fixtures/answer-language): nine English, three Vietnamese.
let runtime: Runtime;
let config: Awaited<ReturnType<typeof buildTestRuntime>>["config"];
let cleanup: () => void;
beforeAll(async () => {
  ({ runtime, config, cleanup } = await buildTestRuntime({}, path.join(FIXTURES, "answer-language")));
});
afterAll(() => cleanup());

const answer = async (question: string) => {
  const result = await collectAnswer(runtime.pipeline, { question, history: [], profile: findProfile(config, OFFLINE_PROFILE_ID)! });
  // The first quoted sentence is what a reader sees first.
  return { result, first: result.citations.find((c) => c.n === 1)! };
};

describe("the offline answer's first quote", () => {
  it("is the count asked for, not a sentence with another figure", async () => {
    const { first } = await answer("How many Vietnamese products are on the US zero-tariff list?");
    expect(first.docId).toBe("list-en");
    expect(first.quote).toContain("27 Vietnamese products");
  });

  it("names the person in the role asked, not an assistant of that role, even when the assistant's report ranks first", async () => {
    const retrieval = await runtime.retriever.retrieve("Who is the US Trade Representative?");
    // The assistant's report first, as a retrieval may well rank it.
    const passages = [...retrieval.passages]
      .sort((a, b) => Number(b.chunk.docId === "assistant-en") - Number(a.chunk.docId === "assistant-en"))
      .map((p, i) => ({ ...p, rank: i + 1 }));
    const { body, citations } = extractAnswer({ ...retrieval, passages }, runtime.retriever.stats);
    // What the reader reads first (the answer is renumbered in reading order after this).
    const firstCited = citedNumbers(body)[0];
    expect(citations.find((c) => c.n === firstCited)!.quote).toContain("Daniel Marsh");
  });

  it("is in the reader's language when that report holds what was asked", async () => {
    const { first } = await answer("Did the US raise the trade deficit with Vietnam at the talks?");
    expect(first.docId).toBe("deficit-en");
  });

  it("is in the reader's language when the report there names the side only by an office ('Deputy USTR'), not as 'US'", async () => {
    const { retriever } = runtime;
    const retrieval = await retriever.retrieve("What did the US official say about farm goods?");
    // The Vietnamese report ("Phía Hoa Kỳ …") first, then an English one that says "US" but nothing of farm goods, then the answer.
    const vi = (await retriever.retrieve("Phía Hoa Kỳ nói gì về nông sản?")).passages.find((p) => p.chunk.docId === "farm-vi")!;
    const other = (await retriever.retrieve("What did the US side publish?")).passages.find((p) => p.chunk.docId === "list-en")!;
    const en = retrieval.passages.find((p) => p.chunk.docId === "farm-en")!;
    const passages = [vi, other, en].map((p, i) => ({ ...p, rank: i + 1 }));
    const { body, citations } = extractAnswer(
      { ...retrieval, passages },
      { stats: retriever.stats, catalog: retriever.catalog!, documents: retriever.catalog!.documents },
    );
    const first = citations.find((c) => c.n === citedNumbers(body)[0])!;
    expect(first.docId).toBe("farm-en");
    expect(first.quote).toContain("within touching distance");
  });

  it("quotes the other language's report when only it names the body asked about (an English report of exporters is not the Textile Association's)", async () => {
    const { result } = await answer("What did the Vietnam Textile Association say exporters are doing?");
    expect(result.answer).toContain("đàm phán lại giá");
    expect(result.passages[0]!.chunk.docId).toBe("textile-vi");
  });

  it("is in the other language when only that report has the year asked about", async () => {
    const { result, first } = await answer("How large was the US trade deficit with Vietnam in 2024?");
    expect(first.docId).toBe("deficit-vi");
    expect(result.answer).toContain("123 tỷ USD");
  });
});

describe("the offline answer about one event", () => {
  it("quotes the report of it before an earlier article announcing it, whichever ranks first", async () => {
    const retrieval = await runtime.retriever.retrieve("Where was the sixth round of negotiations held?");
    const passages = [...retrieval.passages]
      .sort((a, b) => Number(b.chunk.docId === "announce-en") - Number(a.chunk.docId === "announce-en"))
      .map((p, i) => ({ ...p, rank: i + 1 }));
    expect(passages[0]!.chunk.docId).toBe("announce-en");
    const { retriever } = runtime;
    const { body, citations } = extractAnswer(
      { ...retrieval, passages },
      { stats: retriever.stats, catalog: retriever.catalog!, documents: retriever.catalog!.documents },
    );
    const firstCited = citedNumbers(body)[0];
    expect(citations.find((c) => c.n === firstCited)!.docId).toBe("round6-en");
  });
});

describe("the passages an answer is drawn from", () => {
  it("rank a report of the round asked above an earlier article announcing it", async () => {
    const { passages } = await runtime.retriever.retrieve("Where was the sixth round of negotiations held?");
    expect(passages[0]!.chunk.docId).toBe("round6-en");
  });
});
