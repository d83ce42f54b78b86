/**
 * "The latest round" and the offline notice over the synthetic archive J (tests/fixtures/dev-archive-j:
 * five digital-trade rounds; round 5's reports plan round 6 in Seattle, and an analysis without a date field
 * names round 6 too). The latest round is the fifth, held in Ho Chi Minh City, and an English reader is told
 * which quotes are in Vietnamese.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const ARCHIVE = path.join(FIXTURES, "dev-archive-j");
const routes = sharedRoutes({}, ARCHIVE);

/** An article's language, as its front matter gives it. */
const languageOf = (docId: string) => /^lang:\s*(vi|en)\s*$/m.exec(readFileSync(path.join(ARCHIVE, `${docId}.txt`), "utf8"))?.[1];

describe("POST /api/chat on the latest round", () => {
  it("answers with the latest round held, not the one an undated article names as planned", async () => {
    const { text, status } = await askChat(routes, "Vòng đàm phán gần đây nhất được tổ chức ở đâu?");
    expect(status).toBe("answered");
    expect(text).toContain("Vòng đàm phán thứ 5");
    expect(text).not.toContain("Seattle");
  });
});

describe("POST /api/chat, the offline notice to an English reader", () => {
  it("says 'some in Vietnamese' when an English quote comes first and a Vietnamese one after", async () => {
    const { text, citations } = await askChat(routes, "Who headed Vietnam's negotiating team at the first round?");
    // The round's English report is quoted first, a Vietnamese one after: the mix the notice must name.
    const languages = citations.map((c) => languageOf(c.docId));
    expect(languages[0]).toBe("en");
    expect(languages).toContain("vi");
    // The notice is the answer's first line.
    expect(text.split("\n")[0]).toContain("(some in Vietnamese)");
  });

  it("names no Vietnamese when every quote is English", async () => {
    const { text, citations } = await askChat(routes, "How many chapters have been closed as of the most recent round?");
    expect(new Set(citations.map((c) => languageOf(c.docId)))).toEqual(new Set(["en"]));
    expect(text.split("\n")[0]).not.toContain("Vietnamese");
  });
});
