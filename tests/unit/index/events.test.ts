import { describe, expect, it } from "vitest";
import { eventMentions, peopleIn, sentenceFacts } from "@/lib/index/events";
import { findDates } from "@/lib/text/event-dates";
import { tokenize } from "@/lib/text/normalize";

const words = (text: string) => tokenize(text).map((t) => t.folded);
const events = (text: string) => eventMentions(words(text)).map((e) => `${e.kind}:${e.ordinal ?? "-"}${e.reference ? " (ref)" : ""}`);
const dates = (text: string, article: string | null = "2025-06-14") =>
  findDates(text, article).map((d) => `${d.date}${d.end ? `..${d.end}` : ""}${d.relative ? "~" : ""}`);

describe("event mentions, both languages, with and without diacritics", () => {
  it("reads kinds and ordinals however the ordinal is written", () => {
    expect(events("Vòng đàm phán thứ 3 khai mạc")).toEqual(["round:3"]);
    expect(events("vong dam phan thu ba khai mac")).toEqual(["round:3"]);
    expect(events("Kết thúc vòng 3 tại Washington")).toEqual(["round:3"]);
    expect(events("phiên đàm phán trực tiếp cấp Bộ trưởng lần thứ 8")).toEqual(["ministerial:8"]);
    expect(events("phiên cấp Bộ trưởng đầu tiên")).toEqual(["ministerial:1"]);
    expect(events("The fifth round closed in Da Nang")).toEqual(["round:5"]);
    expect(events("the 3rd round focused on rules of origin")).toEqual(["round:3"]);
    expect(events("a technical session and the second ministerial session")).toEqual(["technical:-", "ministerial:2"]);
    expect(events("Tuyên bố chung về khuôn khổ")).toEqual(["statement:-"]);
  });

  it("reads an English cardinal right after the kind ('round six') and a 'phiên họp cấp Bộ trưởng' as the ministerial session", () => {
    expect(events("Round Six of the talks ended in Hanoi")).toEqual(["round:6"]);
    expect(events("negotiators met for round two on Monday")).toEqual(["round:2"]);
    // A count of something after it is not the round's number.
    expect(events("the first round two years ago")).toEqual(["round:1"]);
    expect(events("Phiên họp cấp Bộ trưởng lần 2 diễn ra tại Hà Nội")).toEqual(["ministerial:2"]);
  });

  it("reads ordinals past ten in words and digits, and a 'first' counted from another event as no number", () => {
    expect(events("vòng đàm phán thứ mười một tại Honolulu")).toEqual(["round:11"]);
    expect(events("vong dam phan thu muoi hai")).toEqual(["round:12"]);
    expect(events("phiên cấp Bộ trưởng lần thứ hai mươi mốt")).toEqual(["ministerial:21"]);
    expect(events("vòng đàm phán thứ mười từ ngày 9 đến 12/11")).toEqual(["round:10"]);
    expect(events("during the 11th round of talks")).toEqual(["round:11"]);
    expect(events("the 12th round")).toEqual(["round:12"]);
    // The first round after an event is some later round, not round 1.
    expect(events("vòng đàm phán thứ mười một, vòng đầu tiên sau Tuyên bố chung")).toEqual(["round:11", "statement:- (ref)"]);
    expect(events("the 11th round, the first round since the joint statement")).toEqual(["round:11", "statement:- (ref)"]);
    expect(events("vòng đàm phán đầu tiên diễn ra tại Hà Nội")).toEqual(["round:1"]);
    // Folded, "vọng" is "vòng": words of hope and expectation name no round.
    expect(events("Doanh nghiệp kỳ vọng, hy vọng vào triển vọng xuất khẩu")).toEqual([]);
  });

  it("reads a numbered 'phiên đàm phán' of no stated level as a round, and leaves the unnumbered ones alone", () => {
    expect(events("Kết thúc phiên đàm phán thứ ba về Thỏa thuận thương mại đối ứng")).toEqual(["round:3"]);
    expect(events("phien dam phan thu ba ve thoa thuan thuong mai doi ung")).toEqual(["round:3"]);
    expect(events("Tuần trước, phiên thứ 3 đàm phán Hiệp định đã diễn ra")).toEqual(["round:3"]);
    expect(events("phiên đàm phán cấp Bộ trưởng lần thứ 2")).toEqual(["ministerial:2"]);
    expect(events("các phiên đàm phán trước đây")).toEqual([]);
    expect(events("phiên đàm phán diễn ra trong không khí cởi mở")).toEqual([]);
  });

  it("tells an event placed against another from the one reported", () => {
    expect(events("Sau vòng 5, hai bên đã hoàn tất 80%")).toEqual(["round:5 (ref)"]);
    expect(events("agreed after the third round ended")).toEqual(["round:3 (ref)"]);
    // "Tuần trước" is last week, not "before".
    expect(events("Tuần trước, vòng đàm phán thứ 3 đã diễn ra")).toEqual(["round:3"]);
  });

  it("does not take a duration, a rate or a plural for an event", () => {
    expect(events("trong vòng 2 năm tới")).toEqual([]);
    expect(events("mức thuế đối ứng 20%")).toEqual(["tariff:-"]);
    expect(events("trải qua nhiều vòng đàm phán kỹ thuật")).toEqual([]);
  });
});

describe("dates, absolute and relative to the article's date", () => {
  it("reads Vietnamese days, ranges and months, taking the article's year", () => {
    expect(dates("Từ ngày 19 đến 22/5/2025, vòng hai diễn ra")).toEqual(["2025-05-19..2025-05-22"]);
    expect(dates("ngày 10/11, tại Washington", "2025-11-11")).toEqual(["2025-11-10"]);
    expect(dates("từ ngày 12-14/11/2025")).toEqual(["2025-11-12..2025-11-14"]);
    expect(dates("ngày 24 tháng 5 năm 2025")).toEqual(["2025-05-24"]);
    expect(dates("vào đầu tháng 6")).toEqual(["2025-06"]);
  });

  it("puts a day without a year in the year before when it would be far after the article", () => {
    expect(dates("ngày 20/12", "2026-01-05")).toEqual(["2025-12-20"]);
  });

  it("reads English days and ranges", () => {
    expect(dates("held from May 19 to 22, 2025")).toEqual(["2025-05-19..2025-05-22"]);
    expect(dates("on June 9, 2025, and ran until June 12")).toEqual(["2025-06-09", "2025-06-12"]);
    expect(dates("on 28 April 2025")).toEqual(["2025-04-28"]);
  });

  it("resolves relative dates against the article's date", () => {
    expect(dates("Vòng 1 đã kết thúc hôm qua", "2025-05-01")).toEqual(["2025-04-30~"]);
    expect(dates("Hai ngày trước, tại Washington", "2025-06-28")).toEqual(["2025-06-26~"]);
    expect(dates("talks in Hanoi last week", "2025-05-27")).toEqual(["2025-05-20~"]);
    // 14 June 2025 is a Saturday: "on Thursday" is the 12th.
    expect(dates("the third round ended on Thursday", "2025-06-14")).toEqual(["2025-06-12~"]);
    expect(dates("issued earlier this month", "2025-09-29")).toEqual(["2025-09~"]);
    expect(dates("hôm qua", null)).toEqual([]);
  });
});

describe("facts of a sentence", () => {
  it("gives each date to the event nearest it and names the places", () => {
    const [facts] = sentenceFacts(
      "Đây là phiên đàm phán cấp Bộ trưởng lần thứ 8 ngày 10/11, diễn ra ngay trước phiên đàm phán cấp kỹ thuật từ ngày 12-14/11/2025 tại Washington, D.C.",
      { articleDate: "2025-11-11", lang: "vi" },
    );
    expect(facts!.events.map((e) => `${e.kind}:${e.ordinal}`)).toEqual(["ministerial:8", "technical:null"]);
    expect(facts!.dates.map((d) => d.date)).toEqual(["2025-11-10", "2025-11-12"]);
    expect(facts!.dateOwners).toEqual([0, 1]);
    expect(facts!.places).toEqual(["washington"]);
  });

  it("finds people with their role and side, in both languages", () => {
    expect(peopleIn("Bộ trưởng Bộ Công Thương Trần Quốc Bảo và Trưởng Đại diện Thương mại Hoa Kỳ Michael Brennan đã hội đàm.", "vi")).toEqual([
      { name: "Trần Quốc Bảo", side: "vn", role: "minister" },
      { name: "Michael Brennan", side: "us", role: "trade-representative" },
    ]);
    expect(peopleIn("The talks were led by Deputy Minister of Industry and Trade Le Thi Thu Hang.", "en")).toEqual([
      { name: "Le Thi Thu Hang", side: "vn", role: "deputy-minister" },
    ]);
    expect(peopleIn("Bà Karen Whitfield, trưởng đoàn kỹ thuật phía Mỹ, phát biểu.", "vi")).toEqual([
      { name: "Karen Whitfield", side: "us", role: "head-of-delegation" },
    ]);
  });

  it("reads two people joined by 'and' as two, each with the side of the title before it (English)", () => {
    // Synthetic names; the first used to run on into the second title and be lost.
    expect(
      peopleIn("Vietnam's Minister of Industry and Trade Do Van Khanh and US Trade Representative Laura Pemberton held the session on Monday.", "en"),
    ).toEqual([
      { name: "Do Van Khanh", side: "vn", role: "minister" },
      { name: "Laura Pemberton", side: "us", role: "trade-representative" },
    ]);
  });
});
