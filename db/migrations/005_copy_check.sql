-- What an added article is compared with to find a copy (lib/corpus/near-duplicates.ts), as columns
-- an addition queries instead of reading every article's fingerprint: the body's sha256 and the
-- MinHash sketch as signed 32-bit integers (GIN: the articles sharing sketch hashes with it).
-- Rows that exist already are filled from the copy check kept in `metadata` (base64, little-endian).
alter table articles add column body_sha256 text;
alter table articles add column minhash integer[];
update articles a set
  body_sha256 = a.metadata->>'bodySha256',
  minhash = (
    select array_agg((get_byte(b, 4 * i) | (get_byte(b, 4 * i + 1) << 8) | (get_byte(b, 4 * i + 2) << 16) | (get_byte(b, 4 * i + 3) << 24)) order by i)
    from (select decode(a.metadata->'fingerprint'->>'minhash', 'base64') as b) s, generate_series(0, length(b) / 4 - 1) i
  )
where a.metadata ? 'fingerprint';
create index articles_body_sha256 on articles (body_sha256);
create index articles_minhash on articles using gin (minhash);
