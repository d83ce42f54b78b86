/** The corpus folder's input hashes and the cleaning rules' version: what decides whether a rebuild is due. */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import * as CHROME_LEXICON from "../corpus/chrome-lexicon";
import { CLEANING_RULES_VERSION } from "../corpus/clean";

/** The chrome lexicon as text, its patterns by source and flags (JSON alone writes a RegExp as {}). */
const lexiconText = JSON.stringify(CHROME_LEXICON, (_, value: unknown) => (value instanceof RegExp ? `/${value.source}/${value.flags}` : value));

/**
 * Version of the cleaning rules and the chrome lexicon's words an index's bodies were cleaned with:
 * an index cleaned under another is rebuilt by the next `npm run index` or `npm start`, as when a
 * corpus file changes.
 */
export const CLEANING_VERSION = `${CLEANING_RULES_VERSION}:${createHash("sha256").update(lexiconText).digest("hex").slice(0, 12)}`;

/** sha256 of every regular, non-hidden file in a folder: what decides whether a rebuild is due. */
export async function hashInputs(corpusDir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(corpusDir, { withFileTypes: true });
  const out: Record<string, string> = {};
  for (const e of entries.filter((e) => e.isFile() && !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name))) {
    const bytes = await fs.readFile(path.join(corpusDir, e.name)).catch(() => null);
    out[e.name] = bytes ? createHash("sha256").update(bytes).digest("hex") : "unreadable";
  }
  return out;
}
