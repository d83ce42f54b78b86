import { describe, expect, it } from "vitest";
import { z } from "zod";
import { eventMentions, NO_OWNER, peopleIn, sentenceFacts } from "@/lib/index/events";
import { findDates } from "@/lib/text/event-dates";
import { tokenize } from "@/lib/text/normalize";
import mentionCases from "../../fixtures/event-mentions.json";

const words = (text: string) => tokenize(text).map((t) => t.folded);
const events = (text: string) => eventMentions(words(text)).map((e) => `${e.kind}:${e.ordinal ?? "-"}${e.reference ? " (ref)" : ""}`);
/** Sentences and the mentions read from them (and why a case is there), a group per behaviour. */
const EVENT_MENTIONS = z
  .object({ groups: z.array(z.object({ it: z.string(), cases: z.array(z.tuple([z.string(), z.array(z.string())], z.string())).min(1) })).min(1) })
  .parse(mentionCases);
const dates = (text: string, article: string | null = "2025-06-14") =>
  findDates(text, article).map((d) => `${d.date}${d.end ? `..${d.end}` : ""}${d.relative ? "~" : ""}`);

for (const { it: behaviour, cases } of EVENT_MENTIONS.groups) {
  describe(`event mentions, both languages, with and without diacritics: ${behaviour}`, () => {
    it.each(cases)("%j → %j", (text, expected) => {
      expect(events(text)).toEqual(expected);
    });
  });
}

describe("dates, absolute and relative to the article's date", () => {
  it("reads Vietnamese days, ranges and months, taking the article's year", () => {
    expect(dates("Từ ngày 19 đến 22/5/2025, vòng hai diễn ra")).toEqual(["2025-05-19..2025-05-22"]);
    expect(dates("ngày 10/11, tại Washington", "2025-11-11")).toEqual(["2025-11-10"]);
    expect(dates("từ ngày 12-14/11/2025")).toEqual(["2025-11-12..2025-11-14"]);
    expect(dates("ngày 24 tháng 5 năm 2025")).toEqual(["2025-05-24"]);
    expect(dates("vào đầu tháng 6")).toEqual(["2025-06"]);
  });

  it("reads a year before a comma or a full stop, not one inside a longer figure", () => {
    expect(dates("Tại cuộc họp TIFA năm 2039, phía Mỹ phàn nàn")).toEqual(["2039"]);
    expect(dates("the council met in 2039.")).toEqual(["2039"]);
    expect(dates("xuất khẩu 2039,5 tấn và 2.039 tấn")).toEqual([]);
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

  it("gives no event a date said in a clause of its own after it ('since … took office in May'), but keeps one right after the cue", () => {
    // Synthetic names.
    const [clause] = sentenceFacts("The ministerial session will be the first meeting between Khue and Vance since Vance took office in May.", {
      articleDate: "2028-09-20",
      lang: "en",
    });
    expect(clause!.dates.map((d) => d.date)).toEqual(["2028-05"]);
    expect(clause!.dateOwners).toEqual([NO_OWNER]);
    const [vi] = sentenceFacts("Đây là phiên họp cấp Bộ trưởng đầu tiên kể từ khi Hiệp định có hiệu lực ngày 1/3/2027.", {
      articleDate: "2028-09-26",
      lang: "vi",
    });
    expect(vi!.dateOwners).toEqual([NO_OWNER]);
    const [since] = sentenceFacts("The technical session has been under way since June 3, 2028.", { articleDate: "2028-06-05", lang: "en" });
    expect(since!.dateOwners).toEqual([0]);
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

  it("reads a title's every word as no part of the name, so the person keeps the side written before the title", () => {
    // Synthetic name. "Head of Delegation" is a role title (lib/text/lexicon/person-titles.ts): after "led by US" the
    // run used to stop at "Head", and the name was only found later, past the side word.
    expect(peopleIn("The talks were led by US Head of Delegation Nora Sample.", "en")).toEqual([
      { name: "Nora Sample", side: "us", role: "head-of-delegation" },
    ]);
  });

  it("finds a person named after 'ông'/'bà' whose role words end the clause, with the side its opening names", () => {
    // Synthetic names. The apposition between the name and "dẫn đầu" names an office ("Văn phòng Đại diện Thương mại"),
    // not the person's role; the side is the delegation's the clause opens with.
    expect(peopleIn("Phía Mỹ do bà Karen Ostby, Giám đốc phụ trách kinh tế số của Văn phòng Đại diện Thương mại Hoa Kỳ (USTR), dẫn đầu.", "vi")).toEqual([
      { name: "Karen Ostby", side: "us", role: "head-of-delegation" },
    ]);
    expect(peopleIn("Phía Việt Nam do ông Lê Văn Thọ, Cục trưởng Cục Thương mại điện tử, chủ trì.", "vi")).toEqual([
      { name: "Lê Văn Thọ", side: "vn", role: null },
    ]);
    // One name word after "ông" is a reference back, not a name found.
    expect(peopleIn("Theo ông Thọ, hai bên thống nhất.", "vi")).toEqual([]);
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

describe("a number that a comma ends", () => {
  it("numbers the event before it, not a count of the noun after it ('Tại vòng 5, phía Mỹ …')", () => {
    const [withComma] = sentenceFacts("Tại vòng 5, phía Mỹ đề xuất mức 12 tháng.", { articleDate: "2031-03-27", lang: "vi" });
    expect(withComma?.events).toMatchObject([{ kind: "round", ordinal: 5 }]);
    // Without the comma the same words count the sides: "vòng đàm phán 2 bên" is no second round.
    expect(events("Kết thúc vòng đàm phán 2 bên đã ký biên bản")).toEqual(["round:-"]);
  });
});

describe("places of the events", () => {
  it("include the port and provincial cities and Singapore, in both spellings", () => {
    expect(
      sentenceFacts("Ngày 25/4/2028, tại thành phố Hải Phòng, nhóm công tác đã tổ chức phiên họp thứ 2.", { articleDate: "2028-04-25", lang: "vi" })[0]?.places,
    ).toEqual(["haiphong"]);
    expect(
      sentenceFacts("Officials ended a first round of consultations in Singapore on Jan. 19, 2028.", { articleDate: "2028-01-19", lang: "en" })[0]?.places,
    ).toEqual(["singapore"]);
  });

  it("come in the order the sentence names them, so the place an event was held in comes before the others it names", () => {
    const places = (text: string, lang: "vi" | "en") => sentenceFacts(text, { articleDate: "2030-05-20", lang })[0]?.places;
    expect(places("Vòng đàm phán thứ hai diễn ra tuần trước tại thành phố Seattle (bang Washington, Hoa Kỳ).", "vi")).toEqual(["seattle", "washington"]);
    expect(places("The 10th round closed in Quy Nhon, the first held outside Hanoi and Washington.", "en")).toEqual(["quynhon", "hanoi", "washington"]);
    expect(places("HA LONG, June 14, 2028 — The third Joint Committee meeting agreed to a mid-term review in Washington.", "en")).toEqual([
      "halong",
      "washington",
    ]);
  });
});
