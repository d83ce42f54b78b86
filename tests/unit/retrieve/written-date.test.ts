import { describe, expect, it } from "vitest";
import type { ArchiveEvent } from "@/lib/index/event-catalog";
import { unlistedEvent } from "@/lib/retrieve/unlisted-event";
import { givesEventDay, writesEventDate, writesUnlistedDate } from "@/lib/retrieve/written-date";

// An invented round held from 20 to 23 June 2033; sentences written for this test.
const round: ArchiveEvent = { id: "round#2", kind: "round", ordinal: 2, date: "2033-06-20", end: "2033-06-23", place: null, reports: [], planned: false };

describe("whether a passage writes out the asked event's date", () => {
  it.each([
    ["The round ran from June 20-23.", "2033-06-24", true],
    ["Vòng 2 tại Washington, từ 20 đến 23/6/2033, bàn về quy tắc xuất xứ.", "2034-07-27", true],
    ["Vòng đàm phán thứ hai đã kết thúc hôm qua tại Washington.", "2033-06-24", false],
    ["The second round closed on Thursday after four days of talks.", "2033-06-24", false],
    ["Vòng 3 diễn ra từ 17 đến 20/10/2033.", "2033-10-21", false],
  ])("%s", (text, articleDate, writes) => {
    expect(writesEventDate(text, articleDate, [round])).toBe(writes);
  });
});

describe("whether a passage gives a day of the asked event in any form", () => {
  it("counts a day said relative to the article's that falls on the event", () => {
    expect(givesEventDay("Vòng đàm phán thứ hai đã kết thúc hôm qua tại Washington.", "2033-06-24", [round])).toBe(true);
    expect(givesEventDay("The second round closed on Thursday.", "2033-06-24", [round])).toBe(true);
  });

  it("does not count 'tuần trước' or 'last week': they name a week, not a day", () => {
    // Seven days before the article is the round's first day: a week phrase still says no day of it.
    expect(givesEventDay("Vòng đàm phán thứ hai kết thúc tuần trước tại Washington.", "2033-06-27", [round])).toBe(false);
    expect(givesEventDay("The second round ended last week in Washington.", "2033-06-27", [round])).toBe(false);
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
