/**
 * Indexing time of one large file: 5 MB of the same few lines repeated (the input that made
 * cleaning quadratic: 40k lines took 134 s) beside 5 MB of normal text (the corpus's sentences
 * recombined). Linear indexing keeps the two within a small factor of each other.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readConfig } from "../lib/config";
import { cleanCapture } from "../lib/corpus/clean";
import { buildIndex } from "../lib/index/build";
import { indexDirOf } from "../lib/index/store";
import { Random } from "./random";
import { sentencePool } from "./synthetic-corpus";

/** Just under the default MAX_FILE_BYTES (5 MiB), so the file is read, not skipped. */
export const BIG_FILE_BYTES = 5_000_000;

export interface BigFileResult {
  name: "repeated lines" | "normal text";
  bytes: number;
  lines: number;
  cleanSeconds: number;
  indexSeconds: number;
  chunks: number;
}

function fill(next: () => string): string {
  const lines: string[] = [];
  let bytes = 0;
  while (bytes < BIG_FILE_BYTES - 1000) {
    const line = next();
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}

async function measure(name: BigFileResult["name"], text: string): Promise<BigFileResult> {
  const started = performance.now();
  cleanCapture(text);
  const cleanSeconds = (performance.now() - started) / 1000;
  const dir = mkdtempSync(path.join(os.tmpdir(), "vntrade-bigfile-"));
  try {
    const corpusDir = path.join(dir, "corpus");
    mkdirSync(corpusDir);
    writeFileSync(path.join(corpusDir, "big.txt"), `Tiêu đề một bài báo rất dài về thương mại\n\n${text}`);
    const config = readConfig({ DATA_DIR: path.join(dir, "data"), CORPUS_DIR: corpusDir });
    const t0 = performance.now();
    const summary = await buildIndex({ config, corpusDir, indexDir: indexDirOf(config.dataDir) });
    return {
      name,
      bytes: Buffer.byteLength(text),
      lines: text.split("\n").length,
      cleanSeconds,
      indexSeconds: (performance.now() - t0) / 1000,
      chunks: summary.chunks,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchBigFiles(root: string, seed: number): Promise<BigFileResult[]> {
  const pool = await sentencePool(path.join(root, "corpus"), 5 * 1024 * 1024);
  const random = new Random(seed);
  const repeated = ["Ảnh minh họa hội nghị thương mại song phương", "Dòng lặp lại về thuế quan đối ứng", "Một câu lặp lại về đàm phán giữa hai nước."];
  let i = 0;
  const results = [
    await measure(
      "repeated lines",
      fill(() => repeated[i++ % repeated.length]!),
    ),
  ];
  results.push(
    await measure(
      "normal text",
      fill(() => Array.from({ length: 3 }, () => random.pick(pool.sentences)).join(" ")),
    ),
  );
  return results;
}
