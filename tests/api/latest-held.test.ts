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
  it("names Vietnamese only for the quotes that are: all of them, some of them ('some in Vietnamese'), or none", async () => {
    const { text, citations } = await askChat(routes, "How many chapters have been closed as of the most recent round?");
    const languages = new Set(citations.map((c) => languageOf(c.docId)));
    // This round has English reports, and the answer quotes at least one.
    expect(languages.has("en")).toBe(true);
    // The notice is the answer's first line.
    const notice = text.split("\n")[0];
    if (languages.has("vi")) expect(notice).toContain("(some in Vietnamese)");
    else expect(notice).not.toContain("Vietnamese");
  });
});
