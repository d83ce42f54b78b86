-- Articles removed through the app, kept until their removal is undone (POST /api/documents
-- {"restore": id}) or the same id is removed again: the file as it was added and what the user said
-- about it. Every app process sees them, as every process sees the archive.
create table removed_articles (
  id text primary key,
  original_name text not null,
  original bytea not null,
  -- Title, date, source, url as the user gave them when adding (lib/corpus/document.ts DocumentMetadata).
  given jsonb,
  removed_at timestamptz not null default now()
);
