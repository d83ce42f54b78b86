/** An article's content version: a short hash of its cleaned body, carried by every citation so a later view can tell whether the offsets still hold. */
import { createHash } from "node:crypto";

export function contentVersion(body: string): string {
  return createHash("sha256").update(body).digest("hex").slice(0, 12);
}
