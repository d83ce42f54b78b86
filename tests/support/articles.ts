/** The synthetic article fixtures, read as an upload would be, for the format and chrome tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleRead } from "@/lib/corpus/read-article";
import { FIXTURES } from "./test-index";

export const ARTICLES = path.join(FIXTURES, "articles");
/** Generous enough for every fixture; the limits themselves are tested elsewhere. */
export const options = { maxFileBytes: 5 * 1024 * 1024 };
export const fixture = (name: string) => ({ name, bytes: readFileSync(path.join(ARTICLES, name)) });

/** The document of an accepted article; a refusal fails the test with its reason. */
export function document(result: ArticleRead) {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.document;
}
