import { describe, expect, it } from "vitest";
import { LocalHashEmbeddings } from "@/lib/index/local-embeddings";

const texts = [
  "Vòng đàm phán thứ hai diễn ra từ ngày 19 đến 22 tháng 5 tại Washington D.C.",
  "Kim ngạch thương mại song phương năm 2024 đạt gần 150 tỷ USD.",
  "Bộ trưởng đề nghị DOC xem xét kỹ lưỡng các ý kiến của Việt Nam.",
];
const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe("the local embedder", () => {
  const embedder = new LocalHashEmbeddings();
  embedder.fit(texts);

  it("is deterministic, L2-normalised and of the recorded dimensions", () => {
    const a = embedder.embed(texts[0]!);
    expect(a).toHaveLength(512);
    expect(a).toEqual(new LocalHashEmbeddings({ state: embedder.state }).embed(texts[0]!));
    expect(Math.sqrt(a.reduce((s, v) => s + v * v, 0))).toBeCloseTo(1, 6);
    expect(embedder.name).toBe("local-hash-v1");
  });

  it("matches a question typed without diacritics to the passage it asks about", async () => {
    const query = await embedder.embedQuery("vong dam phan thu hai dien ra khi nao");
    const docs = await embedder.embedDocuments(texts);
    const scores = docs.map((d) => cosine(query, d));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
  });
});
