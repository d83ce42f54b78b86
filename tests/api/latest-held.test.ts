/**
 * "The latest round" over the synthetic archive J (tests/fixtures/dev-archive-j: five digital-trade rounds;
 * round 5's reports plan round 6 in Seattle, and an analysis without a date field names round 6 too). The
 * latest round is the fifth, held in Ho Chi Minh City.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const ARCHIVE = path.join(FIXTURES, "dev-archive-j");
const routes = sharedRoutes({}, ARCHIVE);

describe("POST /api/chat on the latest round", () => {
  it("answers with the latest round held, not the one an undated article names as planned", async () => {
    const { text, status } = await askChat(routes, "Vòng đàm phán gần đây nhất được tổ chức ở đâu?");
    expect(status).toBe("answered");
    expect(text).toContain("Vòng đàm phán thứ 5");
    expect(text).not.toContain("Seattle");
  });
});
