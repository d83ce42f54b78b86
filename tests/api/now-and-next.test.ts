/**
 * Questions about the present state and what comes next, over the synthetic archive I
 * (tests/fixtures/dev-archive-i: five textile rounds; the chief negotiators changed after round 3, Doan Thi
 * Hanh for Vietnam and Rachel Okafor for the US; round 5's reports say the next round is planned for Washington).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readUIChunks, streamedText } from "@/lib/ai/ui-stream";
import { chatBody, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-i"));

async function ask(question: string, history: string[] = []) {
  const turns = history.flatMap((text) => [
    { role: "user" as const, text },
    { role: "assistant" as const, text: "…" },
  ]);
  return streamedText(await readUIChunks(await routes.chat(chatBody(question, { history: turns }))));
}

describe("POST /api/chat on who holds a role now", () => {
  it("names the lead the latest round's reports give, not the first round's", async () => {
    const text = await ask("Hiện nay ai dẫn đầu đoàn đàm phán Hoa Kỳ?");
    expect(text).toContain("Rachel Okafor");
    expect(text).not.toContain("Daniel Whitcombe");
  });

  it("keeps 'now' in a follow-up that swaps the side", async () => {
    const text = await ask("Còn phía Hoa Kỳ?", ["Hiện nay ai là trưởng đoàn đàm phán dệt may của Việt Nam?"]);
    expect(text).toContain("Rachel Okafor");
  });
});

describe("POST /api/chat on the next round", () => {
  it("answers from the latest round's reports, which say where and when the next is planned", async () => {
    const text = await ask("Vòng đàm phán dệt may tiếp theo dự kiến diễn ra ở đâu, khi nào?");
    expect(text).toContain("Vòng đàm phán thứ 5");
    expect(text).toContain("10/2034");
  });
});

describe("POST /api/chat, a follow-up that swaps the stage of a case", () => {
  it("gives the final rate after a question about the preliminary one, not the preliminary rate again", async () => {
    const text = await ask("And where did it end up in the final determination?", [
      "What preliminary subsidy rate did Commerce assign to Hung Long Polyfiber?",
    ]);
    expect(text).toContain("6.40 percent");
  });
});
