/**
 * Conversations read back from localStorage are validated, not cast: a corrupt entry is left out
 * (and counted, so the app can say so) while the others open as saved. The conversations are synthetic.
 */
import { describe, expect, it } from "vitest";
import { parseSaved, titleOf } from "@/app/_components/conversations/store";

const question = (id: string, text: string) => ({ id, role: "user", parts: [{ type: "text", text }] });
const answer = (id: string, text: string) => ({
  id,
  role: "assistant",
  parts: [
    { type: "text", text },
    { type: "data-passages", data: { passages: [] } },
  ],
  metadata: { mode: "extractive", createdAt: 2 },
});
const conversation = (id: string, messages: unknown[], meta?: unknown) => ({ id, title: `title ${id}`, createdAt: 1, updatedAt: 2, messages, meta });
const stored = (conversations: unknown[], currentId: unknown = null) => JSON.stringify({ version: 1, currentId, conversations });

describe("saved conversations read back from localStorage (synthetic)", () => {
  const good = conversation("good", [question("q1", "Vòng 2 bàn những gì?"), answer("a1", "Thuế đối ứng [1].")], {
    customTitle: "Vòng 2",
    feedback: { a1: { rating: "up", at: 3 } },
    versions: { q1: [answer("a0", "Bản trước [1].")] },
  });

  it("opens every readable conversation as saved, with the one that was open", () => {
    const { saved, dropped } = parseSaved(stored([good, conversation("second", [question("q2", "Round 3?")])], "good"));
    expect(dropped).toBe(0);
    expect(saved.currentId).toBe("good");
    expect(saved.conversations.map((c) => c.id)).toEqual(["good", "second"]);
    expect(saved.conversations[0]?.meta?.feedback?.a1?.rating).toBe("up");
    expect(titleOf(saved.conversations[0]?.messages ?? [])).toBe("Vòng 2 bàn những gì?");
  });

  it.each([
    ["parts that are not a list", conversation("bad", [{ id: "q", role: "user", parts: "Vòng 2?" }])],
    ["a text part without its text", conversation("bad", [{ id: "q", role: "user", parts: [{ type: "text" }] }])],
    ["a message of no known role", conversation("bad", [{ id: "q", role: "robot", parts: [] }])],
    ["a verdict that is neither up nor down", conversation("bad", [question("q", "Vòng 2?")], { feedback: { q: { rating: "meh", at: 1 } } })],
    ["an earlier answer that is not a message", conversation("bad", [question("q", "Vòng 2?")], { versions: { q: ["old answer"] } })],
    ["no time of last change", { id: "bad", title: "", createdAt: 1, messages: [] }],
    ["not an object", "bad"],
  ])("leaves out an entry with %s, counts it, and keeps the others", (_, corrupt) => {
    const { saved, dropped } = parseSaved(stored([corrupt, good], "bad"));
    expect(dropped).toBe(1);
    expect(saved.conversations.map((c) => c.id)).toEqual(["good"]);
    // The entry left out is not the one to open; the app opens a new chat instead.
    expect(saved.conversations.some((c) => c.id === saved.currentId)).toBe(false);
  });

  it("counts a stored value that is not JSON, or not the saved shape, as one left out, and starts empty", () => {
    for (const raw of ["{not json", JSON.stringify({ conversations: "none" }), "42"]) {
      expect(parseSaved(raw)).toEqual({ saved: { version: 1, currentId: null, conversations: [] }, dropped: 1 });
    }
  });

  it("reports nothing left out when nothing was saved", () => {
    expect(parseSaved(null)).toEqual({ saved: { version: 1, currentId: null, conversations: [] }, dropped: 0 });
  });
});
