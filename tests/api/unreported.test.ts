/**
 * Abstention on what no article reports, over the synthetic archive G (tests/fixtures/dev-archive-g:
 * digital-trade-annex rounds 1-5, high-level economic dialogues 3 and 4, one ministerial session in
 * Washington; its digital trade annex only planned to be signed): the answer says so and what the archive does
 * report, and cites nothing.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-g"));
const ask = (question: string) => askChat(routes, question);

describe("POST /api/chat on an event the archive does not report", () => {
  it("abstains on a dialogue numbered below those reported, naming the ones it reports", async () => {
    const { text, citations, status } = await ask("Who co-chaired the second High-level Economic Dialogue?");
    expect(status).toBe("no_answer");
    expect(citations).toEqual([]);
    expect(text).toMatch(/[Dd]ialogues? 3 and 4/);
  });

  it("abstains on a dialogue numbered past those reported, in Vietnamese", async () => {
    const { text, status } = await ask("Đối thoại kinh tế cấp cao lần thứ 5 thống nhất những gì?");
    expect(status).toBe("no_answer");
    expect(text).toMatch(/đối thoại (kinh tế cấp cao )?3 và 4/i);
  });

  it("answers the dialogue it reports", async () => {
    const { status, citations } = await ask("Who co-chaired the third High-level Economic Dialogue?");
    expect(status).toBe("answered");
    expect(citations.length).toBeGreaterThan(0);
  });

  it("abstains on a price the archive has only inside 'trị giá' and 'bán phá giá', saying what it reports", async () => {
    const { text, status, citations } = await ask("Giá cà phê hôm nay bao nhiêu?");
    expect(status).toBe("no_answer");
    expect(citations).toEqual([]);
    expect(text).toContain("vòng đàm phán 1, 2, 3, 4 và 5");
  });

  it("abstains on a signing asked as done that the reports give only as planned, though they report other texts signed", async () => {
    // The archive has the annex "will be signed", "aim to sign", a decree "signed on July 15" and a rulebook "signed up to".
    const { text, status, citations } = await ask("When was the Digital Trade Annex signed?");
    expect(status).toBe("no_answer");
    expect(citations).toEqual([]);
    expect(text).toContain("only as planned or possible");
  });

  it("answers the signing of a text the reports give as done", async () => {
    const { status, citations } = await ask("When was the decree on the 14 tariff lines signed?");
    expect(status).toBe("answered");
    expect(citations.length).toBeGreaterThan(0);
  });

  it("abstains on a ministerial session in a city the archive names for something else", async () => {
    const { text, status } = await ask("What happened at the ministerial session in Singapore?");
    expect(status).toBe("no_answer");
    expect(text).toContain("ministerial sessions 1");
  });
});
