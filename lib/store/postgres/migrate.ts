/** Applies the SQL migrations in db/migrations in name order, each once, each in its own transaction. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { inTransaction, type Db } from "./pool";

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db", "migrations");

/** Any constant: two processes starting at once take turns (pg_advisory_xact_lock) instead of racing. */
const MIGRATION_LOCK = 715_015;

/** Apply what has not been applied yet; returns the names applied now. */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await fs.readdir(/*turbopackIgnore: true*/ dir)).filter((f) => f.endsWith(".sql")).sort();
  return inTransaction(db, async (client) => {
    await client.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())");
    const done = new Set((await client.query<{ name: string }>("select name from schema_migrations")).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f))) {
      // turbopackIgnore: the folder is read at run time; without it the build traces the whole project and warns.
      await client.query(await fs.readFile(path.join(/*turbopackIgnore: true*/ dir, file), "utf8"));
      await client.query("insert into schema_migrations (name) values ($1)", [file]);
      applied.push(file);
    }
    return applied;
  });
}
