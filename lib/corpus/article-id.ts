/** The article id rule: what an uploaded file's name may become, and what the article routes accept as an id. */

/**
 * Longest id, in characters: with the longest extension and the temporary-name prefix and suffix
 * the archive writes under (`.incoming-<file>-<pid>-<time>`), an ASCII id stays well within a file
 * system's 255-byte name limit.
 */
export const MAX_ARTICLE_ID_CHARS = 120;

/** Letters, digits, "_", "." and "-", starting with a letter or digit: a file name without its extension, never a path. */
const ARTICLE_ID = new RegExp(`^[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,${MAX_ARTICLE_ID_CHARS - 1}}$`, "u");

/** Whether a string can be an article id (no separators, no parent reference, at most MAX_ARTICLE_ID_CHARS). */
export function isArticleId(id: string): boolean {
  return ARTICLE_ID.test(id) && !id.includes("..");
}
