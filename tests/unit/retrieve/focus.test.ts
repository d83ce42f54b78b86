import { describe, expect, it } from "vitest";
import { EventCatalog } from "@/lib/index/event-catalog";
import { analyzeEventQuery } from "@/lib/retrieve/event-query";
import { analyzeQuery } from "@/lib/retrieve/query";
import { TermStatistics } from "@/lib/retrieve/coverage";
import { Retriever } from "@/lib/retrieve/retriever";
import type { ArchiveStore } from "@/lib/store/store";
import type { SourceDocument } from "@/lib/types";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { syntheticReport, wholeArticleChunks } from "../../support/whole-article-chunks";

// Synthetic reports written for this test: four rounds, two in each city, and a technical session; dates and places invented.
const report = (id: string, date: string, body: string, lang: "vi" | "en" = "vi") => syntheticReport(id, lang, date, body);
const docs = [
  report("r1", "2025-04-07", "Từ ngày 7 đến 9/4/2025, vòng đàm phán thứ nhất đã diễn ra tại Washington D.C."),
  report("r2", "2025-05-12", "Từ ngày 12 đến 14/5/2025, vòng đàm phán thứ hai đã diễn ra tại Hà Nội."),
  report("r3", "2025-06-16", "The third round of talks was held in Washington D.C. from June 16 to 18, 2025.", "en"),
  report("r4", "2025-07-21", "Vòng đàm phán thứ tư diễn ra từ ngày 21 đến 23/7/2025 tại Hà Nội."),
  report("kt", "2025-08-11", "Từ ngày 11 đến 13/8/2025, phiên đàm phán cấp kỹ thuật đã diễn ra tại Đà Nẵng."),
];
/** A retriever over synthetic reports: focus() reads only the catalog, so the store is the smallest stand-in that holds one. */
function retrieverOver(reports: SourceDocument[]): Retriever {
  const chunks = wholeArticleChunks(reports);
  const catalog = new EventCatalog(new Map(reports.map((d) => [d.id, d])), chunks);
  return new Retriever({ stats: new TermStatistics(chunks.map((c) => c.text)), events: catalog } as unknown as ArchiveStore, {} as EmbeddingsInterface);
}
const retriever = retrieverOver(docs);
const focus = (question: string, lang: "vi" | "en" = "en") => retriever.focus(analyzeEventQuery(question), lang)?.events.map((e) => e.id);

describe("the events a question is about", () => {
  it("are those held where it says: the first or latest there, not the first or latest of all", () => {
    expect(focus("When did negotiators first meet in Hanoi?")).toEqual(["round#2"]);
    expect(focus("Vòng đàm phán gần đây nhất tại Washington diễn ra khi nào?", "vi")).toEqual(["round#3"]);
    expect(focus("Which was the latest round?")).toEqual(["round#4"]);
  });

  it("are the other sessions held there when no event of the kind asked was ('vòng' is said of any session)", () => {
    expect(focus("Vòng đàm phán nào diễn ra tại Đà Nẵng?", "vi")).toEqual(["technical@2025-08-11"]);
  });

  it("placed against another event take the place as that event's: the round after the session in Da Nang is not held there", () => {
    expect(focus("Vòng đàm phán nào diễn ra ngay trước phiên kỹ thuật tại Đà Nẵng?", "vi")).toEqual(["round#4"]);
  });

  it("placed before an event named by its place, not its number, take the one held there as the anchor ('trước vòng …')", () => {
    expect(focus("Trước vòng Hà Nội, Việt Nam đề nghị lộ trình bao nhiêu năm?", "vi")).toEqual(["round#1"]);
    // In English the place stands between "before the" and the kind.
    expect(focus("What transition did Vietnam propose before the Hanoi round?")).toEqual(["round#1"]);
    expect(focus("Which round came after the Hanoi round?")).toEqual(["round#3"]);
  });

  it("are, for the next round when none came after the latest, the latest round, whose reports say what is planned", () => {
    expect(focus("Vòng đàm phán tiếp theo dự kiến diễn ra ở đâu?", "vi")).toEqual(["round#4"]);
    expect(focus("When is the next round?")).toEqual(["round#4"]);
  });

  it("are, for 'now', the latest negotiating session", () => {
    expect(focus("Who currently leads the US delegation?")).toEqual(["technical@2025-08-11"]);
  });

  it("are the sessions held where a question about 'the session there' says, of whatever kind", () => {
    expect(focus("Việt Nam đã nhượng bộ điều gì trong phiên họp tại Đà Nẵng?", "vi")).toEqual(["technical@2025-08-11"]);
    expect(focus("What did the two sides discuss at the session in Hanoi?")).toEqual(["round#2", "round#4"]);
  });

  it("are not narrowed by a place no event was held in", () => {
    expect(focus("When was the latest round, the one in Geneva?")).toEqual(["round#4"]);
  });
});

describe("events placed after an event named without a number", () => {
  // Synthetic: a joint statement, a ministerial session after it, and a report planning another statement.
  const planned = [
    report("js", "2025-05-02", "Ngày 2/5/2025, hai Bộ trưởng đã ra Tuyên bố chung tại Hà Nội."),
    report("m1", "2025-06-10", "Ngày 10/6/2025, phiên đàm phán cấp Bộ trưởng lần thứ nhất đã diễn ra tại Washington D.C."),
    report("plan", "2025-06-12", "Hai bên dự kiến ra Tuyên bố chung tiếp theo vào ngày 1/9/2025."),
  ];
  const placed = retrieverOver(planned);

  it("are placed after the latest one that took place, not one the reports only plan", () => {
    const events = placed.focus(analyzeEventQuery("Which ministerial session came after the joint statement?"), "en")?.events;
    expect(events?.map((e) => e.id)).toEqual(["ministerial#1"]);
  });
});

describe("the latest round when an undated analysis names the one planned next", () => {
  // Synthetic: round 4 plans round 5; an analysis without a date (its date only in its text) names round 5 as well.
  const undated = {
    ...report("analysis", "", "Nếu vòng đàm phán thứ năm tại Đà Nẵng vào tháng 9 giải quyết được hai vấn đề này, thỏa thuận có thể được ký trước cuối năm."),
    date: null,
  };
  const withPlan = [
    ...docs.slice(0, 3),
    report("r4", "2025-07-21", "Vòng đàm phán thứ tư diễn ra từ ngày 21 đến 23/7/2025 tại Hà Nội. Vòng thứ năm dự kiến diễn ra tại Đà Nẵng vào tháng 9/2025."),
    undated,
  ];
  const latest = retrieverOver(withPlan);

  it("is the latest held, not the planned one: an article without a date cannot say the planned round took place", () => {
    expect(latest.focus(analyzeEventQuery("Vòng đàm phán gần đây nhất được tổ chức ở đâu?"), "vi")?.events.map((e) => e.id)).toEqual(["round#4"]);
    expect(latest.focus(analyzeEventQuery("How many chapters have been closed as of the most recent round?"), "en")?.events.map((e) => e.id)).toEqual([
      "round#4",
    ]);
  });
});

describe("technical rounds in an archive that reports no technical session apart from its rounds", () => {
  // Synthetic: three rounds and nothing else, as many outlets report a negotiation.
  const only = retrieverOver(docs.slice(0, 3));
  const asked = (question: string) => only.focus(analyzeEventQuery(question), "vi");

  it("are its rounds, in order, rather than an event the archive does not report", () => {
    expect(asked("Tóm tắt các vòng đàm phán kỹ thuật theo thứ tự thời gian.")).toMatchObject({
      unreported: null,
      events: [{ id: "round#1" }, { id: "round#2" }, { id: "round#3" }],
    });
  });

  it("still leave a technical session to the archive that reports one", () => {
    expect(focus("Phiên đàm phán kỹ thuật diễn ra ở đâu?", "vi")).toEqual(["technical@2025-08-11"]);
  });
});

describe("what the archive does not report", () => {
  // Synthetic: two rounds (a report of the second names a Singapore bank), a ministerial session in Hanoi, and a
  // joint committee meeting (a kind the catalog does not list) dated in March 2025. All invented.
  const reports = [
    report("r1", "2025-01-13", "Từ ngày 13 đến 15/1/2025, vòng đàm phán thứ nhất đã diễn ra tại Hà Nội."),
    report(
      "r2",
      "2025-02-10",
      "The second round of talks was held in Washington D.C. from February 10 to 12, 2025. Economists at a Singapore bank said the talks were on track.",
      "en",
    ),
    report("m1", "2025-04-21", "The first ministerial session was held in Hanoi on April 21, 2025.", "en"),
    report("jc", "2025-03-18", "Ngày 18/3/2025, Ủy ban hỗn hợp đã họp phiên thứ nhất tại Hà Nội."),
  ];
  const archive = retrieverOver(reports);
  const unreported = (question: string, lang: "vi" | "en" = "en") => archive.focus(analyzeEventQuery(question), lang)?.unreported ?? null;

  it("a round numbered past those reported, in English words past twelfth", () => {
    expect(unreported("Where was the thirteenth round of the talks held?")).toBe("Round 13");
  });

  it("a month in which no session was held and no report dates a day", () => {
    expect(unreported("Which Vietnam–US trade meetings were held in June 2025?")).toBe("June 2025");
    // March 2025 has the joint committee's meeting, which the catalog does not list: the passages decide.
    expect(unreported("Which Vietnam–US trade meetings were held in March 2025?")).toBeNull();
  });

  it("a session of a kind in a city the archive names but no report of that kind does", () => {
    expect(unreported("What happened at the ministerial session in Singapore?")).toBe("Ministerial session, Singapore");
    expect(unreported("What happened at the ministerial session in Hanoi?")).toBeNull();
  });
});

describe("the first (or latest) round that someone named led", () => {
  // Synthetic: a new Vietnamese chief negotiator, Trần Thị Mai, leads from round 3 on.
  const led = retrieverOver([
    ...docs.slice(0, 2),
    report(
      "r3",
      "2025-06-16",
      "Vòng đàm phán thứ ba diễn ra từ ngày 16 đến 18/6/2025 tại Washington D.C. Đây là vòng đầu tiên Thứ trưởng Trần Thị Mai dẫn đầu đoàn Việt Nam.",
    ),
    report("r4", "2025-07-21", "Vòng đàm phán thứ tư diễn ra từ ngày 21 đến 23/7/2025 tại Hà Nội, do Thứ trưởng Trần Thị Mai dẫn đầu."),
  ]);
  const asked = (question: string, lang: "vi" | "en" = "en") => led.focus(analyzeQuery(question).events, lang)?.events.map((e) => e.id);

  it("is the first of the rounds whose reports name them, not round 1", () => {
    expect(asked("Which chapters were closed at the first round that Tran Thi Mai led for Vietnam?")).toEqual(["round#3"]);
    expect(asked("Vòng đàm phán đầu tiên do Thứ trưởng Trần Thị Mai dẫn đầu diễn ra ở đâu?", "vi")).toEqual(["round#3"]);
    expect(asked("Where was the latest round Tran Thi Mai led?")).toEqual(["round#4"]);
  });

  it("is round 1 when the name stands apart from it", () => {
    expect(asked("What did Tran Thi Mai say about the first round?")).toEqual(["round#1"]);
  });
});

describe("a numbered negotiating session asked with no kind", () => {
  // Synthetic: the first round in Hanoi, the first technical consultation in Hai Phong and a council's first meeting, all numbered 1.
  const firsts = retrieverOver([
    report("round", "2025-04-09", "Từ ngày 7 đến 9/4/2025, phiên đàm phán thứ nhất đã diễn ra tại Hà Nội."),
    report("consultation", "2025-06-07", "Trong hai ngày 6-7/6/2025, phiên tham vấn kỹ thuật lần thứ nhất đã diễn ra tại Hải Phòng."),
    report("council", "2025-09-08", "Ngày 8/9/2025, phiên họp lần thứ nhất của Hội đồng Thương mại và Đầu tư đã diễn ra tại Hà Nội."),
  ]);
  const asked = (question: string, lang: "vi" | "en" = "vi") => firsts.focus(analyzeQuery(question).events, lang)?.events.map((e) => e.id);

  it("is the negotiators' session of that number, not a consultation's or a council's", () => {
    expect(asked("Ở phiên đàm phán thứ nhất, nội dung nào còn nhiều khác biệt nhất giữa hai bên?")).toEqual(["round#1"]);
    expect(asked("o phien dam phan thu nhat hai ben con khac biet ve van de gi")).toEqual(["round#1"]);
    expect(asked("Which issue divided the sides most at the first negotiating session?", "en")).toEqual(["round#1"]);
  });

  it("is every session of that number when the question names no negotiation", () => {
    expect(asked("Phiên họp thứ nhất diễn ra ở đâu?")).toHaveLength(3);
  });
});
