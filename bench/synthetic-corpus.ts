/** Synthetic corpora of an exact chunk count, made by recombining the real corpus's own sentences with a seeded generator. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../lib/corpus/load";
import { buildDocument } from "../lib/corpus/document";
import { chunkDocument, sentenceSpans } from "../lib/index/chunk";
import { Random } from "./random";

/** The real corpus's sentences and outlets, the material synthetic articles are made of. */
export interface SentencePool {
  sentences: string[];
  sources: string[];
}

export async function sentencePool(corpusDir: string, maxFileBytes: number): Promise<SentencePool> {
  const { documents } = await loadCorpus(corpusDir, { maxFileBytes });
  const sentences = documents.flatMap((d) => sentenceSpans(d.body).map((s) => d.body.slice(s.start, s.end)));
  return {
    sentences: [...new Set(sentences.filter((s) => s.split(" ").length >= 4))],
    sources: [...new Set(documents.map((d) => d.source).filter((s): s is string => s !== null))],
  };
}

interface Article {
  title: string;
  date: string;
  source: string;
  paragraphs: string[];
}

function randomArticle(pool: SentencePool, random: Random): Article {
  const words = random
    .pick(pool.sentences)
    .replace(/[.!?…]+$/u, "")
    .split(" ");
  const start = random.int(0, Math.max(0, words.length - 8));
  const paragraphs = Array.from({ length: random.int(3, 12) }, () => Array.from({ length: random.int(1, 4) }, () => random.pick(pool.sentences)).join(" "));
  return {
    title: words.slice(start, start + random.int(6, 14)).join(" "),
    date: `20${random.int(20, 25)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    source: pool.sources.length > 0 ? random.pick(pool.sources) : "Synthetic",
    paragraphs,
  };
}

/** Chunks the indexer will make of an article: the same cleaning and chunking as `npm run index`. */
function chunkCount(id: string, article: Article): number {
  const { document } = buildDocument(id, article.paragraphs.join("\n\n"), { title: article.title, date: article.date, source: article.source });
  return chunkDocument(document).length;
}

function fileText(article: Article): string {
  const meta = { title: article.title, date: article.date, source: article.source };
  const frontMatter = Object.entries(meta)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join("\n");
  return `---\n${frontMatter}\n---\n${article.paragraphs.join("\n\n")}\n`;
}

/** Write articles into `dir` until they make exactly `chunks` chunks; the last article is trimmed to fit. */
export async function writeSyntheticCorpus(dir: string, pool: SentencePool, chunks: number, seed: number): Promise<{ documents: number; chunks: number }> {
  await fs.mkdir(dir, { recursive: true });
  const random = new Random(seed);
  let total = 0;
  let documents = 0;
  while (total < chunks) {
    const id = `synthetic-${String(documents).padStart(6, "0")}`;
    const article = randomArticle(pool, random);
    let count = chunkCount(id, article);
    while (total + count > chunks && article.paragraphs.length > 1) {
      article.paragraphs.pop();
      count = chunkCount(id, article);
    }
    if (total + count > chunks) continue;
    await fs.writeFile(path.join(dir, `${id}.txt`), fileText(article));
    total += count;
    documents++;
  }
  return { documents, chunks: total };
}

/**
 * A synthetic article of the pool's sentences to add to a built archive, made unlike every other: a
 * word of its own every fourth word, or its 5-word shingles would match the synthetic corpus's (made
 * of the same sentences) and it would be kept as a near-duplicate instead of indexed. Six paragraphs
 * of three sentences (about 15 chunks).
 */
export function uniqueArticle(pool: SentencePool, random: Random, n: number, seed: number): { name: string; bytes: Buffer } {
  const own = (sentence: string, k: number) =>
    sentence
      .split(" ")
      .map((w, i) => (i % 4 === 3 ? `${w} riêng${n}x${k}x${i}` : w))
      .join(" ");
  const paragraphs = Array.from({ length: 6 }, (_, p) => Array.from({ length: 3 }, (_, k) => own(random.pick(pool.sentences), p * 3 + k)).join(" "));
  return {
    name: `bench-added-${seed}-${n}.txt`,
    bytes: Buffer.from(`---\ntitle: "Bench addition ${n}"\ndate: 2025-12-01\nsource: "Bench"\n---\n${paragraphs.join("\n\n")}\n`),
  };
}
