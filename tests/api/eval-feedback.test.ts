/**
 * A user's rated answers become regression questions: the chat's feedback export, written to a file,
 * is scored by `npm run eval -- --questions FILE` as it is.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { feedbackJsonl } from "@/app/_components/conversations/export";
import type { Conversation } from "@/app/_components/conversations/store";
import type { ChatMessage, Citation } from "@/lib/types";
import { runScript } from "../support/run-script";

const dir = mkdtempSync(path.join(os.tmpdir(), "eval-feedback-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A synthetic conversation over the bundled corpus: a rated answer citing the article on round two, then a 👎 follow-up. */
const citation: Citation = {
  n: 1,
  docId: "hop-thuong-truc-chinh-phu",
  chunkId: "hop-thuong-truc-chinh-phu#0",
  title: "t",
  date: null,
  url: null,
  source: null,
  quote: "q",
  start: 0,
  end: 1,
  supported: true,
};
const text = (id: string, role: "user" | "assistant", t: string, extra: ChatMessage["parts"] = []): ChatMessage => ({
  id,
  role,
  parts: [{ type: "text", text: t }, ...extra],
});
const conversation: Conversation = {
  id: "c1",
  title: "round two",
  createdAt: 0,
  updatedAt: 0,
  messages: [
    text("q1", "user", "Vòng đàm phán thứ hai diễn ra khi nào?"),
    text("a1", "assistant", "Từ 19 đến 22/5 [1].", [{ type: "data-citations", data: { citations: [citation] } }]),
    text("q2", "user", "Giá Bitcoin hôm nay là bao nhiêu?"),
    text("a2", "assistant", "…"),
  ],
  meta: { feedback: { a1: { rating: "up", at: 0 }, a2: { rating: "down", note: "should say it does not know", at: 0 } } },
};

describe("npm run eval on an exported feedback file", () => {
  it("scores every line: the 👍 answer's article as the expected one, the 👎 one as a question to abstain on", async () => {
    const file = path.join(dir, "feedback.jsonl");
    writeFileSync(file, feedbackJsonl([conversation]));
    // main() returns without exiting: the run is over once its last line, the scores as one JSON object, is out.
    const result = await runScript("eval", ["--questions", file], { DATA_DIR: path.join(dir, "data"), STORE: "", DATABASE_URL: "" }, (out) =>
      out.includes('\n{"ours":'),
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as { ours: Record<string, number | null> };
    expect(last.ours).toMatchObject({ questions: 2, top1Doc: 1, correctCitations: 1, abstention: 1, factInTop3: null });
    expect(result.stdout).toContain("1 👎 feedback question(s) have no expectDocs yet");
  }, 120_000);
});
