import { describe, expect, it } from "vitest";
import type { Citation, PassageView } from "@/lib/types";
import { chatBody, sharedRoutes } from "../support/routes";
import { dataPart, metadata, readUIChunks, streamedText } from "@/lib/ai/ui-stream";

const routes = sharedRoutes();

describe("POST /api/chat, offline profile", () => {
  it("streams passages before the text, then citations that point at exact spans of the Standing Government article", async () => {
    const response = await routes.chat(chatBody("What was discussed in round 2?"));
    expect(response.status).toBe(200);
    const chunks = await readUIChunks(response);
    const types = chunks.map((c) => c.type);
    expect(types.indexOf("data-passages")).toBeLessThan(types.indexOf("text-delta"));
    const passages = dataPart<{ passages: PassageView[] }>(chunks, "passages")!.passages;
    const citations = dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations;
    const text = streamedText(chunks);
    expect(text).toMatch(/no language model is configured/i);
    expect(text).toContain("19 đến 22 tháng 5");
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(text).toContain(`[${c.n}]`);
      expect(passages.find((p) => p.n === c.n)?.docId).toBe(c.docId);
    }
    expect(citations.map((c) => c.docId)).toContain("hop-thuong-truc-chinh-phu");
    const doc = await (await routes.document("hop-thuong-truc-chinh-phu")).json();
    for (const c of citations.filter((c) => c.docId === "hop-thuong-truc-chinh-phu")) expect(doc.document.body.slice(c.start, c.end)).toBe(c.quote);
    expect(metadata(chunks)).toMatchObject({ mode: "extractive", status: "answered", profileId: "offline" });
    const sources = chunks.filter((c) => c.type === "source-document");
    expect(sources.map((s) => s.sourceId)).toEqual(passages.map((p) => `passage-${p.n}`));
  });

  it.each(["Vòng đàm phán thứ hai diễn ra khi nào?", "vong dam phan thu hai dien ra khi nao"])(
    "answers %s with the 19–22 May round, cited",
    async (question) => {
      const chunks = await readUIChunks(await routes.chat(chatBody(question)));
      const text = streamedText(chunks);
      expect(text).toContain("19 đến 22 tháng 5");
      expect(text).toMatch(/Chưa cấu hình mô hình/);
      const citations = dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations;
      expect(citations.some((c) => c.docId === "hop-thuong-truc-chinh-phu" && c.quote.includes("19 đến 22 tháng 5"))).toBe(true);
    },
  );

  it("says the articles do not cover a question about the price ticker, and cites nothing", async () => {
    const chunks = await readUIChunks(await routes.chat(chatBody("Giá Bitcoin hôm nay là bao nhiêu?")));
    expect(streamedText(chunks)).toMatch(/không đề cập/);
    expect(dataPart<{ citations: Citation[] }>(chunks, "citations")!.citations).toEqual([]);
    expect(metadata(chunks).status).toBe("no_answer");
  });

  it("uses the earlier question for a short follow-up", async () => {
    const chunks = await readUIChunks(
      await routes.chat(
        chatBody("Còn vòng tiếp theo?", {
          history: [
            { role: "user", text: "Vòng đàm phán thứ hai diễn ra khi nào?" },
            { role: "assistant", text: "…" },
          ],
        }),
      ),
    );
    expect(streamedText(chunks)).toContain("đầu tháng 6");
  });
});

describe("methods", () => {
  it("answers GET on the chat route with a JSON 405 that says to POST", async () => {
    const { GET } = await import("@/app/api/chat/route");
    const response = GET(new Request("http://127.0.0.1:3000/api/chat"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect((await response.json()).error.message).toMatch(/only accepts POST/);
  });
});
