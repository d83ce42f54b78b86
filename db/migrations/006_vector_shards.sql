-- Vector shards: the chunks are split into shards of at most PG_HNSW.shardSize (lib/store/postgres/archive.ts),
-- each with its own partial HNSW index (`where shard = N`), searched side by side and merged by distance,
-- as the embedded index splits its graphs. One pgvector graph over 100,000 synthetic chunks reached
-- recall@10 0.647 at ef_search 768; graphs of 10,000 reach about 0.96 (README, Scaling out).
-- Rows that exist already are shard 0, and an archive built before this migration keeps its one
-- index over every chunk (it serves shard 0's searches) until `npm run index -- --store postgres --force`.
alter table chunks add column shard integer not null default 0;
-- An addition counts the chunks of the last shard to know whether it is full.
create index chunks_shard on chunks (shard);
-- How many shards readers search (0 … vector_shards - 1): set by the writer that opens a shard.
alter table archive_state add column vector_shards integer not null default 1;
