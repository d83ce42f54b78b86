import { describe, expect, it } from "vitest";
import { extractAnswer } from "@/lib/answer/extractive";
import { contentConcepts } from "@/lib/answer/framing";
import { citedNumbers } from "@/lib/answer/markers";
import { EventCatalog } from "@/lib/index/event-catalog";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { analyzeQuery } from "@/lib/retrieve/query";
import type { Passage, SourceDocument } from "@/lib/types";
import { wholeArticleChunks } from "../../support/whole-article-chunks";

// Two synthetic reports of one invented round, one in each language: outlets, people and figures are made up.
const reports: SourceDocument[] = [
  {
    id: "r9-en",
    title: "Ninth round closes",
    date: "2026-05-30",
    published: "2026-05-30",
    url: null,
    source: "Harbour Ledger",
    lang: "en",
    body: "WASHINGTON — The ninth round of talks on the reciprocal trade agreement ended on Friday, May 29, with 13 of the 17 chapters closed. Deputy Minister Hoang Thi Mai led Vietnam's delegation. Government procurement and labour remain the main gaps.",
  },
  {
    id: "r9-vi",
    title: "Kết thúc vòng đàm phán thứ 9",
    date: "2026-05-30",
    published: "2026-05-30",
    url: null,
    source: "Bản tin Thương mại",
    lang: "vi",
    body: "Vòng đàm phán thứ 9 về Hiệp định Thương mại đối ứng diễn ra từ ngày 26 đến 29/5/2026 tại Washington. Đối với chương mua sắm công, Việt Nam đề xuất lộ trình 5 năm để mở cửa dần các gói thầu cho nhà thầu Hoa Kỳ. Vòng tiếp theo dự kiến diễn ra vào tháng 7.",
  },
];
const chunks = wholeArticleChunks(reports);
const catalog = new EventCatalog(new Map(reports.map((d) => [d.id, d])), chunks);
const stats = new TermStatistics(chunks.map((c) => c.text));

/** The offline answer to a question about round 9, from both reports (the English one ranked first, as an English question ranks it). */
function answer(question: string) {
  const plan = analyzeQuery(question);
  const focus = { events: catalog.events.filter((e) => e.id === "round#9"), unreported: null, timeline: false };
  expect(focus.events).toHaveLength(1);
  const passages: Passage[] = chunks.map((chunk, i) => ({ rank: i + 1, chunk, score: 1 }));
  const { body, citations } = extractAnswer({ plan, passages, relevance: 1, answerable: true, focus }, { stats, catalog, documents: catalog.documents });
  return { body, first: citations.find((c) => c.n === citedNumbers(body)[0])! };
}

describe("the sentence that answers a question about one event", () => {
  it("is the other language's sentence holding what was asked, not the reader's-language lead that only names the event", () => {
    const { body, first } = answer("What transition period did Vietnam propose for government procurement in the 9th round?");
    expect(first.docId).toBe("r9-vi");
    expect(body).toContain("lộ trình 5 năm");
  });

  it("stays in the reader's language when its report says what was asked as well (when it was held)", () => {
    const { first } = answer("When was the ninth round held?");
    expect(first.docId).toBe("r9-en");
    expect(first.quote).toContain("May 29");
  });
});

describe("the words of a question that only name the asked event", () => {
  const round = catalog.events.filter((e) => e.id === "round#9");
  const content = (question: string) => {
    const plan = analyzeQuery(question);
    const kept = contentConcepts(plan, round);
    return plan.concepts.filter((_, i) => kept[i]).map((c) => c.label);
  };

  it("are its kind, its number, that it was held and how it is placed ('after the ninth round')", () => {
    const cases: [question: string, content: string[]][] = [
      ["When was the ninth round held?", []],
      ["On digital trade, what did the US want Vietnam to drop after the ninth round?", ["digital trade", "us", "want", "vietnam", "drop"]],
      ["Vòng đàm phán thứ 9 diễn ra ở đâu?", []],
    ];
    for (const [question, expected] of cases) expect(content(question), question).toEqual(expected);
  });

  it("leave a name that happens to be a syllable of a kind phrase ('Lâm' of 'phiên làm việc')", () => {
    const ministerial = catalog.events.filter((e) => e.kind === "ministerial");
    const plan = analyzeQuery("bo truong ton that lam thong bao gi tai phien cap bo truong lan thu tu?");
    const kept = contentConcepts(plan, ministerial.length ? ministerial : [{ ...round[0]!, id: "ministerial#4", kind: "ministerial", ordinal: 4 }]);
    expect(plan.concepts.filter((_, i) => kept[i]).map((c) => c.label)).toContain("lam");
  });

  it("are all of them when no event is asked about", () => {
    expect(contentConcepts(analyzeQuery("What did Vietnam propose?"), []).every(Boolean)).toBe(true);
  });
});
