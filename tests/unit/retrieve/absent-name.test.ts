import { describe, expect, it } from "vitest";
import { asksAtEvent, nameAbsentFromEvent } from "@/lib/retrieve/absent-name";
import { searchable } from "@/lib/retrieve/coverage";
import { eventFrame, framesEvent } from "@/lib/retrieve/event-frame";
import { analyzeQuery } from "@/lib/retrieve/query";

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
