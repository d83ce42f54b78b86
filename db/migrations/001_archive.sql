-- The archive in PostgreSQL: articles, their chunks with vectors (pgvector) and folded terms (BM25),
-- the embedder that made the vectors, and a version bumped by every write so readers know to reload.
-- The HNSW index is created by the writer once it knows the embedder's dimensions (lib/store/postgres/archive.ts).

create extension if not exists vector;

create table archive_state (
  singleton boolean primary key default true check (singleton),
  -- Bumped by every write transaction; app processes compare it on each request.
  version bigint not null default 0,
  embedder_name text,
  embedder_dimensions integer,
  -- What the built-in embedder learnt from the corpus (JSON), so every process embeds queries alike.
  embedder_state text,
  chunking jsonb,
  -- sha256 of every corpus file of the last full build: `npm run index` skips an unchanged corpus.
  inputs jsonb,
  built_at timestamptz
);
insert into archive_state default values;

create table articles (
  id text primary key,
  title text not null,
  date text,
  published text,
  url text,
  source text,
  lang text not null,
  -- The cleaned body: every offset in the app points into it.
  body text not null,
  -- The file as it was added, when the writer kept it (rebuilds start from these).
  original bytea,
  original_name text,
  -- Further data about the article (duplicates, events…) as its writers define it.
  metadata jsonb not null default '{}',
  updated_at timestamptz not null default now()
);

create table chunks (
  id text primary key,
  article_id text not null references articles (id) on delete cascade,
  ordinal integer not null,
  start_offset integer not null,
  end_offset integer not null,
  -- body[start_offset, end_offset) in JavaScript string units, kept so a search needs no slicing.
  text text not null,
  -- Our folded Vietnamese terms (syllables and bigrams, encoded by lib/store/postgres/terms.ts), for BM25.
  terms text not null,
  embedding vector not null,
  data jsonb not null default '{}',
  check (start_offset >= 0 and start_offset < end_offset)
);
create index chunks_article on chunks (article_id, ordinal);

-- Document frequency of each folded syllable over the chunks' text, kept by the writers.
create table term_frequencies (
  term text primary key,
  chunks integer not null
);

-- Keyword ranking: BM25 inside PostgreSQL where pg_textsearch is installed; elsewhere a tsvector
-- column ranked by ts_rank (lib/store/postgres/store.ts picks whichever index exists).
do $$
begin
  if exists (select 1 from pg_available_extensions where name = 'pg_textsearch') then
    create extension if not exists pg_textsearch;
    create index chunks_terms_bm25 on chunks using bm25 (terms) with (text_config = 'simple');
  else
    alter table chunks add column terms_tsv tsvector generated always as (to_tsvector('simple', terms)) stored;
    create index chunks_terms_tsv on chunks using gin (terms_tsv);
  end if;
end
$$;
