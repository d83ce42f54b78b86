/**
 * The store contract, on both stores: the embedded index and PostgreSQL (PGlite over the wire, or
 * TEST_DATABASE_URL). Retrieval above them is the same code, so what a user gets must be the same.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "@/lib/config";
import { eventSummaries } from "@/lib/index/event-catalog";
import { loadRuntime, type Runtime } from "@/lib/runtime";
import { PostgresArchive } from "@/lib/store/postgres/archive";
import { buildPostgresArchive } from "@/lib/store/postgres/build";
import { fold } from "@/lib/text/normalize";
import { buildTestRuntime, PROJECT_CORPUS } from "../../support/test-index";
import { startTestDatabase, type TestDatabase } from "../../../testing/test-database";

const QUESTIONS = [
  { question: "Vòng đàm phán thứ hai diễn ra khi nào?", doc: "hop-thuong-truc-chinh-phu", fact: "19 đến 22 tháng 5" },
  { question: "kim ngach thuong mai song phuong nam 2024", doc: "lam-viec-voi-ustr", fact: "150 tỷ USD" },
  { question: "When did the bilateral trade negotiations officially start?", doc: "khoi-dong-dam-phan", fact: "23/4/2025" },
];

let database: TestDatabase;
let archive: PostgresArchive;
const runtimes: Record<"embedded" | "postgres", Runtime> = {} as never;
let cleanup = () => {};

beforeAll(async () => {
  database = await startTestDatabase();
  const embedded = await buildTestRuntime();
  cleanup = embedded.cleanup;
  runtimes.embedded = embedded.runtime;
  const config = readConfig({ STORE: "postgres", DATABASE_URL: database.url, PG_POOL_MAX: "3", CORPUS_DIR: PROJECT_CORPUS });
  archive = await PostgresArchive.open(config);
  await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive });
  runtimes.postgres = await loadRuntime(config, undefined, archive);
});

afterAll(async () => {
  await archive?.close();
  await database?.dispose();
  cleanup();
});

describe.each(["embedded", "postgres"] as const)("the %s store", (kind) => {
  it("holds every article of the corpus, and every chunk is its article's text at its offsets", async () => {
    const { store } = runtimes[kind];
    const summaries = await store.documentSummaries();
    expect(summaries.map((d) => d.id).sort()).toEqual([
      "hop-thuong-truc-chinh-phu",
      "khoi-dong-dam-phan",
      "lam-viec-voi-bo-thuong-mai-hoa-ky",
      "lam-viec-voi-ustr",
      "phien-dam-phan-bo-truong-lan-8",
    ]);
    expect(store.summary.chunks).toBeGreaterThan(20);
    const hits = await store.keywordSearch([{ term: "dam_phan", boost: 1 }], 100);
    expect(hits.length).toBeGreaterThan(5);
    for (const chunk of hits) {
      const document = await store.document(chunk.docId);
      expect(document!.body.slice(chunk.start, chunk.end)).toBe(chunk.text);
      expect(chunk.title).toBe(document!.title);
    }
    expect(await store.document("no-such-article")).toBeNull();
  });

  it("finds a chunk as its own nearest neighbour, nearest first", async () => {
    const { store } = runtimes[kind];
    const [sample] = await store.keywordSearch([{ term: "boeing", boost: 1 }], 1);
    const vector = await store.embeddings.embedQuery(`${sample!.title}\n${sample!.text}`);
    const hits = await store.nearest(vector, 5);
    expect(hits[0]!.chunk.id).toBe(sample!.id);
    expect(hits[0]!.distance).toBeLessThan(1e-3);
    expect(hits.map((h) => h.distance)).toEqual([...hits.map((h) => h.distance)].sort((a, b) => a - b));
  });

  it("ranks chunks holding more of the query's terms first, and returns nothing for unknown terms", async () => {
    const { store } = runtimes[kind];
    const [best] = await store.keywordSearch(
      [
        { term: "150", boost: 1 },
        { term: "ty_usd", boost: 1 },
        { term: "kim_ngach", boost: 1 },
      ],
      3,
    );
    expect(fold(best!.text)).toContain("150 ty usd");
    expect(await store.keywordSearch([{ term: "khongcotu", boost: 1 }], 5)).toEqual([]);
  });

  it.each(QUESTIONS)("answers “$question” from $doc with the fact quoted", async ({ question, doc, fact }) => {
    const retrieval = await runtimes[kind].retriever.retrieve(question);
    expect(retrieval.answerable).toBe(true);
    expect(retrieval.passages[0]!.chunk.docId).toBe(doc);
    expect(
      retrieval.passages
        .slice(0, 3)
        .map((p) => fold(p.chunk.text))
        .join(" "),
    ).toContain(fold(fact));
  });

  it("abstains on a question the articles do not cover", async () => {
    const retrieval = await runtimes[kind].retriever.retrieve("Giá vé máy bay từ Hà Nội đi Tokyo là bao nhiêu?");
    expect(retrieval.answerable).toBe(false);
  });
});

describe("both stores", () => {
  it("hand retrieval the same archive: events, article languages and order, names known pair by pair", async () => {
    const [embedded, postgres] = [runtimes.embedded.store, runtimes.postgres.store];
    expect(postgres.events).toBeDefined();
    expect(postgres.events!.events.length).toBeGreaterThan(0);
    expect(eventSummaries(postgres.events!)).toEqual(eventSummaries(embedded.events!));
    const about = (store: typeof embedded) => store.events!.chunkList.map((c, i) => [c.id, store.events!.chunks[i]!.about, store.events!.chunks[i]!.refers]);
    expect(about(postgres)).toEqual(about(embedded));
    const summary = async (store: typeof embedded) =>
      (await store.documentSummaries()).map(({ id, lang, chunks, alsoReportedBy }) => ({ id, lang, chunks, alsoReportedBy }));
    expect(await summary(postgres)).toEqual(await summary(embedded));
    // Syllables and bigrams of text and titles, a bigram across two words never adjacent, and a word nowhere.
    for (const term of ["dam_phan", "thuong_mai", "boeing", "hoa_ky", "ky_hoa", "khongcotu", "150"]) {
      expect(postgres.hasTerm!(term), term).toBe(embedded.hasTerm!(term));
    }
    expect(postgres.hasTerm!("dam_phan")).toBe(true);
    expect(postgres.hasTerm!("khongcotu")).toBe(false);
  });

  it("retrieve the same passages for the development questions' first dozen", async () => {
    const { questions } = (await import("../../fixtures/dev-questions.json")).default as { questions: { question: string }[] };
    for (const { question } of questions.slice(0, 12)) {
      const [a, b] = await Promise.all([runtimes.embedded.retriever.retrieve(question), runtimes.postgres.retriever.retrieve(question)]);
      expect(b.passages[0]?.chunk.id, question).toBe(a.passages[0]?.chunk.id);
      expect(b.answerable, question).toBe(a.answerable);
    }
  });
});
