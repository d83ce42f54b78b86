import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { citedNumbers } from "@/lib/answer/markers";
import { namedPeople } from "@/lib/answer/named-people";
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage } from "@/lib/types";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// An invented ministerial session: the lead names both ministers, a later sentence who else the Vietnamese minister met.
const LEAD =
  "Ngày 22/10/2030, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Văn An đã có phiên đàm phán trực tiếp cấp Bộ trưởng lần thứ 3 với Đại diện Thương mại Hoa Kỳ John Carter.";

/** The sentence a reader sees first in the offline answer to a question about the session, from a report of it: the lead, then `rest`. */
function firstQuote(question: string, rest: string): string {
  const report = syntheticReport("m3-vi", "vi", "2030-10-23", `${LEAD} ${rest}`);
  const chunks = wholeArticleChunks([report]);
  const catalog = new EventCatalog(new Map([[report.id, report]]), chunks);
  const stats = new TermStatistics(chunks.map((c) => c.text));
  const plan = analyzeQuery(question);
  const focus = { events: catalog.events.filter((e) => e.kind === "ministerial" && e.ordinal === 3), unreported: null, timeline: false };
  expect(focus.events).toHaveLength(1);
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  const { body } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus }, { stats, catalog, documents: catalog.documents });
  // The quotes follow the event's label; the first runs up to its marker.
  const quotes = body.slice(body.indexOf(":** ") + 4);
  return quotes.slice(0, quotes.indexOf(` [${citedNumbers(body)[0]}]`));
}

describe("a who-question that names a person", () => {
  it.each([
    [
      "Ai tham dự phiên đàm phán cấp Bộ trưởng lần thứ 3 về phía Việt Nam cùng Bộ trưởng Nguyễn Văn An?",
      "Tham dự phiên đàm phán về phía Việt Nam có Đại sứ Lê Minh Tâm.",
    ],
    [
      "truoc phien dam phan cap bo truong lan thu 3, bo truong Nguyen Van An da tiep ai?",
      "Trước phiên đàm phán, Bộ trưởng Nguyễn Văn An đã tiếp Thượng nghị sĩ Robert Hale.",
    ],
  ])("is answered by someone else: %s", (question, answer) => {
    expect(firstQuote(question, answer)).toBe(answer);
  });

  it("asks no role when its only role word is the title of the person it names", () => {
    const plan = analyzeQuery("Ai tham dự cùng Bộ trưởng Nguyễn Văn An?");
    expect(namedPeople(plan).role).toBeNull();
    expect(namedPeople(analyzeQuery("Who is the US Trade Representative?")).role).toBe("trade-representative");
  });

  it.each([
    ["Besides the US Trade Representative, which American official did Minister Nguyen Van An meet?", "Ngoài"],
    ["Ngoài Đại diện Thương mại Hoa Kỳ, Bộ trưởng Nguyễn Văn An còn tiếp quan chức Mỹ nào?", "Besides"],
  ])("is not answered by someone of the role it sets aside: %s", (question) => {
    const answer = "Cùng ngày, Bộ trưởng Nguyễn Văn An cũng tiếp ông Daniel Brook, Thứ trưởng Thương mại Hoa Kỳ.";
    expect(firstQuote(question, answer)).toBe(answer);
    expect(namedPeople(analyzeQuery(question)).role).toBeNull();
  });
});
