/** The errors of an index that is damaged or was built for another configuration, with what to do about it. */
import { AppError } from "../errors";

/** What to do about any damaged index. */
export const REBUILD_HINT = "Rebuild the index: npm run index -- --force";

/** A `corrupt:index` error: the message names the file or folder and what is wrong with it. */
export function corruptIndex(message: string, cause?: unknown): AppError {
  return new AppError("corrupt:index", message, { hint: REBUILD_HINT, cause });
}

/** Where an index is kept, as its errors name it, and the command that builds it again. */
export interface IndexPlace {
  /** The subject of a sentence: "The index", "The archive in PostgreSQL". */
  name: string;
  /** The command that builds it again with the configured embedder. */
  reindex: string;
}

/** The embedded index in the data folder. */
export const FILE_INDEX: IndexPlace = { name: "The index", reindex: "npm run index -- --force" };

/**
 * An `incompatible:index` error: the index was embedded with another embedder than the configured
 * one, so its vectors and a question's are not comparable.
 */
export function embedderMismatch(place: IndexPlace, built: { name: string; dimensions: number }, configured: string): AppError {
  return new AppError(
    "incompatible:index",
    `${place.name} was built with the embedder "${built.name}" (${built.dimensions} dimensions), but the configured embedder is "${configured}".`,
    { hint: `Re-index with the configured embedder (${place.reindex}), or set the embeddings configuration back to what built it.` },
  );
}
