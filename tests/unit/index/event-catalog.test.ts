import { describe, expect, it } from "vitest";
import { EventCatalog } from "@/lib/index/event-catalog";
import type { SourceDocument } from "@/lib/types";
import { paragraphChunks } from "../../support/whole-article-chunks";

// Synthetic reports written for this test; people, outlets and dates are invented.
const doc = (id: string, date: string, title: string, body: string): SourceDocument => ({
  id,
  title,
  date,
  published: null,
  url: null,
  source: id,
  lang: "vi",
  body,
});

const ministerial = doc(
  "m1",
  "2025-06-24",
  "Phiên đàm phán cấp Bộ trưởng lần thứ nhất",
  [
    "Ngày 24/6/2025, tại Washington, hai Bộ trưởng đã có phiên đàm phán cấp Bộ trưởng lần thứ nhất.",
    "Hai bên thống nhất tổ chức vòng đàm phán thứ ba vào đầu tháng 7 tại Washington. Tham dự phiên họp còn có Đại sứ Nguyễn Văn Tạm.",
  ].join("\n\n"),
);
const round3 = doc("r3", "2025-07-07", "Vòng đàm phán thứ ba kết thúc", "Từ ngày 7 đến 9/7/2025, vòng đàm phán thứ ba đã diễn ra tại Washington.");
const round6 = doc("r6-plan", "2025-07-10", "Hẹn vòng 6", "Hai bên dự kiến tổ chức vòng đàm phán thứ sáu vào ngày 2/9/2025 tại Hà Nội.");

function catalogOf(...docs: SourceDocument[]) {
  const chunks = docs.flatMap(paragraphChunks);
  const catalog = new EventCatalog(new Map(docs.map((d) => [d.id, d])), chunks);
  const eventsOf = (chunkId: string) => catalog.chunks[catalog.chunkIndexOf(chunkId)!]!;
  return { catalog, eventsOf };
}

describe("the events a chunk is about", () => {
  it("are not an event its article only announces: that one is referred to, and the chunk stays about its article's event", () => {
    const { eventsOf } = catalogOf(ministerial, round3);
    // The paragraph saying the third round will be held in July, in a report of the June session.
    expect(eventsOf("m1#1").about).toEqual(["ministerial#1"]);
    expect(eventsOf("m1#1").refers).toEqual(["round#3"]);
    expect(eventsOf("r3#0").about).toEqual(["round#3"]);
  });

  it("include an announced event that no later article reports: the announcement is all the archive has of it", () => {
    const { catalog, eventsOf } = catalogOf(ministerial, round6);
    expect(catalog.byId.get("round#6")?.planned).toBe(true);
    expect(eventsOf("r6-plan#0").about).toEqual(["round#6"]);
  });
});

describe("a closing report that never numbers its own round and ends announcing the next one", () => {
  // Invented: round 2 opens in Huế on 6/10; the closing report speaks of "the round" only and announces round 3.
  const openingLead = "Sáng 6/10, vòng đàm phán thứ hai khai mạc tại Huế, kéo dài đến ngày 9/10.";
  const opening = doc("open2", "2031-10-06", "Khai mạc vòng đàm phán thứ hai", openingLead);
  const closing = doc(
    "close2",
    "2031-10-10",
    "Kết thúc phiên đàm phán tại Huế",
    [
      "Chiều hôm qua, phiên đàm phán tại Huế đã khép lại sau bốn ngày làm việc.",
      "Trưởng đoàn nhận định đây là vòng đàm phán hiệu quả nhất. Bên lề vòng đàm phán, đoàn đã gặp 20 doanh nghiệp.",
      "Vòng đàm phán thứ ba dự kiến diễn ra trước cuối năm nay.",
    ].join("\n\n"),
  );
  const round3 = doc("open3", "2031-12-01", "Vòng đàm phán thứ ba khai mạc", "Sáng 1/12, vòng đàm phán thứ ba khai mạc tại Hà Nội.");

  it("is about the round held when it was written, not the one its last line announces", () => {
    const { eventsOf } = catalogOf(opening, closing, round3);
    expect(eventsOf("close2#1").about).toEqual(["round#2"]);
    expect(eventsOf("close2#2").refers).toEqual(["round#3"]);
    expect(eventsOf("close2#2").about).toEqual(["round#2"]);
  });

  it("keeps the number of its own event when a later sentence names it and then announces another", () => {
    // Invented: the report's own 5th ministerial session, said past the lead in a sentence whose second clause announces a
    // technical session; the number 5 is the article's, and its unnumbered "phiên cấp Bộ trưởng" is that session, dated.
    const text = [
      "Ngày 3/3/2031, phiên đàm phán cấp Bộ trưởng diễn ra tại Hà Nội.",
      "Đây là phiên đàm phán cấp Bộ trưởng lần thứ 5 giữa hai nước, diễn ra ngay trước phiên cấp kỹ thuật sẽ diễn ra từ ngày 5-7/3.",
    ].join("\n\n");
    const report = doc("min5", "2031-03-03", "Hai Bộ trưởng gặp nhau tại Hà Nội", text);
    const { catalog } = catalogOf(report);
    expect(catalog.events.filter((e) => e.kind === "ministerial").map((e) => `${e.id} ${e.date}`)).toEqual(["ministerial#5 2031-03-03"]);
  });

  it("still gives a round numbered in its lead as planned its number (a preview)", () => {
    // Only the lead numbers the round: the title names none, the next paragraph announces nothing, and written three days
    // after round 2 closed, its unnumbered "vòng đàm phán" would be round 2 by date.
    const text = "Vòng đàm phán thứ ba sẽ khai mạc tại Hà Nội ngày 1/12.\n\nTại vòng đàm phán, dữ liệu là chủ đề chính của hai bên.";
    const preview = doc("preview3", "2031-10-12", "Hai bên chuẩn bị đàm phán", text);
    const { eventsOf } = catalogOf(opening, preview, round3);
    expect([...eventsOf("preview3#1").about, ...eventsOf("preview3#1").refers]).toEqual(["round#3"]);
  });
});

describe("an event the reports only plan", () => {
  // A round-5 report that plans round 6, and an analysis with no date that names round 6 too.
  const round5 = doc(
    "r5",
    "2025-07-10",
    "Vòng đàm phán thứ năm kết thúc",
    "Từ ngày 7 đến 10/7/2025, vòng đàm phán thứ năm đã diễn ra tại Washington.\n\nHai bên dự kiến tổ chức vòng đàm phán thứ sáu vào tháng 9/2025 tại Hà Nội.",
  );
  const undatedAnalysis = {
    ...doc(
      "analysis",
      "",
      "Nhìn lại năm vòng đàm phán",
      "Nếu vòng đàm phán thứ sáu tại Hà Nội vào tháng 9 giải quyết được hai vấn đề còn lại, thỏa thuận có thể được ký trước cuối năm.",
    ),
    date: null,
  };

  it("stays planned when an undated article names it too: an article without a date cannot say it took place", () => {
    const { catalog } = catalogOf(round5, undatedAnalysis);
    expect(catalog.byId.get("round#6")?.planned).toBe(true);
    expect(catalog.byId.get("round#5")?.planned).toBe(false);
  });

  it("is not planned when undated articles alone report it: nothing says when they were written", () => {
    const { catalog } = catalogOf({ ...undatedAnalysis, body: "Vòng đàm phán thứ sáu đã diễn ra tại Hà Nội vào tháng 9/2025." });
    expect(catalog.byId.get("round#6")?.planned).toBe(false);
  });
});

describe("a paragraph of a report that recalls or names another event", () => {
  /** An invented report, one paragraph a chunk. */
  const report = (id: string, date: string, title: string, paragraphs: string[]) => doc(id, date, title, paragraphs.join("\n\n"));

  it("refers to a numbered event held weeks before the article was written, and stays about its own event", () => {
    const round1 = report("round1", "2031-03-16", "Khai mạc vòng đàm phán thứ nhất", ["Sáng 16/3, vòng đàm phán thứ nhất khai mạc tại Washington."]);
    const consultation = report("consult1", "2031-05-06", "Tham vấn kỹ thuật lần thứ nhất", [
      "Hôm qua, phiên tham vấn kỹ thuật lần thứ nhất đã diễn ra tại Hà Nội.",
      "Đây là phiên đầu tiên trong chuỗi tham vấn được hai bên thống nhất tại vòng đàm phán thứ nhất hồi tháng 3.",
    ]);
    const { eventsOf } = catalogOf(round1, consultation);
    expect(eventsOf("consult1#1").refers).toEqual(["round#1"]);
    expect(eventsOf("consult1#1").about).toEqual(["consultation#1"]);
    expect(eventsOf("round1#0").about).toEqual(["round#1"]);
  });

  it("is still about its article's round when it names a statement in passing and announces the next round", () => {
    const statement = report("stmt", "2031-10-20", "Tuyên bố chung Việt – Mỹ", ["Chiều 20/10/2031, hai Bộ trưởng đã ra Tuyên bố chung tại Hà Nội."]);
    const round5 = report("round5", "2032-03-27", "Vòng đàm phán thứ năm kết thúc", [
      "Chiều qua, vòng đàm phán thứ năm đã kết thúc tại Huế.",
      "Trưởng đoàn cho biết hai bên sẽ hoàn tất như Tuyên bố chung đề ra. Hai bên thống nhất vòng đàm phán thứ sáu sẽ diễn ra vào tháng 6/2032.",
    ]);
    expect(catalogOf(statement, round5).eventsOf("round5#1").about).toContain("round#5");
  });
});

describe("an article whose only event is one it places itself before", () => {
  // A meeting of a kind the lexicon does not list, reported the day after; it names the round only as what comes next.
  const expertMeeting = doc(
    "x1",
    "2025-04-27",
    "Phiên họp chuyên gia đầu tiên bàn số liệu",
    "Hôm qua, phiên họp chuyên gia lần thứ nhất đã diễn ra trực tuyến.\n\nHai bên sẽ đối chiếu số liệu trước vòng đàm phán thứ hai.",
  );
  const round2 = doc("r2", "2025-06-24", "Vòng đàm phán thứ hai kết thúc", "Vòng đàm phán thứ hai đã diễn ra từ 20 đến 23/6/2025 tại Washington.");

  it("does not report it: the event keeps the date its reports give, not the article's", () => {
    const { catalog, eventsOf } = catalogOf(expertMeeting, round2);
    expect(catalog.byId.get("round#2")?.date).toBe("2025-06-20");
    expect(catalog.byId.get("round#2")?.reports).toEqual(["r2"]);
    expect(eventsOf("x1#0").about).toEqual([]);
    expect(eventsOf("x1#0").refers).toEqual(["round#2"]);
  });
});

describe("a catalog extended over its base's (an addition)", () => {
  it("reads the base's chunks again when an added report turns an event they resolved from announced to held", () => {
    const base = catalogOf(ministerial).catalog;
    // Alone, the June report's announcement is all the archive has of round 3: its paragraph is about it.
    expect(base.chunks[base.chunkIndexOf("m1#1")!]!.about).toContain("round#3");
    const documents = new Map([ministerial, round3].map((d) => [d.id, d]));
    const chunks = [...base.chunkList, ...paragraphChunks(round3)];
    const extended = new EventCatalog(documents, chunks, undefined, { base });
    const whole = new EventCatalog(documents, chunks);
    expect(extended.chunks).toEqual(whole.chunks);
    expect(extended.chunks[extended.chunkIndexOf("m1#1")!]!.refers).toEqual(["round#3"]);
    expect([...extended.chunksOf]).toEqual([...whole.chunksOf]);
    expect([...extended.referringChunks]).toEqual([...whole.referringChunks]);
  });
});

// Synthetic reports: a negotiating round and the joint committee's meetings, numbered alike.
const committee1 = doc(
  "jc1",
  "2027-03-16",
  "Ủy ban hỗn hợp họp phiên thứ nhất tại Hà Nội",
  "Ngày 16/3/2027, tại Hà Nội, Ủy ban hỗn hợp đã tiến hành phiên họp thứ nhất.",
);
const committee2 = {
  ...doc(
    "jc2",
    "2027-10-19",
    "Second joint committee meeting opens door to consultations",
    "WASHINGTON, Oct. 20, 2027 — The second meeting of the Joint Committee ended in Washington on Wednesday.\n\nThe two sides said a third consultation round could be called if needed.",
  ),
  lang: "en" as const,
};
const negotiatingRound2 = doc("r2", "2025-05-19", "Vòng đàm phán thứ hai", "Từ ngày 19 đến 22/5/2025, vòng đàm phán thứ hai đã diễn ra tại Washington.");

describe("events of kinds the lexicon names as bodies (a joint committee's meetings)", () => {
  it("are their own events, one per number across both languages, and never the negotiating round of that number", () => {
    const { catalog, eventsOf } = catalogOf(committee1, committee2, negotiatingRound2);
    expect(catalog.events.map((e) => `${e.id} ${e.date}`)).toEqual(["round#2 2025-05-19", "joint-committee#1 2027-03-16", "joint-committee#2 2027-10-20"]);
    expect(eventsOf("jc2#0").about).toEqual(["joint-committee#2"]);
    expect(catalog.byId.get("round#2")?.reports).toEqual(["r2"]);
  });

  it("leave out an event only named in passing, undated and unplaced, deep in a report of another", () => {
    const { catalog } = catalogOf(committee1, committee2);
    expect(catalog.byId.has("consultation#3")).toBe(false);
  });

  it("are named in what the archive covers, so an abstention says which meetings it reports", () => {
    const { catalog } = catalogOf(committee1, committee2, negotiatingRound2);
    expect(catalog.coverage("en")).toBe("rounds 2; joint committee meetings 1 and 2");
    expect(catalog.coverage("vi")).toBe("vòng đàm phán 2; phiên họp Ủy ban hỗn hợp 1 và 2");
  });
});

describe("an unnumbered event reported without a date", () => {
  it("is the dated one of its kind within two weeks of the report (a preview, a later report), not an event of the report's date", () => {
    // Synthetic: a preview that expects a joint statement after next week's session, and the statement itself.
    const preview = {
      ...doc("preview", "2028-09-20", "Ministers head to Washington", "Officials expect a joint statement to be issued after the session."),
      lang: "en" as const,
    };
    const statement = {
      ...doc(
        "statement",
        "2028-09-27",
        "Joint statement sets March deadline",
        "On September 26, 2028, the two ministers issued a joint statement in Washington.",
      ),
      lang: "en" as const,
    };
    const { catalog } = catalogOf(preview, statement);
    expect(catalog.events.map((e) => e.id)).toEqual(["statement@2028-09-26"]);
    expect(catalog.byId.get("statement@2028-09-26")?.reports).toEqual(["statement", "preview"]);
  });
});

describe("an unnumbered event named in passing, undated, in a later report of another event", () => {
  // Synthetic: a joint statement in April, a round's report in July that recalls it past its lead, and one two years on.
  const statement = doc("statement", "2030-04-24", "Ra Tuyên bố chung", "Ngày 24/4/2030, hai Bộ trưởng đã thông qua Tuyên bố chung tại Hà Nội.");
  const round5 = doc(
    "r5",
    "2030-07-20",
    "Vòng đàm phán thứ năm kết thúc",
    [
      "Ngày 20/7/2030, vòng đàm phán thứ năm đã kết thúc tại Hải Phòng.",
      "Trưởng đoàn Hoa Kỳ cho biết sẽ tham vấn thêm. Hai bên có thể kết thúc đàm phán đúng mục tiêu mà Tuyên bố chung đã đề ra tại Đà Nẵng.",
    ].join("\n\n"),
  );
  const later = doc(
    "m8",
    "2032-05-10",
    "Phiên đàm phán cấp Bộ trưởng lần thứ tám",
    [
      "Ngày 10/5/2032, phiên đàm phán cấp Bộ trưởng lần thứ tám đã diễn ra.",
      "Hai bên đánh giá cao việc thống nhất Tuyên bố chung về khuôn khổ thỏa thuận.",
    ].join("\n\n"),
  );

  it("is the one of its kind reported in the months before, not a new one on the article's date or at the place it names", () => {
    const { catalog } = catalogOf(statement, round5);
    expect(catalog.events.filter((e) => e.kind === "statement").map((e) => [e.id, e.place])).toEqual([["statement@2030-04-24", "hanoi"]]);
  });

  it("leaves the chunk about its article's own event too", () => {
    const { eventsOf } = catalogOf(statement, round5);
    expect(eventsOf("r5#1").about).toContain("round#5");
  });

  it("is a new one when the only other of its kind is years before", () => {
    const { catalog } = catalogOf(statement, later);
    expect(catalog.events.filter((e) => e.kind === "statement").map((e) => e.id)).toEqual(["statement@2030-04-24", "statement@2032-05-10"]);
  });
});

describe("what the archive covers", () => {
  it("lists a kind's numbers in their own order, not in the order of the events' dates", () => {
    // Synthetic: round 5 dated before round 4 (an undated event, too, sorts after every dated one).
    const round5 = doc("r5", "2025-01-10", "Vòng đàm phán thứ năm", "Ngày 10/1/2025, vòng đàm phán thứ năm đã diễn ra tại Hà Nội.");
    const round4 = doc("r4", "2025-03-10", "Vòng đàm phán thứ tư", "Ngày 10/3/2025, vòng đàm phán thứ tư đã diễn ra tại Hà Nội.");
    const { catalog } = catalogOf(round5, round4);
    expect(catalog.events.map((e) => e.id)).toEqual(["round#5", "round#4"]);
    expect(catalog.coverage("en")).toBe("rounds 4 and 5");
  });
});

describe("an event's first day given only where another event is reported after it", () => {
  // Invented: round 5 ends on 26/7 with a joint statement; the statement's report gives the round's first day in passing.
  const ending = doc("r5-end", "2041-07-26", "Kết thúc vòng đàm phán thứ năm", "Ngày 26/7/2041, kết thúc vòng đàm phán thứ năm tại Hạ Long.");
  const afterRound = "Tối qua, tại Hạ Long, hai nước đã ra tuyên bố chung, sau vòng đàm phán thứ năm diễn ra từ ngày 23/7.";
  const statement = doc("statement", "2041-07-27", "Tuyên bố chung tại Hạ Long", afterRound);

  it("starts the event on that day, and ends it on the day its own reports give", () => {
    const { catalog } = catalogOf(ending, statement);
    expect(catalog.byId.get("round#5")).toMatchObject({ date: "2041-07-23", end: "2041-07-26" });
  });

  it("leaves a day far before the reported one to something else ('sau vòng 5 hồi tháng 5')", () => {
    const far = doc("far", "2041-07-27", "Tuyên bố chung", "Tối qua, hai nước đã ra tuyên bố chung, sau vòng đàm phán thứ năm diễn ra từ ngày 3/6.");
    const { catalog } = catalogOf(ending, far);
    expect(catalog.byId.get("round#5")).toMatchObject({ date: "2041-07-26", end: null });
  });
});
