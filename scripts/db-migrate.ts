/** `npm run db:migrate`: apply the SQL migrations in db/migrations to DATABASE_URL (the app also does this on start). */
import { ConfigError, readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { migrate } from "../lib/store/postgres/migrate";
import { asDatabaseError, createPool, redactUrl } from "../lib/store/postgres/pool";

try {
  const config = readConfig({ ...process.env, STORE: "postgres" });
  const db = createPool(config);
  try {
    const applied = await migrate(db);
    console.log(
      applied.length > 0 ? `Applied ${applied.join(", ")} to ${redactUrl(config.DATABASE_URL!)}.` : `${redactUrl(config.DATABASE_URL!)} is up to date.`,
    );
  } catch (error) {
    throw asDatabaseError(error);
  } finally {
    await db.end();
  }
} catch (error) {
  const message =
    error instanceof AppError ? `${error.message} ${error.hint ?? ""}` : error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`Migration failed: ${message}`);
  process.exit(1);
}
