/** The one error for a damaged or inconsistent index, with what to do about it. */
import { AppError } from "../errors";

/** What to do about any damaged index. */
export const REBUILD_HINT = "Rebuild the index: npm run index -- --force";

/** A `corrupt:index` error: the message names the file or folder and what is wrong with it. */
export function corruptIndex(message: string, cause?: unknown): AppError {
  return new AppError("corrupt:index", message, { hint: REBUILD_HINT, cause });
}
