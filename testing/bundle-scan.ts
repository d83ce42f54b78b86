/** Finds a secret in the files of a Next build that a browser can fetch: static chunks and prerendered pages and RSC payloads. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The client-visible files of the build in `distDir` (a `.next` folder). */
export function clientVisibleFiles(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, keepFile: (f: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, keepFile);
      else if (keepFile(full)) out.push(full);
    }
  };
  walk(path.join(distDir, "static"), () => true);
  walk(path.join(distDir, "server", "app"), (f) => /\.(html|rsc|body|meta|segment\.rsc)$/.test(f));
  walk(path.join(distDir, "server", "pages"), (f) => /\.(html|json)$/.test(f));
  return out;
}

/** The files among `files` whose bytes contain `needle`. */
export function filesContaining(files: string[], needle: string): string[] {
  return files.filter((f) => readFileSync(f).includes(needle));
}
