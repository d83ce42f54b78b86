/**
 * `npx tsx scripts/near-duplicates.ts DIR`: MinHash similarity and figure overlap of every pair of
 * articles in a folder, highest first — how NEAR_DUPLICATE_THRESHOLD and SAME_FIGURES were chosen.
 */
import { loadCorpus } from "../lib/corpus/load";
import { fingerprint, similarity, NEAR_DUPLICATE_THRESHOLD, SAME_FIGURES } from "../lib/corpus/near-duplicates";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npx tsx scripts/near-duplicates.ts DIR");
  process.exit(1);
}
const { documents } = await loadCorpus(dir, { maxFileBytes: 50 * 1024 * 1024 });
const prints = documents.map((d) => ({ id: d.id, source: d.source, print: fingerprint(d.body) }));
const rows: { a: string; b: string; s: number; figures: number }[] = [];
for (let i = 0; i < prints.length; i++) {
  for (let j = i + 1; j < prints.length; j++) {
    const a = prints[i]!.print;
    const b = prints[j]!.print;
    const set = new Set(a.figures);
    const shared = b.figures.filter((x) => set.has(x)).length;
    const union = a.figures.length + b.figures.length - shared;
    rows.push({ a: prints[i]!.id, b: prints[j]!.id, s: similarity(a, b), figures: union === 0 ? 1 : shared / union });
  }
}
rows.sort((x, y) => y.s - x.s);
console.log(`${documents.length} articles, ${rows.length} pairs; copies: similarity ≥ ${NEAR_DUPLICATE_THRESHOLD} and figures ≥ ${SAME_FIGURES}`);
for (const r of rows.filter((r) => r.s >= 0.1)) {
  const verdict = r.s >= NEAR_DUPLICATE_THRESHOLD && r.figures >= SAME_FIGURES ? "COPY" : "    ";
  console.log(`${verdict} ${r.s.toFixed(2)} figures ${r.figures.toFixed(2)}  ${r.a} ~ ${r.b}`);
}
const rest = rows.filter((r) => r.s < 0.1);
console.log(`${rest.length} pairs below 0.10 (max ${Math.max(0, ...rest.map((r) => r.s)).toFixed(2)})`);
