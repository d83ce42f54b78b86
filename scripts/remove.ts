/** `npm run remove -- ID…`: take added articles out of the live archive (their originals kept aside for undo). */
import { parseArgs } from "node:util";
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { removeArticle } from "../lib/index/update";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean", short: "h", default: false } } });
if (values.help || positionals.length === 0) {
  console.log("Usage: npm run remove -- ID…\n  Removes added articles (ids as listed by GET /api/documents) from the archive and the live index.");
  process.exit(values.help ? 0 : 1);
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
process.exit(failed ? 1 : 0);
