-- Each article's event facts (lib/index/event-facts.ts), read once by the writer that stores the
-- article, so an app process loading a version only merges them into the event catalog. Stored with
-- the version of the rules that read them: facts of other rules (or none, for rows written before
-- this migration) are read again from the text when a process loads the article.
alter table articles add column event_facts jsonb;
alter table articles add column event_facts_version text;
