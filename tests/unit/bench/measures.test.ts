/** What `npm run bench` reports rests on these: exact search, recall, percentiles, seeded corpora and the HNSW rule. */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExactScan, recallAtK } from "@/bench/exact-search";
import { chooseHnsw } from "@/bench/report";
import { Random } from "@/bench/random";
import type { CurvePoint, ScaleResult } from "@/bench/results";
import { summarize } from "@/bench/stats";
import { sentencePool, writeSyntheticCorpus } from "@/bench/synthetic-corpus";
import { loadCorpus } from "@/lib/corpus/load";
import { chunkDocument } from "@/lib/index/chunk";
import { PROJECT_CORPUS } from "../../support/test-index";

function unitVectors(count: number, dimensions: number, random: Random): Float32Array[] {
  return Array.from({ length: count }, () => {
    const v = Float32Array.from({ length: dimensions }, () => random.next() - 0.5);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

describe("exact scan and recall", () => {
  it("returns the true top k by cosine, best first", () => {
    const random = new Random(7);
    const vectors = unitVectors(300, 16, random);
    const scan = new ExactScan(vectors, 16);
    const query = unitVectors(1, 16, random)[0]!;
    const dot = (v: Float32Array) => v.reduce((sum, x, i) => sum + x * query[i]!, 0);
    const expected = vectors
      .map((v, id) => ({ id, score: dot(v) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    const found = scan.search(query, 10);
    expect(found.ids).toEqual(expected.map((e) => e.id));
    found.scores.forEach((s, i) => {
      expect(s).toBeCloseTo(expected[i]!.score, 5);
    });
  });

  it("counts a result as found when it scores at least the exact k-th, so ties are not misses", () => {
    const exact = { ids: [1, 2, 3], scores: [0.9, 0.8, 0.7] };
    expect(recallAtK(exact, [0.9, 0.8, 0.7], 3)).toBe(1);
    expect(recallAtK(exact, [0.9, 0.8, 0.7000001], 3)).toBe(1);
    expect(recallAtK(exact, [0.9, 0.7, 0.5], 3)).toBeCloseTo(2 / 3);
    // A near-tie counts only within the tolerance asked for.
    expect(recallAtK(exact, [0.9, 0.695, 0.6], 3)).toBeCloseTo(1 / 3);
    expect(recallAtK(exact, [0.9, 0.695, 0.6], 3, 0.01)).toBeCloseTo(2 / 3);
  });
});

describe("percentiles", () => {
  it("uses nearest rank over the samples", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i);
    const latency = summarize(samples);
    expect(latency).toMatchObject({ n: 200, p50: 100, p95: 190, p99: 198 });
    expect(latency.mean).toBeCloseTo(100.5);
  });
});

describe("synthetic corpora", () => {
  it("make exactly the chunks asked for, the same ones for the same seed", async () => {
    const pool = await sentencePool(PROJECT_CORPUS, 5_000_000);
    const chunkTexts = async (seed: number) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bench-corpus-"));
      try {
        const written = await writeSyntheticCorpus(dir, pool, 150, seed);
        const { documents } = await loadCorpus(dir, { maxFileBytes: 5_000_000 });
        const chunks = documents.flatMap((d) => chunkDocument(d));
        expect(written.chunks).toBe(150);
        expect(chunks).toHaveLength(150);
        return chunks.map((c) => c.text);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const first = await chunkTexts(42);
    expect(await chunkTexts(42)).toEqual(first);
    expect(await chunkTexts(43)).not.toEqual(first);
    // Made of the corpus's own sentences.
    expect(first.some((t) => pool.sentences.some((s) => t.includes(s)))).toBe(true);
  });
});

describe("choosing the HNSW defaults from the curve", () => {
  const point = (M: number, efConstruction: number, ef: number, recallAt10: number, p95: number, graphBuildSeconds: number): CurvePoint => ({
    shardSize: 10_000,
    M,
    efConstruction,
    ef,
    recallAt10,
    graphBuildSeconds,
    recallBySource: {},
    nearRecallAt10: recallAt10,
    searchMs: { n: 200, p50: p95 / 2, p95, p99: p95, mean: p95 / 2 },
  });
  const scale = (chunks: number, curve: CurvePoint[]) => ({ chunks, curve }) as unknown as ScaleResult;

  it("takes the cheapest affordable graph that reaches the recall, then the smallest ef", () => {
    const curve = [
      point(16, 64, 4096, 0.955, 5.2, 18), // cheap, but short of the recall margin
      point(24, 96, 2048, 0.955, 4.0, 27),
      point(24, 96, 3072, 0.97, 5.6, 27),
      point(24, 96, 4096, 0.975, 12.4, 27), // searches too slowly
      point(32, 128, 2048, 0.99, 4.6, 34), // links too slowly: 100k chunks at 2,000/s leave it 30 s
    ];
    const choice = chooseHnsw([scale(10_000, [point(8, 32, 64, 0.99, 0.5, 1)]), scale(100_000, curve)]);
    expect(choice).toMatchObject({ scale: 100_000, reachesTarget: true, point: { M: 24, efConstruction: 96, ef: 3072 } });
  });

  it("falls back to the best affordable recall, saying it is short of the target", () => {
    const curve = [
      point(16, 64, 3072, 0.77, 5.7, 22),
      point(24, 96, 3072, 0.83, 5.9, 29),
      point(24, 96, 4096, 0.86, 10.5, 29),
      point(16, 128, 3072, 0.84, 5.8, 39),
    ];
    expect(chooseHnsw([scale(100_000, curve)])).toMatchObject({ reachesTarget: false, point: { M: 24, efConstruction: 96, ef: 3072 } });
  });

  it("chooses nothing when no other graph was built and timed", () => {
    expect(chooseHnsw([scale(10_000, [{ ...point(24, 96, 3072, 0.99, 3, 0), graphBuildSeconds: null }])])).toBeNull();
  });
});
