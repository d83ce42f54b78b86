import { readFileSync } from "node:fs";
import path from "node:path";
import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadCorpus } from "@/lib/corpus/load";
import { Bm25Index } from "@/lib/index/bm25";
import { chunkDocument } from "@/lib/index/chunk";
import { buildLexicalIndex, loadLexicalIndex, serializeLexicalIndex } from "@/lib/index/lexical";
import { PostingScan } from "@/lib/index/posting-scan";
import { bigrams, indexTerms } from "@/lib/text/features";
import { foldedTerms } from "@/lib/text/normalize";
import type { Chunk } from "@/lib/types";
import { FIXTURES, PROJECT_CORPUS } from "../../support/test-index";

let chunks: Chunk[];
beforeAll(async () => {
  const { documents } = await loadCorpus(PROJECT_CORPUS, { maxFileBytes: 5_000_000 });
  chunks = documents.flatMap((d) => chunkDocument(d));
});

/** Query terms as the retriever weighs them: syllables 0.6, bigrams 1. */
function queryTerms(question: string) {
  const terms = foldedTerms(question);
  return [...terms.map((term) => ({ term, boost: 0.6 })), ...bigrams(terms).map((term) => ({ term, boost: 1 }))].filter(
    (t, i, all) => all.findIndex((o) => o.term === t.term) === i,
  );
}

describe("BM25 index", () => {
  it("ranks the real corpus exactly as MiniSearch does with the same terms, fields and boosts", () => {
    const mini = new MiniSearch<{ id: number; text: string; title: string }>({
      fields: ["text", "title"],
      tokenize: indexTerms,
      processTerm: (t) => t,
      searchOptions: { boost: { text: 1, title: 0.3 } },
    });
    mini.addAll(chunks.map((c, id) => ({ id, text: c.text, title: c.title })));
    const ours = buildLexicalIndex(chunks);
    const questions = (JSON.parse(readFileSync(path.join(FIXTURES, "dev-questions.json"), "utf8")) as { questions: { question: string }[] }).questions;
    for (const { question } of questions) {
      const terms = queryTerms(question);
      const weights = new Map(terms.map((t) => [t.term, t.boost]));
      const expected = mini.search(terms.map((t) => t.term).join(" "), { tokenize: (q) => q.split(" "), boostTerm: (t) => weights.get(t) ?? 1 }).slice(0, 10);
      const got = ours.search(terms, 10);
      expect(
        got.map((h) => h.doc),
        question,
      ).toEqual(expected.map((h) => h.id));
      got.forEach((h, i) => {
        expect(h.score).toBeCloseTo(expected[i]!.score, 4);
      });
    }
  });

  it("scores every matching chunk of the corpus to the last bit as its postings added in JavaScript, in the query's order", () => {
    const index = buildLexicalIndex(chunks);
    const { offsets, docs, weights } = index.postings;
    const vocabulary = new Map(index.terms.map((t, i) => [t, i]));
    const questions = (JSON.parse(readFileSync(path.join(FIXTURES, "dev-questions.json"), "utf8")) as { questions: { question: string }[] }).questions;
    for (const { question } of questions) {
      const terms = queryTerms(question);
      const score = new Float64Array(index.documents);
      const matched = new Uint16Array(index.documents);
      for (const { term, boost } of terms) {
        const id = vocabulary.get(term);
        if (id === undefined) continue;
        for (let p = offsets[id]!; p < offsets[id + 1]!; p++) {
          score[docs[p]!] = score[docs[p]!]! + boost * weights[p]!;
          matched[docs[p]!]!++;
        }
      }
      const expected = [...score.keys()]
        .filter((doc) => matched[doc]! > 0)
        .map((doc) => ({ doc, score: score[doc]! * matched[doc]! }))
        .sort((a, b) => b.score - a.score || a.doc - b.doc);
      expect(index.search(terms, index.documents), question).toEqual(expected);
    }
  });

  it("ranks the same with the JavaScript loop, when no WebAssembly memory can be had for the postings", () => {
    const questions = (JSON.parse(readFileSync(path.join(FIXTURES, "dev-questions.json"), "utf8")) as { questions: { question: string }[] }).questions;
    // Searched before the allocation is refused: the scan is set up at an index's first search.
    const withScan = buildLexicalIndex(chunks);
    const expected = questions.map(({ question }) => withScan.search(queryTerms(question), 40));
    const refused = vi.spyOn(PostingScan, "allocate").mockReturnValue(null);
    try {
      const withoutScan = buildLexicalIndex(chunks);
      questions.forEach(({ question }, i) => {
        expect(withoutScan.search(queryTerms(question), 40), question).toEqual(expected[i]);
      });
      expect(refused).toHaveBeenCalled();
    } finally {
      refused.mockRestore();
    }
  });

  it("prefers a document matching more of the query, counts the title, and ignores unknown terms", () => {
    const index = Bm25Index.build(
      [
        { name: "text", boost: 1 },
        { name: "title", boost: 0.3 },
      ],
      [
        [["thue", "doi", "ung"], ["tin"]],
        [["thue", "xuat", "khau"], ["thue"]],
        [["gao", "xuat", "khau"], ["gao"]],
      ],
    );
    const hits = index.search(
      [
        { term: "thue", boost: 1 },
        { term: "doi", boost: 1 },
        { term: "khong-co", boost: 1 },
      ],
      10,
    );
    expect(hits.map((h) => h.doc)).toEqual([0, 1]);
    expect(index.search([{ term: "khong-co", boost: 1 }], 10)).toEqual([]);
    // The title adds to the text: the same term in both fields outscores it in the text alone.
    expect(index.search([{ term: "thue", boost: 1 }], 10).map((h) => h.doc)).toEqual([1, 0]);
    expect(index.search([{ term: "thue", boost: 1 }], 1)).toHaveLength(1);
  });

  it("reads back what it wrote, and refuses damaged postings", () => {
    const index = buildLexicalIndex(chunks);
    const { meta, postings: parts } = serializeLexicalIndex(index);
    const postings = Buffer.concat(parts);
    const loaded = loadLexicalIndex(meta, postings);
    const terms = queryTerms("vòng đàm phán thứ hai thuế đối ứng");
    expect(loaded.search(terms, 8)).toEqual(index.search(terms, 8));
    expect(() => loadLexicalIndex(meta, postings.subarray(0, postings.length - 4))).toThrow();
    const wrongDoc = Buffer.from(postings);
    // The first field's first posting: right after its offsets.
    wrongDoc.writeUInt32LE(chunks.length + 5, 4 * (index.terms.length + 1));
    expect(() => loadLexicalIndex(meta, wrongDoc)).toThrow(/outside/);
  });
});
