/**
 * Timelines and follow-ups over the synthetic archive K (tests/fixtures/dev-archive-k: five rounds of an invented
 * supply-chain negotiation, three technical consultations, a countervailing-duty case on magnet wire, two analyses).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readUIChunks, streamedText } from "@/lib/ai/ui-stream";
import { askChat, chatBody, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-k"));
const bullets = (text: string) => text.split("\n").filter((l) => l.startsWith("- "));

describe("POST /api/chat, a trade-remedy case's timeline that an analysis of the talks also sums up", () => {
  it("lists the case's reports from its initiation to its final rate, not the rounds of the talks", async () => {
    const { text } = await askChat(routes, "Điểm lại diễn biến vụ điều tra chống trợ cấp dây đồng tráng men, từ khi khởi xướng đến kết luận cuối cùng.");
    const lines = bullets(text);
    expect(lines[0]).toContain("16/8/2039");
    expect(lines.some((l) => l.includes("3,05%"))).toBe(true);
    expect(text).not.toContain("Vòng đàm phán thứ");
  });
});

describe("POST /api/chat, a follow-up asking the next round's days", () => {
  it("gives round 5 from its first day, which only the joint statement's report writes, to its last", async () => {
    const text = await followUp("Vòng đàm phán thứ tư diễn ra ở đâu, từ ngày nào đến ngày nào?", "Thế còn vòng 5?");
    expect(text).toContain("23/7–26/7/2040");
    expect(text).toContain("từ ngày 23/7");
  });
});

/** The reply to a question that follows another, as a reader of the chat sees it. */
async function followUp(previous: string, question: string): Promise<string> {
  const history = [
    { role: "user" as const, text: previous },
    { role: "assistant" as const, text: "…" },
  ];
  return streamedText(await readUIChunks(await routes.chat(chatBody(question, { history }))));
}

describe("POST /api/chat, a timeline of the talks that an analysis spans", () => {
  it("opens with the analysis's sentence from the first session's day to the joint statement's, then one line per event", async () => {
    const { text } = await askChat(
      routes,
      "Tóm tắt theo thứ tự thời gian tiến trình đàm phán đối tác chuỗi cung ứng Việt – Mỹ, từ phiên đầu tiên đến khi kết thúc.",
    );
    const lines = bullets(text);
    expect(lines[0]).toMatch(/^- \*\*Tổng quan \(/);
    expect(lines[0]).toContain("18/4/2039");
    expect(lines[0]).toContain("26/7/2040");
    expect(lines[1]).toContain("Vòng đàm phán thứ 1");
  });
});
