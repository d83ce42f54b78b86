/** Times `npm run index` on the real corpus: scripts/index.ts --force into a temporary data folder, in a child process. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runTs } from "./child";

export interface CorpusResult {
  /** Wall clock of the whole command (process start, build, exit). */
  seconds: number;
  /** What the build itself reports. */
  buildSeconds: number;
  documents: number;
  chunks: number;
}

export async function indexRealCorpus(root: string): Promise<CorpusResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "vntrade-bench-corpus-"));
  try {
    const { stdout, seconds } = await runTs(path.join(root, "scripts", "index.ts"), ["--force", "--corpus", path.join(root, "corpus"), "--out", dataDir], {
      env: { EMBEDDINGS_PROVIDER: "local" },
    });
    const found = stdout.match(/Indexed (\d+) documents into (\d+) chunks in ([\d.]+) s/);
    if (!found) throw new Error(`Unexpected output of scripts/index.ts: ${stdout}`);
    return { seconds, buildSeconds: Number(found[3]), documents: Number(found[1]), chunks: Number(found[2]) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
