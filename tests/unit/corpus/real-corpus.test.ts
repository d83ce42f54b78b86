import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type LoadedCorpus } from "@/lib/corpus/load";
import { chunkDocument } from "@/lib/index/chunk";
import type { Chunk } from "@/lib/types";
import { FIXTURES, PROJECT_CORPUS } from "../../support/test-index";

const sources = JSON.parse(readFileSync(path.join(FIXTURES, "sources.json"), "utf8")) as {
  articles: Record<string, { date: string; headline: string | null; source: string | null; url: string | null }>;
  lastSentences: Record<string, string>;
};
const { markers } = JSON.parse(readFileSync(path.join(FIXTURES, "chrome-markers.json"), "utf8")) as { markers: string[] };

let corpus: LoadedCorpus;
let chunks: Chunk[];
beforeAll(async () => {
  corpus = await loadCorpus(PROJECT_CORPUS, { maxFileBytes: 5 * 1024 * 1024 });
  chunks = corpus.documents.flatMap((d) => chunkDocument(d));
});

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;

describe("the real corpus, cleaned and chunked", () => {
  it("indexes all five articles and skips nothing", () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(Object.keys(sources.articles).sort());
    expect(corpus.skipped).toEqual([]);
  });

  it("lets no site chrome reach any chunk", () => {
    for (const chunk of chunks) for (const marker of markers) expect(chunk.text, `${chunk.id} holds "${marker}"`).not.toContain(marker);
  });

  it("keeps every body paragraph: each article's last sentence is in a chunk", () => {
    for (const [id, last] of Object.entries(sources.lastSentences)) {
      expect(
        chunks.some((c) => c.docId === id && c.text.endsWith(last)),
        id,
      ).toBe(true);
    }
  });

  it("keeps every sentence-ending line of the article part of each capture", () => {
    let checked = 0;
    for (const doc of corpus.documents) {
      const raw = readFileSync(path.join(PROJECT_CORPUS, `${doc.id}.txt`), "utf8").normalize("NFC");
      const articlePart = raw.split(/\n(?:Link bài gốc|Tin liên quan|- Từ khóa|Bình luận)/)[0]!.split(/\/\.- Từ khóa/)[0]!;
      const lines = articlePart.split("\n").map((l) =>
        l
          .replace(/\u00a0/g, " ")
          .replace(/\s+/g, " ")
          .trim(),
      );
      for (const line of lines.filter((l) => /[.!?”"]$/.test(l) && !/Ảnh \d+\.$/.test(l))) {
        expect(doc.body, `${doc.id}: ${line.slice(0, 60)}`).toContain(line);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  });

  it("indexes a caption that repeats a paragraph only once", () => {
    const byId = new Map(corpus.documents.map((d) => [d.id, d.body]));
    expect(occurrences(byId.get("phien-dam-phan-bo-truong-lan-8")!, "phiên đàm phán lần này có ý nghĩa rất quan trọng")).toBe(1);
    expect(occurrences(byId.get("khoi-dong-dam-phan")!, "nhất trí sẽ duy trì trao đổi thường xuyên")).toBe(1);
    expect(occurrences(byId.get("khoi-dong-dam-phan")!, "khẳng định Việt Nam coi trọng phát triển quan hệ")).toBe(1);
    expect(byId.get("phien-dam-phan-bo-truong-lan-8")).not.toContain("Ảnh 2");
  });

  it("reads titles and dates that match SOURCES.md", () => {
    for (const doc of corpus.documents) {
      const expected = sources.articles[doc.id]!;
      expect(doc.date, doc.id).toBe(expected.date);
      if (expected.headline) expect(doc.title, doc.id).toBe(expected.headline);
      else expect(doc.title.length, doc.id).toBeGreaterThan(10);
      if (expected.source) expect(doc.source, doc.id).toBe(expected.source);
      if (expected.url) expect(doc.url, doc.id).toBe(expected.url);
    }
  });

  it("gives every chunk offsets that slice the cleaned body to exactly its text", () => {
    const bodies = new Map(corpus.documents.map((d) => [d.id, d.body]));
    for (const chunk of chunks) expect(bodies.get(chunk.docId)!.slice(chunk.start, chunk.end)).toBe(chunk.text);
  });
});
