/**
 * What-was-said questions over the synthetic archive K (tests/fixtures/dev-archive-k): the round-1 opening report names
 * the Vietnamese head's hope in one sentence and quotes what Vietnam does not want in the next.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-k"));

describe("POST /api/chat over archive K, offline", () => {
  it("quotes the speaker when the question word comes a few words after the verb of speech", async () => {
    const { text, status } = await askChat(routes, "Phát biểu tại vòng 1, bà Lương Khánh Vy nói Việt Nam không muốn làm gì?");
    expect(status).toBe("answered");
    expect(text).toContain("Chúng tôi không muốn chỉ là điểm trung chuyển");
  });
});
