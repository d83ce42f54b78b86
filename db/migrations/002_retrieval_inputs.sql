-- What retrieval reads besides the two searches, kept by the writers so that an app process loads it
-- without scanning every chunk's terms:
--  * articles.position, the archive's order: the event catalog (lib/index/event-catalog.ts) merges
--    reports in it, as the embedded index does in its build order. Rows that exist already are
--    numbered in whatever order the table gives; `npm run index -- --store postgres --force` renumbers.
--  * lexical_terms, every BM25 term (syllable or bigram, encoded as in the `terms` column) with the
--    number of chunks holding it: the retriever checks multi-word names pair by pair against it.

alter table articles add column position bigserial;
create index articles_position on articles (position);

create table lexical_terms (
  term text primary key,
  chunks integer not null
);
insert into lexical_terms (term, chunks)
  select t, count(distinct c.id)::int
  from chunks c cross join lateral unnest(string_to_array(c.terms, ' ')) t
  where t <> ''
  group by t;
