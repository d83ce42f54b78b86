import { describe, expect, it } from "vitest";
import { analyzeEventQuery, isEventQuery } from "@/lib/retrieve/event-query";
import { analyzeQuery } from "@/lib/retrieve/query";

const q = (text: string) => analyzeEventQuery(text);

describe("questions that name an event or a time", () => {
  it("reads ordinals and kinds in both languages, with and without diacritics", () => {
    expect(q("Vòng đàm phán thứ tư diễn ra ở đâu?")).toMatchObject({ kind: "round", ordinal: 4 });
    expect(q("vong dam phan thu 7 ket qua the nao")).toMatchObject({ kind: "round", ordinal: 7 });
    expect(q("Phiên đàm phán cấp Bộ trưởng lần thứ ba diễn ra khi nào?")).toMatchObject({ kind: "ministerial", ordinal: 3 });
    expect(q("When was the fourth round held?")).toMatchObject({ kind: "round", ordinal: 4 });
    expect(q("What happened at the eighth minister-level negotiation session?")).toMatchObject({ kind: "ministerial", ordinal: 8 });
    expect(q("còn phiên cấp kỹ thuật thì sao?")).toMatchObject({ kind: "technical", ordinal: null });
    // "phiên thứ 3" names a session by number without saying which kind: any event numbered 3.
    expect(q("sau phien thu 3 hai ben da thong nhat bao nhieu chuong?")).toMatchObject({ kind: null, ordinal: 3 });
    expect(q("What was agreed at the third session?")).toMatchObject({ ordinal: 3 });
  });

  it("reads 'kỳ vọng' / 'hy vọng' as expectation, not a round (folded 'vọng' is 'vòng'), and 'thứ mười một' as 11", () => {
    expect(analyzeEventQuery("Hiệp hội kỳ vọng xuất khẩu tăng bao nhiêu trong năm 2027?").kind).toBeNull();
    expect(analyzeEventQuery("Doanh nghiep hy vong gi vao nam toi?").kind).toBeNull();
    expect(analyzeEventQuery("Vòng đàm phán thứ mười một diễn ra ở đâu?")).toMatchObject({ kind: "round", ordinal: 11 });
    expect(analyzeEventQuery("Who led the US side in the 11th round?")).toMatchObject({ kind: "round", ordinal: 11 });
  });

  it("reads a body's 'lần thứ N' after its name as its Nth meeting, and its bare 'thứ N' as no meeting number", () => {
    expect(q("Hội đồng Thương mại và Đầu tư lần thứ 11 họp ở đâu?")).toMatchObject({ kind: "council", ordinal: 11 });
    expect(q("Hoi dong Thuong mai va Dau tu lan thu 11 hop o dau")).toMatchObject({ kind: "council", ordinal: 11 });
    expect(q("Ủy ban hỗn hợp lần thứ ba họp khi nào?")).toMatchObject({ kind: "joint-committee", ordinal: 3 });
    // "nhóm công tác thứ hai" is the second group, not a group's second meeting.
    expect(q("Nhóm công tác thứ hai họp khi nào?")).toMatchObject({ kind: "working-group", ordinal: null });
  });

  it("reads English ordinal words past twelfth, in the kind's phrase and before a generic one", () => {
    expect(q("Where was the thirteenth round of the Vietnam–US talks held?")).toMatchObject({ kind: "round", ordinal: 13 });
    expect(q("What was agreed at the fifteenth session?")).toMatchObject({ ordinal: 15 });
  });

  it("reads meetings asked by month as an event question, whatever words stand between 'which' and 'meetings'", () => {
    const feb = q("Which Vietnam–US trade meetings were held in February 2027?");
    expect(feb).toMatchObject({ period: { year: 2027, month: 2 }, sessions: true });
    expect(isEventQuery(feb)).toBe(true);
  });

  it("reads months and years as periods", () => {
    expect(q("Tháng 6/2025 có những phiên đàm phán nào?")).toMatchObject({ period: { year: 2025, month: 6 }, timeline: true });
    expect(q("What happened in the talks in July 2025?")).toMatchObject({ period: { year: 2025, month: 7 }, timeline: true });
    expect(q("Trong tháng 8, ai sang Hà Nội đàm phán?").period).toEqual({ year: null, month: 8 });
    expect(q("Năm 2023 hai bên đàm phán vòng nào?").period).toEqual({ year: 2023, month: null });
    // Sessions, not everything that happened: "phiên", "sessions", "meetings" against "đàm phán", "talks".
    expect(q("Tháng 6/2025 có những phiên đàm phán nào?").sessions).toBe(true);
    expect(q("List the sessions held in August 2025").sessions).toBe(true);
    expect(q("What happened in the talks in July 2025?").sessions).toBe(false);
    // A day is a fact to find, not a period.
    expect(q("Ai chủ trì cuộc họp Thường trực Chính phủ ngày 24/5?").period).toBeNull();
  });

  it("reads a month or year typed without diacritics as the same period", () => {
    expect(q("thang 4/2030 dam phan SPS viet my co dien bien gi").period).toEqual({ year: 2030, month: 4 });
    expect(q("Thang 6 nam 2025 co nhung phien dam phan nao?").period).toEqual({ year: 2025, month: 6 });
    expect(q("nam 2023 hai ben dam phan vong nao").period).toEqual({ year: 2023, month: null });
    // Still a day, not a period; and a "thang" before no figure is no date word.
    expect(q("ngay 24/5 ai chu tri cuoc hop").period).toBeNull();
    expect(q("thang diem 10 cua hai ben la gi").period).toBeNull();
  });

  it("reads latest, first, before and after", () => {
    expect(q("Vòng đàm phán mới nhất là vòng nào?")).toMatchObject({ kind: "round", superlative: "latest" });
    expect(q("Phiên cấp Bộ trưởng gần đây nhất diễn ra ở đâu?")).toMatchObject({ kind: "ministerial", superlative: "latest" });
    expect(q("What is the latest round of talks?")).toMatchObject({ kind: "round", superlative: "latest" });
    expect(q("When was the first round?")).toMatchObject({ kind: "round", ordinal: 1, superlative: null });
    expect(q("Vòng đàm phán đầu tiên diễn ra ở đâu?")).toMatchObject({ kind: "round", ordinal: 1 });
    // The first one "reported" (or held somewhere "since" something) is the earliest the articles give, not round 1.
    expect(q("Which was the first technical round reported in these articles?")).toMatchObject({ kind: "round", ordinal: null, superlative: "earliest" });
    expect(q("What is the latest technical round reported?")).toMatchObject({ kind: "round", superlative: "latest" });
    expect(q("Sau vòng 2, vòng đàm phán tiếp theo diễn ra ở đâu?").relation).toEqual({ direction: "after", anchor: { kind: "round", ordinal: 2 } });
    expect(q("What did the ministers agree at the ministerial session before the joint statement?")).toMatchObject({
      kind: "ministerial",
      relation: { direction: "before", anchor: { kind: "statement", ordinal: null } },
    });
  });

  it("reads a lone 'after round 3' as what came out of round 3, and 'the next round' or 'before' as a neighbour", () => {
    expect(q("Sau vòng 3 hai bên thống nhất được bao nhiêu phần trăm nội dung?")).toMatchObject({ kind: "round", ordinal: 3, relation: null });
    expect(q("What share of the text was agreed after round 3?")).toMatchObject({ kind: "round", ordinal: 3, relation: null });
    expect(q("What was agreed after the third round of negotiations?")).toMatchObject({ kind: "round", ordinal: 3, relation: null });
    expect(q("Which round came after round 3?")).toMatchObject({
      kind: "round",
      ordinal: null,
      relation: { direction: "after", anchor: { kind: "round", ordinal: 3 } },
    });
    expect(q("What happened in the next session after round 3?").relation).toEqual({ direction: "after", anchor: { kind: "round", ordinal: 3 } });
    expect(q("What had been agreed before round 3?").relation).toEqual({ direction: "before", anchor: { kind: "round", ordinal: 3 } });
  });

  it("reads 'the next round' named without a number as the one after the latest, and 'dự kiến' of a kind unnumbered as the planned one", () => {
    const afterLatest = { direction: "after", anchor: { kind: "round", ordinal: null } };
    expect(q("Vòng đàm phán tiếp theo dự kiến diễn ra ở đâu?")).toMatchObject({ kind: "round", ordinal: null, relation: afterLatest });
    expect(q("When is the upcoming round of talks?")).toMatchObject({ kind: "round", relation: afterLatest });
    expect(q("vong dam phan du kien to chuc khi nao")).toMatchObject({ kind: "round", relation: afterLatest });
    // What a statement plans is no statement to come.
    expect(q("Theo tuyên bố chung, hai nước dự kiến ký thỏa thuận vào thời điểm nào?")).toMatchObject({ kind: "statement", relation: null });
    // A numbered round said to be planned is that round.
    expect(q("Vòng 6 dự kiến diễn ra ở đâu?")).toMatchObject({ kind: "round", ordinal: 6, relation: null });
  });

  it("reads 'hiện nay' / 'now' as the latest session's state, for the talks or a role held in them, and nothing else", () => {
    expect(q("Trưởng đoàn đàm phán dệt may của Việt Nam hiện nay là ai?")).toMatchObject({ superlative: "latest", sessions: true });
    const now = q("Who currently leads the US delegation?");
    expect(now).toMatchObject({ superlative: "latest", sessions: true, side: "us" });
    expect(isEventQuery(now)).toBe(true);
    expect(isEventQuery(q("Kim ngạch xuất khẩu dệt may hiện nay là bao nhiêu?"))).toBe(false);
  });

  it("reads the ministers meeting after an event as their session placed after it", () => {
    expect(q("Sau Tuyên bố chung, hai Bộ trưởng gặp nhau lần đầu ở đâu?")).toMatchObject({
      kind: "ministerial",
      relation: { direction: "after", anchor: { kind: "statement", ordinal: null } },
    });
  });

  it("reads a summary from one event to another as a timeline starting there, not as a question about the first event", () => {
    expect(q("Tóm tắt diễn biến đàm phán Phụ lục theo thứ tự thời gian, từ vòng đầu tiên đến khi kết thúc.")).toMatchObject({
      kind: null,
      ordinal: null,
      timeline: true,
    });
    expect(q("Summarise the talks in chronological order from the first round to the fourth round.")).toMatchObject({
      kind: "round",
      ordinal: null,
      timeline: true,
    });
    // A kind named before the span is the one listed, from the first to the latest of it.
    expect(q("Give me a timeline of the negotiating rounds, with dates and places, from the first to the latest.")).toMatchObject({
      kind: "round",
      timeline: true,
    });
    expect(q("Tóm tắt các vòng đàm phán theo thứ tự thời gian, từ vòng đầu tiên đến Tuyên bố chung.")).toMatchObject({ kind: null, timeline: true });
    // A span from an event of a kind the lexicon does not list stays that event's (the catalog cannot list it).
    expect(q("Give me a timeline of the agreement, from the first joint committee meeting to the joint statement.").unlisted).not.toBeNull();
    // A span without a summary is a question about the event ("from which day to which day").
    expect(q("Vòng đàm phán thứ nhất diễn ra từ ngày nào đến ngày nào?")).toMatchObject({ kind: "round", ordinal: 1, timeline: false });
  });

  it("knows a timeline question and the side asked about", () => {
    expect(q("Tóm tắt các vòng đàm phán theo thứ tự thời gian")).toMatchObject({ kind: "round", timeline: true });
    expect(q("Give me a timeline of the negotiations").timeline).toBe(true);
    expect(q("tom tat dien bien dam phan theo thoi gian").timeline).toBe(true);
    expect(q("Ai dẫn đầu phía Hoa Kỳ tại vòng đàm phán đầu tiên?").side).toBe("us");
    expect(q("Who led Vietnam's technical delegation?").side).toBe("vn");
    expect(q("Who is the Commerce Minister of Vietnam?").side).toBe("vn");
    expect(q("Who led the Vietnam-US talks?").side).toBeNull();
    expect(q("Ai dẫn đầu phía Hoa Kỳ trong đàm phán giữa Việt Nam và Hoa Kỳ?").side).toBe("us");
    expect(q("Kim ngạch thương mại Việt Nam - Hoa Kỳ năm 2024 là bao nhiêu?").side).toBeNull();
  });
});

describe("follow-ups keep the subject and swap what changes", () => {
  it("swaps the side and keeps the round and the question of who", () => {
    const plan = analyzeQuery("Còn phía Hoa Kỳ?", ["Ai dẫn đầu phía Việt Nam tại vòng đàm phán thứ ba?"]);
    expect(plan.followUp).toBe(true);
    expect(plan.expects).toBe("person");
    expect(plan.events).toMatchObject({ kind: "round", ordinal: 3, side: "us" });
    expect(plan.concepts.some((c) => c.fromHistory && /viet nam|việt nam/.test(c.label))).toBe(false);
  });

  it("swaps the person when the follow-up names another, keeping places and what was asked", () => {
    const plan = analyzeQuery("Còn phía Mỹ, ai thay ông Keane?", ["Ai thay ông Trần Văn Nam làm trưởng đoàn đàm phán tại Hà Nội?"]);
    const carried = plan.concepts.filter((c) => c.fromHistory).map((c) => c.label);
    expect(carried).not.toContain("trần văn nam");
    expect(carried).toEqual(expect.arrayContaining(["trưởng đoàn đàm phán", "hà nội"]));
    // A follow-up that names no one keeps the person asked about.
    expect(analyzeQuery("Còn ở Đà Nẵng?", ["Ông Trần Văn Nam phát biểu gì tại Hà Nội?"]).concepts.map((c) => c.label)).toContain("trần văn nam");
  });

  it("swaps the round and keeps what was asked", () => {
    const plan = analyzeQuery("Còn vòng 3 thì sao?", ["Vòng đàm phán thứ hai diễn ra ở đâu?"]);
    expect(plan.expects).toBe("place");
    expect(plan.events).toMatchObject({ kind: "round", ordinal: 3 });
  });

  it("swaps the ordinal when the follow-up names only a number, keeping the kind", () => {
    expect(analyzeQuery("Còn lần thứ hai?", ["Phiên cấp Bộ trưởng lần thứ nhất diễn ra ở đâu?"]).events).toMatchObject({ kind: "ministerial", ordinal: 2 });
    expect(analyzeQuery("con lan thu hai", ["phien cap bo truong lan thu nhat dien ra o dau"]).events).toMatchObject({ kind: "ministerial", ordinal: 2 });
    expect(analyzeQuery("And the second one?", ["Where was the first ministerial session held?"]).events).toMatchObject({ kind: "ministerial", ordinal: 2 });
    // The previous turn's number is dropped from the words a passage must match.
    const plan = analyzeQuery("Còn lần thứ hai?", ["Phiên cấp Bộ trưởng lần thứ nhất diễn ra ở đâu?"]);
    expect(plan.concepts.some((c) => c.fromHistory && c.alternates.includes("1"))).toBe(false);
    // A bare English "first" before a verb is an adverb: it asks about no session 1 of the previous kind.
    expect(analyzeQuery("When did it first meet?", ["What did the two sides agree to set up at the tenth ministerial session?"]).events.ordinal).toBeNull();
    expect(analyzeQuery("What about the third?", ["Where was the first ministerial session held?"]).events).toMatchObject({ kind: "ministerial", ordinal: 3 });
    // Outside a follow-up a bare "thứ Hai" is a weekday, not an event.
    expect(analyzeQuery("Thứ Hai tuần trước có tin gì về thuế?").events.ordinal).toBeNull();
  });

  it("asks for the event after the previous question's when the follow-up asks for the next one", () => {
    const afterFifth = { direction: "after", anchor: { kind: "round", ordinal: 5 } };
    expect(analyzeQuery("con vong tiep theo du kien o dau, khi nao", ["vong 5 dam phan det may dien ra o dau"]).events).toMatchObject({
      kind: "round",
      ordinal: null,
      relation: afterFifth,
    });
    expect(analyzeQuery("And the next one?", ["Where was the fifth round held?"]).events).toMatchObject({ kind: "round", relation: afterFifth });
    expect(analyzeQuery("Còn phiên tiếp theo?", ["Phiên cấp Bộ trưởng lần thứ hai diễn ra ở đâu?"]).events.relation).toEqual({
      direction: "after",
      anchor: { kind: "ministerial", ordinal: 2 },
    });
  });

  it("keeps 'now' and swaps the side", () => {
    const plan = analyzeQuery("Còn phía Hoa Kỳ?", ["Hiện nay ai là trưởng đoàn đàm phán của Việt Nam?"]);
    expect(plan.events).toMatchObject({ superlative: "latest", side: "us" });
    // "hiện nay" says when, not a word a report must hold.
    expect(plan.concepts.map((c) => c.label)).not.toContain("nay");
  });

  it("keeps the event when only the question word changes", () => {
    const plan = analyzeQuery("Khi nào?", ["Vòng 5 diễn ra ở đâu?"]);
    expect(plan.expects).toBe("date");
    expect(plan.events).toMatchObject({ kind: "round", ordinal: 5 });
  });
});

describe("names as units", () => {
  it("joins adjacent capitalised words into one name", () => {
    const names = (text: string) =>
      analyzeQuery(text)
        .concepts.filter((c) => c.name)
        .map((c) => c.label);
    expect(names("Thứ trưởng Lê Văn Bảo dẫn đầu vòng đàm phán nào?")).toEqual(["lê văn bảo"]);
    expect(names("Vòng đàm phán nào diễn ra tại Hà Nam?")).toEqual(["hà nam"]);
    expect(names("What did Tran Quoc Bao ask the US to recognise?")).toContain("tran quoc bao");
  });

  it("leaves a title before a name out of it, so a report writing 'US Ambassador to Vietnam Carl Brennan' has the name", () => {
    const concepts = analyzeQuery("What did Ambassador Carl Brennan call the zero-tariff list?").concepts;
    expect(concepts.filter((c) => c.name).map((c) => c.label)).toEqual(["carl brennan"]);
    // The title stays a word to search for, in both languages.
    expect(concepts.find((c) => c.label === "ambassador")?.alternates).toContain("đại sứ");
    expect(
      analyzeQuery("Bộ trưởng Lê Văn Bảo nói gì?")
        .concepts.filter((c) => c.name)
        .map((c) => c.label),
    ).toEqual(["lê văn bảo"]);
  });

  it("gives a place every spelling it has in either language", () => {
    const place = (text: string, label: string) => analyzeQuery(text).concepts.find((c) => c.label === label)?.alternates ?? [];
    expect(place("When did negotiators first meet in Hanoi?", "hanoi")).toContain("hà nội");
    expect(place("Vòng đàm phán nào diễn ra tại Đà Nẵng?", "đà nẵng")).toContain("da nang");
  });
});

describe("what a question asks for", () => {
  it("reads 'which official' and 'Đại sứ nào' as asking for a person, and 'what did the ambassador …' not", () => {
    expect(analyzeQuery("Which US official said both sides were close?").expects).toBe("person");
    expect(analyzeQuery("Phiên cấp Bộ trưởng đầu tiên có sự tham dự của Đại sứ nào?").expects).toBe("person");
    expect(analyzeQuery("What did Ambassador Carl Brennan call the list?").expects).toBeNull();
  });

  it("reads a kind named in the plural ('the ministerial sessions') as that kind", () => {
    expect(q("List the ministerial sessions in order, with their dates.")).toMatchObject({ kind: "ministerial", timeline: true });
    expect(q("Which technical sessions were held?")).toMatchObject({ kind: "technical" });
    // Not every word ending in s: "talks" alone names no kind.
    expect(q("When did the talks resume?").kind).toBeNull();
  });

  it("lists events only when a listing verb is followed by events, not by other things ('List the chapters closed at …')", () => {
    expect(q("List the chapters closed at the San Francisco round")).toMatchObject({ kind: "round", timeline: false });
    expect(q("Vòng đàm phán ở Đà Nẵng có những chương nào được chốt?")).toMatchObject({ kind: "round", timeline: false });
    expect(q("List all the ministerial sessions")).toMatchObject({ kind: "ministerial", timeline: true });
    expect(q("Trong tháng 6/2025 có những sự kiện nào?")).toMatchObject({ timeline: true });
  });

  it("reads the ministers meeting as their ministerial session", () => {
    expect(q("When did the ministers last meet?")).toMatchObject({ kind: "ministerial", superlative: "latest" });
    expect(q("Hai Bộ trưởng gặp nhau lần gần nhất khi nào?")).toMatchObject({ kind: "ministerial", superlative: "latest" });
    expect(q("What did ministers say about rice?").kind).toBeNull();
    // Folded "hop tac" is cooperation, not "họp" (a meeting).
    expect(q("hai bo truong nhat tri hop tac trong nhung linh vuc nao").kind).toBeNull();
  });

  it("reads the place a question names, and a first or latest there as an event question", () => {
    expect(q("When did negotiators first meet in Hanoi?")).toMatchObject({ superlative: "earliest", place: "hanoi" });
    expect(isEventQuery(q("When did negotiators first meet in Hanoi?"))).toBe(true);
    expect(isEventQuery(q("What did negotiators say in Hanoi?"))).toBe(false);
  });
});

describe("words that look like ordinals", () => {
  it("reads 'theo thứ tự' as order, not a fourth session", () => {
    expect(q("Tóm tắt diễn biến đàm phán theo thứ tự thời gian")).toMatchObject({ ordinal: null, timeline: true });
    expect(q("Phiên đàm phán lần thứ tư diễn ra ở đâu?").ordinal).toBe(4);
  });

  it("reads a number a comma ends as the event's, not as counting the noun after the comma", () => {
    expect(q("Tại vòng 5, phía Mỹ đề xuất lưu dữ liệu bao lâu?")).toMatchObject({ kind: "round", ordinal: 5 });
    expect(q("Ở vòng 2, phía Việt Nam nói gì?")).toMatchObject({ kind: "round", ordinal: 2 });
  });
});
