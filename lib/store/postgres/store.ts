/** The PostgreSQL store as retrieval reads it: pgvector HNSW for vectors, BM25 (pg_textsearch) for keywords, one snapshot per question. */
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { AppError } from "../../errors";
import type { QueryTerm } from "../../index/bm25";
import { TermStatistics } from "../../retrieve/coverage";
import { catalogFrom, type EventCatalog } from "../../index/event-catalog";
import type { AlsoReportedBy, Chunk, DocumentSummary, SourceDocument } from "../../types";
import { byDate, documentSummary, type ArchiveStore, type Candidates, type StoreSummary } from "../store";
import { readSnapshot, type KeptArticle } from "./snapshot";
import { embedderMismatch } from "../../index/corrupt";
import { BUILD_HINT, PG_HNSW, POSTGRES_ARCHIVE, vectorLiteral, type PostgresArchive, type RecordedEmbedder } from "./archive";
import { redactUrl, type DbClient } from "./pool";
import { bm25QueryText, encodeTerm } from "./terms";

/** Keyword candidates re-ranked per candidate returned (see keywordsOn). */
const RERANK_POOL = 4;

/**
 * A search transaction's opening, sent as one statement list (one round trip). pgvector returns at
 * most ef_search rows from an HNSW scan. Sequential scans are off because the planner costs an HNSW
 * scan by ef_search and, at ef_search 768, preferred an exact scan of every vector up to at least
 * 10,000 chunks (94 ms a query there in PGlite, against 20 ms through the index at recall@10 0.99),
 * and because the keyword query reads its scores from the BM25 index scan; with them off, each
 * search's only plan without a sort of the whole table is its index (pgvector's README advises the
 * same to make a query use its index).
 */
export function searchBegin(k: number, mode = "read only", efSearch: number = PG_HNSW.efSearch): string {
  return `begin ${mode}; set local hnsw.ef_search = ${Math.max(efSearch, Math.trunc(k))}; set local enable_seqscan = off; set local enable_sort = off`;
}

/**
 * Ids and distances of the $2 nearest chunks to the vector $1: each shard's $2 nearest through its
 * own index (the shard named as a constant, so the planner matches the partial index's predicate),
 * then merged by distance by the caller.
 */
export function nearestInShards(dims: number, shards: number): string {
  const distance = `embedding::vector(${dims}) <=> $1::vector(${dims})`;
  return Array.from(
    { length: shards },
    (_, shard) => `(select id, ${distance} as distance from chunks where shard = ${shard} order by ${distance} limit $2)`,
  ).join(" union all ");
}

/** How keyword candidates are ranked: pg_textsearch's BM25, or ts_rank where that extension is missing. */
export type KeywordRanking = "bm25" | "ts_rank";

interface ChunkRow {
  id: string;
  article_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
  title: string;
  date: string | null;
  url: string | null;
  source: string | null;
  stamp: string;
}

const CHUNK_COLUMNS = "c.id, c.article_id, c.start_offset, c.end_offset, c.text, a.title, a.date, a.url, a.source, a.updated_at::text as stamp";

const toChunk = (r: ChunkRow): Chunk => ({
  id: r.id,
  docId: r.article_id,
  title: r.title,
  date: r.date,
  url: r.url,
  source: r.source,
  start: r.start_offset,
  end: r.end_offset,
  text: r.text,
});

/** What this database ranks keywords with: the migration made a BM25 index, or the tsvector fallback. */
export async function keywordRanking(archive: PostgresArchive): Promise<KeywordRanking> {
  const rows = await archive.query<{ indexname: string }>("select indexname from pg_indexes where tablename = 'chunks' and indexname = 'chunks_terms_bm25'");
  return rows.length > 0 ? "bm25" : "ts_rank";
}

export class PostgresStore implements ArchiveStore {
  readonly kind = "postgres" as const;
  /** The archive's events, merged from the stored facts of this version's articles as the embedded store merges its own. */
  readonly events: EventCatalog;

  private constructor(
    private readonly archive: PostgresArchive,
    readonly version: string,
    readonly summary: StoreSummary,
    readonly stats: TermStatistics,
    readonly embeddings: EmbeddingsInterface,
    readonly ranking: KeywordRanking,
    /** The articles of this version, in archive order (the next version reuses the unchanged ones). */
    readonly articles: ReadonlyMap<string, KeptArticle>,
    private readonly terms: ReadonlySet<string>,
    /** Vector shards of this version, each with its own HNSW index (migration 006). */
    readonly vectorShards: number,
  ) {
    const kept = [...articles.values()];
    const documents = new Map(kept.map((a) => [a.document.id, a.document]));
    this.events = catalogFrom(
      kept.flatMap((a) => (a.facts ? [a.facts] : [])),
      documents,
      kept.flatMap((a) => a.chunks),
    );
  }

  /**
   * The archive as it is now, for an app process to read: refuses an archive embedded with another
   * embedder than the configured one, as the embedded store does. `previous`, the store of an earlier
   * version, lends its embedder (same build) and its unchanged articles.
   */
  static async open(
    archive: PostgresArchive,
    expected: { embedderName: string },
    embeddings: (embedder: RecordedEmbedder) => EmbeddingsInterface,
    previous?: PostgresStore,
  ): Promise<PostgresStore> {
    const snapshot = await readSnapshot(archive, previous?.articles);
    const { state } = snapshot;
    if (!state.embedder) throw new AppError("unavailable:index", `The database at ${redactUrl(archive.url)} holds no archive yet.`, { hint: BUILD_HINT });
    if (state.embedder.name !== expected.embedderName) throw embedderMismatch(POSTGRES_ARCHIVE, state.embedder, expected.embedderName);
    const stats = new TermStatistics({ frequencies: snapshot.frequencies, documents: snapshot.chunkCount });
    const summary: StoreSummary = {
      documents: snapshot.articles.size,
      chunks: snapshot.chunkCount,
      builtAt: state.builtAt,
      embedder: { name: state.embedder.name, dimensions: state.embedder.dimensions },
    };
    // Articles added or removed leave the embedder as it was: only a rebuild (a new built_at) changes it.
    const sameBuild = previous && previous.summary.builtAt === state.builtAt && previous.summary.embedder.name === state.embedder.name;
    const open = (embedder: EmbeddingsInterface, ranking: KeywordRanking) =>
      new PostgresStore(archive, state.version, summary, stats, embedder, ranking, snapshot.articles, snapshot.terms, state.vectorShards);
    if (sameBuild) return open(previous.embeddings, previous.ranking);
    const { embedder } = await archive.state();
    return open(embeddings(embedder ?? state.embedder), await keywordRanking(archive));
  }

  /**
   * Whether a hit is of the article version this store loaded. A write committed between a request's
   * version check and its search would otherwise give chunks whose article this process does not
   * hold yet (or holds in its old version: other offsets); those are left out of that one answer,
   * and the next request loads the new version.
   */
  private current(row: ChunkRow): boolean {
    return this.articles.get(row.article_id)?.stamp === row.stamp;
  }

  hasTerm(term: string): boolean {
    return this.terms.has(encodeTerm(term));
  }

  alsoReportedBy(id: string): AlsoReportedBy[] {
    return this.articles.get(id)?.alsoReportedBy ?? [];
  }

  private async nearestOn(client: DbClient, vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]> {
    const dims = this.summary.embedder.dimensions;
    if (vector.length !== dims) throw new Error(`query vector has ${vector.length} dimensions, the archive ${dims}`);
    const { rows } = await client.query<ChunkRow & { distance: number }>(
      `select ${CHUNK_COLUMNS}, n.distance from (${nearestInShards(dims, this.vectorShards)}) n
       join chunks c on c.id = n.id join articles a on a.id = c.article_id order by n.distance, c.id limit $2`,
      [vectorLiteral(vector), k],
    );
    return rows.filter((r) => this.current(r)).map((r) => ({ chunk: toChunk(r), distance: r.distance }));
  }

  private async keywordsOn(client: DbClient, terms: readonly QueryTerm[], k: number): Promise<Chunk[]> {
    const text = bm25QueryText(terms);
    if (!text) return [];
    const ranked =
      this.ranking === "bm25"
        ? // <@> is a negative BM25 score: smallest first; chunks matching no term score 0 and are left out.
          // bm25_get_current_score() is the score the index scan computed: naming `terms <@> …` in the
          // select list scores every returned row again (10,000 chunks, 160 rows: ~210 → ~6 ms in PGlite).
          // It is only right on the index scan, which searchBegin's settings make the plan.
          `select id, bm25_get_current_score() as score from chunks order by terms <@> to_bm25query($1, 'chunks_terms_bm25') limit $2`
        : `select id, -ts_rank(terms_tsv, q) as score from chunks, to_tsquery('simple', replace($1, ' ', ' | ')) q
             where terms_tsv @@ q order by score limit $2`;
    // Our BM25 (MiniSearch's) multiplies a chunk's score by the number of distinct query terms it
    // holds; PostgreSQL ranks a wider pool, which is re-ranked the same way here. The terms are
    // counted here, not in SQL: a strpos per query term over each pooled chunk's terms took ~250 ms
    // a question in PGlite (60 bench questions, 160-chunk pools, loaded machine), this ~25 ms.
    const words = [...new Set(terms.map((t) => encodeTerm(t.term)))];
    const pool = await client.query<{ id: string; score: number; terms: string }>(
      `select r.id, r.score, c.terms from (${ranked}) r join chunks c on c.id = r.id where r.score < 0`,
      [text, k * RERANK_POOL],
    );
    const reranked = pool.rows.map((r) => {
      const held = new Set(r.terms.split(" "));
      return { id: r.id, score: r.score * words.filter((w) => held.has(w)).length };
    });
    // Ordered in SQL as before (ties by id in the database's collation); only the k best are read whole.
    const { rows } = await client.query<ChunkRow>(
      `select ${CHUNK_COLUMNS} from unnest($1::text[], $2::float8[]) as s(id, score) join chunks c on c.id = s.id join articles a on a.id = c.article_id
       order by s.score, c.id limit $3`,
      [reranked.map((r) => r.id), reranked.map((r) => r.score), k],
    );
    return rows.filter((r) => this.current(r)).map(toChunk);
  }

  async nearest(vector: number[], k: number): Promise<{ chunk: Chunk; distance: number }[]> {
    if (k <= 0) return [];
    return this.archive.transaction((client) => this.nearestOn(client, vector, k), searchBegin(k));
  }

  async keywordSearch(terms: readonly QueryTerm[], k: number): Promise<Chunk[]> {
    if (k <= 0) return [];
    return this.archive.transaction((client) => this.keywordsOn(client, terms, k), searchBegin(k));
  }

  async candidates(vector: number[] | null, terms: readonly QueryTerm[], k: number): Promise<Candidates> {
    if (k <= 0) return { vector: [], lexical: [] };
    // Repeatable read: both searches see the same committed version of every article.
    return this.archive.transaction(
      async (client) => ({
        vector: vector ? (await this.nearestOn(client, vector, k)).map((hit) => hit.chunk) : [],
        lexical: terms.length > 0 ? await this.keywordsOn(client, terms, k) : [],
      }),
      searchBegin(k, "isolation level repeatable read read only"),
    );
  }

  async document(id: string): Promise<SourceDocument | null> {
    return this.articles.get(id)?.document ?? null;
  }

  async documentSummaries(): Promise<DocumentSummary[]> {
    return [...this.articles.values()]
      .map(({ document, chunks, added, alsoReportedBy }) => documentSummary(document, { chunks: chunks.length, added, alsoReportedBy }))
      .sort(byDate);
  }
}
