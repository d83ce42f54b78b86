/** `npm run add -- FILE… [--title T] [--date D] [--source S] [--url U]`: add articles to the live archive, printing what happened to each file. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { readConfig } from "../lib/config";
import { AppError } from "../lib/errors";
import { compactIfDue } from "../lib/index/build";
import { compactionDue, describeDue } from "../lib/index/compact";
import { addArticles } from "../lib/index/update";
import { describeOutcome } from "../lib/index/sync-log";
import { USAGE_EXIT_CODE, readCommandLine } from "./command-line";

const USAGE =
  "Usage: npm run add -- FILE… [--title T] [--date YYYY-MM-DD] [--source OUTLET] [--url LINK]\n" +
  "  Adds .txt, .md, .html/.htm and .pdf articles to the archive (DATA_DIR/articles) and the live index.\n" +
  "  --title/--date/--source/--url apply to every file given (usually one); they win over what the file says.";

const { values, positionals } = readCommandLine(USAGE, {
  allowPositionals: true,
  options: {
    title: { type: "string" },
    date: { type: "string" },
    source: { type: "string" },
    url: { type: "string" },
  },
});

if (positionals.length === 0) {
  console.error(`No file given.\n\n${USAGE}`);
  process.exit(USAGE_EXIT_CODE);
}

try {
  const config = readConfig();
  const metadata = Object.fromEntries(Object.entries({ title: values.title, date: values.date, source: values.source, url: values.url }).filter(([, v]) => v));
  const uploads = [];
  const unreadable: string[] = [];
  for (const file of positionals) {
    const stat = await fs.stat(file).catch(() => null);
    if (!stat?.isFile()) {
      unreadable.push(`refused   ${file}: no such file`);
      continue;
    }
    if (stat.size > config.MAX_FILE_BYTES) {
      unreadable.push(
        `refused   ${file}: too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${(config.MAX_FILE_BYTES / 1048576).toFixed(1)} MB, MAX_FILE_BYTES)`,
      );
      continue;
    }
    uploads.push({ name: path.basename(file), bytes: await fs.readFile(file), metadata: Object.keys(metadata).length ? metadata : undefined });
  }
  for (const line of unreadable) console.log(line);
  const outcomes = uploads.length ? await addArticles(config, uploads, `npm run add (pid ${process.pid})`) : [];
  for (const outcome of outcomes) console.log(describeOutcome(outcome));
  if (outcomes.some((o) => o.status === "added")) {
    const due = await compactionDue(config);
    if (due) {
      console.log(`compacting: ${describeDue(due)} reached DELTA_COMPACT_CHUNKS (${due.threshold}); rebuilding the index from the folders…`);
      const done = await compactIfDue(config);
      if (done) console.log(`compacted: ${done.build.documents} articles, ${done.build.chunks} chunks in ${done.build.seconds.toFixed(1)} s`);
    }
  }
  process.exit(unreadable.length === 0 && outcomes.every((o) => o.status !== "refused") ? 0 : 1);
} catch (error) {
  const message = error instanceof AppError ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error instanceof Error ? error.message : String(error);
  console.error(`Adding failed: ${message}`);
  process.exit(2);
}
