/**
 * A who-question about one side over the synthetic archive J (tests/fixtures/dev-archive-j): a technical consultation
 * on QR payments whose Vietnamese report names the US head as "Phía Mỹ do bà Helen Marsh, …, dẫn đầu", and a later
 * consultation in Can Tho whose report names its own US head, an "official".
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-j"));

describe("POST /api/chat over archive J, offline", () => {
  it("answers who led one side at a consultation named by its subject with that side's head, from the report on it", async () => {
    const { text, status } = await askChat(routes, "Which government official led the American experts at the QR payments consultation?");
    expect(status).toBe("answered");
    // The head of another consultation's US team may follow her, not come before her.
    expect(text).toContain("Helen Marsh");
    expect(text.indexOf("Helen Marsh")).toBeLessThan(text.includes("Lindqvist") ? text.indexOf("Lindqvist") : Number.POSITIVE_INFINITY);
  });
});
