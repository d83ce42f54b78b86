/**
 * Near-duplicate articles: the same report syndicated by several outlets, found by MinHash
 * (bottom-k sketches: the k smallest hashes of an article's word 5-shingles over folded syllables)
 * with a check that both texts state the same figures. Template reports of different events share
 * most of their wording but not their numbers (round, dates, percentages); syndicated copies keep them.
 */
import { foldedTerms } from "../text/normalize";

/** Hashes kept per article: the k smallest of its shingles'. */
export const SIGNATURE_SIZE = 128;
const SHINGLE = 5;
/**
 * Estimated shingle overlap at or above which two articles may be copies. Measured with
 * `npx tsx scripts/near-duplicates.ts DIR` (see README, Adding articles).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Share of figures the two texts must have in common (Jaccard of their sets of numbers). */
export const SAME_FIGURES = 0.8;

/** An article's fingerprint: its sketch (ascending, distinct hashes) and the figures it states. */
export interface Fingerprint {
  signature: Uint32Array;
  figures: string[];
}

/** FNV-1a then murmur3's finaliser, so that the smallest hashes are a fair sample of the shingles. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Numbers the text states ("46%", "2025", "19,5"), normalised, as a sorted set. */
function figuresOf(text: string): string[] {
  const found = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return [...new Set(found.map((n) => n.replace(/[.,](?=\d{3}\b)/g, "").replace(",", ".")))].sort();
}

export function fingerprint(text: string): Fingerprint {
  const words = foldedTerms(text);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) hashes.add(hash(words.slice(i, i + SHINGLE).join(" ")));
  const sorted = Uint32Array.from(hashes).sort();
  return { signature: sorted.subarray(0, SIGNATURE_SIZE), figures: figuresOf(text) };
}

/**
 * Estimated Jaccard similarity of two articles' shingle sets: of the k smallest hashes of the
 * union, the share that both sketches hold.
 */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  const x = a.signature;
  const y = b.signature;
  const k = Math.min(SIGNATURE_SIZE, new Set([...x, ...y]).size);
  let i = 0;
  let j = 0;
  let taken = 0;
  let both = 0;
  while (taken < k && (i < x.length || j < y.length)) {
    const xi = i < x.length ? x[i]! : Infinity;
    const yj = j < y.length ? y[j]! : Infinity;
    if (xi === yj) {
      both++;
      i++;
      j++;
    } else if (xi < yj) i++;
    else j++;
    taken++;
  }
  return k === 0 ? 0 : both / k;
}

function figureOverlap(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const set = new Set(a);
  const shared = b.filter((x) => set.has(x)).length;
  return shared / (a.length + b.length - shared);
}

/**
 * Sketch hashes an article must share with `print` to be compared with it at all (a copy shares most
 * of them): the filter that keeps a search for copies from comparing every article (here and in
 * lib/store/postgres/archive.ts).
 */
export function sharedHashesNeeded(print: Fingerprint): number {
  return Math.floor(print.signature.length * NEAR_DUPLICATE_THRESHOLD * 0.5);
}

/** Indexed fingerprints, to find an article's copy among many without comparing it with each. */
export class NearDuplicateIndex {
  private readonly byHash = new Map<number, string[]>();
  private readonly prints = new Map<string, Fingerprint>();

  add(id: string, print: Fingerprint): void {
    this.prints.set(id, print);
    for (const h of print.signature) {
      const ids = this.byHash.get(h);
      if (ids) ids.push(id);
      else this.byHash.set(h, [id]);
    }
  }

  delete(id: string): void {
    const print = this.prints.get(id);
    if (!print) return;
    this.prints.delete(id);
    for (const h of print.signature) {
      const ids = this.byHash.get(h)?.filter((other) => other !== id);
      if (ids?.length) this.byHash.set(h, ids);
      else this.byHash.delete(h);
    }
  }

  /** The indexed article `print` copies, with the similarity; null when none does. `skip`: articles not to consider. */
  find(print: Fingerprint, skip?: (id: string) => boolean): { id: string; similarity: number } | null {
    // Copies share most of their smallest hashes; an article sharing few cannot reach the threshold.
    const shared = new Map<string, number>();
    for (const h of print.signature) for (const id of this.byHash.get(h) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best: { id: string; similarity: number } | null = null;
    const minimum = sharedHashesNeeded(print);
    for (const [id, count] of shared) {
      if (count < minimum || skip?.(id)) continue;
      const s = nearDuplicate(print, this.prints.get(id)!);
      if (s !== null && (!best || s > best.similarity)) best = { id, similarity: s };
    }
    return best;
  }
}

/** The similarity when `a` and `b` are copies of one report, else null. */
export function nearDuplicate(a: Fingerprint, b: Fingerprint): number | null {
  const s = similarity(a, b);
  return s >= NEAR_DUPLICATE_THRESHOLD && figureOverlap(a.figures, b.figures) >= SAME_FIGURES ? s : null;
}

/** A fingerprint as stored in the index's catalog. */
export function encodeFingerprint(f: Fingerprint): { minhash: string; figures: string[] } {
  return { minhash: Buffer.from(f.signature.buffer, f.signature.byteOffset, f.signature.byteLength).toString("base64"), figures: f.figures };
}

export function decodeFingerprint(stored: { minhash: string; figures: string[] }): Fingerprint {
  const bytes = Buffer.from(stored.minhash, "base64");
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return { signature: new Uint32Array(copy.buffer), figures: stored.figures };
}
