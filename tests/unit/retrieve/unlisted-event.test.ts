import { describe, expect, it } from "vitest";
import { analyzeEventQuery, isEventQuery } from "@/lib/retrieve/event-query";
import { analyzeQuery } from "@/lib/retrieve/query";
import {
  beyondReports,
  numberedHeads,
  numberNeverReported,
  ordinalAgreement,
  reportedNumbers,
  unlistedEvent,
  unlistedEventKind,
  withLatest,
} from "@/lib/retrieve/unlisted-event";

// Synthetic questions about event kinds the event lexicon does not list (committees, working groups, consultations).
describe("events named with a kind the lexicon does not list", () => {
  it("reads the kind as the noun phrase around the ordinal, in both languages", () => {
    expect(unlistedEventKind("Who co-chaired the second joint committee meeting?")).toBe("joint committee meeting");
    expect(unlistedEventKind("What did they agree in the second consultation round?")).toBe("consultation round");
    expect(unlistedEventKind("Who headed the US side at the second session of the rules of origin working group?")).toBe(
      "session of rules of origin working group",
    );
    expect(unlistedEventKind("Vòng tham vấn thứ 2 diễn ra vào ngày nào?")).toBe("vong tham van");
    expect(unlistedEventKind("vong tham van thu nhat dien ra khi nao?")).toBe("vong tham van");
    expect(unlistedEventKind("Phiên họp thứ hai của Ủy ban hỗn hợp do ai chủ trì?")).toBe("phien hop cua uy ban hon hop");
    expect(unlistedEventKind("Phiên họp gần đây nhất của Ủy ban hỗn hợp diễn ra khi nào?")).toBe("phien hop cua uy ban hon hop");
    expect(unlistedEventKind("Where was the latest joint committee meeting held?")).toBe("joint committee meeting");
  });

  it("reads 'the last … meeting two weeks ago' as the latest meeting, not meeting 2, and no inherited object key as an ordinal", () => {
    const asked = unlistedEvent("What was decided at the last joint committee meeting two weeks ago?");
    expect(asked?.latest).toBe(true);
    expect(asked?.ordinal ?? null).toBeNull();
    expect(numberedHeads("The constructor meeting was held in Hanoi.")).toEqual([]);
  });

  it("leaves the lexicon's kinds, and rounds of the talks themselves, to the event rules", () => {
    for (const listed of [
      "Where was the 7th round of the Vietnam-US trade talks held?",
      "When was the fourth round held?",
      "What happened at the eighth minister-level negotiation session?",
      "Vòng đàm phán thứ tư diễn ra ở đâu?",
      "Phiên đàm phán cấp Bộ trưởng lần thứ ba diễn ra khi nào?",
      "Which chapter is still open after Round 6?",
      "What was agreed at the third session?",
      "sau phien thu 3 hai ben da thong nhat bao nhieu chuong?",
    ]) {
      expect(unlistedEventKind(listed), listed).toBeNull();
      expect(isEventQuery(analyzeEventQuery(listed)), listed).toBe(true);
    }
  });

  it("is no event question, so the ranking is the plain hybrid one rather than another kind's round or session", () => {
    expect(isEventQuery(analyzeEventQuery("What was agreed at the second tariff commission meeting?"))).toBe(false);
  });

  it("is asked as the catalog's own kind when the lexicon names its body or activity (committee meetings, consultations)", () => {
    // Before: "the second consultation round" was the archive's round 2 of any kind, "vòng tham vấn thứ 2" every round.
    expect(analyzeEventQuery("What did the United States agree to in the second consultation round?")).toMatchObject({
      kind: "consultation",
      ordinal: 2,
      unlisted: null,
    });
    expect(analyzeEventQuery("Vòng tham vấn thứ 2 về nhôm định hình diễn ra vào ngày nào?")).toMatchObject({ kind: "consultation", ordinal: 2 });
    expect(analyzeEventQuery("Phiên họp thứ hai của Ủy ban hỗn hợp quyết định gì?")).toMatchObject({ kind: "joint-committee", ordinal: 2 });
    expect(analyzeEventQuery("Phiên họp gần đây nhất của Ủy ban hỗn hợp diễn ra khi nào?")).toMatchObject({ kind: "joint-committee", superlative: "latest" });
    expect(analyzeEventQuery("When did the Vietnam–US Joint Committee hold its first meeting?")).toMatchObject({ kind: "joint-committee", ordinal: 1 });
  });

  it("places an event against an open kind's: the asked body's meeting before it, or whatever came before it", () => {
    expect(analyzeEventQuery("Trước phiên họp thứ hai của Ủy ban hỗn hợp, nhóm công tác nào là nhóm đầu tiên họp?")).toMatchObject({
      kind: "working-group",
      relation: { direction: "before", anchor: { kind: "joint-committee", ordinal: 2 } },
    });
    expect(analyzeEventQuery("Which US tariff measure came before the second joint committee meeting?")).toMatchObject({
      kind: null,
      relation: { direction: "before", anchor: { kind: "joint-committee", ordinal: 2 } },
    });
  });

  it("keeps the open kind in a follow-up that names only a number, not one that names a listed kind", () => {
    const history = ["Vòng tham vấn thứ nhất về nhôm định hình diễn ra khi nào?"];
    expect(analyzeQuery("Còn vòng thứ hai?", history).events).toMatchObject({ kind: "consultation", ordinal: 2 });
    expect(analyzeQuery("Còn phiên cấp Bộ trưởng lần thứ hai?", history).events).toMatchObject({ kind: "ministerial", ordinal: 2 });
  });
});

describe("reports that number an unlisted event as asked", () => {
  const second = unlistedEvent("Who co-chaired the second joint committee meeting?")!;

  it("reads the asked event's head and number, and whether it only places another event", () => {
    expect(second).toMatchObject({ head: "meeting", ordinal: 2, reference: false });
    expect(unlistedEvent("Vòng tham vấn thứ 2 diễn ra khi nào?")).toMatchObject({ head: "round", ordinal: 2 });
    expect(unlistedEvent("Where was the first consultation round held?")).toMatchObject({ head: "round", ordinal: 1 });
    expect(unlistedEvent("Where was the latest joint committee meeting held?")).toMatchObject({ ordinal: null });
    expect(unlistedEvent("Trước phiên họp thứ hai của Ủy ban hỗn hợp, nhóm nào họp?")).toMatchObject({ reference: true });
    expect(unlistedEvent("What was agreed after the third joint committee meeting?")).toMatchObject({ reference: true });
  });

  it("finds the number a report gives in either language", () => {
    expect(numberedHeads("Phiên họp thứ hai của Ủy ban hỗn hợp diễn ra tại Hà Nội.")).toEqual([{ head: "meeting", ordinal: 2 }]);
    expect(numberedHeads("The second joint committee meeting opened on Monday.")).toEqual([{ head: "meeting", ordinal: 2 }]);
    expect(numberedHeads("Consultation round one ended; vòng tham vấn thứ 2 sẽ họp sau.")).toEqual([
      { head: "round", ordinal: 1 },
      { head: "round", ordinal: 2 },
    ]);
  });

  it("agrees with a report of that number in the other language, disagrees with another number, and says nothing otherwise", () => {
    expect(ordinalAgreement("Phiên họp thứ hai của Ủy ban hỗn hợp thông qua kế hoạch.", second)).toBe(1);
    expect(ordinalAgreement("Phiên họp thứ nhất của Ủy ban hỗn hợp thông qua quy chế.", second)).toBe(-1);
    expect(ordinalAgreement("Hai bên thống nhất mở rộng thí điểm.", second)).toBe(0);
    // A report of the first meeting that announces the second is not a report of the second.
    expect(ordinalAgreement("Phiên họp thứ nhất bế mạc. Phiên họp thứ nhất thông qua quy chế; phiên họp thứ hai sẽ họp vào tháng 10.", second)).toBe(0);
    expect(ordinalAgreement("Vòng tham vấn thứ hai kết thúc.", second)).toBe(0);
  });
});

describe("an unlisted event numbered past every one the archive reports", () => {
  const reports = [
    { title: "Phiên họp thứ nhất của Ủy ban hỗn hợp", text: "Phiên họp thứ nhất thông qua quy chế." },
    { title: "Second joint committee meeting adopts 2028 work plan", text: "The meeting adopted the plan; a third meeting is due in 2028." },
    { title: "Phiên họp thứ ba của Ủy ban hỗn hợp tại Đà Nẵng", text: "Phiên họp thứ ba diễn ra tại Đà Nẵng." },
    { title: "Second consultation round ends", text: "A third consultation round could be called if needed." },
  ];

  it("is not covered, in either language", () => {
    expect(beyondReports(unlistedEvent("What was agreed at the fourth joint committee meeting?")!, reports)).toBe(true);
    expect(beyondReports(unlistedEvent("Phiên họp thứ tư của Ủy ban hỗn hợp diễn ra khi nào?")!, reports)).toBe(true);
    // The second round's report only says a third "could be called": no report of a third.
    expect(beyondReports(unlistedEvent("Vòng tham vấn thứ ba có kết quả gì?")!, reports)).toBe(true);
  });

  it("reads 'the latest' as the highest number reported, in either language", () => {
    expect(withLatest(unlistedEvent("Where was the latest joint committee meeting held?")!, reports)).toMatchObject({ ordinal: 3 });
    expect(withLatest(unlistedEvent("Phiên họp gần đây nhất của Ủy ban hỗn hợp diễn ra khi nào?")!, reports)).toMatchObject({ ordinal: 3 });
    expect(withLatest(unlistedEvent("Where was the latest joint committee meeting held?")!, [])).toMatchObject({ ordinal: null });
  });

  it("is covered when a report numbers it so, or when no report numbers that kind at all", () => {
    expect(beyondReports(unlistedEvent("Where was the third joint committee meeting held?")!, reports)).toBe(false);
    expect(beyondReports(unlistedEvent("Vòng tham vấn thứ 2 diễn ra khi nào?")!, reports)).toBe(false);
    expect(beyondReports(unlistedEvent("What did the fifth mid-term review find?")!, reports)).toBe(false);
    expect(beyondReports(unlistedEvent("What was agreed after the fourth joint committee meeting?")!, reports)).toBe(false);
  });
});

describe("an unlisted event with a number no report gives it", () => {
  // Synthetic: reports of the third and fourth high-level economic dialogues, one naming both sides between the kind and its number.
  const reports = [
    { title: "Third High-level Economic Dialogue sets up a working group", text: "The third High-level Economic Dialogue was held in Da Nang." },
    {
      title: "Đối thoại kinh tế cấp cao lần thứ 4",
      text: "Hai bên đồng chủ trì Đối thoại kinh tế cấp cao Việt Nam – Hoa Kỳ lần thứ 4 tại Washington D.C.",
    },
  ];

  it("reads 'Đối thoại' as an event's head, with its number after the two sides' names", () => {
    expect(unlistedEvent("Đối thoại kinh tế cấp cao lần thứ 5 thống nhất những gì?")).toMatchObject({ kind: "doi thoai kinh te cap cao", ordinal: 5 });
    expect(numberedHeads(reports[1]!.text)).toEqual([{ head: "meeting", ordinal: 4 }]);
    // That far from the head only a number said with "thứ"/"lần" counts: a bare figure is a date's.
    expect(numberedHeads("Phiên họp của Ủy ban Việt Nam – Hoa Kỳ ngày 14/6 tại Hạ Long.")).toEqual([]);
  });

  it("is not covered below, between or past the numbers reported, in either language", () => {
    expect(numberNeverReported(unlistedEvent("Who co-chaired the second High-level Economic Dialogue?")!, reports)).toBe(true);
    expect(numberNeverReported(unlistedEvent("Đối thoại kinh tế cấp cao lần thứ 5 thống nhất những gì?")!, reports)).toBe(true);
    expect(reportedNumbers(unlistedEvent("Who co-chaired the second High-level Economic Dialogue?")!, reports)).toEqual([3, 4]);
  });

  it("is covered when a report gives its number, even in passing, and for a reference", () => {
    expect(numberNeverReported(unlistedEvent("Who co-chaired the third High-level Economic Dialogue?")!, reports)).toBe(false);
    expect(numberNeverReported(unlistedEvent("Đối thoại kinh tế cấp cao lần thứ 4 thống nhất những gì?")!, reports)).toBe(false);
    const passing = [...reports, { title: "Analysis", text: "Since the second High-level Economic Dialogue, exports have doubled." }];
    expect(numberNeverReported(unlistedEvent("Who co-chaired the second High-level Economic Dialogue?")!, passing)).toBe(false);
    expect(numberNeverReported(unlistedEvent("What changed after the second High-level Economic Dialogue?")!, reports)).toBe(false);
  });
});
