import { describe, expect, it } from "vitest";
import { analyzeEventQuery, isEventQuery } from "@/lib/retrieve/event-query";
import { analyzeQuery } from "@/lib/retrieve/query";
import { unlistedEventKind } from "@/lib/retrieve/unlisted-event";

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
    // Before: "the second consultation round" was the archive's round 2 of any kind, "vòng tham vấn thứ 2" every round.
    expect(isEventQuery(analyzeEventQuery("What did the United States agree to in the second consultation round?"))).toBe(false);
    expect(isEventQuery(analyzeEventQuery("Vòng tham vấn thứ 2 về nhôm định hình diễn ra vào ngày nào?"))).toBe(false);
    expect(isEventQuery(analyzeEventQuery("Phiên họp thứ hai của Ủy ban hỗn hợp quyết định gì?"))).toBe(false);
  });

  it("keeps the unlisted kind in a follow-up that names only a number, not one that names a listed kind", () => {
    const history = ["Vòng tham vấn thứ nhất về nhôm định hình diễn ra khi nào?"];
    expect(analyzeQuery("Còn vòng thứ hai?", history).events.unlisted).toBe("vong tham van");
    expect(isEventQuery(analyzeQuery("Còn vòng thứ hai?", history).events)).toBe(false);
    expect(analyzeQuery("Còn phiên cấp Bộ trưởng lần thứ hai?", history).events.unlisted ?? null).toBeNull();
  });
});
