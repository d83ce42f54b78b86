import { describe, expect, it } from "vitest";
import type { ArchiveEvent } from "@/lib/index/event-catalog";
import { unlistedEvent } from "@/lib/retrieve/unlisted-event";
import { eventDay, writesUnlistedDate } from "@/lib/retrieve/written-date";

// An invented round held from 20 to 23 June 2033; sentences written for this test.
const round: ArchiveEvent = { id: "round#2", kind: "round", ordinal: 2, date: "2033-06-20", end: "2033-06-23", place: null, reports: [], planned: false };

describe("how a passage gives the asked event's day: written out, relative to its article's date, or not at all", () => {
  it.each([
    ["The round ran from June 20-23.", "2033-06-24", "written"],
    ["Vòng 2 tại Washington, từ 20 đến 23/6/2033, bàn về quy tắc xuất xứ.", "2034-07-27", "written"],
    ["Vòng đàm phán thứ hai đã kết thúc hôm qua tại Washington.", "2033-06-24", "relative"],
    ["The second round closed on Thursday after four days of talks.", "2033-06-24", "relative"],
    ["Vòng 3 diễn ra từ 17 đến 20/10/2033.", "2033-10-21", null],
  ])("%s", (text, articleDate, day) => {
    expect(eventDay(text, articleDate, [round])).toBe(day);
  });
});

describe("whether a passage gives a day of the asked event in any form", () => {
  it("counts a day said relative to the article's that falls on the event", () => {
    expect(eventDay("Vòng đàm phán thứ hai đã kết thúc hôm qua tại Washington.", "2033-06-24", [round])).toBe("relative");
    expect(eventDay("The second round closed on Thursday.", "2033-06-24", [round])).toBe("relative");
  });

  it("does not count 'tuần trước' or 'last week': they name a week, not a day", () => {
    // Seven days before the article is the round's first day: a week phrase still says no day of it.
    expect(eventDay("Vòng đàm phán thứ hai kết thúc tuần trước tại Washington.", "2033-06-27", [round])).toBeNull();
    expect(eventDay("The second round ended last week in Washington.", "2033-06-27", [round])).toBeNull();
  });
});

describe("whether a passage dates an event of a kind the catalog does not list, numbered as asked", () => {
  const asked = unlistedEvent("Phiên họp cấp chuyên gia đầu tiên diễn ra vào ngày nào?")!;

  it("needs the sentence numbering it as asked to write a day out", () => {
    expect(asked).not.toBeNull();
    expect(writesUnlistedDate("Phiên họp cấp chuyên gia lần thứ nhất diễn ra trực tuyến ngày 26/4/2033.", "2034-07-27", asked)).toBe(true);
    expect(writesUnlistedDate("Hôm qua, phiên họp cấp chuyên gia lần thứ nhất đã diễn ra trực tuyến.", "2033-04-27", asked)).toBe(false);
    expect(writesUnlistedDate("Ngày 5/12/2033, phiên họp cấp chuyên gia lần thứ ba đã diễn ra tại Hà Nội.", "2033-12-07", asked)).toBe(false);
  });
});
