/**
 * What the PostgreSQL store adds: migrations, the embedder check, writers in transactions that
 * other processes see at once and never half-done, and a database that goes away and comes back.
 * Against PGlite over the wire (or TEST_DATABASE_URL). The articles written here are synthetic.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig, type AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { DEFAULT_CHUNK_SETTINGS } from "@/lib/index/chunk";
import { createEmbedder } from "@/lib/index/embedder";
import { eventSummaries } from "@/lib/index/event-catalog";
import { EVENT_FACTS_VERSION } from "@/lib/index/event-facts";
import { RuntimeHolder } from "@/lib/runtime";
import { PostgresArchive } from "@/lib/store/postgres/archive";
import { buildPostgresArchive, prepareArticles } from "@/lib/store/postgres/build";
import { MIGRATIONS_DIR, migrate } from "@/lib/store/postgres/migrate";
import type { PostgresStore } from "@/lib/store/postgres/store";
import { addArticles, removeArticle, restoreArticle, syncArchive } from "@/lib/index/update";
import type { SourceDocument } from "@/lib/types";
import { PROJECT_CORPUS } from "../../support/test-index";
import { startTestDatabase, type TestDatabase } from "../../../testing/test-database";

let database: TestDatabase;
/** The test that stops and restarts the database. */
const RESTART = { timeout: 120_000 };
let config: AppConfig;
let writer: PostgresArchive;

/** A synthetic article (not from any outlet) about a made-up event, so only it can answer for it. */
function syntheticArticle(id: string, version: string): SourceDocument {
  // Several chunks (about 600 characters each), every one naming the version: a mixed read would show two.
  const body = [
    `Phiên họp thử nghiệm về hợp tác nuôi trồng rong biển ${version} giữa tỉnh Quảng Ngãi và bang Oregon diễn ra ngày 3 tháng 9 năm 2025 tại thành phố Quảng Ngãi, với sự tham dự của đại diện các hợp tác xã ven biển và các nhà khoa học của hai bên.`,
    `Hai bên thống nhất lập tổ công tác rong biển ${version}, họp mỗi quý một lần, luân phiên tại Quảng Ngãi và Oregon, để theo dõi tiến độ các dự án thí điểm.`,
    `Theo kế hoạch rong biển ${version}, giai đoạn đầu tập trung vào giống rong sụn và rong nho, với diện tích thí điểm khoảng 40 héc-ta tại các xã ven biển của huyện Bình Sơn.`,
    `Phía Oregon cam kết chia sẻ kinh nghiệm chế biến rong biển ${version} thành thực phẩm và phân bón hữu cơ, đồng thời hỗ trợ đào tạo kỹ thuật viên cho các hợp tác xã.`,
    `Các đại biểu cho rằng hợp tác rong biển ${version} có thể mở ra hướng sinh kế mới cho ngư dân, giảm áp lực khai thác hải sản gần bờ và góp phần bảo vệ hệ sinh thái biển.`,
    `Kết thúc phiên họp, hai bên ký biên bản ghi nhớ rong biển ${version} và giao tổ công tác chuẩn bị báo cáo đầu tiên vào tháng 12 năm 2025.`,
  ].join(" ");
  return {
    id,
    title: `Hợp tác rong biển Quảng Ngãi – Oregon (${version})`,
    date: "2025-09-03",
    published: null,
    url: null,
    source: "Synthetic test",
    lang: "vi",
    body,
  };
}

async function prepared(documents: SourceDocument[]) {
  const { embedder } = await writer.state();
  return prepareArticles(documents, createEmbedder(config, { localState: embedder!.state ?? undefined }));
}

beforeAll(async () => {
  database = await startTestDatabase();
  // node-pg counts the wait for a free pooled connection in the connect timeout: four questions share two connections here, on a shared machine.
  config = readConfig({
    STORE: "postgres",
    DATABASE_URL: database.url,
    PG_POOL_MAX: "2",
    PG_CONNECT_TIMEOUT_MS: "5000",
    PG_STATEMENT_TIMEOUT_MS: "5000",
    CORPUS_DIR: PROJECT_CORPUS,
  });
  writer = await PostgresArchive.open(config);
  await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer });
});

afterAll(async () => {
  await writer?.close();
  await database?.dispose();
});

describe("the PostgreSQL store", () => {
  it("applies each migration once, whoever starts first", async () => {
    expect(await migrate(writer.db)).toEqual([]);
    const rows = await writer.query<{ name: string }>("select name from schema_migrations");
    expect(rows.map((r) => r.name)).toEqual([
      "001_archive.sql",
      "002_retrieval_inputs.sql",
      "003_event_facts.sql",
      "004_removed_articles.sql",
      "005_copy_check.sql",
      "006_vector_shards.sql",
    ]);
  });

  it("skips an unchanged corpus, and records the embedder that built it", async () => {
    const summary = await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer });
    expect(summary.upToDate).toBe(true);
    const { embedder } = await writer.state();
    expect(embedder).toMatchObject({ name: "local-hash-v1", dimensions: 512 });
  });

  it("stores each article's event facts with the rules' version, and reads the text again where they are missing or damaged", async () => {
    const rows = await writer.query<{ id: string; version: string | null; facts: { docId: string } | null }>(
      "select id, event_facts_version as version, event_facts as facts from articles",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ version: EVENT_FACTS_VERSION, facts: { docId: row.id } });
    const holder = new RuntimeHolder(config);
    try {
      const stored = eventSummaries((await holder.get()).store.events!);
      expect(stored.length).toBeGreaterThan(0);
      // Facts of other rules (or none, as before migration 003) are read from the text: the same catalog.
      await writer.transaction(async (client) => {
        await client.query("update articles set event_facts_version = 'older-rules'");
        await client.query("update archive_state set version = version + 1");
      });
      expect(eventSummaries((await holder.get()).store.events!)).toEqual(stored);
      await writer.transaction(async (client) => {
        await client.query(`update articles set event_facts = '{"docId": 1}', event_facts_version = $1 where id = 'khoi-dong-dam-phan'`, [EVENT_FACTS_VERSION]);
        await client.query("update archive_state set version = version + 1");
      });
      const fresh = new RuntimeHolder(config);
      await expect(fresh.get()).rejects.toMatchObject({ code: "corrupt:index", hint: expect.stringMatching(/npm run index -- --store postgres --force/) });
      await fresh.close();
    } finally {
      await holder.close();
      await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer, force: true });
    }
  });

  it("refuses an archive whose state row is damaged, saying which column and how to rebuild it", async () => {
    await writer.transaction(async (client) => {
      await client.query(`update archive_state set chunking = '{"targetChars": "long"}'::jsonb, version = version + 1`);
    });
    const fresh = new RuntimeHolder(config);
    try {
      await expect(fresh.get()).rejects.toMatchObject({
        code: "corrupt:index",
        message: expect.stringMatching(/damaged archive_state row \(column chunking\.targetChars\)/),
        hint: expect.stringMatching(/npm run index -- --store postgres --force/),
      });
    } finally {
      await fresh.close();
      await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer, force: true });
    }
  });

  it("repairs a damaged state row by building, but stops on a missing one with the migrations' hint (the build writes into that row)", async () => {
    await writer.transaction(async (client) => {
      await client.query(`update archive_state set chunking = '{"targetChars": "long"}'::jsonb, version = version + 1`);
    });
    const repaired = await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer });
    expect(repaired.upToDate).toBe(false);
    expect((await writer.state()).chunking).toEqual(DEFAULT_CHUNK_SETTINGS);

    await writer.query("delete from archive_state");
    try {
      await expect(buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer, force: true })).rejects.toMatchObject({
        code: "corrupt:index",
        hint: expect.stringMatching(/npm run db:migrate/),
      });
    } finally {
      await writer.query("insert into archive_state default values");
      await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer, force: true });
    }
  });

  it("fills the term table of an archive written before migration 002 with what the writers keep", async () => {
    const kept = await writer.query<{ term: string; chunks: number }>("select term, chunks from lexical_terms order by term");
    expect(kept.length).toBeGreaterThan(100);
    const sql = readFileSync(path.join(MIGRATIONS_DIR, "002_retrieval_inputs.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("insert into lexical_terms"));
    await writer.transaction(async (client) => {
      await client.query("delete from lexical_terms");
      await client.query(backfill);
    });
    expect(await writer.query("select term, chunks from lexical_terms order by term")).toEqual(kept);
  });

  it("finds a copy with a sentence more among the stored articles, and fills the copy-check columns of rows written before migration 005", async () => {
    const original = syntheticArticle("x", "C");
    const upload = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(`${original.title}\n\n${body}`) });
    try {
      expect((await addArticles(config, [upload("rong-bien-near.txt", original.body)]))[0]).toMatchObject({ status: "added" });
      const copy = await addArticles(config, [upload("rong-bien-near-copy.txt", `${original.body} Bản tin được cập nhật lúc chiều cùng ngày.`)]);
      expect(copy[0]).toMatchObject({ status: "duplicate", duplicateOf: "rong-bien-near" });

      const kept = await writer.query("select id, body_sha256, minhash from articles order by id");
      expect(kept.every((r) => (r as { minhash: number[] }).minhash.length > 0)).toBe(true);
      const sql = readFileSync(path.join(MIGRATIONS_DIR, "005_copy_check.sql"), "utf8");
      const backfill = sql.slice(sql.indexOf("update articles"), sql.indexOf("create index"));
      await writer.transaction(async (client) => {
        await client.query("update articles set body_sha256 = null, minhash = null");
        await client.query(backfill);
      });
      expect(await writer.query("select id, body_sha256, minhash from articles order by id")).toEqual(kept);
    } finally {
      await removeArticle(config, "rong-bien-near").catch(() => undefined);
    }
  });

  it("refuses to serve an archive built with another embedder, saying what to do", async () => {
    const other = new RuntimeHolder(
      readConfig({ STORE: "postgres", DATABASE_URL: database.url, EMBEDDINGS_PROVIDER: "openai-compatible", EMBEDDINGS_MODEL: "bge-m3", PG_POOL_MAX: "1" }),
    );
    try {
      const error = await other.get().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("incompatible:index");
      expect((error as AppError).message).toMatch(
        /built with the embedder "local-hash-v1" \(512 dimensions\).*configured embedder is "openai-compatible:bge-m3"/,
      );
      expect((error as AppError).hint).toMatch(/npm run index -- --store postgres --force/);
    } finally {
      await other.close();
    }
  });

  it("shows an added, replaced and removed article to another process's reader on its next request", async () => {
    const reader = new RuntimeHolder(config);
    try {
      const question = "Tổ công tác rong biển Quảng Ngãi Oregon họp bao lâu một lần?";
      const first = await reader.get();
      const before = await first.retriever.retrieve(question);
      expect(before.answerable).toBe(false);
      const unchanged = await first.store.document("khoi-dong-dam-phan");

      await writer.replaceArticles(await prepared([syntheticArticle("rong-bien", "A")]));
      const next = await reader.get();
      // The new version re-reads only what changed: other articles keep their objects (and their cached event facts).
      expect(await next.store.document("khoi-dong-dam-phan")).toBe(unchanged);
      expect((await next.store.documentSummaries()).find((d) => d.id === "rong-bien")).toMatchObject({ lang: "vi", chunks: expect.any(Number) });
      expect(next.store.hasTerm!("rong_bien")).toBe(true);
      const added = await next.retriever.retrieve(question);
      expect(added.answerable).toBe(true);
      expect(added.passages[0]!.chunk.docId).toBe("rong-bien");
      expect(added.passages[0]!.chunk.text).toContain("tổ công tác rong biển A");

      await writer.replaceArticles(await prepared([syntheticArticle("rong-bien", "B")]));
      const runtime = await reader.get();
      const replaced = await runtime.retriever.retrieve(question);
      expect(
        replaced.passages
          .filter((p) => p.chunk.docId === "rong-bien")
          .map((p) => p.chunk.text)
          .join(" "),
      ).not.toContain("rong biển A");
      expect((await runtime.store.document("rong-bien"))!.title).toContain("(B)");

      expect(await writer.deleteArticles(["rong-bien", "never-there"])).toEqual(["rong-bien"]);
      const removed = await (await reader.get()).retriever.retrieve(question);
      expect(removed.passages.some((p) => p.chunk.docId === "rong-bien")).toBe(false);
      expect(removed.answerable).toBe(false);
      // The terms only that article had are forgotten with it.
      expect((await reader.get()).store.stats.known("oregon")).toBe(false);
      expect((await reader.get()).store.hasTerm!("rong_bien")).toBe(false);
    } finally {
      await reader.close();
    }
  });

  it("never lets a reader see an article half replaced", async () => {
    const reader = await PostgresArchive.open(config);
    const holder = new RuntimeHolder(config);
    try {
      const versions = ["A", "B", "C", "D", "E", "F"];
      await writer.replaceArticles(await prepared([syntheticArticle("rong-bien", "A")]));
      const articles = await Promise.all(versions.map(async (v) => (await prepared([syntheticArticle("rong-bien", v)]))[0]!));
      expect(articles[0]!.chunks.length).toBeGreaterThanOrEqual(3);
      const seen = new Set<string>();
      let writing = true;
      const writes = (async () => {
        for (const article of articles) await writer.replaceArticles([article]);
        writing = false;
      })();
      const vector = await (await holder.get()).store.embeddings.embedQuery("tổ công tác rong biển Quảng Ngãi Oregon");
      let reads = 0;
      let present = 0;
      while (writing || reads < 3) {
        // As a request does: the version this process holds (reloaded when it moved), then one search.
        const store = (await holder.get()).store as PostgresStore;
        const { vector: near, lexical } = await store.candidates(
          vector,
          [
            { term: "rong_bien", boost: 1 },
            { term: "oregon", boost: 1 },
          ],
          20,
        );
        const mine = [...near, ...lexical].filter((c) => c.docId === "rong-bien");
        const tags = new Set(mine.map((c) => /rong biển ([A-F])\b/.exec(c.text)?.[1]));
        expect(tags.has(undefined)).toBe(false);
        expect(tags.size, `one read saw versions ${[...tags].join(", ")}`).toBeLessThanOrEqual(1);
        // The passages are of the version whose text (and events) this process holds: citations point at the right characters.
        const held = await store.document("rong-bien");
        for (const c of mine) expect(held!.body.slice(c.start, c.end)).toBe(c.text);
        if (near.some((c) => c.docId === "rong-bien") && lexical.some((c) => c.docId === "rong-bien")) present++;
        // Gone only when a write landed between this request's version check and its search (the next request reloads).
        else expect(await reader.version()).not.toBe(store.version);
        for (const t of tags) if (t) seen.add(t);
        reads++;
      }
      expect(present).toBeGreaterThan(0);
      await writes;
      expect(seen.size).toBeGreaterThan(0);
    } finally {
      await writer.deleteArticles(["rong-bien"]);
      await holder.close();
      await reader.close();
    }
  });

  it("adds, keeps copies of, removes and restores articles through the app, each seen by another process's next request", async () => {
    const reader = new RuntimeHolder(config);
    const upload = (name: string, version: string) => ({
      name,
      bytes: new TextEncoder().encode(`${syntheticArticle("x", version).title}\n\n${syntheticArticle("x", version).body}`),
    });
    const question = "Tổ công tác rong biển Quảng Ngãi Oregon họp bao lâu một lần?";
    try {
      expect((await (await reader.get()).retriever.retrieve(question)).answerable).toBe(false);
      const [added] = await addArticles(config, [upload("rong-bien-app.txt", "A")]);
      expect(added).toMatchObject({ status: "added", id: "rong-bien-app" });
      let runtime = await reader.get();
      const answer = await runtime.retriever.retrieve(question);
      expect(answer.passages[0]!.chunk.docId).toBe("rong-bien-app");
      expect((await runtime.store.documentSummaries()).find((d) => d.id === "rong-bien-app")).toMatchObject({ added: true });

      // The same id again is a conflict; the same text under another name is kept as "also reported by".
      expect((await addArticles(config, [upload("rong-bien-app.txt", "B")]))[0]).toMatchObject({ status: "refused", code: "conflict:article" });
      expect((await addArticles(config, [upload("rong-bien-copy.txt", "A")]))[0]).toMatchObject({ status: "duplicate", duplicateOf: "rong-bien-app" });
      runtime = await reader.get();
      expect(runtime.store.alsoReportedBy!("rong-bien-app").map((c) => c.id)).toEqual(["rong-bien-copy"]);
      expect(await runtime.store.document("rong-bien-copy")).toBeNull();

      // A full rebuild from the corpus folder keeps what was added through the app, read again from its original.
      await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: writer, force: true });
      runtime = await reader.get();
      expect((await runtime.store.documentSummaries()).find((d) => d.id === "rong-bien-app")).toMatchObject({ added: true });
      expect(runtime.store.alsoReportedBy!("rong-bien-app").map((c) => c.id)).toEqual(["rong-bien-copy"]);
      expect((await runtime.retriever.retrieve(question)).passages[0]!.chunk.docId).toBe("rong-bien-app");

      // Shipped articles cannot be removed here; added ones can, and come back with the undo.
      await expect(removeArticle(config, "khoi-dong-dam-phan")).rejects.toMatchObject({
        code: "conflict:article",
        hint: expect.stringMatching(/--store postgres/),
      });
      expect(await removeArticle(config, "rong-bien-app")).toMatchObject({ id: "rong-bien-app" });
      expect((await (await reader.get()).retriever.retrieve(question)).answerable).toBe(false);
      expect((await restoreArticle(config, "rong-bien-app")).status).toBe("added");
      expect((await (await reader.get()).retriever.retrieve(question)).passages[0]!.chunk.docId).toBe("rong-bien-app");
      await expect(restoreArticle(config, "rong-bien-app")).rejects.toMatchObject({ code: "not_found:document" });
    } finally {
      await removeArticle(config, "rong-bien-app").catch(() => undefined);
      await reader.close();
    }
  });

  it("leaves the watched articles folder to the embedded archive, saying where to add instead", async () => {
    await expect(syncArchive(config)).rejects.toMatchObject({
      code: "not_implemented:store",
      status: 501,
      hint: expect.stringMatching(/Articles page.*npm run add/),
    });
  });

  // Restarting PGlite alone takes seconds, and far longer on a shared machine under load (testing/test-database.ts).
  it.runIf(!process.env.TEST_DATABASE_URL)("answers 503 with what to do while the database is down, and recovers when it is back", RESTART, async () => {
    const holder = new RuntimeHolder(config);
    const ask = async () => {
      try {
        const runtime = await holder.get();
        const retrieval = await runtime.retriever.retrieve("Vòng đàm phán thứ hai diễn ra khi nào?");
        return retrieval.passages[0]?.chunk.docId ?? "none";
      } catch (error) {
        return error instanceof AppError ? `${error.status} ${error.code}: ${error.hint}` : `unexpected: ${String(error)}`;
      }
    };
    try {
      expect(await ask()).toBe("hop-thuong-truc-chinh-phu");
      await database.stop();
      const down = await Promise.all(Array.from({ length: 4 }, ask));
      for (const answer of down) expect(answer).toMatch(/^503 unavailable:database: Try again in a moment\. .*PostgreSQL is running.*reconnects by itself/);
      await database.start();
      // Committed data survived the restart; the pool drops dead connections and opens new ones.
      const deadline = Date.now() + 20_000;
      let answer = await ask();
      while (answer !== "hop-thuong-truc-chinh-phu" && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
        answer = await ask();
      }
      expect(answer).toBe("hop-thuong-truc-chinh-phu");
      expect(await Promise.all(Array.from({ length: 4 }, ask))).toEqual(Array(4).fill("hop-thuong-truc-chinh-phu"));
    } finally {
      await holder.close();
    }
  });

  it("splits the vectors into shards with an HNSW index each, searches every shard, and opens a new one when an addition overfills the last", async () => {
    const [{ chunks } = { chunks: 0 }] = await writer.query<{ chunks: number }>("select count(*)::int as chunks from chunks");
    // Three shards of the project's articles (the default is 10,000 chunks a shard).
    const shardSize = Math.ceil(chunks / 3);
    const sharded = await PostgresArchive.open(config, { shardSize });
    const holder = new RuntimeHolder(config);
    try {
      await buildPostgresArchive({ config, corpusDir: PROJECT_CORPUS, archive: sharded, force: true });
      expect((await sharded.state()).vectorShards).toBe(3);
      const store = (await holder.get()).store as PostgresStore;
      const dims = store.summary.embedder.dimensions;
      // Every shard's search goes through its own index (a shard the planner cannot match would be read whole).
      const plan = await sharded.transaction(async (client) => {
        await client.query("set local enable_seqscan = off");
        const q = `[${Array(dims).fill(0.01).join(",")}]`;
        const sql = [0, 1, 2].map((s) => `(select id from chunks where shard = ${s} order by embedding::vector(${dims}) <=> '${q}'::vector(${dims}) limit 10)`);
        return (await client.query<{ "QUERY PLAN": string }>(`explain ${sql.join(" union all ")}`)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
      for (const shard of [0, 1, 2]) expect(plan).toContain(`Index Scan using chunks_embedding_hnsw_${shard} on chunks`);
      // Graphs this small are searched exactly at ef_search 768: the merged nearest are the exact nearest of all shards.
      for (const question of ["Vòng đàm phán thứ hai diễn ra khi nào?", "thuế đối ứng hàng dệt may xuất khẩu", "What did the two sides agree at USTR?"]) {
        const vector = await store.embeddings.embedQuery(question);
        const exact = await sharded.query<{ id: string }>(`select id from chunks order by embedding::vector(${dims}) <=> $1::vector(${dims}), id limit 10`, [
          `[${vector.join(",")}]`,
        ]);
        expect((await store.nearest(vector, 10)).map((h) => h.chunk.id).sort()).toEqual(exact.map((r) => r.id).sort());
      }
      // An article bigger than the last shard's room goes into a new shard, and is found there.
      const [{ last } = { last: 0 }] = await sharded.query<{ last: number }>("select count(*)::int as last from chunks where shard = 2");
      const [article] = await prepared([syntheticArticle("rong-bien-shard", "S")]);
      expect(last + article!.chunks.length).toBeGreaterThan(shardSize);
      expect(await sharded.addArticle(article!)).toBeNull();
      expect((await sharded.state()).vectorShards).toBe(4);
      const next = (await holder.get()).store as PostgresStore;
      const hits = await next.nearest(Array.from(article!.vectors[0]!), 3);
      expect(hits[0]).toMatchObject({ chunk: { docId: "rong-bien-shard" } });
      await sharded.deleteArticles(["rong-bien-shard"]);
    } finally {
      await holder.close();
      await sharded.close();
    }
  });
});
