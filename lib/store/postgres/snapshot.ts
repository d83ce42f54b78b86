/**
 * What an app process keeps of one version of the PostgreSQL archive besides the two searches — the
 * term statistics, the articles and chunks the event catalog is built from, every BM25 term (for
 * hasTerm), also-reported-by — read in one snapshot, re-reading only the articles that changed.
 */
import { AppError } from "../../errors";
import { parseStoredEventFacts, type ArticleEventFacts } from "../../index/event-facts";
import type { AlsoReportedBy, Chunk, SourceDocument } from "../../types";
import { REBUILD_HINT, type ArchiveState, type PostgresArchive } from "./archive";
import type { DbClient } from "./pool";

/** One article as the process keeps it: the object is reused while the article is unchanged (the event facts are cached per object). */
export interface KeptArticle {
  document: SourceDocument;
  /** `updated_at` as PostgreSQL printed it: a replaced article is a new row with a new time. */
  stamp: string;
  chunks: Chunk[];
  alsoReportedBy: AlsoReportedBy[];
  /** Added through the app (so it can be removed there), not loaded from the corpus folder. */
  added: boolean;
  /** The event facts its writer stored, when they are of the current rules (else the catalog reads the text). */
  facts: ArticleEventFacts | null;
}

export interface ArchiveSnapshot {
  state: ArchiveState;
  /** Articles in archive order (`articles.position`). */
  articles: Map<string, KeptArticle>;
  chunkCount: number;
  /** Folded syllable → chunks whose text holds it. */
  frequencies: [string, number][];
  /** Every BM25 term of the archive, encoded as in the `terms` column. */
  terms: Set<string>;
}

interface ArticleRow {
  id: string;
  stamp: string;
  also: AlsoReportedBy[] | null;
  added: boolean;
}

/** An article row: the document's own columns plus its stored event facts. */
interface BodyRow extends SourceDocument {
  event_facts: unknown;
  event_facts_version: string | null;
}

interface ChunkRefRow {
  id: string;
  article_id: string;
  start_offset: number;
  end_offset: number;
}

/** A chunk rebuilt from its article and offsets (the offsets rule: `body.slice(start, end) === text`). */
const chunkOf = (doc: SourceDocument, r: ChunkRefRow): Chunk => ({
  id: r.id,
  docId: doc.id,
  title: doc.title,
  date: doc.date,
  url: doc.url,
  source: doc.source,
  start: r.start_offset,
  end: r.end_offset,
  text: doc.body.slice(r.start_offset, r.end_offset),
});

/**
 * Read the archive as one committed version. `previous` (the articles kept for the last version)
 * lets unchanged articles keep their objects, so only changed ones are fetched and read for events.
 */
export async function readSnapshot(archive: PostgresArchive, previous?: ReadonlyMap<string, KeptArticle>): Promise<ArchiveSnapshot> {
  // Repeatable read: every statement below sees the same version, whatever writers commit meanwhile.
  return archive.transaction(async (client) => {
    const state = await archive.state(client, false);
    const list = (
      await client.query<ArticleRow>(
        `select id, updated_at::text as stamp, metadata->'alsoReportedBy' as also, coalesce((metadata->>'added')::boolean, false) as added
           from articles order by position, id`,
      )
    ).rows;
    const changed = list.filter((r) => previous?.get(r.id)?.stamp !== r.stamp).map((r) => r.id);
    const fetched = await fetchArticles(client, changed);
    const articles = new Map<string, KeptArticle>();
    for (const row of list) {
      const kept = fetched.get(row.id) ?? previous?.get(row.id);
      if (!kept) continue;
      articles.set(row.id, { ...kept, stamp: row.stamp, alsoReportedBy: row.also ?? [], added: row.added });
    }
    const frequencies = (await client.query<{ term: string; chunks: number }>("select term, chunks from term_frequencies")).rows.map(
      (r) => [r.term, r.chunks] as [string, number],
    );
    const terms = new Set((await client.query<{ term: string }>("select term from lexical_terms where chunks > 0")).rows.map((r) => r.term));
    let chunkCount = 0;
    for (const a of articles.values()) chunkCount += a.chunks.length;
    return { state, articles, chunkCount, frequencies, terms };
  }, "begin isolation level repeatable read read only");
}

/** An article's stored event facts, checked; null when missing or of other rules (damaged ones are an error, as in the embedded index). */
function storedFacts(row: BodyRow): ArticleEventFacts | null {
  if (row.event_facts === null || row.event_facts_version === null) return null;
  let parsed: ArticleEventFacts[] | null;
  try {
    parsed = parseStoredEventFacts({ version: row.event_facts_version, articles: [row.event_facts] });
  } catch (error) {
    throw new AppError("corrupt:index", `The event facts stored with the article "${row.id}" are damaged (${(error as Error).message}).`, {
      hint: REBUILD_HINT,
      cause: error,
    });
  }
  const facts = parsed?.[0];
  return facts?.docId === row.id ? facts : null;
}

/** Bodies, event facts and chunk offsets of the given articles. */
async function fetchArticles(client: DbClient, ids: string[]): Promise<Map<string, KeptArticle>> {
  const out = new Map<string, KeptArticle>();
  if (ids.length === 0) return out;
  const { rows: docs } = await client.query<BodyRow>(
    "select id, title, date, published, url, source, lang, body, event_facts, event_facts_version from articles where id = any($1::text[])",
    [ids],
  );
  for (const row of docs) {
    const { event_facts: _facts, event_facts_version: _factsVersion, ...document } = row;
    out.set(row.id, { document, stamp: "", chunks: [], alsoReportedBy: [], added: false, facts: storedFacts(row) });
  }
  const { rows: refs } = await client.query<ChunkRefRow>(
    "select id, article_id, start_offset, end_offset from chunks where article_id = any($1::text[]) order by article_id, ordinal",
    [ids],
  );
  for (const r of refs) {
    const article = out.get(r.article_id);
    if (article) article.chunks.push(chunkOf(article.document, r));
  }
  return out;
}
