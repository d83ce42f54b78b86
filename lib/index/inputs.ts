/** The corpus folder's input hashes: what decides whether a rebuild is due. */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";

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
