import { describe, expect, it } from "vitest";
import { ColumnScan } from "../../../lib/index/column-scan";

/** Seeded unit vectors (synthetic): `nonZero` random dimensions of `dimensions` set, the rest 0. */
function vectors(count: number, dimensions: number, nonZero: number, seed: number): number[][] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const v = new Array<number>(dimensions).fill(0);
    for (let i = 0; i < nonZero; i++) v[Math.floor(random() * dimensions)] = random() * 2 - 1;
    const norm = Math.sqrt(v.reduce((sum, x) => sum + x * x, 0)) || 1;
    return v.map((x) => x / norm);
  });
}

/** Brute force in float64: the rows by cosine distance to the query, as the scan must order them. */
function exact(stored: number[][], query: number[], k: number, hidden: Set<number> = new Set()) {
  const norm = Math.sqrt(query.reduce((sum, x) => sum + x * x, 0));
  return stored
    .map((v, row) => ({ row, distance: 1 - v.reduce((sum, x, d) => sum + x * query[d]!, 0) / norm }))
    .filter((hit) => !hidden.has(hit.row))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, k);
}

function scanOf(stored: number[][], dimensions: number): ColumnScan {
  const scan = ColumnScan.allocate(stored.length, dimensions)!;
  for (const [row, v] of stored.entries()) scan.set(row, v);
  return scan;
}

describe("ColumnScan", () => {
  // 103 rows: not a whole number of SIMD lanes, so the padding must never come back as a row.
  const dimensions = 64;
  const stored = vectors(103, dimensions, 40, 7);
  const scan = scanOf(stored, dimensions);

  it("returns the exact nearest rows and their cosine distances, for every query", () => {
    for (const [i, query] of vectors(20, dimensions, 8, 11).entries()) {
      // Half the queries not unit length: the distance is still the cosine one.
      const q = i % 2 ? query.map((x) => x * 3) : query;
      const found = scan.nearest(q, 10);
      const expected = exact(stored, q, 10);
      expect(found.map((f) => f.row)).toEqual(expected.map((e) => e.row));
      for (const [j, f] of found.entries()) expect(f.distance).toBeCloseTo(expected[j]!.distance, 5);
    }
  });

  it("adds every non-zero dimension when their count is not a multiple of the four columns a pass takes", () => {
    for (const nonZero of [1, 5, 7]) {
      const query = new Array<number>(dimensions).fill(0);
      for (let i = 0; i < nonZero; i++) query[(i * 13) % dimensions] = (i % 2 ? -1 : 1) * (i + 1);
      expect(scan.nearest(query, 10).map((f) => f.row)).toEqual(exact(stored, query, 10).map((e) => e.row));
    }
  });

  it("leaves out hidden rows (a removed article's chunks)", () => {
    const query = vectors(1, dimensions, 8, 3)[0]!;
    const best = exact(stored, query, 3).map((e) => e.row);
    const hidden = new Uint8Array(stored.length);
    for (const row of best) hidden[row] = 1;
    const found = scan.nearest(query, 5, hidden);
    expect(found.map((f) => f.row)).toEqual(exact(stored, query, 5, new Set(best)).map((e) => e.row));
    expect(found.some((f) => best.includes(f.row))).toBe(false);
  });

  it("returns every row when k is larger than the scan", () => {
    const small = scanOf(stored.slice(0, 5), dimensions);
    expect(small.nearest(stored[2]!, 10).map((f) => f.row)).toHaveLength(5);
    expect(small.nearest(stored[2]!, 10)[0]!.row).toBe(2);
  });

  it("takes sparse queries and leaves dense ones (an endpoint model's) to the graphs", () => {
    expect(scan.suits(vectors(1, dimensions, 8, 5)[0]!)).toBe(true);
    expect(scan.suits(new Array<number>(dimensions).fill(0.125))).toBe(false);
  });

  it("refuses more vectors than WebAssembly's memory holds", () => {
    expect(ColumnScan.allocate(3_000_000, 512)).toBeNull();
  });
});
