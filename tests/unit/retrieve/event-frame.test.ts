import { describe, expect, it } from "vitest";
import { eventFrame, framesEvent } from "@/lib/retrieve/event-frame";
import { analyzeQuery } from "@/lib/retrieve/query";

/** The labels of a question's concepts that carry what is asked: those that do not only frame the asked event. */
function asked(question: string, { sidesFramed = true, found = [] as { kind: "round" | "ministerial"; ordinal: number | null; place: string | null }[] } = {}) {
  const plan = analyzeQuery(question);
  const frame = eventFrame(plan.events, found);
  return plan.concepts.filter((c) => !framesEvent(c, frame, { sidesFramed })).map((c) => c.label);
}

describe("the words of a question that only frame the asked event", () => {
  it("are its kind, its number, 'held' and its side, in an English question", () => {
    expect(asked("Where was the second ministerial session held?")).toEqual([]);
    expect(asked("What proposal did the US side table at round four to unlock the data chapters?")).toEqual([
      "proposal",
      "table",
      "unlock",
      "data",
      "chapters",
    ]);
  });

  it("are the same words in a Vietnamese question, with diacritics or without", () => {
    expect(asked("Tại vòng đàm phán thứ 8, đề nghị mở cửa thị trường của phía Hoa Kỳ gồm bao nhiêu dòng thuế?")).toEqual([
      "đề nghị",
      "mở cửa thị trường",
      "gồm",
      "dòng thuế",
    ]);
    expect(asked("vong dam phan thu 8 de nghi mo cua thi truong cua phia Hoa Ky gom bao nhieu dong thue?")).toEqual([
      "de nghi",
      "mo cua thi truong",
      "gom",
      "dong thue",
    ]);
    expect(asked("Vòng đàm phán thứ 9 diễn ra ở đâu?")).toEqual([]);
    expect(asked("vong dam phan thu chin dien ra o dau?")).toEqual([]);
  });

  it("keep a country as what was asked unless the side is told otherwise ('what did the US side propose')", () => {
    expect(asked("What proposal did the US side table at round four?", { sidesFramed: false })).toEqual(["proposal", "us", "table"]);
  });

  it("include where the event stands in time and the place the archive reports it at", () => {
    expect(asked("On digital trade, what did the US want Vietnam to drop after the ninth round?")).toEqual(["digital trade", "want", "drop"]);
    expect(asked("What was agreed at the fourth round in Da Nang?", { found: [{ kind: "round", ordinal: 4, place: "danang" }] })).toEqual(["agreed"]);
  });

  it("are told apart by their diacritics: 'hợp' (merge) is no meeting ('họp'), 'bến' no side ('bên'), 'phân' no 'phán' of 'đàm phán'", () => {
    expect(asked("Tại vòng đàm phán thứ 3, hai nước hợp nhất những chương nào?")).toContain("hợp");
    expect(asked("Tại phiên đàm phán cấp Bộ trưởng lần thứ 3, ông Kha đã họp với ai?")).not.toContain("họp");
    expect(asked("Tại vòng đàm phán thứ 3, doanh nghiệp nào trúng thầu bến tàu?")).toContain("bến");
    expect(asked("Tại vòng đàm phán thứ 2, hạn ngạch ngô được phân giao theo nguyên tắc nào?")).toContain("phân");
  });

  it("leave talks in general and the place to find an event of a kind the lexicon does not list ('the second business forum meeting')", () => {
    expect(asked("Phiên họp thứ hai của Diễn đàn doanh nghiệp diễn ra ở đâu?")).toEqual(["phiên họp", "diễn đàn", "doanh nghiệp"]);
  });

  it("are an open kind's words when the catalog keeps that kind as its own events (a joint committee's meetings)", () => {
    expect(asked("Phiên họp thứ hai của Ủy ban hỗn hợp diễn ra ở đâu?")).toEqual([]);
  });

  it("leave a name that happens to be an inner syllable of a kind phrase ('Lâm' of 'phiên làm việc')", () => {
    expect(asked("bo truong ton that lam thong bao gi tai phien cap bo truong lan thu tu?")).toContain("lam");
  });

  it("are none of a question that asks about no event", () => {
    expect(asked("Kim ngạch xuất khẩu dệt may năm 2025 là bao nhiêu?")).toEqual(["kim ngạch", "xuất khẩu", "dệt may", "năm", "2025"]);
  });
});
