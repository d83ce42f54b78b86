/**
 * The archive in PostgreSQL: opening it (pool + migrations), the versions readers load, and the
 * writers' transactions (a full rebuild, replacing or deleting articles). A reader sees an article's
 * old or new version, never a mix: every write is one transaction, every search one snapshot.
 */
import type { AppConfig } from "../../config";
import { AppError } from "../../errors";
import type { ChunkSettings } from "../../index/chunk";
import type { IndexPlace } from "../../index/corrupt";
import { articleEventFacts, EVENT_FACTS_VERSION } from "../../index/event-facts";
import { chunkSettingsSchema, localEmbedderStateSchema } from "../../index/schemas";
import type { LocalEmbedderState } from "../../index/local-embeddings";
import { foldedTerms } from "../../text/normalize";
import { createHash } from "node:crypto";
import { decodeFingerprint, encodeFingerprint, fingerprint, NearDuplicateIndex, sharedHashesNeeded } from "../../corpus/near-duplicates";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../../types";
import { z } from "zod";
import { migrate } from "./migrate";
import { asDatabaseError, createPool, inTransaction, redactUrl, type Db, type DbClient } from "./pool";
import { termsColumn } from "./terms";

/**
 * HNSW settings of the pgvector indexes. m and ef_construction are pgvector's defaults: on 10,000
 * synthetic chunks in PGlite they built the index in 17 s against 43 s for m 32 / ef_construction
 * 128 (the embedded graphs' settings), with recall@10 0.964 against 0.990 at ef_search 768 (80
 * bench queries, exact scan as truth) — the embedded index's own recall there is 0.962.
 * shardSize: the chunks are split into shards of at most this many, one partial HNSW index each
 * (migration 006), as the embedded index splits its graphs: one graph over 100,000 chunks reached
 * recall@10 0.647 at ef_search 768 (the hashing embedder's vectors are nearly uniform, and one big
 * graph's links stay inside articles; ARCHITECTURE, Shards).
 */
export const PG_HNSW = { m: 16, efConstruction: 64, efSearch: 768, shardSize: 10_000 } as const;
/** The index of shard N is `chunks_embedding_hnsw_N`; an archive built before migration 006 has one, unnumbered. */
export const HNSW_INDEX = "chunks_embedding_hnsw";
const hnswIndexName = (shard: number) => `${HNSW_INDEX}_${shard}`;
/** Any constant: writers take turns (pg_advisory_xact_lock), readers never wait for it. */
const WRITE_LOCK = 715_016;
const ROWS_PER_INSERT = 250;

export const BUILD_HINT = "Build it: npm run index -- --store postgres";
/** The archive as its errors name it, and the command that builds it again. */
export const POSTGRES_ARCHIVE: IndexPlace = { name: "The archive in PostgreSQL", reindex: "npm run index -- --store postgres --force" };
/** What to do about a damaged archive: a full build replaces all it holds. */
export const REBUILD_HINT = `Rebuild it: ${POSTGRES_ARCHIVE.reindex}`;

/** An article ready to store: its chunks and one vector per chunk, in order. */
export interface PreparedArticle {
  document: SourceDocument;
  chunks: Chunk[];
  vectors: ArrayLike<number>[];
  original?: { name: string; bytes: Buffer };
  metadata?: Record<string, unknown>;
}

/** The embedder recorded with the archive. */
export interface RecordedEmbedder {
  name: string;
  dimensions: number;
  state: LocalEmbedderState | null;
}

/** The archive_state row as pg gives it (jsonb parsed, timestamptz a Date; PGlite may give text), checked before use. */
const archiveStateRowSchema = z.object({
  version: z.string(),
  embedder_name: z.string().nullable(),
  embedder_dimensions: z.number().int().positive().nullable(),
  embedder_state: z.unknown(),
  chunking: chunkSettingsSchema.nullable(),
  inputs: z.record(z.string(), z.string()).nullable(),
  built_at: z.union([z.date(), z.string()]).nullable(),
  vector_shards: z.number().int().positive(),
});

export interface ArchiveState {
  version: string;
  embedder: RecordedEmbedder | null;
  chunking: ChunkSettings | null;
  inputs: Record<string, string> | null;
  builtAt: string | null;
  /** Vector shards readers search: 0 … vectorShards - 1. */
  vectorShards: number;
}

/** pgvector's text form of a vector. */
export const vectorLiteral = (v: ArrayLike<number>) => `[${Array.from(v).join(",")}]`;

/** Distinct folded syllables of each chunk's text, counted over chunks (document frequencies). */
function syllableCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of new Set(foldedTerms(text))) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** What an added article is compared with to recognise a copy of it (lib/corpus/near-duplicates.ts), kept in `metadata`. */
export interface CopyCheck {
  bodySha256: string;
  fingerprint: { minhash: string; figures: string[] };
}

/** A sketch's unsigned hashes as PostgreSQL integers (the same 32 bits, signed). */
const signedHashes = (signature: Uint32Array) => Array.from(signature, (h) => h | 0);

function copyCheck(body: string): CopyCheck {
  return { bodySha256: createHash("sha256").update(body).digest("hex"), fingerprint: encodeFingerprint(fingerprint(body)) };
}

/** An article that was not added, and why (the embedded archive's outcomes, lib/index/update.ts). */
export type AddRefusal = { status: "conflict"; title: string } | { status: "duplicate"; of: string; title: string; similarity: number };

/** Distinct words of each chunk's `terms` column, counted over chunks. */
function wordCounts(columns: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const column of columns) for (const word of new Set(column.split(" "))) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** A state row whose columns do not read: a full build repairs it (a missing row needs the migrations instead). */
export class DamagedArchiveState extends AppError {
  constructor(message: string) {
    super("corrupt:index", message, { hint: REBUILD_HINT });
  }
}

export class PostgresArchive {
  private constructor(
    readonly db: Db,
    readonly url: string,
    /** Chunks per vector shard this writer fills: PG_HNSW.shardSize, smaller in tests. */
    readonly shardSize: number,
  ) {}

  /** Connect and apply the migrations not applied yet (every start does; `npm run db:migrate` does only that). */
  static async open(config: AppConfig, options: { shardSize?: number } = {}): Promise<PostgresArchive> {
    const db = createPool(config);
    const archive = new PostgresArchive(db, config.DATABASE_URL ?? "", options.shardSize ?? PG_HNSW.shardSize);
    try {
      await migrate(db);
    } catch (error) {
      await db.end().catch(() => undefined);
      throw archive.failure(error);
    }
    return archive;
  }

  async close(): Promise<void> {
    await this.db.end();
  }

  /** A database failure as the 503 that says what to do; other errors unchanged. */
  failure(error: unknown): unknown {
    return asDatabaseError(error);
  }

  /** Run a query, mapping connection failures. */
  async query<R extends object>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.db.query<R>(sql, params)).rows;
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** Work on one connection in one transaction, mapping connection failures. */
  async transaction<T>(work: (client: DbClient) => Promise<T>, begin = "begin"): Promise<T> {
    try {
      return await inTransaction(this.db, work, begin);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** The version counter alone: what every request compares (one indexed row). */
  async version(): Promise<string> {
    const [row] = await this.query<{ version: string }>("select version::text from archive_state");
    return row?.version ?? "0";
  }

  /** The local embedder's document frequencies as stored; damaged ones are a corrupt archive, not a cast. */
  private embedderState(value: unknown): LocalEmbedderState {
    const parsed = localEmbedderStateSchema.safeParse(typeof value === "string" ? JSON.parse(value) : value);
    if (!parsed.success)
      throw new AppError("corrupt:index", `The database at ${redactUrl(this.url)} holds a damaged embedder state.`, {
        hint: REBUILD_HINT,
      });
    return parsed.data;
  }

  /** The archive's state; `withEmbedderState` false leaves out the embedder's learnt state (1.4 MB for the built-in one). */
  async state(client?: DbClient, withEmbedderState = true): Promise<ArchiveState> {
    const embedderState = withEmbedderState ? "embedder_state" : "null as embedder_state";
    const sql = `select version::text, embedder_name, embedder_dimensions, ${embedderState}, chunking, inputs, built_at, vector_shards from archive_state`;
    const rows = client ? (await client.query(sql)).rows : await this.query<Record<string, unknown>>(sql);
    if (!rows[0])
      throw new AppError("corrupt:index", `The database at ${redactUrl(this.url)} has no archive_state row.`, {
        hint: `Run npm run db:migrate, then ${POSTGRES_ARCHIVE.reindex}`,
      });
    const parsed = archiveStateRowSchema.safeParse(rows[0]);
    if (!parsed.success)
      throw new DamagedArchiveState(
        `The database at ${redactUrl(this.url)} holds a damaged archive_state row (column ${parsed.error.issues[0]?.path.join(".")}).`,
      );
    const row = parsed.data;
    return {
      version: row.version,
      embedder:
        row.embedder_name && row.embedder_dimensions !== null
          ? { name: row.embedder_name, dimensions: row.embedder_dimensions, state: row.embedder_state ? this.embedderState(row.embedder_state) : null }
          : null,
      chunking: row.chunking,
      inputs: row.inputs,
      builtAt: row.built_at ? new Date(row.built_at).toISOString() : null,
      vectorShards: row.vector_shards,
    };
  }

  /**
   * Replace the whole archive in one transaction (`npm run index -- --store postgres`). The search
   * indexes are dropped and built again after the load, which is many times faster than inserting
   * into them row by row; the price is that readers wait for the commit (or get a 503 after
   * PG_STATEMENT_TIMEOUT_MS) instead of reading the previous archive. Adding and removing articles
   * never makes them wait.
   */
  async rebuild(build: { embedder: RecordedEmbedder; chunking: ChunkSettings; inputs: Record<string, string>; articles: PreparedArticle[] }): Promise<void> {
    await this.transaction(async (client) => {
      await client.query("select pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const keywordIndexes = (
        await client.query<{ indexname: string; indexdef: string }>(
          "select indexname, indexdef from pg_indexes where tablename = 'chunks' and indexname in ('chunks_terms_bm25', 'chunks_terms_tsv')",
        )
      ).rows;
      for (const { indexname } of keywordIndexes) await client.query(`drop index ${indexname}`);
      for (const { indexname } of (await client.query<{ indexname: string }>(VECTOR_INDEXES)).rows) await client.query(`drop index ${indexname}`);
      await client.query("delete from chunks");
      await client.query("delete from articles");
      await client.query("delete from term_frequencies");
      await client.query("delete from lexical_terms");
      // Positions start again, so a rebuilt archive has the order of its corpus.
      await client.query("select setval(pg_get_serial_sequence('articles', 'position'), 1, false)");
      await client.query(
        "update archive_state set embedder_name = $1, embedder_dimensions = $2, embedder_state = $3, chunking = $4, inputs = $5, built_at = now()",
        [
          build.embedder.name,
          build.embedder.dimensions,
          build.embedder.state ? JSON.stringify(build.embedder.state) : null,
          JSON.stringify(build.chunking),
          JSON.stringify(build.inputs),
        ],
      );
      // Shards in archive order, as the embedded index's (shardRanges): an article's chunks mostly share one.
      await insertArticles(client, build.articles, build.embedder.dimensions, (row) => Math.floor(row / this.shardSize));
      const chunks = build.articles.reduce((n, a) => n + a.chunks.length, 0);
      const shards = Math.max(1, Math.ceil(chunks / this.shardSize));
      // Room to build each graph in memory (pgvector warns and goes slower when it does not fit).
      await client.query("set local maintenance_work_mem = '512MB'");
      for (let shard = 0; shard < shards; shard++) await createVectorIndex(client, build.embedder.dimensions, shard);
      for (const { indexdef } of keywordIndexes) await client.query(indexdef);
      await client.query("update archive_state set version = version + 1, vector_shards = $1", [shards]);
    });
  }

  /** Add articles, or replace them whole when their ids are stored already; one transaction. */
  async replaceArticles(articles: PreparedArticle[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query("select pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const { embedder } = await this.state(client);
      if (!embedder)
        throw new AppError("unavailable:index", "The database has no archive yet, so there is no embedder to add articles with.", { hint: BUILD_HINT });
      const wrongSize = articles.flatMap((a) => a.vectors).find((v) => v.length !== embedder.dimensions);
      if (wrongSize) {
        throw new AppError(
          "incompatible:index",
          `Vectors of ${wrongSize.length} dimensions cannot join an archive embedded with "${embedder.name}" (${embedder.dimensions} dimensions).`,
          { hint: `Embed with the archive's embedder, or rebuild: ${POSTGRES_ARCHIVE.reindex}` },
        );
      }
      await removeArticles(
        client,
        articles.map((a) => a.document.id),
      );
      await insertIntoLastShard(client, articles, embedder.dimensions, this.shardSize);
      await client.query("update archive_state set version = version + 1");
    });
  }

  /**
   * Add one article through the app, in one transaction: refused when its id is taken, kept as
   * "also reported by" of the article it copies (same text, or near: lib/corpus/near-duplicates.ts),
   * else stored with its chunks and marked as added (so it can be removed). Null when it was added.
   */
  async addArticle(article: PreparedArticle): Promise<AddRefusal | null> {
    const { document } = article;
    return this.transaction(async (client) => {
      await client.query("select pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const [taken] = (await client.query<{ title: string }>("select title from articles where id = $1", [document.id])).rows;
      if (taken) return { status: "conflict" as const, title: taken.title };
      const mine = copyCheck(document.body);
      const print = decodeFingerprint(mine.fingerprint);
      // Only the articles that could be copies are read (indexed columns, migration 005), not every article's fingerprint.
      const [exact] = (
        await client.query<{ id: string; title: string }>("select id, title from articles where body_sha256 = $1 order by position limit 1", [mine.bodySha256])
      ).rows;
      const others = exact
        ? []
        : (
            await client.query<{ id: string; title: string; print: CopyCheck["fingerprint"] }>(
              `select id, title, metadata->'fingerprint' as print from articles
               where minhash && $1::integer[] and (select count(*) from unnest(minhash) h where h = any($1::integer[])) >= $2`,
              [signedHashes(print.signature), sharedHashesNeeded(print)],
            )
          ).rows;
      const copies = new NearDuplicateIndex();
      for (const o of others) copies.add(o.id, decodeFingerprint(o.print));
      const same = exact ? { id: exact.id, similarity: 1 } : copies.find(print);
      if (same) {
        const copy: AlsoReportedBy = {
          id: document.id,
          title: document.title,
          source: document.source,
          url: document.url,
          date: document.date,
          similarity: same.similarity,
        };
        await client.query(
          `update articles set metadata = jsonb_set(metadata, '{alsoReportedBy}', coalesce(metadata->'alsoReportedBy', '[]'::jsonb) || $2::jsonb),
             updated_at = now() where id = $1`,
          [same.id, JSON.stringify([copy])],
        );
        await client.query("update archive_state set version = version + 1");
        const title = exact?.title ?? others.find((o) => o.id === same.id)?.title ?? same.id;
        return { status: "duplicate" as const, of: same.id, title, similarity: same.similarity };
      }
      const { embedder } = await this.state(client, false);
      if (!embedder)
        throw new AppError("unavailable:index", "The database has no archive yet, so there is no embedder to add articles with.", { hint: BUILD_HINT });
      await insertIntoLastShard(client, [{ ...article, metadata: { ...article.metadata, added: true } }], embedder.dimensions, this.shardSize);
      await client.query("update archive_state set version = version + 1");
      return null;
    });
  }

  /**
   * Remove an article added through the app, in one transaction: its original is kept in
   * `removed_articles` for the undo, and it leaves every "also reported by" list.
   */
  async removeAddedArticle(id: string): Promise<{ id: string; title: string }> {
    return this.transaction(async (client) => {
      await client.query("select pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const [row] = (
        await client.query<{ title: string; added: boolean; name: string | null; original: Buffer | null; given: unknown }>(
          `select title, coalesce((metadata->>'added')::boolean, false) as added, original_name as name, original, metadata->'given' as given
             from articles where id = $1`,
          [id],
        )
      ).rows;
      if (!row) throw new AppError("not_found:document", `No article with id "${id}".`, { hint: "See GET /api/documents for the list." });
      if (!row.added) {
        throw new AppError("conflict:article", `"${id}" was loaded from the corpus folder, not added through the app.`, {
          hint: "Remove its file from the corpus folder and run npm run index -- --store postgres.",
        });
      }
      if (row.name && row.original) {
        await client.query(
          `insert into removed_articles (id, original_name, original, given) values ($1, $2, $3, $4)
             on conflict (id) do update set original_name = excluded.original_name, original = excluded.original, given = excluded.given, removed_at = now()`,
          [id, row.name, row.original, row.given === null ? null : JSON.stringify(row.given)],
        );
      }
      await removeArticles(client, [id]);
      await client.query(
        `update articles set metadata = jsonb_set(metadata, '{alsoReportedBy}',
           (select coalesce(jsonb_agg(e), '[]'::jsonb) from jsonb_array_elements(metadata->'alsoReportedBy') e where e->>'id' <> $1)), updated_at = now()
         where metadata->'alsoReportedBy' @> jsonb_build_array(jsonb_build_object('id', $1::text))`,
        [id],
      );
      await client.query("update archive_state set version = version + 1");
      return { id, title: row.title };
    });
  }

  /** A removed article's original, for the undo; null when there is none. */
  async removedArticle(id: string): Promise<{ name: string; bytes: Buffer; given: unknown } | null> {
    const [row] = await this.query<{ name: string; bytes: Buffer; given: unknown }>(
      "select original_name as name, original as bytes, given from removed_articles where id = $1",
      [id],
    );
    return row ?? null;
  }

  async forgetRemoved(id: string): Promise<void> {
    await this.query("delete from removed_articles where id = $1", [id]);
  }

  /** Ids of every article, stored or removed-and-restorable: a pasted text's id must avoid both. */
  async takenIds(prefix: string): Promise<Set<string>> {
    const rows = await this.query<{ id: string }>(
      "select id from articles where id like $1 || '%' union select id from removed_articles where id like $1 || '%'",
      [prefix],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Delete articles (and their chunks) by id; returns the ids that existed. */
  async deleteArticles(ids: string[]): Promise<string[]> {
    return this.transaction(async (client) => {
      await client.query("select pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const removed = await removeArticles(client, ids);
      if (removed.length > 0) await client.query("update archive_state set version = version + 1");
      return removed;
    });
  }
}

/** Every vector index of the chunks: one per shard, or the one of an archive built before shards. */
const VECTOR_INDEXES = `select indexname from pg_indexes where tablename = 'chunks' and indexname ~ '^${HNSW_INDEX}(_[0-9]+)?$'`;

/** The HNSW index of one shard over the vectors cast to the embedder's dimensions. */
async function createVectorIndex(client: DbClient, dimensions: number, shard: number): Promise<void> {
  if (!Number.isInteger(dimensions) || dimensions <= 0 || dimensions > 2000) {
    throw new AppError("incompatible:index", `pgvector's HNSW index takes 1 to 2,000 dimensions; the embedder gives ${dimensions}.`, {
      hint: "Choose an embeddings model of at most 2,000 dimensions.",
    });
  }
  await client.query(
    `create index if not exists ${hnswIndexName(shard)} on chunks using hnsw ((embedding::vector(${dimensions})) vector_cosine_ops)
       with (m = ${PG_HNSW.m}, ef_construction = ${PG_HNSW.efConstruction}) where shard = ${shard}`,
  );
}

/**
 * Added articles go into the last shard while it has room; one that would overfill it opens the next
 * shard, with its own index (a small graph to build: its first articles), in the same transaction.
 */
async function insertIntoLastShard(client: DbClient, articles: PreparedArticle[], dimensions: number, shardSize: number): Promise<void> {
  const [row] = (
    await client.query<{ shards: number; last: number }>(
      "select vector_shards as shards, (select count(*) from chunks where shard = vector_shards - 1)::int as last from archive_state",
    )
  ).rows;
  const shards = row?.shards ?? 1;
  const adding = articles.reduce((n, a) => n + a.chunks.length, 0);
  const full = (row?.last ?? 0) > 0 && (row?.last ?? 0) + adding > shardSize;
  const shard = full ? shards : shards - 1;
  await insertArticles(client, articles, dimensions, () => shard);
  if (full) {
    await createVectorIndex(client, dimensions, shard);
    await client.query("update archive_state set vector_shards = $1", [shards + 1]);
  }
}

/** Insert articles and their chunks; `shardOf` gives the vector shard of the n-th chunk inserted. */
async function insertArticles(client: DbClient, articles: PreparedArticle[], dimensions: number, shardOf: (row: number) => number): Promise<void> {
  for (let i = 0; i < articles.length; i += ROWS_PER_INSERT) {
    const batch = articles.slice(i, i + ROWS_PER_INSERT).map((a) => a.document);
    const checks = batch.map((d) => copyCheck(d.body));
    await client.query(
      // In list order, so `position` (a sequence) keeps the archive's order: the event catalog merges reports in it.
      `insert into articles
         (id, title, date, published, url, source, lang, body, original, original_name, metadata, event_facts, event_facts_version, body_sha256, minhash)
       select id, title, date, published, url, source, lang, body, original, original_name, metadata, event_facts, $13, body_sha256, minhash::integer[]
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bytea[], $10::text[],
                   $11::jsonb[], $12::jsonb[], $14::text[], $15::text[])
         with ordinality as r(id, title, date, published, url, source, lang, body, original, original_name, metadata, event_facts, body_sha256, minhash, n)
       order by n`,
      [
        batch.map((d) => d.id),
        batch.map((d) => d.title),
        batch.map((d) => d.date),
        batch.map((d) => d.published),
        batch.map((d) => d.url),
        batch.map((d) => d.source),
        batch.map((d) => d.lang),
        batch.map((d) => d.body),
        articles.slice(i, i + ROWS_PER_INSERT).map((a) => a.original?.bytes ?? null),
        articles.slice(i, i + ROWS_PER_INSERT).map((a) => a.original?.name ?? null),
        articles.slice(i, i + ROWS_PER_INSERT).map((a, j) => JSON.stringify({ ...a.metadata, ...checks[j] })),
        // Read once here (~2 ms an article), so no reader has to read the text for events.
        batch.map((d) => JSON.stringify(articleEventFacts(d))),
        EVENT_FACTS_VERSION,
        checks.map((c) => c.bodySha256),
        // Integer arrays as their text form: node-postgres sends a JavaScript array of arrays as one flat list.
        checks.map((c) => `{${signedHashes(decodeFingerprint(c.fingerprint).signature).join(",")}}`),
      ],
    );
  }
  const rows = articles.flatMap((a) => {
    if (a.vectors.length !== a.chunks.length) throw new Error(`${a.document.id}: ${a.chunks.length} chunks but ${a.vectors.length} vectors`);
    return a.chunks.map((chunk, ordinal) => ({ chunk, ordinal, vector: a.vectors[ordinal]!, terms: termsColumn(chunk.text, chunk.title) }));
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + ROWS_PER_INSERT);
    await client.query(
      `insert into chunks (id, article_id, ordinal, start_offset, end_offset, text, terms, embedding, shard)
       select id, article_id, ordinal, start_offset, end_offset, text, terms, embedding::vector(${dimensions}), shard
       from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[], $8::text[], $9::int[])
         as r(id, article_id, ordinal, start_offset, end_offset, text, terms, embedding, shard)`,
      [
        batch.map((r) => r.chunk.id),
        batch.map((r) => r.chunk.docId),
        batch.map((r) => r.ordinal),
        batch.map((r) => r.chunk.start),
        batch.map((r) => r.chunk.end),
        batch.map((r) => r.chunk.text),
        batch.map((r) => r.terms),
        batch.map((r) => vectorLiteral(r.vector)),
        batch.map((_, j) => shardOf(i + j)),
      ],
    );
  }
  await addCounts(client, "term_frequencies", syllableCounts(rows.map((r) => r.chunk.text)), 1);
  await addCounts(client, "lexical_terms", wordCounts(rows.map((r) => r.terms)), 1);
}

/** Delete articles with their chunks, taking their syllables out of the document frequencies. */
async function removeArticles(client: DbClient, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const old = await client.query<{ text: string; terms: string }>("select text, terms from chunks where article_id = any($1::text[])", [ids]);
  await addCounts(client, "term_frequencies", syllableCounts(old.rows.map((r) => r.text)), -1);
  await addCounts(client, "lexical_terms", wordCounts(old.rows.map((r) => r.terms)), -1);
  const removed = await client.query<{ id: string }>("delete from articles where id = any($1::text[]) returning id", [ids]);
  return removed.rows.map((r) => r.id);
}

/**
 * Chunk counts per term kept by the writers: `term_frequencies`, folded syllables of the text (term
 * statistics); `lexical_terms`, every encoded BM25 term of text and title (hasTerm).
 */
type CountTable = "term_frequencies" | "lexical_terms";

async function addCounts(client: DbClient, table: CountTable, counts: Map<string, number>, sign: 1 | -1): Promise<void> {
  if (counts.size === 0) return;
  // Sorted, so two writers would lock rows in the same order (they also take turns: WRITE_LOCK).
  const terms = [...counts.keys()].sort();
  const deltas = terms.map((t) => sign * counts.get(t)!);
  await client.query(
    `insert into ${table} (term, chunks) select * from unnest($1::text[], $2::int[])
     on conflict (term) do update set chunks = ${table}.chunks + excluded.chunks`,
    [terms, deltas],
  );
  if (sign < 0) await client.query(`delete from ${table} where chunks <= 0 and term = any($1::text[])`, [terms]);
}
