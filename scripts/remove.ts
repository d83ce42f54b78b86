/** `npm run remove -- ID…`: take added articles out of the live archive (their originals kept aside for undo). */
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { compactIfDue } from "../lib/index/build";
import { compactionDue, describeDue } from "../lib/index/compact";
import { removeArticle } from "../lib/index/update";
import { USAGE_EXIT_CODE, readCommandLine } from "./command-line";

const USAGE = "Usage: npm run remove -- ID…\n  Removes added articles (ids as listed by GET /api/documents) from the archive and the live index.";

const { positionals } = readCommandLine(USAGE, { allowPositionals: true, options: {} });
if (positionals.length === 0) {
  console.error(`No article id given.\n\n${USAGE}`);
  process.exit(USAGE_EXIT_CODE);
}

const config = readConfig();
let failed = false;
for (const id of positionals) {
  try {
    const removed = await removeArticle(config, id);
    console.log(`removed   ${removed.id} "${removed.title}"`);
  } catch (error) {
    failed = true;
    const message =
      error instanceof AppError ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error instanceof Error ? error.message : String(error);
    console.log(`refused   ${id}: ${message}`);
  }
}
// Removed chunks stay in the base's graphs and postings until a build folds them away: past the threshold, now.
const due = await compactionDue(config).catch(() => null);
if (due) {
  console.log(`compacting: ${describeDue(due)} reached DELTA_COMPACT_CHUNKS (${due.threshold}); rebuilding the index from the folders…`);
  const done = await compactIfDue(config);
  if (done) console.log(`compacted: ${done.build.documents} articles, ${done.build.chunks} chunks in ${done.build.seconds.toFixed(1)} s`);
}
process.exit(failed ? 1 : 0);
