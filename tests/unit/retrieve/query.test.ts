import { describe, expect, it } from "vitest";
import { z } from "zod";
import { analyzeQuery, detectLanguage } from "@/lib/retrieve/query";
import { mentions, searchable } from "@/lib/retrieve/coverage";
import tradeWordings from "../../fixtures/trade-wordings.json";

const labels = (q: string, history: string[] = []) => analyzeQuery(q, history).concepts.map((c) => c.label);
/** Questions naming general trade vocabulary, and a wording of the other language each concept must match. */
const TRADE_WORDINGS = z
  .object({ cases: z.array(z.object({ question: z.string(), concept: z.string(), wording: z.string(), why: z.string().optional() })).min(1) })
  .parse(tradeWordings);
const alternatesOf = (q: string, label: string) => analyzeQuery(q).concepts.find((c) => c.label === label)?.alternates ?? [];

describe("query analysis", () => {
  it("detects English, Vietnamese and unaccented Vietnamese", () => {
    expect(detectLanguage("What was discussed in round 2?")).toBe("en");
    expect(detectLanguage("Vòng đàm phán thứ hai diễn ra khi nào?")).toBe("vi");
    expect(detectLanguage("vong dam phan thu hai dien ra khi nao")).toBe("vi");
  });

  it("reads numbers and ordinals the same way: vòng 2, vòng hai, vòng thứ hai, lần thứ 8", () => {
    for (const q of ["vòng 2", "vòng hai", "vòng thứ hai", "vong thu hai"])
      expect(
        analyzeQuery(q).concepts.some((c) => c.alternates.includes("thứ hai") && c.alternates.includes("2")),
        q,
      ).toBe(true);
    expect(analyzeQuery("lần thứ tám").concepts.some((c) => c.alternates.includes("thứ 8"))).toBe(true);
  });

  it("expands the field's synonyms and abbreviations", () => {
    expect(alternatesOf("Mỹ áp thuế", "mỹ")).toContain("hoa kỳ");
    // Goods are named as Vietnamese trade reports name them, in both directions.
    expect(alternatesOf("How much pepper did Vietnam export?", "pepper")).toContain("hồ tiêu");
    expect(alternatesOf("Xuất khẩu hạt điều sang Mỹ tăng bao nhiêu?", "hạt điều")).toContain("cashew");
    expect(alternatesOf("How many tariff lines did the offer cover?", "tariff lines")).toContain("dòng thuế");
    expect(alternatesOf("Đề nghị bao gồm bao nhiêu dòng thuế?", "dòng thuế")).toContain("tariff lines");
    expect(alternatesOf("làm việc với USTR", "ustr").some((a) => a.includes("đại diện thương mại hoa kỳ"))).toBe(true);
  });

  it("names each country in every form reports use, so 'the Vietnamese side' finds \"Vietnam's minister\" and 'Việt Nam' finds English reports", () => {
    expect(alternatesOf("And the Vietnamese side?", "vietnamese")).toContain("vietnam");
    expect(alternatesOf("Bộ trưởng Việt Nam là ai?", "việt nam")).toEqual(expect.arrayContaining(["vietnam", "vietnamese"]));
    expect(alternatesOf("Phía Mỹ đề nghị gì?", "mỹ")).toEqual(expect.arrayContaining(["us", "united states"]));
  });

  it("reads a capitalised phrase the lexicon knows as a name ('the Vietnam Textile Association'), and a lower-case one not", () => {
    const concept = (q: string) => analyzeQuery(q).concepts.find((c) => c.label === "textile association");
    expect(concept("What did the Vietnam Textile Association say?")?.name).toBe(true);
    expect(concept("What did the textile association say?")?.name).toBe(false);
  });

  it.each([
    ["ong do van thanh phat bieu gi ve thoa thuan SPS", ["do van thanh"]],
    // "minh" (mình) is a function word elsewhere, a syllable of a name here; "duoc" ends the name.
    ["ba ta minh nguyet duoc bo nhiem thu truong ngay nao", ["ta minh nguyet"]],
    // A given name alone, and "thu ba" (the third), start no name.
    ["ong khai noi gi ve vong 2", []],
    ["vong dam phan thu ba le minh dien ra o dau", []],
    ["Bà Tạ Minh Nguyệt được bổ nhiệm khi nào?", ["tạ minh nguyệt"]],
  ])("reads a person after 'ong'/'ba' and a family name as one name, typed in lower case without diacritics: %s", (question, names) => {
    expect(
      analyzeQuery(question)
        .concepts.filter((c) => c.multiWord)
        .map((c) => c.label),
    ).toEqual(names);
  });

  it("reads 'tăng' and 'giảm' back into English, so a Vietnamese question finds an English report's 'rose' or 'fell'", () => {
    expect(alternatesOf("Xuất khẩu năm 2025 tăng bao nhiêu?", "tăng")).toEqual(expect.arrayContaining(["rose", "increase"]));
    expect(alternatesOf("Nhập khẩu giảm bao nhiêu?", "giảm")).toContain("fell");
    // Other one-syllable wordings stay too loose to translate back: "thuế" is not every English "tariff", "tax" and "duty".
    expect(alternatesOf("Thuế là bao nhiêu?", "thuế")).not.toContain("duty");
  });

  it("counts a figure written with '%' as saying 'percent' and 'phần trăm'", () => {
    const plan = analyzeQuery("Xuất khẩu tăng bao nhiêu phần trăm?");
    const percent = plan.concepts.find((c) => c.label === "phần trăm")!;
    expect(mentions(searchable("Vietnam's exports to the US rose 28% in 2025."), percent)).toBe(true);
    expect(mentions(searchable("Kim ngạch xuất khẩu tăng 28% so với năm trước."), percent)).toBe(true);
    expect(mentions(searchable("Kim ngạch xuất khẩu đạt 71,3 tỷ USD."), percent)).toBe(false);
  });

  it("translates English questions into Vietnamese wordings and drops question words", () => {
    const concepts = analyzeQuery("When did the negotiations start?").concepts;
    expect(concepts.some((c) => c.alternates.includes("đàm phán"))).toBe(true);
    // "Kết thúc cuộc làm việc, hai bên nhất trí …": a working meeting is a meeting.
    expect(alternatesOf("What did the two sides agree at the end of the meeting?", "meeting")).toContain("cuộc làm việc");
    expect(concepts.map((c) => c.label)).not.toContain("when");
    expect(labels("Vòng đàm phán thứ hai diễn ra khi nào?")).not.toContain("khi nào");
    // Words about the asking, not the topic: no report need contain them.
    expect(labels("Which aircraft maker was mentioned among the goods Vietnam could buy?")).toEqual(["aircraft", "maker", "goods", "vietnam", "buy"]);
  });

  it("gives an English question's words their inflections, and leaves Vietnamese words as written", () => {
    const en = analyzeQuery("What did the US ask Vietnam to check in the 3rd round?");
    expect(en.concepts.find((c) => c.label === "check")?.alternates).toEqual(expect.arrayContaining(["checks", "checked"]));
    expect(en.concepts.find((c) => c.label === "ask")?.alternates).toContain("asked");
    expect(alternatesOf("Which tariffs were announced?", "tariffs")).toContain("tariff");
    // Question words stay question words; names are not inflected.
    expect(en.concepts.map((c) => c.label)).not.toContain("what");
    expect(analyzeQuery("What did Whitfield say?").concepts.find((c) => c.label === "whitfield")?.alternates).toEqual(["whitfield"]);
    // Folded Vietnamese looks like English stems ("to chuc", "can"): an unaccented Vietnamese question is never inflected.
    expect(alternatesOf("vong dam phan to chuc o dau", "to")).not.toContain("tos");
    expect(analyzeQuery("vong dam phan to chuc o dau").concepts.flatMap((c) => c.alternates)).not.toContain("tos");
  });

  it.each([
    // A later "when" that opens a clause says which time, not what is asked.
    ["What phase-in period did the US offer when it first tabled its text?", null],
    ["What did the minister say when asked about the quota?", null],
    ["How many tariff lines were cut when the decree was signed?", "quantity"],
    ["Who led the US side when the talks began?", "person"],
    // A later question word with an auxiliary after it asks a question of its own.
    ["Which was the first technical round, and where was it held?", "place"],
    // "Which days", "what year": a date.
    ["On which days was the trade representative in Hanoi?", "date"],
    ["In what year was the council set up?", "date"],
    ["When and where was round 2 held?", "date"],
    // A person asked by what they are, a few words qualifying it; not a meeting or a group of them.
    ["Which Washington trade lawyer called the timing of the pipe case awkward?", "person"],
    ["Which expert-level meeting came after the first one?", null],
    ["Which expert team met in May?", null],
    ["Luật sư nào đại diện cho nguyên đơn?", "person"],
    ["Phiên họp cấp chuyên gia nào diễn ra ở Hải Phòng?", null],
  ] as const)("reads what an English question asks with its question words: %s → %s", (question, expects) => {
    expect(analyzeQuery(question).expects).toBe(expects);
  });

  it("reads 'how many/how large/how far' as question words asking for a figure, and 'list' as a topic unless it opens a request", () => {
    const plan = analyzeQuery("How many Vietnamese products are on the US zero-tariff list?");
    expect(plan.expects).toBe("quantity");
    expect(plan.concepts.map((c) => c.label)).not.toContain("how many");
    expect(plan.concepts.map((c) => c.label)).toContain("list");
    expect(analyzeQuery("How large was the US trade deficit in 2024?").expects).toBe("quantity");
    // "How far was the list cut … in early 2031" asks for a figure ("from 40 to 32 items"), not a timeline of the period.
    const far = analyzeQuery("How far was the exclusion list cut in early 2031?");
    expect(far.expects).toBe("quantity");
    expect(far.events.timeline).toBe(false);
    expect(far.concepts.map((c) => c.label)).not.toContain("far");
    expect(analyzeQuery("List the sessions held in August 2025").concepts.map((c) => c.label)).not.toContain("list");
  });

  it("reads how exact a figure is asked ('roughly how many') as no concept: reports write 'about', 'khoảng', or the figure alone", () => {
    for (const word of ["roughly", "approximately", "around", "nearly", "almost"])
      expect(labels(`${word} how many members did the delegation have?`)).not.toContain(word);
  });

  it("keeps diacritics apart when the question has them (bão is not bao, đốc is not DOC)", () => {
    expect(labels("Bão số 5 ảnh hưởng thế nào?")).toContain("bão");
    // "Tổng giám đốc" is a title of its own now (a CEO): "Giám đốc" leaves "đốc" a word alone.
    expect(analyzeQuery("Giám đốc Samsung").concepts.find((c) => c.label === "đốc")?.alternates).toEqual(["đốc"]);
  });

  it("reads an English ordinal as the number Vietnamese reports write, and a Vietnamese number as English reports write it", () => {
    // An English report of "vòng 8" says "the 8th round"; a Vietnamese report of "the eighth round" says "vòng thứ tám".
    expect(alternatesOf("Tại vòng đàm phán thứ 8, đề nghị gồm bao nhiêu dòng thuế?", "8")).toEqual(expect.arrayContaining(["8th", "eighth", "thứ tám"]));
    for (const [q, label] of [
      ["How many pages is the text after the 12th round?", "12th"],
      ["What was agreed in the ninth round?", "ninth"],
    ] as const)
      expect(alternatesOf(q, label), q).toEqual(expect.arrayContaining(label === "12th" ? ["thứ 12", "twelfth"] : ["thứ 9", "thứ chín", "9th"]));
    // "thứ" before the number is part of the ordinal, not a word of its own that English reports lack.
    expect(labels("Tại vòng đàm phán thứ 8, đề nghị gồm bao nhiêu dòng thuế?")).not.toContain("thứ");
    // "the first eight months" is "8 tháng đầu năm".
    expect(alternatesOf("How much did Vietnam export in the first eight months of 2026?", "eight")).toContain("8");
  });

  it("gives an English phrase its inflections too ('taking effect', 'import duties'), spelt the American way or the British", () => {
    expect(alternatesOf("When did the 20% tariff take effect?", "take effect")).toContain("taking effect");
    expect(alternatesOf("Who announced the import duty cuts?", "import duty")).toContain("import duties");
    expect(alternatesOf("What did Minister Huy ask the US to recognise?", "recognise")).toContain("công nhận");
  });

  it("reads an English question that names a Vietnamese person or place with diacritics as English", () => {
    // Synthetic questions (issue 11): the diacritics are the name's, every other word is English.
    expect(detectLanguage("When was Lê Thị Minh Hạnh appointed deputy minister of industry and trade?")).toBe("en");
    expect(detectLanguage("What rate did Commerce give Thép Sao Phương Nam?")).toBe("en");
    expect(labels("When was Lê Thị Minh Hạnh appointed deputy minister?")).not.toContain("when");
    // A Vietnamese word in lower case is Vietnamese whatever else is capitalised.
    expect(detectLanguage("Ông Trần Minh Khuê giữ chức vụ gì?")).toBe("vi");
  });

  it("drops the possessive 's' of an English question: 'Vietnam's decree' asks nothing of a letter s", () => {
    expect(labels("By how much did Vietnam's decree cut the duty?")).not.toContain("s");
  });

  it("reads 'thứ tự' (order) and 'Hoa Kỳ từ' (from) as no number 4, and 'thứ tư' and 'vòng tư' as 4", () => {
    const numbers = (q: string) => analyzeQuery(q).concepts.filter((c) => c.alternates.includes("thứ 4"));
    expect(numbers("Tóm tắt diễn biến đàm phán theo thứ tự thời gian.")).toEqual([]);
    expect(numbers("Catherine Vance nhan chuc Truong Dai dien Thuong mai Hoa Ky tu khi nao?")).toEqual([]);
    expect(numbers("tom tat dam phan theo thu tu thoi gian")).toEqual([]);
    expect(numbers("Vòng đàm phán thứ tư diễn ra ở đâu?")).toHaveLength(1);
    expect(numbers("vong dam phan thu tu dien ra o dau")).toHaveLength(1);
  });

  it.each(TRADE_WORDINGS.cases)("translates general trade vocabulary both ways: in $question, $concept is also $wording", ({ question, concept, wording }) => {
    expect(alternatesOf(question, concept)).toContain(wording);
  });

  it("gives a Vietnamese question's English wordings their inflections, and reads an English term inside it once", () => {
    expect(alternatesOf("Thuế nhập khẩu giảm bao nhiêu?", "thuế nhập khẩu")).toContain("import duties");
    const cherry = analyzeQuery("Thuế nhập khẩu quả anh đào (cherry) tươi được giảm thế nào?").concepts.filter((c) => c.alternates.includes("cherry"));
    expect(cherry).toHaveLength(1);
    expect(cherry[0]!.alternates).toEqual(expect.arrayContaining(["anh đào", "cherries"]));
  });

  it("carries the previous question into a short follow-up", () => {
    const plan = analyzeQuery("Còn vòng tiếp theo?", ["Vòng đàm phán thứ hai diễn ra khi nào?"]);
    expect(plan.followUp).toBe(true);
    expect(plan.concepts.filter((c) => c.fromHistory).map((c) => c.label)).toContain("vòng đàm phán");
    expect(analyzeQuery("Kim ngạch thương mại song phương năm 2024 là bao nhiêu?", ["Vòng hai?"]).followUp).toBe(false);
    // "it" and "there" point back to what the previous question asked of.
    const leftOut = analyzeQuery("Which products did it leave out?", ["When did the US tariff order on 312 tariff lines take effect?"]);
    expect(leftOut.followUp).toBe(true);
    expect(leftOut.concepts.filter((c) => c.fromHistory).map((c) => c.label)).toContain("tariff lines");
    expect(analyzeQuery("Who represented the US there?", ["What did the mid-term review decide?"]).followUp).toBe(true);
    expect(analyzeQuery("What did the US offer on textiles, steel and furniture in the eighth round?", ["Who led it?"]).followUp).toBe(false);
  });

  it("swaps the stage of a case in a follow-up that names another: the final determination's rate, not the preliminary one's", () => {
    const previous = "What preliminary subsidy rate did Commerce assign to Hung Long Polyfiber?";
    const carried = (question: string) =>
      analyzeQuery(question, [previous])
        .concepts.filter((c) => c.fromHistory)
        .map((c) => c.label);
    expect(carried("And at the final stage?")).not.toContain("preliminary");
    expect(carried("And at the final stage?")).toContain("hung long polyfiber");
    expect(analyzeQuery("Còn kết luận cuối cùng thì sao?", ["Mức thuế sơ bộ của Hưng Long là bao nhiêu?"]).concepts.map((c) => c.label)).not.toContain("sơ bộ");
    // A follow-up that names no stage keeps the one asked before.
    expect(carried("And for Tan Phuoc?")).toContain("preliminary");
  });

  it("reads 'where did it end up' and 'where does it stand' as asking for a figure or a state, and 'what … rate' as a figure", () => {
    expect(analyzeQuery("And where did it end up in the final determination?").expects).toBeNull();
    expect(analyzeQuery("Where does the case stand now?").expects).toBeNull();
    expect(analyzeQuery("Where did the round end?").expects).toBe("place");
    expect(analyzeQuery("What preliminary anti-dumping rate was Thach Lam Aluminium given?").expects).toBe("quantity");
  });
});
