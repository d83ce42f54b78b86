import { describe, expect, it } from "vitest";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { asksAtEvent, nameAbsentFromEvent } from "@/lib/retrieve/absent-name";
import { searchable } from "@/lib/retrieve/coverage";
import { eventFrame, framesEvent } from "@/lib/retrieve/event-frame";
import { analyzeQuery } from "@/lib/retrieve/query";
import { DEFAULT_RETRIEVAL, Retriever } from "@/lib/retrieve/retriever";
import { reportStore } from "../../support/report-store";
import { paragraphChunks, syntheticReport } from "../../support/whole-article-chunks";

// Synthetic reports of one consultation: who led each side there (names invented).
const reportsOfEvent = [
  "Phiên tham vấn kỹ thuật lần thứ ba diễn ra tại Cần Thơ. Đoàn Việt Nam do bà Phan Thị Ngọc Diệp dẫn đầu.",
  "The US side at the third consultation was led by Gregory Lindqvist, a fisheries official.",
].map(searchable);

/** The name of a question that no report of its event names, as the question writes it. */
function absent(question: string): string | null {
  const plan = analyzeQuery(question);
  const frame = eventFrame(plan.events);
  const framing = plan.concepts.map((c) => framesEvent(c, frame, { sidesFramed: true }));
  return nameAbsentFromEvent(question, plan.concepts, framing, reportsOfEvent)?.label ?? null;
}

describe("someone asked about at an event", () => {
  it("is absent when no report of the event names them, in either language", () => {
    expect(absent("What did Helen Marsh say at the third consultation?")).toBe("helen marsh");
    expect(absent("ông Okafor phát biểu gì tại phiên tham vấn thứ ba?")).toBe("okafor");
  });

  it("is there when a report of the event names them, in the other language or without diacritics", () => {
    expect(absent("What did Gregory Lindqvist say at the third consultation?")).toBeNull();
    expect(absent("ba Phan Thi Ngoc Diep noi gi tai phien tham van thu ba")).toBeNull();
  });

  it("is not placed at the event when the question only speaks of it ('think a statement was likely')", () => {
    expect(asksAtEvent("How likely did economist Helen Marsh think a third consultation was?")).toBe(false);
    expect(absent("How likely did economist Helen Marsh think a third consultation was?")).toBeNull();
    expect(asksAtEvent("What did Helen Marsh say during the third consultation?")).toBe(true);
  });

  it("is never a month or a side, which the question names with the lexicon's words", () => {
    expect(absent("What did the US side say at the third consultation in August?")).toBeNull();
  });
});

describe("someone asked about at an event, over a recap of several", () => {
  // Synthetic reports of three consultations (names, places and dates invented): Helen Marsh led the US experts at the
  // first; the third's report names someone else; a recap, one chunk per consultation, names her in its chunk about the first.
  const reports = [
    syntheticReport(
      "c1",
      "en",
      "2031-03-12",
      "The first technical consultation on fisheries was held in Hanoi from March 10 to 12, 2031. Helen Marsh led the US experts.",
    ),
    syntheticReport(
      "c3",
      "en",
      "2031-09-17",
      "The third technical consultation on fisheries was held in Can Tho from September 15 to 17, 2031. Gregory Lindqvist led the US experts.",
    ),
    syntheticReport(
      "recap",
      "en",
      "2031-10-01",
      [
        "The first consultation, in Hanoi in March 2031, was led on the US side by Helen Marsh.",
        "The second consultation, in Honolulu in June 2031, settled the data to be exchanged.",
        "The third consultation, in Can Tho in September 2031, closed the fisheries chapter.",
      ].join("\n\n"),
    ),
  ];
  const store = reportStore(reports, reports.flatMap(paragraphChunks));
  const retriever = new Retriever(store, {} as EmbeddingsInterface, { ...DEFAULT_RETRIEVAL, vectorWeight: 0 });

  it("counts only the recap's chunk about that event: naming her about another consultation does not place her there", async () => {
    const { answerable, focus } = await retriever.retrieve("What did Helen Marsh say at the third consultation?");
    expect(answerable).toBe(false);
    expect(focus?.unreported).toBe("Helen Marsh at Consultation round 3");
    expect((await retriever.retrieve("What did Gregory Lindqvist say at the third consultation?")).focus?.unreported).toBeNull();
  });
});
